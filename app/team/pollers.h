#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace anxin::team {

class TeamDatabase;

// Which desk pulls a shop from the platform for the whole team (issue #35).
struct Poller
{
    QString shopId;
    QString deskId;
    QString agent;
    qint64 since = 0;      // the server's clock, Unix seconds
    qint64 leaseUntil = 0; // the server's clock
    qint64 lastPollAt = 0; // 0: not yet
    bool lastPollOk = false;
};

// One poller per shop, held with a lease like a ticket's claim: a desk takes a shop nobody polls (or whose poller
// went quiet) and keeps it with its heartbeat; a live poller of another desk is left alone. The lease and the
// poll times are the server's clock.
class Pollers
{
public:
    explicit Pollers(TeamDatabase &db)
        : m_db(db)
    {}

    // Takes or renews the shop's poller lease; the poller afterwards (this desk's when `mine`).
    struct Outcome
    {
        bool mine = false;
        Poller poller;
    };
    // Always: the desk is about to poll (its sync), so it keeps the shop whatever its last poll did.
    // WhilePollsSucceed: the desk is only alive (its heartbeat); after a failed poll its own lease is left to lapse,
    // so a desk whose token broke or whose network to the platform is down hands the shop to one that can poll.
    enum class Renewal
    {
        Always,
        WhilePollsSucceed
    };
    core::Result<Outcome> acquire(const QString &shopId, const QString &deskId, const QString &agent, int leaseSecs,
                                  Renewal renewal = Renewal::Always);
    // Ends this desk's lease on the shop (a desk that quits hands the shop on at once).
    core::Status release(const QString &shopId, const QString &deskId);
    // This desk finished a poll of the shop (ok or not); nothing when it is not the shop's poller.
    core::Status recordPoll(const QString &shopId, const QString &deskId, bool ok);
    // Every live poller, by shop.
    core::Result<QList<Poller>> live() const;

private:
    TeamDatabase &m_db;
};

} // namespace anxin::team

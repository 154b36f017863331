#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace anxin::team {

class TeamDatabase;

// Who is on a ticket.
struct Claim
{
    QString aftersaleId;
    QString shopId;
    QString deskId;
    QString agent;
    qint64 claimedAt = 0;  // the server's clock, Unix seconds
    qint64 leaseUntil = 0; // the server's clock
};

// The answer to "may I work this ticket?": yes (the claim is this desk's now), or who holds it.
struct ClaimOutcome
{
    bool mine = false;
    Claim holder; // this desk's claim when mine, the other desk's when not
};

// Claims with a lease: a desk holds a ticket while its heartbeat renews the lease; a desk gone quiet loses them
// when the lease lapses (the server's now(), not a desk's clock). A ticket is never held by two desks: the claim is
// one row per ticket, taken over in one statement only when its lease has lapsed (or it is this desk's).
class Claims
{
public:
    explicit Claims(TeamDatabase &db)
        : m_db(db)
    {}

    // Records this desk and its agent as present and renews its live claims' leases (never shortening one): the
    // heartbeat.
    core::Status heartbeat(const QString &deskId, const QString &agent, int leaseSecs);
    core::Result<ClaimOutcome> claim(const QString &aftersaleId, const QString &shopId, const QString &deskId,
                                     const QString &agent, int leaseSecs);
    // Takes the ticket from whoever has it (a live claim of another desk too), with the agent's reason, recorded in
    // the team audit ("claim.take_over": from which desk and agent, why) in the same transaction. `from` is the
    // claim it replaced, empty when nobody had it.
    struct TakeOver
    {
        Claim now;
        Claim from;
    };
    core::Result<TakeOver> takeOver(const QString &aftersaleId, const QString &shopId, const QString &deskId,
                                    const QString &agent, const QString &reason, int leaseSecs);
    // Ends this desk's claim (nothing when it is not this desk's).
    core::Status release(const QString &aftersaleId, const QString &deskId);
    // Ends every claim of this desk but `keep` (a desk starting again, or back online after working elsewhere).
    core::Status releaseAllExcept(const QString &deskId, const QString &keep);
    // Every live claim (lease not lapsed), by ticket.
    core::Result<QList<Claim>> live() const;

private:
    TeamDatabase &m_db;
};

} // namespace anxin::team

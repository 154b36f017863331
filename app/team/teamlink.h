#pragma once

#include "team/assignments.h"
#include "team/claims.h"
#include "team/pollers.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

#include <optional>

namespace anxin::team {

struct TeamLinkOptions
{
    int leaseSecs = 90;      // a desk gone quiet loses its claims after this long
    int heartbeatMs = 20000; // renews this desk's leases, and re-reads the claims (lapsed ones drop out)
    int retryMs = 5000;      // first wait before reconnecting; doubles up to maxRetryMs
    int maxRetryMs = 60000;
    // ANXIN_TEAM_LEASE_SECS / ANXIN_TEAM_HEARTBEAT_MS / ANXIN_TEAM_RETRY_MS override the defaults (tests, trials).
    static TeamLinkOptions fromEnvironment();
};

// What a desk knows of its team at one moment.
struct TeamSnapshot
{
    enum class State
    {
        Off,
        Connecting,
        Online,
        Offline
    };
    State state = State::Off;
    QString error;             // why the team database is out of reach (Offline)
    QList<Claim> claims;       // every live claim, this desk's included; empty while offline (nothing blocks then)
    QList<Assignment> myQueue; // the tickets assigned to this desk's agent, by deadline
    QList<Poller> pollers;     // which desk pulls each shop from the platform (live leases)
};

// A desk's live link to its team database (issue #34): on a thread of its own, so a slow or dead server never
// stalls the window. It records the desk as present (heartbeat), claims the ticket the agent has open (focus) and
// releases the one before, LISTENs for claims other desks take or end (PostgreSQL's LISTEN/NOTIFY), and re-reads
// the claims on each heartbeat so a lapsed lease drops out.
//
// Losing the team database never blocks deciding: the link says Offline, keeps the focus as this desk's intention
// and tries again (backing off); on reconnect it claims the focus again, unless another desk took it meanwhile,
// which is then shown, not overwritten. Everything is answered through changed() and takeOverFinished().
class TeamLink : public QObject
{
    Q_OBJECT
public:
    explicit TeamLink(QObject *parent = nullptr);
    ~TeamLink() override; // releases this desk's claim and ends the thread

    // `url` carries the password when the server needs one. Starting again replaces the previous link.
    void start(const QString &url, const QString &deskId, const QString &agent,
               TeamLinkOptions options = TeamLinkOptions::fromEnvironment());
    void stop();
    bool isActive() const { return m_worker != nullptr; }

    TeamSnapshot::State state() const { return m_snapshot.state; }
    QString error() const { return m_snapshot.error; }
    QString deskId() const { return m_deskId; }
    QString agent() const { return m_agent; }
    QList<Claim> claims() const { return m_snapshot.claims; }
    std::optional<Claim> claimOn(const QString &aftersaleId) const;
    // A live claim on the ticket by another desk: the agent should see it before deciding.
    std::optional<Claim> heldByOther(const QString &aftersaleId) const;
    bool isMine(const QString &aftersaleId) const;

    // The ticket the agent has open on this desk (empty: none).
    void setFocus(const QString &aftersaleId, const QString &shopId);
    QString focus() const { return m_focus; }
    // Takes the ticket from the desk that has it; the reason goes into the team audit.
    void takeOver(const QString &aftersaleId, const QString &shopId, const QString &reason);
    // The shops this desk pulls from the platform: it holds each one's poller lease when no other desk does
    // (issue #35), renewed with its heartbeat, handed on when it quits.
    void setPolledShops(const QStringList &shopIds);
    QList<Poller> pollers() const { return m_snapshot.pollers; }
    std::optional<Poller> pollerOf(const QString &shopId) const;
    bool isPoller(const QString &shopId) const;
    // Asks the shop's poller to poll now (this desk sent decisions: their results come with the poller's pull).
    void askForPoll(const QString &shopId);
    // Records in the team audit what this desk's agent did (action "decision.approve", subject the ticket), on the
    // server's clock. While the team database is out of reach the entries wait in order and go in on reconnect.
    void record(const QString &action, const QString &subject, const QString &detailJson);
    // The tickets assigned to this desk's agent (team::Assignments), by deadline.
    QList<Assignment> myQueue() const { return m_snapshot.myQueue; }
    // Splits a shop's open queue among the agents on shift (desks seen in the last five minutes); answered by
    // splitFinished.
    void splitQueue(const QString &shopId, const QList<QueuedTicket> &open, int capacityPerAgent);

signals:
    void changed();
    void takeOverFinished(const QString &aftersaleId, bool ok, const QString &message);
    void splitFinished(bool ok, int assigned, int unassigned, int agents, const QString &message);
    // The shop's poller published answers to the team's feed: a follower copies them now.
    void feedAdvanced(const QString &shopId);
    // A desk asked the shop's poller to poll now.
    void pollWanted(const QString &shopId);

private:
    class Worker;
    void apply(const anxin::team::TeamSnapshot &snapshot);

    QThread m_thread;
    Worker *m_worker = nullptr;
    QString m_deskId;
    QString m_agent;
    QString m_focus;
    QString m_focusShop;
    QStringList m_polledShops;
    TeamSnapshot m_snapshot;
    QHash<QString, int> m_byTicket;
};

} // namespace anxin::team

Q_DECLARE_METATYPE(anxin::team::TeamSnapshot)

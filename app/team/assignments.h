#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace anxin::team {

class TeamDatabase;

struct QueuedTicket
{
    QString aftersaleId;
    qint64 deadline = 0; // the platform's status_deadline, Unix seconds
};

struct Assignment
{
    QString aftersaleId;
    QString shopId;
    qint64 deadline = 0;
    QString agent;
};

// Splitting a shop's open queue among the agents on shift (issue #34, step 3). The desk that splits tells the
// team database the shop's open tickets (from its cache); tickets no longer open lose their assignment. Then, in
// the same transaction, the unassigned tickets are dealt by deadline, soonest first, each to the agent with the
// fewest tickets who still has room (capacity), so everyone's queue starts with what is due first. Tickets are
// taken with SELECT … FOR UPDATE SKIP LOCKED: two desks splitting at once never assign one ticket twice.
class Assignments
{
public:
    explicit Assignments(TeamDatabase &db)
        : m_db(db)
    {}

    struct SplitReport
    {
        int assigned = 0;   // newly assigned by this split
        int unassigned = 0; // left over: every agent at capacity
        int closed = 0;     // no longer open: dropped from the queue
    };
    core::Result<SplitReport> split(const QString &shopId, const QList<QueuedTicket> &open, const QStringList &agents,
                                    int capacityPerAgent, const QString &deskId, const QString &by);
    // Every assignment of a shop, by deadline.
    core::Result<QList<Assignment>> list(const QString &shopId) const;
    // One agent's queue over every shop, by deadline.
    core::Result<QList<Assignment>> forAgent(const QString &agent) const;
    // A desk seen (heartbeat) in the last five minutes is on shift.
    static constexpr int kOnShiftSecs = 300;
    // The agents of desks seen within `withinSecs` (present: on shift).
    core::Result<QStringList> agentsOnShift(int withinSecs) const;

private:
    TeamDatabase &m_db;
};

} // namespace anxin::team

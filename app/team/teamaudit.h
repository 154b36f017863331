#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace anxin::team {

class TeamDatabase;

// One entry of the team audit: who (agent, desk) did what (action) to which ticket (subject), on the server's clock.
struct TeamAuditEntry
{
    qint64 seq = 0;
    qint64 at = 0; // the server's clock, milliseconds since the epoch
    QString deskId;
    QString agent;
    QString action; // "claim.take_over", ...
    QString subject;
    QString detailJson = QStringLiteral("{}");
    QString prevHash;
    QString hash;
};

// The team's append-only audit, hash-chained like the local one (core::chainHash); the table's triggers refuse
// edits and verify() catches any made behind the triggers' back. Entries from every desk form one chain: an append
// takes a transaction-scoped advisory lock, so two desks never chain onto the same entry.
class TeamAudit
{
public:
    explicit TeamAudit(TeamDatabase &db)
        : m_db(db)
    {}

    // Appends inside the connection's open transaction (the change it records commits with it).
    core::Result<TeamAuditEntry> appendInTransaction(TeamAuditEntry entry);
    // Appends in a transaction of its own.
    core::Result<TeamAuditEntry> append(TeamAuditEntry entry);
    core::Result<QList<TeamAuditEntry>> list(qint64 fromSeq, int limit) const;
    // The seq of the first entry that does not check out, or nullopt when the chain is intact.
    core::Result<std::optional<qint64>> verify() const;

    static QString computeHash(const TeamAuditEntry &entry);

private:
    TeamDatabase &m_db;
};

} // namespace anxin::team

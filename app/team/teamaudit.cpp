#include "team/teamaudit.h"

#include "core/hashchain.h"
#include "team/teamdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace anxin::team {

using core::Error;

namespace {

constexpr char kColumns[] = "seq, at, desk_id, agent, action, subject, detail_json, prev_hash, hash";
constexpr qint64 kChainLock = 0x616e78696e; // pg_advisory_xact_lock key of the audit chain

TeamAuditEntry readEntry(const QSqlQuery &q)
{
    TeamAuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.deskId = q.value(2).toString();
    e.agent = q.value(3).toString();
    e.action = q.value(4).toString();
    e.subject = q.value(5).toString();
    e.detailJson = q.value(6).toString();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

} // namespace

QString TeamAudit::computeHash(const TeamAuditEntry &e)
{
    return core::chainHash(e.prevHash,
                           {QByteArray::number(e.seq), QByteArray::number(e.at), e.deskId.toUtf8(), e.agent.toUtf8(),
                            e.action.toUtf8(), e.subject.toUtf8(), e.detailJson.toUtf8()});
}

core::Result<TeamAuditEntry> TeamAudit::appendInTransaction(TeamAuditEntry entry)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    q.addBindValue(kChainLock);
    if (!q.exec())
        return teamError(QStringLiteral("lock the team audit"), q.lastError());
    if (!q.exec(QStringLiteral("SELECT seq, hash, (extract(epoch FROM clock_timestamp()) * 1000)::bigint "
                               "FROM (SELECT 1) AS one LEFT JOIN (SELECT seq, hash FROM team_audit ORDER BY seq DESC "
                               "LIMIT 1) AS last ON true")) ||
        !q.next())
        return teamError(QStringLiteral("read the team audit's head"), q.lastError());
    entry.seq = q.value(0).isNull() ? 1 : q.value(0).toLongLong() + 1;
    entry.prevHash = q.value(1).toString();
    entry.at = q.value(2).toLongLong();
    entry.hash = computeHash(entry);
    QSqlQuery ins(m_db.connection());
    ins.prepare(
        QStringLiteral("INSERT INTO team_audit (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(QLatin1String(kColumns)));
    for (const QVariant &v :
         {QVariant(entry.seq), QVariant(entry.at), QVariant(entry.deskId), QVariant(entry.agent),
          QVariant(entry.action), QVariant(entry.subject), QVariant(entry.detailJson),
          QVariant(entry.prevHash.isNull() ? QStringLiteral("") : entry.prevHash), QVariant(entry.hash)})
        ins.addBindValue(v);
    if (!ins.exec())
        return teamError(QStringLiteral("append to the team audit"), ins.lastError());
    return entry;
}

core::Result<TeamAuditEntry> TeamAudit::append(TeamAuditEntry entry)
{
    return m_db.transaction(QStringLiteral("the team audit"), [&] { return appendInTransaction(std::move(entry)); });
}

core::Result<QList<TeamAuditEntry>> TeamAudit::list(qint64 fromSeq, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM team_audit WHERE seq >= ? ORDER BY seq LIMIT ?").arg(QLatin1String(kColumns)));
    q.addBindValue(fromSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return teamError(QStringLiteral("read the team audit"), q.lastError());
    QList<TeamAuditEntry> out;
    while (q.next())
        out << readEntry(q);
    return out;
}

core::Result<std::optional<qint64>> TeamAudit::verify() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM team_audit ORDER BY seq").arg(QLatin1String(kColumns))))
        return teamError(QStringLiteral("read the team audit"), q.lastError());
    qint64 expected = 1;
    QString prev;
    while (q.next()) {
        const TeamAuditEntry e = readEntry(q);
        if (e.seq != expected || e.prevHash != prev || computeHash(e) != e.hash)
            return std::optional<qint64>{e.seq};
        prev = e.hash;
        ++expected;
    }
    return std::optional<qint64>{};
}

} // namespace anxin::team

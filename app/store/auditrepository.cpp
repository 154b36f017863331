#include "store/auditrepository.h"

#include "core/hashchain.h"
#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

namespace anxin::store {

using core::Error;
using core::Status;

namespace {

const char kColumns[] = "seq, at, actor, action, subject, detail_json, prev_hash, hash";

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.subject = q.value(4).toString();
    e.detailJson = q.value(5).toString();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

} // namespace

QString AuditRepository::computeHash(const AuditEntry &e)
{
    return core::chainHash(e.prevHash, {QByteArray::number(e.seq), QByteArray::number(e.at), e.actor.toUtf8(),
                                        e.action.toUtf8(), e.subject.toUtf8(), e.detailJson.toUtf8()});
}

core::Result<AuditEntry> AuditRepository::append(WriteTransaction &tx, AuditEntry entry)
{
    if (!tx.isActive())
        return Error::make(Error::Kind::Usage, QStringLiteral("audit append needs an active write transaction"));
    auto last = head();
    if (!last)
        return last.error();
    entry.seq = last.value() ? last.value()->seq + 1 : 1;
    entry.prevHash = last.value() ? last.value()->hash : QString();
    entry.hash = computeHash(entry);
    auto done = runStatement(
        m_db,
        QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, subject, detail_json, "
                       "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.seq, entry.at, entry.actor, entry.action, entry.subject, entry.detailJson, entry.prevHash, entry.hash});
    if (!done)
        return done.error();
    return entry;
}

core::Result<AuditEntry> AuditRepository::append(AuditEntry entry)
{
    WriteTransaction tx(m_db, WriteTransaction::Durability::Full);
    if (!tx.ok())
        return tx.status().error();
    auto appended = append(tx, std::move(entry));
    if (!appended)
        return appended;
    if (Status s = tx.commit(); !s)
        return s.error();
    return appended;
}

core::Result<std::optional<AuditEntry>> AuditRepository::head() const
{
    auto q = runQuery(
        m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT 1").arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<AuditEntry>{};
    return std::optional<AuditEntry>{readEntry(q.value())};
}

core::Result<QList<AuditEntry>> AuditRepository::list(qint64 fromSeq, int limit) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT %1 FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?").arg(QLatin1String(kColumns)),
        {fromSeq, limit});
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q.value().next())
        out.append(readEntry(q.value()));
    return out;
}

core::Result<std::optional<qint64>> AuditRepository::verify() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    qint64 expectedSeq = 1;
    QString prevHash;
    while (q.value().next()) {
        const AuditEntry e = readEntry(q.value());
        if (e.seq != expectedSeq || e.prevHash != prevHash || computeHash(e) != e.hash)
            return std::optional<qint64>{e.seq};
        prevHash = e.hash;
        ++expectedSeq;
    }
    return std::optional<qint64>{};
}

} // namespace anxin::store

#include "store/ticketdetailrepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

#include <QHash>
#include <QSqlError>

namespace anxin::store {

using core::Error;
using core::Status;

namespace {

EvidenceRecord readEvidence(const QSqlQuery &q)
{
    EvidenceRecord e;
    e.aftersaleId = q.value(0).toString();
    e.idx = q.value(1).toInt();
    e.url = q.value(2).toString();
    e.localPath = q.value(3).toString();
    e.fetchedAt = q.value(4).toLongLong();
    return e;
}

core::Result<QList<EvidenceRecord>> readEvidenceRows(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<EvidenceRecord> out;
    while (q.value().next())
        out.append(readEvidence(q.value()));
    return out;
}

} // namespace

Status TicketDetailRepository::replace(const TicketDetailRecord &detail, const QList<EvidenceRecord> &evidence,
                                       const QList<PlatformLogRecord> &logs, const QList<ShopRemarkRecord> &remarks)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &tx) { return replace(tx, detail, evidence, logs, remarks); });
}

Status TicketDetailRepository::replace(WriteTransaction &tx, const TicketDetailRecord &d,
                                       const QList<EvidenceRecord> &evidence, const QList<PlatformLogRecord> &logs,
                                       const QList<ShopRemarkRecord> &remarks)
{
    if (!tx.isActive())
        return Error::make(Error::Kind::Usage, QStringLiteral("replace needs an active write transaction"));
    auto old = this->evidence(d.aftersaleId);
    if (!old)
        return old.error();
    QHash<QString, EvidenceRecord> downloaded;
    for (const EvidenceRecord &e : old.value()) {
        if (!e.localPath.isEmpty())
            downloaded.insert(e.url, e);
    }
    auto r = runStatement(m_db,
                          QStringLiteral("INSERT INTO ticket_detail (aftersale_id, reason_code, reason_remark, "
                                         "return_method, apply_role, arbitrate_info_json, raw_json, fetched_at, "
                                         "update_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(aftersale_id) DO "
                                         "UPDATE SET reason_code = excluded.reason_code, "
                                         "reason_remark = excluded.reason_remark, "
                                         "return_method = excluded.return_method, apply_role = excluded.apply_role, "
                                         "arbitrate_info_json = excluded.arbitrate_info_json, "
                                         "raw_json = excluded.raw_json, fetched_at = excluded.fetched_at, "
                                         "update_time = excluded.update_time"),
                          {d.aftersaleId, d.reasonCode, d.reasonRemark, d.returnMethod, d.applyRole,
                           d.arbitrateInfoJson, d.rawJson, d.fetchedAt, d.updateTime});
    if (!r)
        return r.error();
    for (const char *table : {"evidence", "platform_logs", "ticket_remarks"}) {
        r = runStatement(m_db, QStringLiteral("DELETE FROM %1 WHERE aftersale_id = ?").arg(QLatin1String(table)),
                         {d.aftersaleId});
        if (!r)
            return r.error();
    }
    for (const EvidenceRecord &e : evidence) {
        const EvidenceRecord kept = downloaded.value(e.url);
        r = runStatement(m_db,
                         QStringLiteral("INSERT INTO evidence (aftersale_id, idx, url, local_path, fetched_at) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {d.aftersaleId, e.idx, e.url, kept.localPath.isEmpty() ? e.localPath : kept.localPath,
                          kept.localPath.isEmpty() ? e.fetchedAt : kept.fetchedAt});
        if (!r)
            return r.error();
    }
    for (const PlatformLogRecord &l : logs) {
        r = runStatement(m_db,
                         QStringLiteral("INSERT INTO platform_logs (aftersale_id, seq, operator, time, text, action, "
                                        "role, images_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {d.aftersaleId, l.seq, l.operatorName, l.time, l.text, l.action, l.role, l.imagesJson});
        if (!r)
            return r.error();
    }
    for (const ShopRemarkRecord &m : remarks) {
        r = runStatement(m_db,
                         QStringLiteral("INSERT INTO ticket_remarks (aftersale_id, seq, remark, operator, create_time) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {d.aftersaleId, m.seq, m.remark, m.operatorName, m.createTime});
        if (!r)
            return r.error();
    }
    return {};
}

namespace {
core::Result<QList<ShopRemarkRecord>> readRemarkRows(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<ShopRemarkRecord> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append(ShopRemarkRecord{r.value(0).toString(), r.value(1).toInt(), r.value(2).toString(),
                                    r.value(3).toString(), r.value(4).toLongLong()});
    }
    return out;
}
} // namespace

core::Result<QList<ShopRemarkRecord>> TicketDetailRepository::remarks(const QString &aftersaleId) const
{
    return readRemarkRows(runQuery(m_db,
                                   QStringLiteral("SELECT aftersale_id, seq, remark, operator, create_time FROM "
                                                  "ticket_remarks WHERE aftersale_id = ? ORDER BY seq"),
                                   {aftersaleId}));
}

core::Result<QList<ShopRemarkRecord>> TicketDetailRepository::remarksSince(qint64 since, int limit) const
{
    return readRemarkRows(
        runQuery(m_db,
                 QStringLiteral("SELECT aftersale_id, seq, remark, operator, create_time FROM ticket_remarks "
                                "WHERE create_time >= ? ORDER BY create_time DESC, aftersale_id, seq DESC LIMIT ?"),
                 {since, limit}));
}

core::Result<std::optional<TicketDetailRecord>> TicketDetailRepository::get(const QString &aftersaleId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT aftersale_id, reason_code, reason_remark, return_method, apply_role, "
                                     "arbitrate_info_json, raw_json, fetched_at, update_time FROM ticket_detail "
                                     "WHERE aftersale_id = ?"),
                      {aftersaleId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<TicketDetailRecord>{};
    const QSqlQuery &r = q.value();
    return std::optional<TicketDetailRecord>{TicketDetailRecord{
        r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toInt(), r.value(4).toInt(),
        r.value(5).toString(), r.value(6).toString(), r.value(7).toLongLong(), r.value(8).toLongLong()}};
}

core::Result<QList<EvidenceRecord>> TicketDetailRepository::evidence(const QString &aftersaleId) const
{
    return readEvidenceRows(runQuery(m_db,
                                     QStringLiteral("SELECT aftersale_id, idx, url, local_path, fetched_at FROM "
                                                    "evidence WHERE aftersale_id = ? ORDER BY idx"),
                                     {aftersaleId}));
}

core::Result<QList<EvidenceRecord>> TicketDetailRepository::evidenceToFetch(int limit, qint64 now) const
{
    return readEvidenceRows(
        runQuery(m_db,
                 QStringLiteral(
                     "SELECT aftersale_id, idx, url, local_path, fetched_at FROM evidence e WHERE local_path = '' "
                     "AND NOT EXISTS (SELECT 1 FROM sync_item_failures f WHERE f.kind = 'image' AND f.item_id = e.url "
                     "AND f.next_attempt_at > ?) ORDER BY (SELECT t.final_time <> 0 FROM tickets t WHERE "
                     "t.aftersale_id = e.aftersale_id), rowid LIMIT ?"),
                 {now, limit}));
}

core::Result<bool> TicketDetailRepository::extendedBefore(const QString &aftersaleId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM platform_logs WHERE aftersale_id = ? AND "
                                     "(action = 'time_extend' OR text LIKE '%延长%')) OR EXISTS (SELECT 1 FROM outbox "
                                     "WHERE aftersale_id = ? AND action = 'extend' AND state = 'done')"),
                      {aftersaleId, aftersaleId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Database::errorFrom(q.value().lastError(), QStringLiteral("read extension"));
    return q.value().value(0).toBool();
}

core::Result<QList<PlatformLogRecord>> TicketDetailRepository::logs(const QString &aftersaleId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT aftersale_id, seq, operator, time, text, action, role, images_json "
                                     "FROM platform_logs WHERE aftersale_id = ? ORDER BY seq"),
                      {aftersaleId});
    if (!q)
        return q.error();
    QList<PlatformLogRecord> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append(PlatformLogRecord{r.value(0).toString(), r.value(1).toInt(), r.value(2).toString(),
                                     r.value(3).toLongLong(), r.value(4).toString(), r.value(5).toString(),
                                     r.value(6).toString(), r.value(7).toString()});
    }
    return out;
}

Status TicketDetailRepository::setEvidenceLocalPath(const QString &aftersaleId, int idx, const QString &localPath,
                                                    qint64 now)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r =
            runStatement(m_db,
                         QStringLiteral("UPDATE evidence SET local_path = ?, fetched_at = ? WHERE aftersale_id = ? "
                                        "AND idx = ?"),
                         {localPath, now, aftersaleId, idx});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return Error::make(Error::Kind::NotFound, QStringLiteral("no such evidence"));
        return {};
    });
}

} // namespace anxin::store

#include "store/draftrepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

namespace anxin::store {

using core::Status;

namespace {

core::Result<QList<DraftRecord>> readDrafts(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<DraftRecord> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append(
            DraftRecord{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toLongLong()});
    }
    return out;
}

const QString kSelect =
    QStringLiteral("SELECT aftersale_id, kind, body_json, updated_at FROM drafts WHERE aftersale_id = ? ");

} // namespace

Status DraftRepository::save(const DraftRecord &d)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r =
            runStatement(m_db,
                         QStringLiteral("INSERT OR REPLACE INTO drafts (aftersale_id, kind, body_json, updated_at) "
                                        "VALUES (?, ?, ?, ?)"),
                         {d.aftersaleId, d.kind, d.bodyJson, d.updatedAt});
        return r ? Status{} : Status{r.error()};
    });
}

core::Result<std::optional<DraftRecord>> DraftRepository::get(const QString &aftersaleId, const QString &kind) const
{
    auto rows = readDrafts(runQuery(m_db, kSelect + QStringLiteral("AND kind = ?"), {aftersaleId, kind}));
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<DraftRecord>{};
    return std::optional<DraftRecord>{rows.value().first()};
}

core::Result<QList<DraftRecord>> DraftRepository::listForTicket(const QString &aftersaleId) const
{
    return readDrafts(runQuery(m_db, kSelect + QStringLiteral("ORDER BY kind"), {aftersaleId}));
}

Status DraftRepository::remove(const QString &aftersaleId, const QString &kind)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r = runStatement(m_db, QStringLiteral("DELETE FROM drafts WHERE aftersale_id = ? AND kind = ?"),
                              {aftersaleId, kind});
        return r ? Status{} : Status{r.error()};
    });
}

} // namespace anxin::store

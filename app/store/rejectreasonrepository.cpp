#include "store/rejectreasonrepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

namespace anxin::store {

using core::Status;

namespace {

core::Result<QList<RejectReasonRecord>> readReasons(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<RejectReasonRecord> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append(RejectReasonRecord{r.value(0).toString(), r.value(1).toInt(), r.value(2).toString(),
                                      r.value(3).toInt() != 0, r.value(4).toString(), r.value(5).toString()});
    }
    return out;
}

const QString kSelect = QStringLiteral(
    "SELECT shop_id, code, reason, evidence_need, evidence_description, image FROM reject_reasons WHERE shop_id = ? ");

} // namespace

Status RejectReasonRepository::replaceForShop(const QString &shopId, const QList<RejectReasonRecord> &reasons)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r = runStatement(m_db, QStringLiteral("DELETE FROM reject_reasons WHERE shop_id = ?"), {shopId});
        if (!r)
            return r.error();
        for (const RejectReasonRecord &x : reasons) {
            r = runStatement(m_db,
                             QStringLiteral("INSERT OR REPLACE INTO reject_reasons (shop_id, code, reason, "
                                            "evidence_need, evidence_description, image) VALUES (?, ?, ?, ?, ?, ?)"),
                             {shopId, x.code, x.reason, int(x.evidenceNeed), x.evidenceDescription, x.image});
            if (!r)
                return r.error();
        }
        return {};
    });
}

core::Result<QList<RejectReasonRecord>> RejectReasonRepository::list(const QString &shopId) const
{
    return readReasons(runQuery(m_db, kSelect + QStringLiteral("ORDER BY code"), {shopId}));
}

core::Result<std::optional<RejectReasonRecord>> RejectReasonRepository::get(const QString &shopId, int code) const
{
    auto rows = readReasons(runQuery(m_db, kSelect + QStringLiteral("AND code = ?"), {shopId, code}));
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<RejectReasonRecord>{};
    return std::optional<RejectReasonRecord>{rows.value().first()};
}

} // namespace anxin::store

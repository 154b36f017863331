#include "store/scoresnapshotrepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

#include <QMetaType>
#include <QRegularExpression>

namespace anxin::store {

using core::Error;
using core::Status;

namespace {

QVariant toVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> fromVariant(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

core::Result<QList<ScoreSnapshotRecord>> readSnapshots(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<ScoreSnapshotRecord> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append(ScoreSnapshotRecord{r.value(0).toString(), r.value(1).toString(), fromVariant(r.value(2)),
                                       fromVariant(r.value(3)), fromVariant(r.value(4)), fromVariant(r.value(5)),
                                       r.value(6).toString(), r.value(7).toLongLong(), fromVariant(r.value(8)),
                                       fromVariant(r.value(9)), fromVariant(r.value(10)), fromVariant(r.value(11)),
                                       r.value(12).toInt()});
    }
    return out;
}

const QString kSelect = QStringLiteral("SELECT shop_id, day, shop_score, product_score, logistics_score, "
                                       "service_score, raw_json, fetched_at, estimate_overall, estimate_product, "
                                       "estimate_logistics, estimate_service, estimate_rules "
                                       "FROM score_snapshots WHERE shop_id = ? ");

} // namespace

Status ScoreSnapshotRepository::upsert(const ScoreSnapshotRecord &s)
{
    static const QRegularExpression dayRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!dayRe.match(s.day).hasMatch())
        return Error::make(Error::Kind::Usage, QStringLiteral("snapshot day must be yyyy-MM-dd"));
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r = runStatement(m_db,
                              QStringLiteral("INSERT OR REPLACE INTO score_snapshots (shop_id, day, shop_score, "
                                             "product_score, logistics_score, service_score, raw_json, fetched_at, "
                                             "estimate_overall, estimate_product, estimate_logistics, "
                                             "estimate_service, estimate_rules) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {s.shopId, s.day, toVariant(s.shopScore), toVariant(s.productScore),
                               toVariant(s.logisticsScore), toVariant(s.serviceScore), s.rawJson, s.fetchedAt,
                               toVariant(s.estimateOverall), toVariant(s.estimateProduct),
                               toVariant(s.estimateLogistics), toVariant(s.estimateService), s.estimateRules});
        return r ? Status{} : Status{r.error()};
    });
}

core::Result<QList<ScoreSnapshotRecord>> ScoreSnapshotRepository::range(const QString &shopId, const QString &fromDay,
                                                                        const QString &toDay) const
{
    return readSnapshots(
        runQuery(m_db, kSelect + QStringLiteral("AND day BETWEEN ? AND ? ORDER BY day"), {shopId, fromDay, toDay}));
}

core::Result<std::optional<ScoreSnapshotRecord>> ScoreSnapshotRepository::latest(const QString &shopId) const
{
    auto rows = readSnapshots(runQuery(m_db, kSelect + QStringLiteral("ORDER BY day DESC LIMIT 1"), {shopId}));
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<ScoreSnapshotRecord>{};
    return std::optional<ScoreSnapshotRecord>{rows.value().first()};
}

} // namespace anxin::store

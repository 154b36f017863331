#include "models/scoresummary.h"

#include "store/scoreinputsrepository.h"
#include "store/scoresnapshotrepository.h"

#include <QJsonArray>

namespace anxin::models {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(bool has, double v)
{
    return has ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

core::PlatformScores platformScores(const store::ScoreSnapshotRecord &s)
{
    return core::PlatformScores{s.shopScore, s.productScore, s.logisticsScore, s.serviceScore};
}

core::Result<ScoreSummary> computeScoreSummary(store::Database &db, const QString &shopId, qint64 now,
                                               const core::ScoreRules &rules)
{
    ScoreSummary out;
    out.shopId = shopId;
    out.now = now;
    out.windowDays = rules.windowDays;
    out.rulesVersion = rules.version;
    auto latest = store::ScoreSnapshotRepository(db).latest(shopId);
    if (!latest)
        return latest.error();
    out.snapshot = latest.value();
    auto inputs = store::ScoreInputsRepository(db, rules).inputs(shopId, core::InputsQuery::fromRules(rules, now));
    if (!inputs)
        return inputs.error();
    out.inputs = inputs.value();
    out.estimate = core::estimate(out.inputs, rules);
    if (out.snapshot)
        out.calibration = core::calibrate(out.estimate, platformScores(*out.snapshot));
    return out;
}

QJsonObject scoreSummaryJson(const ScoreSummary &s)
{
    const core::ScoreEstimate &e = s.estimate;
    QJsonValue platform(QJsonValue::Null);
    if (s.snapshot) {
        platform = QJsonObject{{QStringLiteral("shop_score"), number(s.snapshot->shopScore)},
                               {QStringLiteral("product_score"), number(s.snapshot->productScore)},
                               {QStringLiteral("logistics_score"), number(s.snapshot->logisticsScore)},
                               {QStringLiteral("service_score"), number(s.snapshot->serviceScore)},
                               {QStringLiteral("day"), s.snapshot->day}};
    }
    QJsonArray metrics;
    for (const core::MetricResult &m : e.metrics) {
        metrics.append(QJsonObject{{QStringLiteral("name"), m.name},
                                   {QStringLiteral("dimension"), m.dimension},
                                   {QStringLiteral("value"), number(m.value)},
                                   {QStringLiteral("score"), number(m.hasData, m.score)},
                                   {QStringLiteral("window_days"), s.windowDays},
                                   {QStringLiteral("numerator"), m.numerator},
                                   {QStringLiteral("denominator"), m.denominator}});
    }
    const core::Calibration &c = s.calibration;
    return QJsonObject{
        {QStringLiteral("shop_id"), s.shopId},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("estimate"), QJsonObject{{QStringLiteral("overall"), number(e.hasData, e.overall)},
                                                 {QStringLiteral("product"), number(e.productHasData, e.product)},
                                                 {QStringLiteral("logistics"), number(e.logisticsHasData, e.logistics)},
                                                 {QStringLiteral("service"), number(e.serviceHasData, e.service)}}},
        {QStringLiteral("calibration"), QJsonObject{{QStringLiteral("overall"), number(c.gapOverall)},
                                                    {QStringLiteral("product"), number(c.gapProduct)},
                                                    {QStringLiteral("logistics"), number(c.gapLogistics)},
                                                    {QStringLiteral("service"), number(c.gapService)}}},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("window_days"), s.windowDays},
        {QStringLiteral("rules_version"), s.rulesVersion},
        {QStringLiteral("exempt_tickets"), s.inputs.exemptTickets},
        {QStringLiteral("snapshot_time"),
         s.snapshot ? QJsonValue(s.snapshot->fetchedAt) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace anxin::models

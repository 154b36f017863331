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
    core::PlatformScores p;
    p[core::Dimension::Overall] = s.shopScore;
    p[core::Dimension::Product] = s.productScore;
    p[core::Dimension::Logistics] = s.logisticsScore;
    p[core::Dimension::Service] = s.serviceScore;
    return p;
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
    QJsonObject estimate, calibration;
    for (core::Dimension d : core::kDimensions) {
        estimate.insert(core::dimensionKey(d), number(e.score(d)));
        calibration.insert(core::dimensionKey(d), number(s.calibration.gaps[d]));
    }
    return QJsonObject{
        {QStringLiteral("shop_id"), s.shopId},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("estimate"), estimate},
        {QStringLiteral("calibration"), calibration},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("window_days"), s.windowDays},
        {QStringLiteral("rules_version"), s.rulesVersion},
        {QStringLiteral("exempt_tickets"), s.inputs.exemptTickets},
        {QStringLiteral("snapshot_time"),
         s.snapshot ? QJsonValue(s.snapshot->fetchedAt) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace anxin::models

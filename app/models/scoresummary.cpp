#include "models/scoresummary.h"

#include "store/scoreinputsrepository.h"
#include "store/scoresnapshotrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

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

std::optional<double> estimateOf(const store::ScoreSnapshotRecord &s, core::Dimension d)
{
    switch (d) {
    case core::Dimension::Overall:
        return s.estimateOverall;
    case core::Dimension::Product:
        return s.estimateProduct;
    case core::Dimension::Logistics:
        return s.estimateLogistics;
    case core::Dimension::Service:
        return s.estimateService;
    }
    return std::nullopt;
}

QList<core::CalibrationPoint> calibrationPoints(const QList<store::ScoreSnapshotRecord> &snapshots, core::Dimension d,
                                                const core::ScoreRules &rules)
{
    QList<core::CalibrationPoint> out;
    for (const store::ScoreSnapshotRecord &s : snapshots) {
        const std::optional<double> raw = estimateOf(s, d);
        const std::optional<double> platform = platformScores(s)[d];
        if (raw && platform && s.estimateRules == rules.version)
            out.append(core::CalibrationPoint{s.day, *raw, *platform});
    }
    return out;
}

void calibrateSummary(ScoreSummary &summary, const QList<store::ScoreSnapshotRecord> &snapshots,
                      const core::ScoreRules &rules)
{
    for (core::Dimension d : core::kDimensions) {
        summary.points[d] = calibrationPoints(snapshots, d, rules);
        summary.fits[d] = core::fitCalibration(summary.points[d], kCalibrationMinSnapshots);
        const std::optional<double> raw = summary.estimate.score(d);
        summary.calibrated[d] =
            summary.fits[d] && raw ? std::optional(core::applyCalibration(*summary.fits[d], *raw)) : std::nullopt;
    }
}

core::Result<QList<store::ScoreSnapshotRecord>> windowSnapshots(store::Database &db, const QString &shopId, qint64 now,
                                                                const core::ScoreRules &rules)
{
    const auto day = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"));
    };
    return store::ScoreSnapshotRepository(db).range(shopId, day(now - qint64(rules.windowDays) * 86400),
                                                    day(now + 86400));
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
    auto snapshots = windowSnapshots(db, shopId, now, rules);
    if (!snapshots)
        return snapshots.error();
    auto inputs = store::ScoreInputsRepository(db, rules).inputs(shopId, core::InputsQuery::fromRules(rules, now));
    if (!inputs)
        return inputs.error();
    out.inputs = inputs.value();
    out.estimate = core::estimate(out.inputs, rules);
    if (out.snapshot)
        out.calibration = core::calibrate(out.estimate, platformScores(*out.snapshot));
    calibrateSummary(out, snapshots.value(), rules);
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
    QJsonObject estimate, calibration, calibrated;
    for (core::Dimension d : core::kDimensions) {
        estimate.insert(core::dimensionKey(d), number(e.score(d)));
        calibration.insert(core::dimensionKey(d), number(s.calibration.gaps[d]));
        const std::optional<core::CalibratedValue> &c = s.calibrated[d];
        const std::optional<core::CalibrationFit> &f = s.fits[d];
        calibrated.insert(core::dimensionKey(d),
                          QJsonObject{{QStringLiteral("value"), c ? QJsonValue(c->value) : QJsonValue()},
                                      {QStringLiteral("low"), c ? QJsonValue(c->low) : QJsonValue()},
                                      {QStringLiteral("high"), c ? QJsonValue(c->high) : QJsonValue()},
                                      {QStringLiteral("days"), int(s.points[d].size())},
                                      {QStringLiteral("min_days"), kCalibrationMinSnapshots},
                                      {QStringLiteral("slope"), f ? QJsonValue(f->slope) : QJsonValue()},
                                      {QStringLiteral("intercept"), f ? QJsonValue(f->intercept) : QJsonValue()},
                                      {QStringLiteral("error"), f ? QJsonValue(f->error) : QJsonValue()}});
    }
    return QJsonObject{
        {QStringLiteral("shop_id"), s.shopId},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("estimate"), estimate},
        {QStringLiteral("calibration"), calibration},
        {QStringLiteral("calibrated"), calibrated},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("window_days"), s.windowDays},
        {QStringLiteral("rules_version"), s.rulesVersion},
        {QStringLiteral("exempt_tickets"), s.inputs.exemptTickets},
        {QStringLiteral("snapshot_time"),
         s.snapshot ? QJsonValue(s.snapshot->fetchedAt) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace anxin::models

#include "core/scoremodel.h"
#include "scoreoracle.h"
#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace anxin::core;
using namespace anxin::test;

namespace {
constexpr qint64 kNow = 1'765'000'000;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

QByteArray builtinJson()
{
    QFile f(QStringLiteral(":/rules/score.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The built-in rules file with one edit applied to its root object.
QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(builtinJson()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

// Edits the metric named `name` inside the root's "metrics" array.
void editMetric(QJsonObject &root, const QString &name, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray metrics = root.value(QStringLiteral("metrics")).toArray();
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        QJsonObject m = metrics.at(i).toObject();
        if (m.value(QStringLiteral("name")).toString() == name) {
            edit(m);
            metrics[i] = m;
        }
    }
    root.insert(QStringLiteral("metrics"), metrics);
}

const ScoreRules &rules()
{
    return ScoreRules::builtin();
}

double scoreOf(const char *name, double value)
{
    return rules().metric(QLatin1String(name))->scoreFor(value);
}

// A shop with data for every metric but bad reviews, all values on or between breakpoints.
MetricInputs sampleInputs()
{
    MetricInputs in;
    in.paidOrders = 1000;
    in.qualityReturns = 15; // 0.015 -> 85
    in.shippedOrders = 200;
    in.pickedUpInWindow = 170; // 0.85 -> 72.5
    in.dueOrders = 100;
    in.lateOrders = 2; // 0.02 -> 85
    in.deliveredOrders = 50;
    in.payToDeliveryMedianS = 54 * kHour; // 54 h -> 95
    in.refundOnlyCompleted = 40;
    in.refundOnlyMedianS = 8 * kHour; // 8 h -> 95
    in.returnRefundCompleted = 10;
    in.returnRefundMedianS = 84 * kHour; // 84 h -> 85
    in.decidedTickets = 100;
    in.rejectedTickets = 10; // 0.10 -> 75
    in.tickets = 200;
    in.arbitratedTickets = 2; // 0.01 -> 80
    in.actionTickets = 100;
    in.actedInTime = 90; // 0.90 -> 65 + 15 * 0.05 / 0.08 = 74.375
    return in;
}

TicketFacts ticket(const char *id, qint64 apply, qint64 final, int status, int type = 1)
{
    TicketFacts t;
    t.id = QLatin1String(id);
    t.applyTime = apply;
    t.finalTime = final;
    t.status = status;
    t.type = type;
    return t;
}

OrderFacts order(const char *id, qint64 pay, qint64 expShip, qint64 ship, qint64 pickup, qint64 sign)
{
    return OrderFacts{QLatin1String(id), ship ? 3 : 2, pay, expShip, ship, pickup, sign};
}

InputsQuery query()
{
    return InputsQuery::fromRules(rules(), kNow);
}
} // namespace

class TestScoreModel : public QObject
{
    Q_OBJECT
private slots:
    void builtin_loadsFromResources_hasEveryMetric();
    void fromJson_weightsNotSummingToOne_refused();
    void fromJson_missingOrBadField_namesIt_data();
    void fromJson_missingOrBadField_namesIt();
    void fromJson_notJson_refused();
    void scoreFor_atEveryBreakpoint_returnsItsScore();
    void scoreFor_betweenBreakpoints_interpolatesLinearly();
    void scoreFor_outsideThresholds_clamps();
    void scoreFor_lowerVsHigher_movesInTheRightDirection();
    void fullScoreBound_lowerAndHigher_isTheLastFullScoreValue();
    void estimate_sampleInputs_everyMetricAndDimension();
    void estimate_overall_isWeightedSumOfDimensions();
    void estimate_noReviewData_excludedAndDimensionReweighted();
    void estimate_reviewDataPresent_averagedIn();
    void estimate_dimensionWithoutData_leftOutOfOverall();
    void estimate_noDataAtAll_hasDataFalse();
    void estimate_metricWeights_renormalisedWithinDimension();
    void weakest_lowestWithData_perDimension();
    void median_oddEvenEmpty_middleValues();
    void accumulate_exemptTickets_leftOutOfEveryMetric();
    void accumulate_ticketDefinitions_countExactly();
    void accumulate_orderDefinitions_countExactly();
    void accumulate_window_boundariesInclusive();
    void calibrate_gaps_estimateMinusPlatform();
    void calibrate_missingValues_noGap();
    void whatIf_fixedInput_exactDeltas();
    void whatIf_moreSettledInTime_neverLowersService();
    void whatIf_moreMissedOrLate_neverRaisesScores();
    void whatIf_negativeCounts_treatedAsZero();
};

void TestScoreModel::builtin_loadsFromResources_hasEveryMetric()
{
    const ScoreRules &r = rules();
    QCOMPARE(r.version, 2);
    QCOMPARE(r.windowDays, 90);
    QCOMPARE(r.weightProduct, 0.40);
    QCOMPARE(r.weightLogistics, 0.25);
    QCOMPARE(r.weightService, 0.35);
    QCOMPARE(r.pickupWindowS, kDay);
    QCOMPARE(r.refundOnlyTypes, (QList<int>{1, 2, 6}));
    QCOMPARE(r.returnRefundTypes, (QList<int>{0}));
    for (int code : {19, 21, 26, 27, 34})
        QVERIFY(r.qualityReasonCodes.contains(code));
    QVERIFY(!r.qualityReasonCodes.contains(1)); // seven-day no-reason returns are not about quality
    QCOMPARE(r.metrics.size(), metric::knownNames().size());
    for (const QString &name : metric::knownNames())
        QVERIFY2(r.metric(name), qPrintable(name));
    QCOMPARE(r.metric(QLatin1String(metric::BadReviewRate))->dimension, QStringLiteral("product"));
    QCOMPARE(r.metric(QLatin1String(metric::DecidedBeforeDeadlineRate))->better, MetricRule::Better::Higher);
}

void TestScoreModel::fromJson_weightsNotSummingToOne_refused()
{
    auto r = ScoreRules::fromJson(edited([](QJsonObject &root) {
        root.insert(QStringLiteral("weights"), QJsonObject{{QStringLiteral("product"), 0.5},
                                                           {QStringLiteral("logistics"), 0.25},
                                                           {QStringLiteral("service"), 0.35}});
    }));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Malformed);
    QVERIFY2(r.error().message.contains(QStringLiteral("weights: must sum to 1")), qPrintable(r.error().message));
    // Within the tolerance is fine.
    auto ok = ScoreRules::fromJson(edited([](QJsonObject &root) {
        root.insert(QStringLiteral("weights"), QJsonObject{{QStringLiteral("product"), 0.4000000001},
                                                           {QStringLiteral("logistics"), 0.25},
                                                           {QStringLiteral("service"), 0.35}});
    }));
    QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
}

void TestScoreModel::fromJson_missingOrBadField_namesIt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const auto drop = [](const char *key) {
        return edited([key](QJsonObject &root) { root.remove(QLatin1String(key)); });
    };
    const auto metricEdit = [](const char *name, const std::function<void(QJsonObject &)> &edit) {
        return edited([&](QJsonObject &root) { editMetric(root, QLatin1String(name), edit); });
    };
    QTest::newRow("version") << drop("version") << QStringLiteral("$.version");
    QTest::newRow("window_days") << drop("window_days") << QStringLiteral("$.window_days");
    QTest::newRow("pickup_window_s") << drop("pickup_window_s") << QStringLiteral("$.pickup_window_s");
    QTest::newRow("weights") << drop("weights") << QStringLiteral("weights: missing");
    QTest::newRow("weights.service") << edited([](QJsonObject &root) {
        root.insert(QStringLiteral("weights"),
                    QJsonObject{{QStringLiteral("product"), 0.6}, {QStringLiteral("logistics"), 0.4}});
    }) << QStringLiteral("weights.service");
    QTest::newRow("quality codes") << drop("quality_reason_codes") << QStringLiteral("$.quality_reason_codes");
    QTest::newRow("refund types") << edited([](QJsonObject &root) {
        root.insert(QStringLiteral("refund_only_types"), QJsonArray{1, QStringLiteral("2")});
    }) << QStringLiteral("$.refund_only_types: expected integers");
    QTest::newRow("metrics") << drop("metrics") << QStringLiteral("metrics: expected an array");
    QTest::newRow("thresholds") << metricEdit("arbitration_rate", [](QJsonObject &m) {
        m.remove(QStringLiteral("thresholds"));
    }) << QStringLiteral("metrics.arbitration_rate.thresholds");
    QTest::newRow("better") << metricEdit("pickup_24h_rate", [](QJsonObject &m) {
        m.insert(QStringLiteral("better"), QStringLiteral("more"));
    }) << QStringLiteral("metrics.pickup_24h_rate.better");
    QTest::newRow("dimension") << metricEdit("late_shipment_rate", [](QJsonObject &m) {
        m.insert(QStringLiteral("dimension"), QStringLiteral("speed"));
    }) << QStringLiteral("metrics.late_shipment_rate.dimension");
    QTest::newRow("weight") << metricEdit("late_shipment_rate", [](QJsonObject &m) {
        m.insert(QStringLiteral("weight"), 0);
    }) << QStringLiteral("metrics.late_shipment_rate.weight");
    QTest::newRow("unknown name") << metricEdit("arbitration_rate", [](QJsonObject &m) {
        m.insert(QStringLiteral("name"), QStringLiteral("happiness"));
    }) << QStringLiteral("metrics[8].name");
    QTest::newRow("missing metric") << edited([](QJsonObject &root) {
        QJsonArray a = root.value(QStringLiteral("metrics")).toArray();
        a.removeAt(1);
        root.insert(QStringLiteral("metrics"), a);
    }) << QStringLiteral("metrics.bad_review_rate: missing");
    QTest::newRow("duplicate") << edited([](QJsonObject &root) {
        QJsonArray a = root.value(QStringLiteral("metrics")).toArray();
        a.append(a.at(0));
        root.insert(QStringLiteral("metrics"), a);
    }) << QStringLiteral("metrics.quality_return_rate: defined twice");
    QTest::newRow("not increasing") << metricEdit("quality_return_rate", [](QJsonObject &m) {
        m.insert(QStringLiteral("thresholds"), QJsonArray{QJsonArray{0.02, 100}, QJsonArray{0.01, 90}});
    }) << QStringLiteral("strictly increasing");
    QTest::newRow("wrong direction") << metricEdit("pickup_24h_rate", [](QJsonObject &m) {
        m.insert(QStringLiteral("thresholds"), QJsonArray{QJsonArray{0.5, 100}, QJsonArray{0.9, 20}});
    }) << QStringLiteral("metrics.pickup_24h_rate.thresholds: scores must not improve");
    QTest::newRow("score range") << metricEdit("quality_return_rate", [](QJsonObject &m) {
        m.insert(QStringLiteral("thresholds"), QJsonArray{QJsonArray{0.01, 120}, QJsonArray{0.5, 20}});
    }) << QStringLiteral("outside 0-100");
    QTest::newRow("one breakpoint") << metricEdit("quality_return_rate", [](QJsonObject &m) {
        m.insert(QStringLiteral("thresholds"), QJsonArray{QJsonArray{0.01, 100}});
    }) << QStringLiteral("at least two");
}

void TestScoreModel::fromJson_missingOrBadField_namesIt()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    auto r = ScoreRules::fromJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Malformed);
    QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
}

void TestScoreModel::fromJson_notJson_refused()
{
    QVERIFY(!ScoreRules::fromJson("not json").ok());
    QVERIFY(!ScoreRules::fromJson("[1, 2]").ok());
    QVERIFY(ScoreRules::fromJson(builtinJson()).ok());
}

void TestScoreModel::scoreFor_atEveryBreakpoint_returnsItsScore()
{
    for (const MetricRule &m : rules().metrics) {
        for (const MetricRule::Breakpoint &b : m.thresholds)
            QVERIFY2(qFuzzyCompare(m.scoreFor(b.value), b.score), qPrintable(m.name));
    }
}

void TestScoreModel::scoreFor_betweenBreakpoints_interpolatesLinearly()
{
    for (const MetricRule &m : rules().metrics) {
        for (qsizetype i = 1; i < m.thresholds.size(); ++i) {
            const auto &a = m.thresholds.at(i - 1);
            const auto &b = m.thresholds.at(i);
            const double mid = (a.value + b.value) / 2;
            const double quarter = a.value + (b.value - a.value) / 4;
            QVERIFY2(qFuzzyCompare(m.scoreFor(mid), (a.score + b.score) / 2), qPrintable(m.name));
            QVERIFY2(qFuzzyCompare(m.scoreFor(quarter), a.score + (b.score - a.score) / 4), qPrintable(m.name));
        }
    }
    // Hand-checked values.
    QCOMPARE(scoreOf(metric::QualityReturnRate, 0.015), 85.0);
    QCOMPARE(scoreOf(metric::QualityReturnRate, 0.03), 72.5);
    QCOMPARE(scoreOf(metric::Pickup24hRate, 0.85), 72.5);
    QCOMPARE(scoreOf(metric::RefundOnlyCompletionHours, 30), 72.5);
    QCOMPARE(scoreOf(metric::DecidedBeforeDeadlineRate, 0.98), 95.0);
}

void TestScoreModel::scoreFor_outsideThresholds_clamps()
{
    QCOMPARE(scoreOf(metric::QualityReturnRate, 0.0), 100.0);
    QCOMPARE(scoreOf(metric::QualityReturnRate, 2.0), 20.0);
    QCOMPARE(scoreOf(metric::Pickup24hRate, 1.0), 100.0);
    QCOMPARE(scoreOf(metric::Pickup24hRate, -1.0), 20.0);
    QCOMPARE(scoreOf(metric::PayToDeliveryHours, 10000), 20.0);
    QCOMPARE(scoreOf(metric::PayToDeliveryHours, 1), 100.0);
}

void TestScoreModel::scoreFor_lowerVsHigher_movesInTheRightDirection()
{
    for (const MetricRule &m : rules().metrics) {
        const double lo = m.thresholds.constFirst().value;
        const double hi = m.thresholds.constLast().value;
        double previous = m.scoreFor(lo - 1);
        for (int step = 0; step <= 200; ++step) {
            const double s = m.scoreFor(lo + (hi - lo) * step / 200.0);
            if (m.better == MetricRule::Better::Lower)
                QVERIFY2(s <= previous, qPrintable(m.name));
            else
                QVERIFY2(s >= previous, qPrintable(m.name));
            previous = s;
        }
        QVERIFY(m.scoreFor(lo) != m.scoreFor(hi));
    }
}

void TestScoreModel::fullScoreBound_lowerAndHigher_isTheLastFullScoreValue()
{
    QCOMPARE(rules().metric(QLatin1String(metric::RefundOnlyCompletionHours))->fullScoreBound(), 4.0);
    QCOMPARE(rules().metric(QLatin1String(metric::Pickup24hRate))->fullScoreBound(), 0.98);
    MetricRule flat;
    flat.better = MetricRule::Better::Lower;
    flat.thresholds = {{1, 100}, {2, 100}, {3, 50}};
    QCOMPARE(flat.fullScoreBound(), 2.0);
    flat.better = MetricRule::Better::Higher;
    flat.thresholds = {{1, 50}, {2, 100}, {3, 100}};
    QCOMPARE(flat.fullScoreBound(), 2.0);
}

void TestScoreModel::estimate_sampleInputs_everyMetricAndDimension()
{
    const ScoreEstimate e = estimate(sampleInputs(), rules());
    QCOMPARE(e.metrics.size(), 10);
    const auto check = [&e](const char *name, double value, double score, qint64 num, qint64 den) {
        const MetricResult *m = e.metric(QLatin1String(name));
        QVERIFY2(m && m->hasData && m->value, name);
        QVERIFY2(qFuzzyCompare(*m->value, value), name);
        QVERIFY2(qAbs(m->score - score) < 1e-9,
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name)).arg(m->score)));
        QCOMPARE(m->numerator, num);
        QCOMPARE(m->denominator, den);
    };
    check(metric::QualityReturnRate, 0.015, 85, 15, 1000);
    check(metric::Pickup24hRate, 0.85, 72.5, 170, 200);
    check(metric::LateShipmentRate, 0.02, 85, 2, 100);
    check(metric::PayToDeliveryHours, 54, 95, 0, 50);
    check(metric::RefundOnlyCompletionHours, 8, 95, 0, 40);
    check(metric::ReturnRefundCompletionHours, 84, 85, 0, 10);
    check(metric::MerchantRejectionRate, 0.10, 75, 10, 100);
    check(metric::ArbitrationRate, 0.01, 80, 2, 200);
    check(metric::DecidedBeforeDeadlineRate, 0.90, 74.375, 90, 100);
    QCOMPARE(e.scores[Dimension::Product], 85.0);
    QVERIFY(qFuzzyCompare(e.scores[Dimension::Logistics], (72.5 + 85 + 95) / 3));
    QVERIFY(qFuzzyCompare(e.scores[Dimension::Service], (95 + 85 + 75 + 80 + 74.375) / 5));
    QVERIFY(e.hasData[Dimension::Overall] && e.hasData[Dimension::Product] && e.hasData[Dimension::Logistics] &&
            e.hasData[Dimension::Service]);
}

void TestScoreModel::estimate_overall_isWeightedSumOfDimensions()
{
    const ScoreEstimate e = estimate(sampleInputs(), rules());
    QVERIFY(qFuzzyCompare(e.scores[Dimension::Overall], 0.40 * e.scores[Dimension::Product] +
                                                            0.25 * e.scores[Dimension::Logistics] +
                                                            0.35 * e.scores[Dimension::Service]));
    // The effective weights add up to 1 and reproduce the overall.
    double weights = 0, overall = 0;
    for (const MetricResult &m : e.metrics) {
        weights += m.weight;
        overall += m.weight * m.score;
    }
    QVERIFY(qFuzzyCompare(weights, 1.0));
    QVERIFY(qFuzzyCompare(overall, e.scores[Dimension::Overall]));
    QVERIFY(qFuzzyCompare(e.metric(QLatin1String(metric::QualityReturnRate))->weight, 0.40));
    QVERIFY(qFuzzyCompare(e.metric(QLatin1String(metric::ArbitrationRate))->weight, 0.35 / 5));
}

void TestScoreModel::estimate_noReviewData_excludedAndDimensionReweighted()
{
    const ScoreEstimate e = estimate(sampleInputs(), rules());
    const MetricResult *reviews = e.metric(QLatin1String(metric::BadReviewRate));
    QVERIFY(reviews);
    QVERIFY(!reviews->hasData);
    QVERIFY(!reviews->value);
    QCOMPARE(reviews->score, 0.0);
    QCOMPARE(reviews->weight, 0.0);
    QCOMPARE(reviews->dimension, QStringLiteral("product"));
    QCOMPARE(e.scores[Dimension::Product],
             e.metric(QLatin1String(metric::QualityReturnRate))->score); // not (85 + 0) / 2
}

void TestScoreModel::estimate_reviewDataPresent_averagedIn()
{
    MetricInputs in = sampleInputs();
    in.reviews = 1000;
    in.badReviews = 20; // 0.02 -> 80
    const ScoreEstimate e = estimate(in, rules());
    QVERIFY(e.metric(QLatin1String(metric::BadReviewRate))->hasData);
    QCOMPARE(e.scores[Dimension::Product], (85.0 + 80.0) / 2);
}

void TestScoreModel::estimate_dimensionWithoutData_leftOutOfOverall()
{
    MetricInputs in = sampleInputs();
    in.paidOrders = 0; // no product metric has data now
    const ScoreEstimate e = estimate(in, rules());
    QVERIFY(!e.hasData[Dimension::Product]);
    QCOMPARE(e.scores[Dimension::Product], 0.0);
    QVERIFY(e.hasData[Dimension::Overall]);
    QVERIFY(qFuzzyCompare(e.scores[Dimension::Overall],
                          (0.25 * e.scores[Dimension::Logistics] + 0.35 * e.scores[Dimension::Service]) / 0.60));
}

void TestScoreModel::estimate_noDataAtAll_hasDataFalse()
{
    const ScoreEstimate e = estimate(MetricInputs{}, rules());
    QVERIFY(!e.hasData[Dimension::Overall]);
    QCOMPARE(e.scores[Dimension::Overall], 0.0);
    for (const MetricResult &m : e.metrics)
        QVERIFY2(!m.hasData, qPrintable(m.name));
}

void TestScoreModel::weakest_lowestWithData_perDimension()
{
    ScoreEstimate e;
    const auto metric = [](const char *name, const char *dimension, double score, bool hasData) {
        MetricResult m;
        m.name = QLatin1String(name);
        m.dimension = QLatin1String(dimension);
        m.score = score;
        m.hasData = hasData;
        return m;
    };
    e.metrics = {metric("a", "product", 80, true), metric("b", "service", 0, false), metric("c", "service", 70, true),
                 metric("d", "logistics", 60, true), metric("e", "service", 40, true)};
    QCOMPARE(e.weakest()->name, QStringLiteral("e"));
    QCOMPARE(e.weakest(QStringLiteral("overall"))->name, QStringLiteral("e"));
    QCOMPARE(e.weakest(QStringLiteral("service"))->name, QStringLiteral("e")); // "b" scores 0 but has no data
    QCOMPARE(e.weakest(QStringLiteral("product"))->name, QStringLiteral("a"));
    QCOMPARE(e.weakest(QStringLiteral("logistics"))->name, QStringLiteral("d"));
    e.metrics = {metric("b", "service", 0, false)};
    QVERIFY(!e.weakest());
}

void TestScoreModel::estimate_metricWeights_renormalisedWithinDimension()
{
    auto r = ScoreRules::fromJson(edited([](QJsonObject &root) {
        editMetric(root, QStringLiteral("late_shipment_rate"),
                   [](QJsonObject &m) { m.insert(QStringLiteral("weight"), 2); });
    }));
    QVERIFY(r.ok());
    const ScoreEstimate e = estimate(sampleInputs(), r.value());
    QVERIFY(qFuzzyCompare(e.scores[Dimension::Logistics], (72.5 + 2 * 85 + 95) / 4));
}

void TestScoreModel::median_oddEvenEmpty_middleValues()
{
    QCOMPARE(median({}), std::optional<double>());
    QCOMPARE(median({5}), std::optional<double>(5));
    QCOMPARE(median({9, 1, 5}), std::optional<double>(5));
    QCOMPARE(median({9, 1, 5, 7}), std::optional<double>(6));
}

void TestScoreModel::accumulate_exemptTickets_leftOutOfEveryMetric()
{
    QList<TicketFacts> tickets{ticket("a", kNow - kDay, kNow - kDay + 2 * kHour, 12),
                               ticket("b", kNow - kDay, kNow - kDay + 3 * kHour, 27)};
    tickets[0].reasonCode = 26;
    const MetricInputs before = accumulateInputs(tickets, {}, query());
    TicketFacts exempt = ticket("x", kNow - kDay, kNow - kDay + 90 * kHour, 27);
    exempt.reasonCode = 26;
    exempt.arbitrateStatus = 3;
    exempt.exempt = true;
    tickets << exempt;
    exempt.status = 12;
    tickets << exempt;
    MetricInputs after = accumulateInputs(tickets, {}, query());
    QCOMPARE(after.exemptTickets, 2);
    after.exemptTickets = 0;
    QVERIFY(after == before);
    QCOMPARE(before.tickets, 2);
    QCOMPARE(before.qualityReturns, 1);
    QCOMPARE(before.rejectedTickets, 1);
}

void TestScoreModel::accumulate_ticketDefinitions_countExactly()
{
    const qint64 t0 = kNow - 10 * kDay;
    QList<TicketFacts> ts;
    ts << ticket("refunded-quality", t0, t0 + 2 * kHour, 12, 1); // quality (26), in time, refund-only 2 h
    ts.last().reasonCode = 26;
    ts << ticket("refunded-other", t0, t0 + 6 * kHour, 12, 1); // reason 1: not quality; refund-only 6 h
    ts.last().reasonCode = 1;
    ts << ticket("rejected-quality", t0, t0 + 4 * kHour, 27, 0); // quality reason but rejected: not a quality return
    ts.last().reasonCode = 26;
    ts.last().arbitrateStatus = 3;
    ts << ticket("rejected-after-return", t0, t0 + 100 * kHour, 29, 0); // return 100 h
    ts << ticket("auto-bit", t0, t0 + 30 * kHour, 12, 0);               // platform decided: return 30 h
    ts.last().platformAutoDecided = true;
    ts << ticket("auto-late", t0, t0 + 26 * kHour, 12, 6); // final after its deadline; refund-only 26 h
    ts.last().statusDeadline = t0 + 24 * kHour;
    ts << ticket("express", t0, t0, 12, 2); // no merchant action, no completion sample
    ts.last().express = true;
    ts << ticket("closed", t0, t0 + 5 * kHour, 28, 1); // decided, not an action ticket; refund-only 5 h
    ts << ticket("open-pending", t0, 0, 6, 1);
    ts.last().statusDeadline = kNow + kHour;
    ts << ticket("open-overdue", t0, 0, 6, 1);
    ts.last().statusDeadline = kNow - kHour;
    ts << ticket("open-rejected-arbitrating", t0, 0, 27, 1); // rejected, under arbitration, not yet due
    ts.last().statusDeadline = kNow + kDay;
    ts.last().arbitrateStatus = 1;
    ts << ticket("exchange", t0, t0 + 40 * kHour, 14, 3); // neither median group
    ts << ticket("too-old", kNow - 91 * kDay, kNow - 90 * kDay, 27, 1);
    const MetricInputs in = accumulateInputs(ts, {}, query());
    QCOMPARE(in.exemptTickets, 0);
    QCOMPARE(in.tickets, 12);
    QCOMPARE(in.arbitratedTickets, 2);
    QCOMPARE(in.decidedTickets, 7); // 9 final in the window but auto-bit, auto-late and express, + the open rejected
    QCOMPARE(in.rejectedTickets, 3);
    QCOMPARE(in.qualityReturns, 1);
    QCOMPARE(in.actionTickets, 8);       // final, not express, not closed (7) + open overdue
    QCOMPARE(in.actedInTime, 5);         // minus auto-bit, auto-late and the overdue one
    QCOMPARE(in.refundOnlyCompleted, 4); // 2, 5, 6, 26 h
    QCOMPARE(in.refundOnlyMedianS, std::optional<double>(5.5 * kHour));
    QCOMPARE(in.returnRefundCompleted, 3); // 4, 30, 100 h
    QCOMPARE(in.returnRefundMedianS, std::optional<double>(30.0 * kHour));
}

void TestScoreModel::accumulate_orderDefinitions_countExactly()
{
    const qint64 p = kNow - 20 * kDay;
    const qint64 exp = p + 48 * kHour;
    QList<OrderFacts> os;
    os << order("on-time-picked", p, exp, p + kDay, p + kDay + 2 * kHour, p + 3 * kDay);  // delivered 72 h
    os << order("late-picked-late", p, exp, exp + kHour, exp + 30 * kHour, p + 5 * kDay); // late, no 24 h pickup
    os << order("no-pickup", p, exp, p + 2 * kHour, 0, 0);                                // shipped, never scanned
    os << order("overdue-unshipped", p, exp, 0, 0, 0);                                    // late, not shipped
    OrderFacts cancelled = order("cancelled", p, exp, 0, 0, 0);
    cancelled.status = 4;
    os << cancelled;                                                                          // not due: cancelled
    os << order("shipped-recently", kNow - 2 * kHour, kNow + 46 * kHour, kNow - kHour, 0, 0); // pending pickup, due
    os << order("not-yet-due", kNow - kHour, kNow + 47 * kHour, 0, 0, 0);                     // pending
    os << order("old", kNow - 100 * kDay, kNow - 98 * kDay, kNow - 99 * kDay, kNow - 99 * kDay, kNow - 89 * kDay);
    os << order("unpaid", 0, 0, 0, 0, 0);
    const MetricInputs in = accumulateInputs({}, os, query());
    QCOMPARE(in.paidOrders, 7);
    QCOMPARE(in.shippedOrders, 3); // the recent one waits for its pickup; "old" shipped before the window
    QCOMPARE(in.pickedUpInWindow, 1);
    QCOMPARE(in.dueOrders, 5); // four from p + the early-shipped recent one
    QCOMPARE(in.lateOrders, 2);
    QCOMPARE(in.deliveredOrders, 3); // "old" signed inside the window, 11 days after paying
    QCOMPARE(in.payToDeliveryMedianS, std::optional<double>(5.0 * kDay));
}

void TestScoreModel::accumulate_window_boundariesInclusive()
{
    const InputsQuery q = query();
    QList<TicketFacts> ts{ticket("start", q.since(), q.since() + 1, 12), ticket("now", kNow, kNow, 12),
                          ticket("before", q.since() - 1, q.since(), 12), ticket("future", kNow + 1, kNow + 2, 12)};
    QCOMPARE(accumulateInputs(ts, {}, q).tickets, 2);
    QList<OrderFacts> os{order("start", q.since(), 0, 0, 0, 0), order("before", q.since() - 1, 0, 0, 0, 0)};
    QCOMPARE(accumulateInputs({}, os, q).paidOrders, 1);
    // Pickup determined strictly after the window: shipped exactly 24 h ago without a scan is still pending.
    QList<OrderFacts> edge{order("24h", kNow - kDay - kHour, kNow + kDay, kNow - kDay, 0, 0),
                           order("24h+1", kNow - kDay - kHour, kNow + kDay, kNow - kDay - 1, 0, 0)};
    QCOMPARE(accumulateInputs({}, edge, q).shippedOrders, 1);
}

void TestScoreModel::calibrate_gaps_estimateMinusPlatform()
{
    const ScoreEstimate e = estimate(sampleInputs(), rules());
    const Calibration c = calibrate(e, PlatformScores{{80.0, 90.0, 70.0, 85.0}});
    QVERIFY(qFuzzyCompare(*c.gaps[Dimension::Overall], e.scores[Dimension::Overall] - 80));
    QCOMPARE(*c.gaps[Dimension::Product], -5.0);
    QVERIFY(qFuzzyCompare(*c.gaps[Dimension::Logistics], e.scores[Dimension::Logistics] - 70));
    QVERIFY(qFuzzyCompare(*c.gaps[Dimension::Service], e.scores[Dimension::Service] - 85));
    const double mean = (qAbs(*c.gaps[Dimension::Overall]) + 5 + qAbs(*c.gaps[Dimension::Logistics]) +
                         qAbs(*c.gaps[Dimension::Service])) /
                        4;
    QVERIFY(qFuzzyCompare(*c.meanAbsGap(), mean));
}

void TestScoreModel::calibrate_missingValues_noGap()
{
    MetricInputs in = sampleInputs();
    in.paidOrders = 0;
    const Calibration c = calibrate(estimate(in, rules()), PlatformScores{{std::nullopt, 90.0, 70.0, std::nullopt}});
    QVERIFY(!c.gaps[Dimension::Overall]); // the platform's string was not a number
    QVERIFY(!c.gaps[Dimension::Product]); // we have no product data
    QVERIFY(c.gaps[Dimension::Logistics]);
    QVERIFY(!c.gaps[Dimension::Service]);
    QCOMPARE(c.meanAbsGap(), std::optional<double>(qAbs(*c.gaps[Dimension::Logistics])));
    QVERIFY(!calibrate(estimate(MetricInputs{}, rules()), PlatformScores{}).meanAbsGap());
}

void TestScoreModel::whatIf_fixedInput_exactDeltas()
{
    const MetricInputs base = sampleInputs();
    WhatIfChange c;
    c.ticketsSettledInTime = 12;
    c.ticketsMissed = 3;
    c.ordersShippedOnTime = 5;
    c.ordersShippedLate = 1;
    c.pickupsInTime = 20;
    c.pickupsMissed = 10;
    const MetricInputs in = applyWhatIf(base, c);
    QCOMPARE(in.actionTickets, 115);
    QCOMPARE(in.actedInTime, 102);
    QCOMPARE(in.decidedTickets, 112); // settled ones only: the platform decides the missed
    QCOMPARE(in.rejectedTickets, 10);
    QCOMPARE(in.tickets, 200);
    QCOMPARE(in.dueOrders, 106);
    QCOMPARE(in.lateOrders, 3);
    QCOMPARE(in.shippedOrders, 230);
    QCOMPARE(in.pickedUpInWindow, 190);
    QCOMPARE(in.refundOnlyMedianS, base.refundOnlyMedianS);
    QCOMPARE(in.paidOrders, base.paidOrders);

    // Settling 10 tickets in time on the fixed input: 100/110 -> 0.9090..., rejection 10/110.
    WhatIfChange settle;
    settle.ticketsSettledInTime = 10;
    const ScoreEstimate e = whatIf(base, settle, rules());
    const double decided = 65 + 15 * (100.0 / 110 - 0.85) / 0.08;
    const double rejection = 90 - 15 * (10.0 / 110 - 0.05) / 0.05;
    QVERIFY(qAbs(e.metric(QLatin1String(metric::DecidedBeforeDeadlineRate))->score - decided) < 1e-9);
    QVERIFY(qAbs(e.metric(QLatin1String(metric::MerchantRejectionRate))->score - rejection) < 1e-9);
    QVERIFY(qAbs(e.scores[Dimension::Service] - (95 + 85 + rejection + 80 + decided) / 5) < 1e-9);
    const ScoreEstimate before = estimate(base, rules());
    QCOMPARE(e.scores[Dimension::Product], before.scores[Dimension::Product]);
    QCOMPARE(e.scores[Dimension::Logistics], before.scores[Dimension::Logistics]);

    // Shipping 100 orders on time: late 2/200 = 0.01 -> 90.
    WhatIfChange ship;
    ship.ordersShippedOnTime = 100;
    QCOMPARE(whatIf(base, ship, rules()).metric(QLatin1String(metric::LateShipmentRate))->score, 90.0);
    ship.ordersShippedOnTime = 0;
    ship.ordersShippedLate = 100; // 102/200 = 0.51
    QVERIFY(qAbs(whatIf(base, ship, rules()).metric(QLatin1String(metric::LateShipmentRate))->score -
                 (45 - 25 * (0.51 - 0.12) / 0.88)) < 1e-9);
}

void TestScoreModel::whatIf_moreSettledInTime_neverLowersService()
{
    for (const MetricInputs &base : {sampleInputs(), MetricInputs{}}) {
        double previousService = whatIf(base, {}, rules()).scores[Dimension::Service];
        double previousOverall = whatIf(base, {}, rules()).scores[Dimension::Overall];
        for (int n = 1; n <= 500; n += 7) {
            WhatIfChange c;
            c.ticketsSettledInTime = n;
            const ScoreEstimate e = whatIf(base, c, rules());
            QVERIFY2(e.scores[Dimension::Service] >= previousService - 1e-12, qPrintable(QString::number(n)));
            QVERIFY(e.scores[Dimension::Overall] >= previousOverall - 1e-12);
            previousService = e.scores[Dimension::Service];
            previousOverall = e.scores[Dimension::Overall];
            // Settling in time is never worse than missing the same tickets.
            WhatIfChange missed;
            missed.ticketsMissed = n;
            QVERIFY(whatIf(base, missed, rules()).scores[Dimension::Service] <= e.scores[Dimension::Service] + 1e-12);
        }
    }
    // Shipping on time likewise never lowers logistics.
    double previous = estimate(sampleInputs(), rules()).scores[Dimension::Logistics];
    for (int m = 1; m <= 300; m += 11) {
        WhatIfChange c;
        c.ordersShippedOnTime = m;
        c.pickupsInTime = m;
        const double logistics = whatIf(sampleInputs(), c, rules()).scores[Dimension::Logistics];
        QVERIFY(logistics >= previous - 1e-12);
        previous = logistics;
    }
}

void TestScoreModel::whatIf_moreMissedOrLate_neverRaisesScores()
{
    const ScoreEstimate base = estimate(sampleInputs(), rules());
    double previousLogistics = base.scores[Dimension::Logistics];
    double previousDecided = base.metric(QLatin1String(metric::DecidedBeforeDeadlineRate))->score;
    for (int n = 1; n <= 300; n += 13) {
        WhatIfChange c;
        c.ticketsMissed = n;
        c.ordersShippedLate = n;
        c.pickupsMissed = n;
        const ScoreEstimate e = whatIf(sampleInputs(), c, rules());
        QVERIFY(e.scores[Dimension::Logistics] <= previousLogistics + 1e-12);
        const double decided = e.metric(QLatin1String(metric::DecidedBeforeDeadlineRate))->score;
        QVERIFY(decided <= previousDecided + 1e-12);
        previousLogistics = e.scores[Dimension::Logistics];
        previousDecided = decided;
    }
    QVERIFY(previousLogistics < base.scores[Dimension::Logistics]);
    // Missing deadlines never raises the service or overall estimate (it used to lower the rejection rate).
    {
        const MetricInputs start = sampleInputs();
        double service = whatIf(start, {}, rules()).scores[Dimension::Service];
        double overall = whatIf(start, {}, rules()).scores[Dimension::Overall];
        double rejection = whatIf(start, {}, rules()).metric(QLatin1String(metric::MerchantRejectionRate))->score;
        for (int n = 1; n <= 300; n += 13) {
            WhatIfChange c;
            c.ticketsMissed = n;
            const ScoreEstimate e = whatIf(start, c, rules());
            QVERIFY2(e.scores[Dimension::Service] <= service + 1e-12, qPrintable(QString::number(n)));
            QVERIFY(e.scores[Dimension::Overall] <= overall + 1e-12);
            QCOMPARE(e.metric(QLatin1String(metric::MerchantRejectionRate))->score, rejection);
            service = e.scores[Dimension::Service];
            overall = e.scores[Dimension::Overall];
        }
    }
}

void TestScoreModel::whatIf_negativeCounts_treatedAsZero()
{
    WhatIfChange c;
    c.ticketsSettledInTime = -5;
    c.ordersShippedLate = -5;
    QVERIFY(applyWhatIf(sampleInputs(), c) == sampleInputs());
}

ANXIN_TEST_GUILESS_MAIN(TestScoreModel)
#include "tst_scoremodel.moc"

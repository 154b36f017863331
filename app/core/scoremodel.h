#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The experience-score ESTIMATE (domain rules §7): raw inputs over a rolling window -> sub-metric values ->
// 0-100 scores by piecewise-linear thresholds -> dimension averages -> weighted overall. Pure: no I/O besides
// reading the built-in rules resource. The platform publishes no formula; this is our documented model of it.
namespace anxin::core {

// One sub-metric's mapping from its raw value (a rate in [0, 1] or a duration in hours) to 0-100.
struct MetricRule
{
    enum class Better
    {
        Lower,
        Higher
    };
    struct Breakpoint
    {
        double value = 0;
        double score = 0;
    };

    QString name;
    QString dimension; // "product", "logistics" or "service"
    Better better = Better::Lower;
    double weight = 1.0; // within its dimension, renormalised over the metrics that have data
    // Strictly increasing `value`. Between two breakpoints the score is interpolated LINEARLY (so a what-if
    // that moves a rate a little moves the score a little); below the first / above the last it is clamped.
    QList<Breakpoint> thresholds;

    double scoreFor(double value) const;
    // The worst raw value that still scores the maximum: the drill-down lists what is beyond it.
    double fullScoreBound() const;
};

struct ScoreRules
{
    int version = 0;
    int windowDays = 90;
    double weightProduct = 0.40;
    double weightLogistics = 0.25;
    double weightService = 0.35;
    QList<int> qualityReasonCodes; // reason codes whose refunds count as quality returns
    QList<int> refundOnlyTypes;    // aftersale_type values timed by refund_only_completion_hours
    QList<int> returnRefundTypes;  // ... by return_refund_completion_hours
    qint64 pickupWindowS = 86400;  // a shipped parcel without a carrier scan within this is a "false shipment"
    QList<MetricRule> metrics;     // every known metric exactly once, in the file's order

    const MetricRule *metric(const QString &name) const;
    double weightOf(const QString &dimension) const;

    // Strict: a missing or mistyped field, weights not summing to 1 (± 1e-6), an unknown or duplicated
    // metric, or thresholds not increasing / not monotonic in the `better` direction is an error naming the field.
    static Result<ScoreRules> fromJson(const QByteArray &json);
    // The rules built into this version (":/rules/score.json").
    static const ScoreRules &builtin();
};

// Metric names the model knows (the rules file must define each of them exactly once).
namespace metric {
inline constexpr char QualityReturnRate[] = "quality_return_rate";
inline constexpr char BadReviewRate[] = "bad_review_rate";
inline constexpr char Pickup24hRate[] = "pickup_24h_rate";
inline constexpr char LateShipmentRate[] = "late_shipment_rate";
inline constexpr char PayToDeliveryHours[] = "pay_to_delivery_hours";
inline constexpr char RefundOnlyCompletionHours[] = "refund_only_completion_hours";
inline constexpr char ReturnRefundCompletionHours[] = "return_refund_completion_hours";
inline constexpr char MerchantRejectionRate[] = "merchant_rejection_rate";
inline constexpr char ArbitrationRate[] = "arbitration_rate";
inline constexpr char DecidedBeforeDeadlineRate[] = "decided_before_deadline_rate";
QStringList knownNames();
bool isOrderMetric(const QString &name); // its drill-down lists orders (else tickets)
} // namespace metric

// The raw counts and medians for one shop (or all shops) over the window, produced by the store
// (store::ScoreInputsRepository, whose header holds every definition).
struct MetricInputs
{
    // product
    qint64 paidOrders = 0;         // quality_return_rate denominator
    qint64 qualityReturns = 0;     // ... numerator
    std::optional<qint64> reviews; // bad_review_rate: the cache holds no reviews, so always nullopt for now
    std::optional<qint64> badReviews;
    // logistics
    qint64 shippedOrders = 0;    // pickup_24h_rate denominator: shipped, pickup determined
    qint64 pickedUpInWindow = 0; // ... numerator
    qint64 dueOrders = 0;        // late_shipment_rate denominator: shipped or past exp_ship_time
    qint64 lateOrders = 0;       // ... numerator
    qint64 deliveredOrders = 0;  // pay_to_delivery_hours samples
    std::optional<double> payToDeliveryMedianS;
    // service
    qint64 refundOnlyCompleted = 0; // refund_only_completion_hours samples
    std::optional<double> refundOnlyMedianS;
    qint64 returnRefundCompleted = 0;
    std::optional<double> returnRefundMedianS;
    qint64 decidedTickets = 0;    // merchant_rejection_rate denominator: decided by the merchant (rejected, or
                                  // final and neither express nor decided by the platform at the deadline)
    qint64 rejectedTickets = 0;   // ... numerator
    qint64 tickets = 0;           // arbitration_rate denominator (every non-exempt ticket)
    qint64 arbitratedTickets = 0; // ... numerator
    qint64 actionTickets = 0;     // decided_before_deadline_rate denominator: needed the merchant, determined
    qint64 actedInTime = 0;       // ... numerator
    qint64 exemptTickets = 0;     // information only: left out of every metric above

    bool operator==(const MetricInputs &) const = default;
};

struct MetricResult
{
    QString name;
    QString dimension;
    std::optional<double> value; // rate in [0, 1] or hours; nullopt = no data
    double score = 0;            // 0-100; 0 when !hasData
    bool hasData = false;        // false: left out of its dimension's average
    qint64 numerator = 0;        // rates: the counts; medians: numerator 0, denominator = number of samples
    qint64 denominator = 0;
    double weight = 0; // effective share of the overall score (0 when !hasData)
};

// The score's dimensions: the overall number and the three the platform publishes under it, in that order.
enum class Dimension
{
    Overall,
    Product,
    Logistics,
    Service
};
inline constexpr std::array<Dimension, 4> kDimensions{Dimension::Overall, Dimension::Product, Dimension::Logistics,
                                                      Dimension::Service};
// The rules file's and the JSON's name of a dimension ("overall", "product", "logistics", "service").
QLatin1String dimensionKey(Dimension dimension);
std::optional<Dimension> dimensionFromKey(const QString &key);

// One value per dimension, indexed by it.
template <class T>
struct PerDimension
{
    std::array<T, kDimensions.size()> values{};
    T &operator[](Dimension d) { return values[std::size_t(d)]; }
    const T &operator[](Dimension d) const { return values[std::size_t(d)]; }
};

struct ScoreEstimate
{
    // A dimension with no metric that has data scores 0, is flagged here and left out of the overall
    // (the other dimensions' weights are renormalised). hasData[Overall] is false when no dimension has data.
    PerDimension<double> scores;
    PerDimension<bool> hasData;
    QList<MetricResult> metrics; // in the rules file's order

    // The dimension's score, nullopt without data.
    std::optional<double> score(Dimension d) const
    {
        return hasData[d] ? std::optional<double>(scores[d]) : std::nullopt;
    }
    const MetricResult *metric(const QString &name) const;
    // The sub-metric with data that scores lowest, within `dimension` ("product", "logistics", "service"; empty
    // or "overall": any): what a drill-down into that dimension opens first. nullptr when none has data.
    const MetricResult *weakest(const QString &dimension = {}) const;
};

ScoreEstimate estimate(const MetricInputs &inputs, const ScoreRules &rules);

// The platform's own numbers (a snapshot; nullopt where its string was not a number).
using PlatformScores = PerDimension<std::optional<double>>;

// estimate - platform, per dimension: positive means we estimate higher than the platform reports. nullopt when
// the platform's number is missing or our dimension has no data.
struct Calibration
{
    PerDimension<std::optional<double>> gaps;
    std::optional<double> meanAbsGap() const; // over the gaps that exist
};

Calibration calibrate(const ScoreEstimate &estimate, const PlatformScores &platform);

// What-if over items that are still PENDING (not yet in any numerator or denominator, see scoremodel.cpp):
//   ticketsSettledInTime N: actionTickets += N, actedInTime += N, decidedTickets += N (settled = not rejected)
//   ticketsMissed N:        actionTickets += N (the platform auto-decides for the buyer: no merchant decision, so
//                           the rejection rate does not fall and a miss never raises the service estimate)
//   ordersShippedOnTime M:  dueOrders += M
//   ordersShippedLate M:    dueOrders += M, lateOrders += M
//   pickupsInTime K:        shippedOrders += K, pickedUpInWindow += K
//   pickupsMissed K:        shippedOrders += K
// Medians and the arbitration rate are left unchanged (an open ticket is already one of `tickets`). Negative
// counts are treated as 0. More in time never lowers a score; more missed / late never raises one.
struct WhatIfChange
{
    int ticketsSettledInTime = 0;
    int ticketsMissed = 0;
    int ordersShippedOnTime = 0;
    int ordersShippedLate = 0;
    int pickupsInTime = 0;
    int pickupsMissed = 0;
};

MetricInputs applyWhatIf(const MetricInputs &base, const WhatIfChange &change);
ScoreEstimate whatIf(const MetricInputs &base, const WhatIfChange &change, const ScoreRules &rules);

// --- Reference definitions -----------------------------------------------------------------------------------
// The store computes MetricInputs with SQL aggregates; this is the same definition over plain rows, for tests,
// small data sets and as the executable specification the SQL is checked against.

struct InputsQuery
{
    qint64 now = 0;
    int windowDays = 90;
    QList<int> qualityReasonCodes;
    QList<int> refundOnlyTypes{1, 2, 6};
    QList<int> returnRefundTypes{0};
    qint64 pickupWindowS = 86400;

    qint64 since() const { return now - qint64(windowDays) * 86400; }
    static InputsQuery fromRules(const ScoreRules &rules, qint64 now);
};

} // namespace anxin::core

#include "core/scoremodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace anxin::core {

namespace {

constexpr double kWeightTolerance = 1e-6;

const QString &dimProduct()
{
    static const QString s = QStringLiteral("product");
    return s;
}
const QString &dimLogistics()
{
    static const QString s = QStringLiteral("logistics");
    return s;
}
const QString &dimService()
{
    static const QString s = QStringLiteral("service");
    return s;
}

Error bad(const QString &path, const char *what)
{
    return Error::make(Error::Kind::Malformed, QStringLiteral("score rules: %1: %2").arg(path, QLatin1String(what)));
}

Result<double> number(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return bad(path + QLatin1Char('.') + key, "expected a number");
    return v.toDouble();
}

Result<qint64> positiveInt(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() <= 0)
        return bad(path + QLatin1Char('.') + key, "expected a positive integer");
    return v.toInteger();
}

Result<QList<int>> intList(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    const QString where = path + QLatin1Char('.') + key;
    if (!v.isArray() || v.toArray().isEmpty())
        return bad(where, "expected a non-empty array of integers");
    QList<int> out;
    for (const QJsonValue &c : v.toArray()) {
        if (!c.isDouble() || c.toDouble() != double(c.toInteger()))
            return bad(where, "expected integers");
        out << int(c.toInteger());
    }
    return out;
}

Result<MetricRule> parseMetric(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return bad(path, "expected an object");
    const QJsonObject o = value.toObject();
    MetricRule m;
    m.name = o.value(QStringLiteral("name")).toString();
    if (!metric::knownNames().contains(m.name))
        return bad(path + QStringLiteral(".name"), "missing or not a known metric");
    const QString where = QStringLiteral("metrics.") + m.name;
    m.dimension = o.value(QStringLiteral("dimension")).toString();
    if (m.dimension != dimProduct() && m.dimension != dimLogistics() && m.dimension != dimService())
        return bad(where + QStringLiteral(".dimension"), "expected product, logistics or service");
    const QString better = o.value(QStringLiteral("better")).toString();
    if (better == QLatin1String("lower"))
        m.better = MetricRule::Better::Lower;
    else if (better == QLatin1String("higher"))
        m.better = MetricRule::Better::Higher;
    else
        return bad(where + QStringLiteral(".better"), "expected \"lower\" or \"higher\"");
    if (o.contains(QStringLiteral("weight"))) {
        auto w = number(o, QStringLiteral("weight"), where);
        if (!w || w.value() <= 0)
            return bad(where + QStringLiteral(".weight"), "expected a positive number");
        m.weight = w.value();
    }
    const QString tpath = where + QStringLiteral(".thresholds");
    const QJsonValue t = o.value(QStringLiteral("thresholds"));
    if (!t.isArray() || t.toArray().size() < 2)
        return bad(tpath, "expected at least two [value, score] pairs");
    for (const QJsonValue &p : t.toArray()) {
        const QJsonArray pair = p.toArray();
        if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return bad(tpath, "expected [value, score] pairs of numbers");
        const MetricRule::Breakpoint b{pair.at(0).toDouble(), pair.at(1).toDouble()};
        if (b.score < 0 || b.score > 100)
            return bad(tpath, "a score is outside 0-100");
        if (!m.thresholds.isEmpty()) {
            const MetricRule::Breakpoint &prev = m.thresholds.constLast();
            if (b.value <= prev.value)
                return bad(tpath, "values must be strictly increasing");
            if (m.better == MetricRule::Better::Lower ? b.score > prev.score : b.score < prev.score)
                return bad(tpath, "scores must not improve in the direction `better` calls worse");
        }
        m.thresholds << b;
    }
    return m;
}

} // namespace

// --- Rules --------------------------------------------------------------------------------------------------------

double MetricRule::scoreFor(double value) const
{
    if (thresholds.isEmpty())
        return 0;
    if (value <= thresholds.constFirst().value)
        return thresholds.constFirst().score;
    for (qsizetype i = 1; i < thresholds.size(); ++i) {
        const Breakpoint &a = thresholds.at(i - 1);
        const Breakpoint &b = thresholds.at(i);
        if (value <= b.value)
            return a.score + (b.score - a.score) * (value - a.value) / (b.value - a.value);
    }
    return thresholds.constLast().score;
}

double MetricRule::fullScoreBound() const
{
    if (thresholds.isEmpty())
        return 0;
    if (better == Better::Lower) {
        double bound = thresholds.constFirst().value;
        for (const Breakpoint &b : thresholds) {
            if (b.score < thresholds.constFirst().score)
                break;
            bound = b.value;
        }
        return bound;
    }
    double bound = thresholds.constLast().value;
    for (qsizetype i = thresholds.size() - 1; i >= 0 && thresholds.at(i).score >= thresholds.constLast().score; --i)
        bound = thresholds.at(i).value;
    return bound;
}

const MetricRule *ScoreRules::metric(const QString &name) const
{
    for (const MetricRule &m : metrics) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

double ScoreRules::weightOf(const QString &dimension) const
{
    if (dimension == dimProduct())
        return weightProduct;
    if (dimension == dimLogistics())
        return weightLogistics;
    return dimension == dimService() ? weightService : 0.0;
}

Result<ScoreRules> ScoreRules::fromJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Kind::Malformed,
                           QStringLiteral("score rules: not a JSON object (%1)").arg(err.errorString()));
    const QJsonObject root = doc.object();
    const QString top = QStringLiteral("$");
    ScoreRules rules;
    auto version = positiveInt(root, QStringLiteral("version"), top);
    if (!version)
        return version.error();
    rules.version = int(version.value());
    auto window = positiveInt(root, QStringLiteral("window_days"), top);
    if (!window)
        return window.error();
    rules.windowDays = int(window.value());
    auto pickup = positiveInt(root, QStringLiteral("pickup_window_s"), top);
    if (!pickup)
        return pickup.error();
    rules.pickupWindowS = pickup.value();

    if (!root.value(QStringLiteral("weights")).isObject())
        return bad(QStringLiteral("weights"), "missing");
    const QJsonObject weights = root.value(QStringLiteral("weights")).toObject();
    double sum = 0;
    for (const auto &[key, target] :
         {std::pair{dimProduct(), &rules.weightProduct}, std::pair{dimLogistics(), &rules.weightLogistics},
          std::pair{dimService(), &rules.weightService}}) {
        auto w = number(weights, key, QStringLiteral("weights"));
        if (!w)
            return w.error();
        if (w.value() < 0)
            return bad(QStringLiteral("weights.") + key, "expected a non-negative number");
        *target = w.value();
        sum += w.value();
    }
    if (std::abs(sum - 1.0) > kWeightTolerance)
        return bad(QStringLiteral("weights"), "must sum to 1");

    for (const auto &[key, target] : {std::pair{QStringLiteral("quality_reason_codes"), &rules.qualityReasonCodes},
                                      std::pair{QStringLiteral("refund_only_types"), &rules.refundOnlyTypes},
                                      std::pair{QStringLiteral("return_refund_types"), &rules.returnRefundTypes}}) {
        auto list = intList(root, key, top);
        if (!list)
            return list.error();
        *target = list.value();
    }

    const QJsonValue metrics = root.value(QStringLiteral("metrics"));
    if (!metrics.isArray())
        return bad(QStringLiteral("metrics"), "expected an array");
    const QJsonArray array = metrics.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto m = parseMetric(array.at(i), QStringLiteral("metrics[%1]").arg(i));
        if (!m)
            return m.error();
        if (rules.metric(m->name))
            return bad(QStringLiteral("metrics.") + m->name, "defined twice");
        rules.metrics << m.value();
    }
    for (const QString &name : metric::knownNames()) {
        if (!rules.metric(name))
            return bad(QStringLiteral("metrics.") + name, "missing");
    }
    return rules;
}

const ScoreRules &ScoreRules::builtin()
{
    static const ScoreRules rules = [] {
        QFile f(QStringLiteral(":/rules/score.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in score rules are missing from the resources");
        auto parsed = ScoreRules::fromJson(f.readAll());
        if (!parsed)
            qFatal("the built-in score rules are invalid: %s", qPrintable(parsed.error().message));
        return parsed.value();
    }();
    return rules;
}

QStringList metric::knownNames()
{
    static const QStringList names{QLatin1String(QualityReturnRate),
                                   QLatin1String(BadReviewRate),
                                   QLatin1String(Pickup24hRate),
                                   QLatin1String(LateShipmentRate),
                                   QLatin1String(PayToDeliveryHours),
                                   QLatin1String(RefundOnlyCompletionHours),
                                   QLatin1String(ReturnRefundCompletionHours),
                                   QLatin1String(MerchantRejectionRate),
                                   QLatin1String(ArbitrationRate),
                                   QLatin1String(DecidedBeforeDeadlineRate)};
    return names;
}

bool metric::isOrderMetric(const QString &name)
{
    return name == QLatin1String(Pickup24hRate) || name == QLatin1String(LateShipmentRate) ||
           name == QLatin1String(PayToDeliveryHours);
}

// --- Estimate -----------------------------------------------------------------------------------------------------

namespace {

// The raw value of one metric: a rate (numerator / denominator) or a median in hours.
MetricResult rawResult(const QString &name, const MetricInputs &in)
{
    MetricResult r;
    r.name = name;
    const auto rate = [&r](qint64 num, qint64 den) {
        r.numerator = num;
        r.denominator = den;
        if (den > 0)
            r.value = double(num) / double(den);
    };
    const auto hours = [&r](const std::optional<double> &medianS, qint64 samples) {
        r.denominator = samples;
        if (samples > 0 && medianS)
            r.value = *medianS / 3600.0;
    };
    using namespace metric;
    if (name == QLatin1String(QualityReturnRate))
        rate(in.qualityReturns, in.paidOrders);
    else if (name == QLatin1String(BadReviewRate))
        rate(in.badReviews.value_or(0), in.reviews.value_or(0));
    else if (name == QLatin1String(Pickup24hRate))
        rate(in.pickedUpInWindow, in.shippedOrders);
    else if (name == QLatin1String(LateShipmentRate))
        rate(in.lateOrders, in.dueOrders);
    else if (name == QLatin1String(PayToDeliveryHours))
        hours(in.payToDeliveryMedianS, in.deliveredOrders);
    else if (name == QLatin1String(RefundOnlyCompletionHours))
        hours(in.refundOnlyMedianS, in.refundOnlyCompleted);
    else if (name == QLatin1String(ReturnRefundCompletionHours))
        hours(in.returnRefundMedianS, in.returnRefundCompleted);
    else if (name == QLatin1String(MerchantRejectionRate))
        rate(in.rejectedTickets, in.decidedTickets);
    else if (name == QLatin1String(ArbitrationRate))
        rate(in.arbitratedTickets, in.tickets);
    else if (name == QLatin1String(DecidedBeforeDeadlineRate))
        rate(in.actedInTime, in.actionTickets);
    r.hasData = r.value.has_value();
    return r;
}

} // namespace

const MetricResult *ScoreEstimate::metric(const QString &name) const
{
    for (const MetricResult &m : metrics) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

const MetricResult *ScoreEstimate::weakest(const QString &dimension) const
{
    const bool any = dimension.isEmpty() || dimension == QLatin1String("overall");
    const MetricResult *worst = nullptr;
    for (const MetricResult &m : metrics) {
        if (m.hasData && (any || m.dimension == dimension) && (!worst || m.score < worst->score))
            worst = &m;
    }
    return worst;
}

QLatin1String dimensionKey(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Product:
        return QLatin1String("product");
    case Dimension::Logistics:
        return QLatin1String("logistics");
    case Dimension::Service:
        return QLatin1String("service");
    case Dimension::Overall:
        break;
    }
    return QLatin1String("overall");
}

std::optional<Dimension> dimensionFromKey(const QString &key)
{
    for (Dimension d : kDimensions) {
        if (key == dimensionKey(d))
            return d;
    }
    return std::nullopt;
}

ScoreEstimate estimate(const MetricInputs &inputs, const ScoreRules &rules)
{
    ScoreEstimate e;
    PerDimension<double> weightSum;
    PerDimension<double> weighted;
    for (const MetricRule &rule : rules.metrics) {
        MetricResult r = rawResult(rule.name, inputs);
        r.dimension = rule.dimension;
        if (r.hasData) {
            r.score = rule.scoreFor(*r.value);
            // The parser only accepts the three sub-dimensions.
            const Dimension d = dimensionFromKey(rule.dimension).value_or(Dimension::Overall);
            weightSum[d] += rule.weight;
            weighted[d] += rule.weight * r.score;
        }
        e.metrics << r;
    }
    double overallWeight = 0;
    for (Dimension d : {Dimension::Product, Dimension::Logistics, Dimension::Service}) {
        e.hasData[d] = weightSum[d] > 0;
        e.scores[d] = e.hasData[d] ? weighted[d] / weightSum[d] : 0.0;
        if (e.hasData[d])
            overallWeight += rules.weightOf(dimensionKey(d));
    }
    e.hasData[Dimension::Overall] = overallWeight > 0;
    if (!e.hasData[Dimension::Overall])
        return e;
    for (Dimension d : {Dimension::Product, Dimension::Logistics, Dimension::Service}) {
        if (e.hasData[d])
            e.scores[Dimension::Overall] += e.scores[d] * rules.weightOf(dimensionKey(d)) / overallWeight;
    }
    for (qsizetype i = 0; i < e.metrics.size(); ++i) {
        MetricResult &r = e.metrics[i];
        if (r.hasData) {
            const Dimension d = dimensionFromKey(r.dimension).value_or(Dimension::Overall);
            r.weight = rules.metrics.at(i).weight / weightSum[d] * rules.weightOf(r.dimension) / overallWeight;
        }
    }
    return e;
}

// --- Calibration and what-if --------------------------------------------------------------------------------------

std::optional<double> Calibration::meanAbsGap() const
{
    double sum = 0;
    int n = 0;
    for (const auto &g : gaps.values) {
        if (g) {
            sum += std::abs(*g);
            ++n;
        }
    }
    return n ? std::optional<double>(sum / n) : std::nullopt;
}

Calibration calibrate(const ScoreEstimate &estimate, const PlatformScores &platform)
{
    Calibration c;
    for (Dimension d : kDimensions) {
        if (estimate.hasData[d] && platform[d])
            c.gaps[d] = estimate.scores[d] - *platform[d];
    }
    return c;
}

MetricInputs applyWhatIf(const MetricInputs &base, const WhatIfChange &change)
{
    const auto n = [](int v) { return qint64(std::max(v, 0)); };
    MetricInputs in = base;
    in.actionTickets += n(change.ticketsSettledInTime) + n(change.ticketsMissed);
    in.actedInTime += n(change.ticketsSettledInTime);
    in.decidedTickets += n(change.ticketsSettledInTime); // a missed ticket is decided by the platform, not us
    in.dueOrders += n(change.ordersShippedOnTime) + n(change.ordersShippedLate);
    in.lateOrders += n(change.ordersShippedLate);
    in.shippedOrders += n(change.pickupsInTime) + n(change.pickupsMissed);
    in.pickedUpInWindow += n(change.pickupsInTime);
    return in;
}

ScoreEstimate whatIf(const MetricInputs &base, const WhatIfChange &change, const ScoreRules &rules)
{
    return estimate(applyWhatIf(base, change), rules);
}

// --- Inputs query ---------------------------------------------------------------------------------------------------

InputsQuery InputsQuery::fromRules(const ScoreRules &rules, qint64 now)
{
    InputsQuery q;
    q.now = now;
    q.windowDays = rules.windowDays;
    q.qualityReasonCodes = rules.qualityReasonCodes;
    q.refundOnlyTypes = rules.refundOnlyTypes;
    q.returnRefundTypes = rules.returnRefundTypes;
    q.pickupWindowS = rules.pickupWindowS;
    return q;
}

} // namespace anxin::core

#include "sandbox/faultinjector.h"

#include <array>
#include <utility>

namespace anxin::sandbox {
namespace {

constexpr std::array<std::pair<FaultKind, const char *>, 9> kNames{{
    {FaultKind::RateLimit, "rate_limit"},
    {FaultKind::Http5xx, "http_5xx"},
    {FaultKind::Platform5xx, "platform_5xx"},
    {FaultKind::Latency, "latency"},
    {FaultKind::DropMidBody, "drop_mid_body"},
    {FaultKind::DropAfterWrite, "drop_after_write"},
    {FaultKind::MalformedJson, "malformed_json"},
    {FaultKind::TokenExpiry, "token_expiry"},
    {FaultKind::OversizedPage, "oversized_page"},
}};

} // namespace

bool FaultInjector::parseKind(const QString &name, FaultKind *kind)
{
    for (const auto &[k, n] : kNames) {
        if (name == QLatin1String(n)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString FaultInjector::kindName(FaultKind kind)
{
    for (const auto &[k, n] : kNames) {
        if (k == kind)
            return QString::fromLatin1(n);
    }
    return {};
}

QString FaultInjector::parse(const QJsonObject &json, FaultRule *rule)
{
    FaultRule r;
    if (!parseKind(json.value(QLatin1String("kind")).toString(), &r.kind))
        return QStringLiteral(
            "unknown fault kind; expected one of rate_limit, http_5xx, platform_5xx, latency, "
            "drop_mid_body, drop_after_write, malformed_json, token_expiry, oversized_page, image_host, "
            "deleted_product, unknown_tracking, no_promise, time_text, refuse_item, operate_no_items");
    const bool hasCount = json.contains(QLatin1String("count"));
    const bool hasRatio = json.contains(QLatin1String("ratio"));
    r.ratio = json.value(QLatin1String("ratio")).toDouble(0);
    if (hasRatio && (r.ratio <= 0 || r.ratio > 1))
        return QStringLiteral("ratio must be in (0, 1]");
    r.remaining = hasCount ? json.value(QLatin1String("count")).toInt(-2) : (hasRatio ? -1 : 1);
    if (hasCount && r.remaining < 1)
        return QStringLiteral("count must be a positive integer");
    r.method = json.value(QLatin1String("method")).toString();
    r.retryAfter = json.value(QLatin1String("retry_after")).toInt(0);
    r.latencyMs = json.value(QLatin1String("latency_ms")).toInt(r.kind == FaultKind::Latency ? 1000 : 0);
    r.httpStatus = json.value(QLatin1String("status")).toInt(503);
    r.http429 = json.value(QLatin1String("http429")).toBool(false);
    r.applyWrite = json.value(QLatin1String("apply")).toBool(false);
    r.huge = json.value(QLatin1String("huge")).toBool(false);
    if (r.latencyMs < 0 || r.latencyMs > 120000)
        return QStringLiteral("latency_ms must be within 0..120000");
    if (r.httpStatus < 400 || r.httpStatus > 599)
        return QStringLiteral("status must be an HTTP error status (400..599)");
    *rule = r;
    return {};
}

void FaultInjector::clear()
{
    m_rules.clear();
}

void FaultInjector::reseed(quint64 seed)
{
    m_rng.seed(quint32(seed) ^ 0xfa17u);
}

void FaultInjector::add(const FaultRule &rule)
{
    m_rules.append(rule);
}

bool FaultInjector::fires(FaultRule &rule)
{
    if (rule.remaining == 0)
        return false;
    if (rule.ratio > 0 && m_rng.generateDouble() >= rule.ratio)
        return false;
    if (rule.remaining > 0)
        --rule.remaining;
    return true;
}

FaultDecision FaultInjector::decide(const QString &method)
{
    FaultDecision d;
    for (FaultRule &rule : m_rules) {
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        if (rule.kind == FaultKind::Latency) {
            if (fires(rule))
                d.latencyMs += rule.latencyMs;
            continue;
        }
        if (d.fault || !fires(rule))
            continue;
        d.fault = rule;
        d.latencyMs += rule.latencyMs;
    }
    m_rules.removeIf([](const FaultRule &r) { return r.remaining == 0; });
    return d;
}

int FaultInjector::latencyFor(const QString &method) const
{
    int ms = 0;
    for (const FaultRule &rule : m_rules) {
        if (rule.kind == FaultKind::Latency && (rule.method.isEmpty() || rule.method == method))
            ms += rule.latencyMs;
    }
    return ms;
}

QJsonArray FaultInjector::describe() const
{
    QJsonArray out;
    for (const FaultRule &r : m_rules) {
        QJsonObject o{{QStringLiteral("kind"), kindName(r.kind)}, {QStringLiteral("remaining"), r.remaining}};
        if (r.ratio > 0)
            o.insert(QStringLiteral("ratio"), r.ratio);
        if (!r.method.isEmpty())
            o.insert(QStringLiteral("method"), r.method);
        out.append(o);
    }
    return out;
}

} // namespace anxin::sandbox

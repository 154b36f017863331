#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace anxin::sandbox {

enum class FaultKind
{
    RateLimit,      // code 60000 isv.traffic-limited, or HTTP 429 with http429
    Http5xx,        // HTTP 503 (status configurable), optional Retry-After
    Platform5xx,    // code 20000 isp.service-error
    Latency,        // delays the answer; combines with the others
    DropMidBody,    // headers and half the body, then the connection is aborted
    DropAfterWrite, // the call is applied, then the connection is aborted without an answer
    MalformedJson,  // the answer's body is truncated and garbled
    TokenExpiry,    // the caller's access token expires now: 40003 isv.access-token-expired
    OversizedPage,  // more items than asked for (or a huge body with "huge": true)
};

struct FaultRule
{
    FaultKind kind = FaultKind::RateLimit;
    int remaining = 1;  // -1: unlimited (with ratio)
    double ratio = 0;   // 0: always, while remaining > 0
    QString method;     // empty: every API method
    int retryAfter = 0; // seconds, sent as Retry-After when > 0
    int latencyMs = 0;
    int httpStatus = 503;
    bool http429 = false;    // rate_limit as HTTP 429 instead of code 60000
    bool applyWrite = false; // http_5xx / platform_5xx: apply the call first, then fail (outcome unknown)
    bool huge = false;       // oversized_page: a multi-megabyte body instead of extra items
};

struct FaultDecision
{
    std::optional<FaultRule> fault; // at most one non-latency fault per call
    int latencyMs = 0;
};

// Faults for the next N calls or a fraction of calls, optionally for one method; deterministic per reset.
class FaultInjector
{
public:
    void clear();
    void reseed(quint64 seed);
    void add(const FaultRule &rule);
    FaultDecision decide(const QString &method);
    // The latency the rules would add to a call of `method`, without counting the call against any rule.
    int latencyFor(const QString &method) const;
    QJsonArray describe() const;
    bool isEmpty() const { return m_rules.isEmpty(); }

    static bool parseKind(const QString &name, FaultKind *kind);
    static QString kindName(FaultKind kind);
    // Parses the control endpoint's JSON; returns an error text when invalid.
    static QString parse(const QJsonObject &json, FaultRule *rule);

private:
    bool fires(FaultRule &rule);

    QList<FaultRule> m_rules;
    QRandomGenerator m_rng{0xfa17u};
};

} // namespace anxin::sandbox

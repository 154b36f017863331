#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace anxin::platform {

// Exponential backoff with full jitter (delay = random(0, min(cap, base * 2^attempt))), honouring the server's
// Retry-After, with a bound on attempts. Pure: the random source is injected so tests are deterministic.
struct RetryPolicy
{
    int maxAttempts = 5; // total attempts including the first
    qint64 baseDelayMs = 500;
    qint64 maxDelayMs = 60'000;
    qint64 maxRetryAfterMs = 600'000; // a Retry-After beyond this is clamped (and the call is still bounded)

    // uniform(bound) returns an integer in [0, bound]; defaults to QRandomGenerator::global().
    using Uniform = std::function<qint64(qint64 bound)>;

    bool canRetry(int attemptsMade) const { return attemptsMade < maxAttempts; }

    // Delay before attempt number `attemptsMade + 1` (attemptsMade ≥ 1). With a Retry-After the delay is
    // never shorter than it: no request goes out before the server allows.
    qint64 delayMs(int attemptsMade, std::optional<qint64> retryAfterMs, const Uniform &uniform = {}) const;
};

// Parses a Retry-After value: delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT").
// Returns milliseconds from nowMsecs (0 for a date in the past), or nullopt when malformed.
std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMsecs);

// Parses an HTTP Date header (RFC 7231 IMF-fixdate, plus the obsolete RFC 850 and asctime forms) to Unix ms.
std::optional<qint64> parseHttpDate(const QByteArray &value);

} // namespace anxin::platform

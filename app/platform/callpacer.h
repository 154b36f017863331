#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <deque>
#include <memory>
#include <optional>

namespace anxin::platform {

// Paces one app key's calls, method by method, under the platform's rate limit, which it does not publish
// (platform-api.md §3, §9). Calls go out at once until the platform answers 60000; then the method's limit is
// learned as what the platform let through in the last second, the pace is cut to 90 % of it (at most once a
// second while it keeps refusing), grows back with clean answers to 90 % of it and is held there (timers fire late and
// bunch); after 10 s clean at that pace the limit is tried 10 % higher (the platform may have raised it). A refusal
// that says nothing (none let through in the last second) halves the pace and leaves the limit to be found again; a
// pace grown past any sensible limit is dropped. A Retry-After holds the method back that long. Shared by every
// ApiClient of the app key (all its shops, every thread) through forApp(). Thread-safe.
//
// Times are milliseconds on a monotonic clock; the overloads without one use the process's steady clock.
class CallPacer
{
public:
    // The pacer of `appKey` in this process (created on first use).
    static std::shared_ptr<CallPacer> forApp(const QByteArray &appKey);

    // Takes the method's next slot: how long to wait before sending (0: now).
    qint64 reserve(const QByteArray &method, qint64 nowMs);
    // The platform let a call of `method` through (any answer but 60000).
    void admitted(const QByteArray &method, qint64 nowMs);
    // The platform answered 60000 (or HTTP 429), optionally with a Retry-After.
    void limited(const QByteArray &method, std::optional<qint64> retryAfterMs, qint64 nowMs);
    // Calls per second the method is paced at; 0 while the platform has not refused any.
    double pace(const QByteArray &method) const;

    qint64 reserve(const QByteArray &method) { return reserve(method, steadyNowMs()); }
    void admitted(const QByteArray &method) { admitted(method, steadyNowMs()); }
    void limited(const QByteArray &method, std::optional<qint64> retryAfterMs)
    {
        limited(method, retryAfterMs, steadyNowMs());
    }
    static qint64 steadyNowMs();

private:
    struct Method
    {
        double pace = 0;         // calls per second; 0: not paced
        double nextSlotMs = 0;   // the earliest start of the next call
        qint64 lastCutMs = -1;   // when the pace was last cut (-1: never)
        qint64 grownAtMs = 0;    // when the pace last grew (or was cut)
        double limit = 0;        // calls the platform let through in the second before its last refusal
        qint64 heldMs = 0;       // clean time at the held pace since the last cut or probe
        std::deque<qint64> ok;   // when the platform let calls through, within the last second
        std::deque<double> sent; // the slots taken within the last second, in order
    };
    static void forget(Method &m, qint64 nowMs);

    mutable QMutex m_mutex;
    QHash<QByteArray, Method> m_methods;
};

} // namespace anxin::platform

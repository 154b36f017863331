#include "platform/callpacer.h"

#include <QMutexLocker>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace anxin::platform {

namespace {
constexpr qint64 kWindowMs = 1000; // the platform counts calls per second
constexpr double kUnder = 0.9;     // the pace after a refusal: this share of what got through in the last second
constexpr double kHold = 0.9;      // the pace held while clean: this share of the limit learned (timers bunch)
constexpr double kRecover = 1.5;   // growth a second back up to the held pace
constexpr double kSearch = 2.0;    // growth a second while no limit is known (a refusal that said nothing)
constexpr qint64 kProbeMs = 10000; // clean this long at the held pace: the limit may have been raised, try 10 %
constexpr double kProbe = 1.1;     // more
constexpr double kMinPace = 0.5;   // never slower than a call every two seconds
constexpr double kUnpaced = 5000;  // a pace grown past this is no pace at all
} // namespace

std::shared_ptr<CallPacer> CallPacer::forApp(const QByteArray &appKey)
{
    static QMutex mutex;
    static QHash<QByteArray, std::weak_ptr<CallPacer>> pacers;
    QMutexLocker lock(&mutex);
    std::shared_ptr<CallPacer> pacer = pacers.value(appKey).lock();
    if (!pacer) {
        pacer = std::make_shared<CallPacer>();
        pacers.insert(appKey, pacer);
    }
    return pacer;
}

qint64 CallPacer::steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void CallPacer::forget(Method &m, qint64 nowMs)
{
    while (!m.ok.empty() && m.ok.front() <= nowMs - kWindowMs)
        m.ok.pop_front();
}

qint64 CallPacer::reserve(const QByteArray &method, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    Method &m = m_methods[method];
    double slot = std::max(double(nowMs), m.nextSlotMs);
    const auto forgetSent = [&m](double at) {
        while (!m.sent.empty() && m.sent.front() <= at - kWindowMs)
            m.sent.pop_front();
    };
    forgetSent(slot);
    // Once the limit is known, no second holds more than the held share of it, however the calls before bunched (a
    // burst sent before the first refusal, or answers that came together): the pace alone spaces the calls from
    // now on, and a second filled late by a burst would refuse them all again.
    if (m.limit > 0) {
        const size_t cap = size_t(std::max(1.0, std::floor(m.limit * kHold)));
        if (m.sent.size() >= cap) {
            slot = std::max(slot, m.sent[m.sent.size() - cap] + kWindowMs);
            forgetSent(slot);
        }
    }
    m.sent.push_back(slot);
    m.nextSlotMs = m.pace > 0 ? slot + 1000.0 / m.pace : slot;
    return qint64(std::ceil(slot - double(nowMs)));
}

void CallPacer::admitted(const QByteArray &method, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    Method &m = m_methods[method];
    m.ok.push_back(nowMs);
    forget(m, nowMs);
    if (m.pace <= 0)
        return;
    // Clean answers let the pace grow with time: back up to just under the limit learned, held there; after a
    // long clean spell the limit is tried a little higher (the platform may have raised it).
    const qint64 elapsed = std::clamp<qint64>(nowMs - m.grownAtMs, 0, kWindowMs);
    m.grownAtMs = nowMs;
    const double seconds = double(elapsed) / 1000.0;
    if (m.limit <= 0) {
        m.pace *= std::pow(kSearch, seconds);
    } else if (const double hold = m.limit * kHold; m.pace < hold) {
        m.pace = std::min(hold, m.pace * std::pow(kRecover, seconds));
        m.heldMs = 0;
    } else if ((m.heldMs += elapsed) >= kProbeMs) {
        m.limit *= kProbe;
        m.heldMs = 0;
    }
    if (m.pace > kUnpaced)
        m = Method{};
}

void CallPacer::limited(const QByteArray &method, std::optional<qint64> retryAfterMs, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    Method &m = m_methods[method];
    forget(m, nowMs);
    const bool told = retryAfterMs && *retryAfterMs > 0;
    if (told) // the platform said when: nothing of this method goes before
        m.nextSlotMs = std::max(m.nextSlotMs, double(nowMs + *retryAfterMs));
    // One cut per second: the refusals of one burst say the same thing once.
    if (m.lastCutMs >= 0 && nowMs - m.lastCutMs < kWindowMs)
        return;
    const double through = double(m.ok.size()); // what the platform let through in the last second
    if (through > 0) {
        // The limit, learned: the pace goes just under it, and nothing goes until the platform's second has room
        // again (the oldest call it let through leaves its window).
        m.limit = through;
        m.pace = std::max(m.pace > 0 ? std::min(through * kUnder, m.pace * kUnder) : through * kUnder, kMinPace);
        m.nextSlotMs = std::max(m.nextSlotMs, double(m.ok.front() + kWindowMs));
    } else if (!told) {
        // Refused with nothing let through lately (another program of the app spent the second): a guess, soon
        // grown out of if wrong.
        m.pace = std::max(m.pace > 0 ? m.pace / 2 : 1.0, kMinPace);
        m.nextSlotMs = std::max(m.nextSlotMs, double(nowMs) + 1000.0 / m.pace);
    } else {
        return; // the Retry-After says all
    }
    m.lastCutMs = nowMs;
    m.grownAtMs = nowMs;
    m.heldMs = 0;
}

double CallPacer::pace(const QByteArray &method) const
{
    QMutexLocker lock(&m_mutex);
    return m_methods.value(method).pace;
}

} // namespace anxin::platform

#include "sync/progressmeter.h"

#include <algorithm>
#include <cmath>

namespace anxin::sync {

void ProgressMeter::sample(const QString &stage, qint64 nowMs, qint64 done)
{
    if (stage != m_stage) {
        m_stage = stage;
        m_readings.clear();
    }
    if (!m_readings.isEmpty() && m_readings.last().ms == nowMs) {
        m_readings.last().done = done;
        return;
    }
    m_readings.append({nowMs, done});
    // Keep one reading at or before the window's start, so the rate always spans the whole window.
    while (m_readings.size() > 2 && m_readings.at(1).ms <= nowMs - kWindowMs)
        m_readings.removeFirst();
}

double ProgressMeter::ratePerSec() const
{
    if (m_readings.size() < 2)
        return 0;
    const Reading &first = m_readings.first();
    const Reading &last = m_readings.last();
    const qint64 ms = last.ms - first.ms;
    if (ms <= 0 || last.done <= first.done)
        return 0;
    return double(last.done - first.done) * 1000.0 / double(ms);
}

qint64 ProgressMeter::etaSecs(qint64 done, qint64 total) const
{
    const double rate = ratePerSec();
    if (total <= 0 || done > total || rate <= 0)
        return -1;
    return qint64(std::ceil(double(total - done) / rate));
}

int BesideWidth::at(qint64 nowMs, qint64 done, double allowed)
{
    if (m_checkedMs < 0) {
        m_checkedMs = nowMs;
        m_checkedDone = done;
        return m_width;
    }
    if (nowMs - m_checkedMs < kCheckMs)
        return m_width;
    const double rate = double(done - m_checkedDone) * 1000.0 / double(nowMs - m_checkedMs);
    m_checkedMs = nowMs;
    m_checkedDone = done;
    m_best = std::max(m_best, rate);
    const double can = allowed > 0 ? std::min(allowed, m_best) : m_best;
    if (rate >= kKeep * can)
        m_width = std::min(m_widest, m_width + 1);
    else
        m_width = std::max(1, m_width / 2);
    return m_width;
}

void LaneWidth::answered(qint64 refusedTotal, qint64 nowMs)
{
    if (refusedTotal > m_refusedSeen) {
        m_refusedSeen = refusedTotal;
        m_clean = 0;
        if (m_halvedMs < 0 || nowMs - m_halvedMs >= kBurstMs) {
            m_width = std::max(1, m_width / 2);
            m_halvedMs = nowMs;
        }
    } else if (++m_clean >= m_width) {
        m_clean = 0;
        m_width = std::min(m_widest, m_width + 1);
    }
}

} // namespace anxin::sync

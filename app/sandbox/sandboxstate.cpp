#include "sandbox/sandboxstate.h"

#include "sandbox/generator.h"
#include "sandbox/hashing.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

namespace anxin::sandbox {

SandboxState::SandboxState(const SandboxOptions &options)
{
    if (options.nowSecs > 0)
        m_clock.setSecs(options.nowSecs);
    m_rateLimiter.setQps(options.qps);
    reset(options);
}

void SandboxState::reset(const SandboxOptions &options)
{
    m_options = options;
    if (m_options.historyDays > 0) {
        // The history ends at nowSecs (fixed now, so a later reset starts from the same day) and the clock begins
        // historyDays before it.
        if (m_options.nowSecs <= 0)
            m_options.nowSecs = SandboxClock::realMsecs() / 1000;
        m_clock.setSecs(m_options.nowSecs - qint64(m_options.historyDays) * kDay);
    }
    QElapsedTimer timer;
    timer.start();
    m_motion.reset();
    m_engine.reset();
    m_world = std::make_unique<World>(Generator::generate(options, m_clock.nowSecs()));
    m_engine = std::make_unique<TicketEngine>(*m_world);
    m_engine->rebuildEvents();
    if (m_options.historyDays > 0)
        m_motion = std::make_unique<WorldMotion>(*m_world, *m_engine, m_options.seed, m_clock.nowSecs());
    m_generationMs = timer.elapsed();
    m_tokens.reset(options.seed);
    m_faults.clear();
    m_itemFaults.clear();
    m_faults.reseed(options.seed);
    m_counters.reset();
    m_rateLimiter.clearWindows();
    m_liveRng.seed(quint32(options.seed) ^ 0x11feu);
    m_logSeq = 0;
}

int SandboxState::catchUp()
{
    if (m_motion)
        m_motion->advanceTo(m_clock.nowSecs());
    const int n = m_engine->advanceTo(m_clock.nowSecs());
    m_counters.autoDecisions += n;
    return n;
}

void SandboxState::liveTick()
{
    World &w = *m_world;
    const qint64 now = m_clock.nowSecs();
    const int shop = int(m_liveRng.bounded(quint32(w.shops.size())));
    if (m_liveRng.bounded(3u) == 0) {
        const quint32 idx = Generator::addLiveTicket(w, m_liveRng, shop, now);
        m_engine->schedule(idx);
    } else {
        Generator::addLiveOrder(w, m_liveRng, shop, now);
    }
}

QString SandboxState::imageBaseUrl()
{
    const QString moved = m_itemFaults.imageBaseUrl();
    return moved.isEmpty() ? m_baseUrl : moved;
}

QString SandboxState::nextLogId()
{
    // Deterministic for a given clock and call sequence: the platform's 20-digit-ish "yyyyMMddHHmmss" + hex.
    const QDateTime t = QDateTime::fromSecsSinceEpoch(m_clock.nowSecs(), QTimeZone(8 * 3600));
    const quint64 h = mix64(m_options.seed, ++m_logSeq);
    return t.toString(QStringLiteral("yyyyMMddHHmmss")) +
           QStringLiteral("%1").arg(h & 0xffffffffffffULL, 12, 16, QLatin1Char('0')).toUpper();
}

} // namespace anxin::sandbox

#include "core/clock.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace anxin::core {

qint64 SystemClock::nowMsecs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

PlatformClock::PlatformClock(std::shared_ptr<Clock> base)
    : m_base(std::move(base))
    , m_follows(!dynamic_cast<const ManualClock *>(m_base.get()))
{}

qint64 PlatformClock::nowMsecs() const
{
    return m_base->nowMsecs() + (m_follows ? m_offset.load() : 0);
}

qint64 parseFixedNow(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 12)
        return -1;
    for (char c : trimmed) {
        if (c < '0' || c > '9')
            return -1;
    }
    return trimmed.toLongLong();
}

std::shared_ptr<Clock> Clock::system()
{
    static const auto clock = std::make_shared<SystemClock>();
    return clock;
}

std::shared_ptr<Clock> Clock::fromEnvironment()
{
    const QByteArray env = qgetenv("ANXIN_NOW");
    if (env.isEmpty())
        return system();
    const qint64 secs = parseFixedNow(env);
    if (secs < 0) {
        qWarning("ANXIN_NOW must be Unix seconds (digits only); using the system clock");
        return system();
    }
    return std::make_shared<ManualClock>(secs * 1000);
}

} // namespace anxin::core

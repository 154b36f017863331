#include "sandbox/sandboxclock.h"

#include <QDateTime>

namespace anxin::sandbox {

SandboxClock::SandboxClock() = default;

qint64 SandboxClock::realMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SandboxClock::nowMsecs() const
{
    return m_frozen ? m_frozenAtMs : realMsecs() + m_offsetMs;
}

void SandboxClock::setSecs(qint64 secs)
{
    if (m_frozen)
        m_frozenAtMs = secs * 1000;
    else
        m_offsetMs = secs * 1000 - realMsecs();
}

void SandboxClock::advanceSecs(qint64 delta)
{
    if (m_frozen)
        m_frozenAtMs += delta * 1000;
    else
        m_offsetMs += delta * 1000;
}

void SandboxClock::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    if (frozen) {
        m_frozenAtMs = nowMsecs();
        m_frozen = true;
    } else {
        m_offsetMs = m_frozenAtMs - realMsecs();
        m_frozen = false;
    }
}

} // namespace anxin::sandbox

#pragma once

#include <QtGlobal>

namespace anxin::sandbox {

// The sandbox's clock: real time plus an offset, or frozen at a value. Tests move it with /__sandbox/clock.
class SandboxClock
{
public:
    SandboxClock();

    qint64 nowMsecs() const;
    qint64 nowSecs() const { return nowMsecs() / 1000; }
    bool isFrozen() const { return m_frozen; }

    void setSecs(qint64 secs);
    void advanceSecs(qint64 delta);
    void setFrozen(bool frozen);

    // Real (wall) milliseconds, for windows that tests create with real concurrency (refresh in progress).
    static qint64 realMsecs();

private:
    qint64 m_offsetMs = 0;
    bool m_frozen = false;
    qint64 m_frozenAtMs = 0;
};

} // namespace anxin::sandbox

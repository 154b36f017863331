#pragma once

#include <QtGlobal>

#include <memory>

namespace anxin::core {

// Every "now" in the domain comes from a Clock, so tests and reports are reproducible.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMsecs() const = 0;
    qint64 nowSecs() const { return nowMsecs() / 1000; }

    // ANXIN_NOW (Unix seconds) fixes the clock for the whole process; otherwise the system clock.
    static std::shared_ptr<Clock> fromEnvironment();
    static std::shared_ptr<Clock> system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMsecs() const override;
};

// A clock that only moves when told to: for tests and for ANXIN_NOW.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 msecs = 0)
        : m_msecs(msecs)
    {}
    qint64 nowMsecs() const override { return m_msecs; }
    void setMsecs(qint64 msecs) { m_msecs = msecs; }
    void setSecs(qint64 secs) { m_msecs = secs * 1000; }
    void advanceMsecs(qint64 delta) { m_msecs += delta; }

private:
    qint64 m_msecs;
};

// Parses ANXIN_NOW's value: Unix seconds, digits only. Returns -1 when malformed.
qint64 parseFixedNow(const QByteArray &value);

} // namespace anxin::core

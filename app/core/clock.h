#pragma once

#include <QtGlobal>

#include <atomic>
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

// The platform's clock as this computer knows it: the base clock plus the offset learned from the platform's
// Date headers (kept in the profile, so it holds offline). Deadlines, countdowns, bands, alerts and claim windows
// are the platform's, so they read this, never the desktop clock. A fixed base clock (ANXIN_NOW, tests) is
// taken as the platform's own time: the offset is kept but not applied. Thread-safe.
class PlatformClock final : public Clock
{
public:
    explicit PlatformClock(std::shared_ptr<Clock> base);
    qint64 nowMsecs() const override;
    qint64 offsetMsecs() const { return m_offset.load(); }
    void setOffsetMsecs(qint64 offset) { m_offset.store(offset); }
    bool followsPlatform() const { return m_follows; }

private:
    std::shared_ptr<Clock> m_base;
    bool m_follows;
    std::atomic<qint64> m_offset{0};
};

// Parses ANXIN_NOW's value: Unix seconds, digits only. Returns -1 when malformed.
qint64 parseFixedNow(const QByteArray &value);

} // namespace anxin::core

#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace anxin::sync {

// The pace of one sync stage and the time it has left, from what it did in its last seconds. A sync's pace changes
// as it goes (its concurrency grows while answers are clean and halves on a rate-limit answer, windows of history
// finish at different times), so the rate since the stage began would promise too much early and too little late.
class ProgressMeter
{
public:
    static constexpr qint64 kWindowMs = 15000;

    // One reading of the stage `stage` at `nowMs` (any monotonic clock): `done` items so far. A new stage name
    // starts the meter again.
    void sample(const QString &stage, qint64 nowMs, qint64 done);

    // Items a second over the last kWindowMs (over the whole stage while it is younger); 0 before two readings.
    double ratePerSec() const;

    // Seconds left to reach `total` at that rate; -1 when it cannot be told (no pace yet, total unknown or passed).
    qint64 etaSecs(qint64 done, qint64 total) const;

private:
    struct Reading
    {
        qint64 ms;
        qint64 done;
    };
    QString m_stage;
    QList<Reading> m_readings; // oldest first; the oldest is at or before the window's start
};

} // namespace anxin::sync

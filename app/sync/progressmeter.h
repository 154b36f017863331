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
    // Items done at the last reading; 0 before any.
    qint64 done() const { return m_readings.isEmpty() ? 0 : m_readings.last().done; }

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

// How many windows of a history walk run beside the open tickets' details: the details come first, and both share
// this desk's processor and connection. Every kCheckMs the details' pace over that check (not a long average: a walk
// that crowds them must hear it within a check) is held against what they can do: the pace the call pacer allows
// them when the platform's limit is known, else the best they reached. The walk widens by one window while they keep
// kKeep of it and halves when they fall below. A machine with room to spare walks wide; a busy one walks narrow.
class BesideWidth
{
public:
    static constexpr qint64 kCheckMs = 2000;
    static constexpr double kKeep = 0.9;

    explicit BesideWidth(int widest)
        : m_widest(widest)
    {}
    // The width to use at `nowMs` (any monotonic clock), the details done so far being `done`; `allowed` is the pace
    // the call pacer holds them to (0: not paced, the platform has not refused any).
    int at(qint64 nowMs, qint64 done, double allowed);
    int width() const { return m_width; }

private:
    int m_widest;
    int m_width = 1;
    double m_best = 0;
    qint64 m_checkedMs = -1;
    qint64 m_checkedDone = 0;
};

// Requests of one method a sync keeps in flight: one more after each round of clean answers (as many as are in
// flight), halved when the platform refuses one for its rate limit, up to `widest`. The refusals of one burst (those
// answered within kBurstMs of the halving) say the same thing once: halving at each of them took the width from 16
// to 1 while the call pacer, which keeps the rate, had already slowed down.
class LaneWidth
{
public:
    static constexpr qint64 kBurstMs = 1000; // the platform counts calls per second

    LaneWidth(int start, int widest, qint64 refusedSoFar)
        : m_width(start)
        , m_widest(widest)
        , m_refusedSeen(refusedSoFar)
    {}
    // After each answer: `refusedTotal` is the method's rate-limit refusals so far (a running count), `nowMs` any
    // monotonic clock.
    void answered(qint64 refusedTotal, qint64 nowMs);
    int width() const { return m_width; }

private:
    int m_width;
    int m_widest;
    qint64 m_refusedSeen;
    int m_clean = 0;
    qint64 m_halvedMs = -1;
};

} // namespace anxin::sync

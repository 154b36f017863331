// A sync stage's pace and time left (sync::ProgressMeter): read over the last seconds, so a pace that changes (the
// concurrency halved by a rate-limit answer, windows of history finishing) shows in the estimate at once.
#include "sync/progressmeter.h"
#include "testmain.h"

#include <QtTest>

using anxin::sync::BesideWidth;
using anxin::sync::LaneWidth;
using anxin::sync::ProgressMeter;

namespace {

const QString kHistory = QStringLiteral("history");

class TstProgressMeter : public QObject
{
    Q_OBJECT
private slots:
    void steadyPace_rateAndTimeLeft();
    void paceDrops_estimateFollowsTheLastSeconds();
    void newStage_startsAgain();
    void unknowable_saysSo();
    void besideWidth_widensWhileDetailsKeepPace_halvesWhenTheySlow();
    void laneWidth_growsPerCleanRound_halvesOncePerBurstOfRefusals();
};

void TstProgressMeter::steadyPace_rateAndTimeLeft()
{
    ProgressMeter m;
    for (int s = 0; s <= 10; ++s)
        m.sample(kHistory, s * 1000, s * 100);
    QCOMPARE(m.ratePerSec(), 100.0);
    QCOMPARE(m.etaSecs(1000, 5000), 40);
    QCOMPARE(m.etaSecs(1000, 1050), 1); // a part of a second left is a second
    QCOMPARE(m.etaSecs(1000, 1000), 0);
}

void TstProgressMeter::paceDrops_estimateFollowsTheLastSeconds()
{
    ProgressMeter m;
    qint64 done = 0;
    for (int s = 1; s <= 60; ++s) { // a minute at 100 a second
        done += 100;
        m.sample(kHistory, s * 1000, done);
    }
    for (int s = 61; s <= 90; ++s) { // then half a minute at 10 a second
        done += 10;
        m.sample(kHistory, s * 1000, done);
    }
    // Since the stage began: 6 300 in 90 s, 70 a second; the last 15 s: 10 a second, the pace it goes at now.
    QCOMPARE(m.ratePerSec(), 10.0);
    QCOMPARE(m.etaSecs(done, done + 600), 60);
}

void TstProgressMeter::newStage_startsAgain()
{
    ProgressMeter m;
    m.sample(kHistory, 0, 0);
    m.sample(kHistory, 5000, 5000);
    QCOMPARE(m.ratePerSec(), 1000.0);
    m.sample(QStringLiteral("details"), 6000, 0);
    QCOMPARE(m.ratePerSec(), 0.0);
    QCOMPARE(m.etaSecs(0, 500), -1);
    m.sample(QStringLiteral("details"), 8000, 20);
    QCOMPARE(m.ratePerSec(), 10.0);
    QCOMPARE(m.etaSecs(20, 500), 48);
}

void TstProgressMeter::unknowable_saysSo()
{
    ProgressMeter m;
    QCOMPARE(m.ratePerSec(), 0.0);
    m.sample(kHistory, 0, 0);
    m.sample(kHistory, 0, 50); // two readings in one millisecond: one
    QCOMPARE(m.ratePerSec(), 0.0);
    m.sample(kHistory, 1000, 100);
    QCOMPARE(m.ratePerSec(), 50.0);
    QCOMPARE(m.etaSecs(100, -1), -1);  // total unknown
    QCOMPARE(m.etaSecs(120, 100), -1); // more done than the estimated total
    m.sample(kHistory, 2000, 100);
    m.sample(kHistory, 30000, 100); // nothing for half a minute: no pace, no promise
    QCOMPARE(m.ratePerSec(), 0.0);
    QCOMPARE(m.etaSecs(100, 200), -1);
}

} // namespace

// The history walk beside the open tickets' details: one window at first; one more each check while the details
// hold their pace over that check (ramping up counts as holding it); halved at a check where they ran below 90 % of
// what they can do (their best, or the pace the call pacer allows them if lower); never below one nor above the
// widest; no change between checks.
void TstProgressMeter::besideWidth_widensWhileDetailsKeepPace_halvesWhenTheySlow()
{
    BesideWidth w(4);
    const qint64 step = BesideWidth::kCheckMs;
    const auto per = [step](double rate) { return qint64(rate * double(step) / 1000.0); };
    qint64 done = 0;
    QCOMPARE(w.width(), 1);
    QCOMPARE(w.at(0, done, 0), 1); // the first reading: no pace yet
    QCOMPARE(w.at(step, done += per(40), 0), 2);
    QCOMPARE(w.at(step + 10, done + 5, 0), 2); // between checks: unchanged
    QCOMPARE(w.at(2 * step, done += per(95), 0), 3);
    QCOMPARE(w.at(3 * step, done += per(90), 0), 4);  // 90 of the best 95: still holding
    QCOMPARE(w.at(4 * step, done += per(100), 0), 4); // the widest
    QCOMPARE(w.at(5 * step, done += per(80), 0), 2);  // fell behind: halved
    QCOMPARE(w.at(6 * step, done += per(85), 0), 1);
    QCOMPARE(w.at(7 * step, done += per(50), 0), 1); // never below one
    QCOMPARE(w.at(8 * step, done += per(99), 0), 2); // back at pace: wider again

    // A long spell at pace does not hide one check behind it (a stage's average would still say 98 a second).
    qint64 now = 8 * step;
    for (int i = 0; i < 20; ++i)
        w.at(now += step, done += per(100), 0);
    QCOMPARE(w.width(), 4);
    QCOMPARE(w.at(now += step, done += per(80), 0), 2);

    // The call pacer slowed the details (the platform's limit, not the walk): held against what it allows them.
    QCOMPARE(w.at(now += step, done += per(60), 60), 3);
    QCOMPARE(w.at(now += step, done += per(56), 60), 4);
    QCOMPARE(w.at(now += step, done += per(50), 60), 2); // below 90 % of what the pacer allows
}

// A method's requests in flight: one more per round of clean answers, halved by a rate-limit refusal, but a burst of
// refusals (a second's worth) halves once: ten refusals in a row used to take 16 requests in flight down to one.
void TstProgressMeter::laneWidth_growsPerCleanRound_halvesOncePerBurstOfRefusals()
{
    LaneWidth w(4, 16, 7); // seven refusals before this lane began: not this lane's
    qint64 refused = 7;
    qint64 now = 0;
    for (int round = 4; round < 16; ++round)
        for (int i = 0; i < round; ++i)
            w.answered(refused, now += 10);
    QCOMPARE(w.width(), 16);
    w.answered(refused, now += 10); // clean at the widest: stays
    QCOMPARE(w.width(), 16);
    for (int i = 0; i < 10; ++i)
        w.answered(++refused, now += 20); // ten refusals within 200 ms
    QCOMPARE(w.width(), 8);
    for (int i = 0; i < 8; ++i)
        w.answered(refused, now += 10);
    QCOMPARE(w.width(), 9); // a clean round: one more
    now += LaneWidth::kBurstMs;
    w.answered(++refused, now); // a refusal a second later: a new burst
    QCOMPARE(w.width(), 4);
    for (int i = 0; i < 5; ++i) {
        now += LaneWidth::kBurstMs;
        w.answered(++refused, now);
    }
    QCOMPARE(w.width(), 1); // never below one
}

ANXIN_TEST_MAIN(TstProgressMeter)
#include "tst_progressmeter.moc"

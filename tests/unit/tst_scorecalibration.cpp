// core/scorecalibration: the straight line from our rule score to the platform's number, and its band.
#include "core/scorecalibration.h"
#include "testmain.h"

#include <QTest>

using namespace anxin::core;

namespace {

QList<CalibrationPoint> line(double intercept, double slope, const QList<double> &raws)
{
    QList<CalibrationPoint> out;
    for (qsizetype i = 0; i < raws.size(); ++i)
        out.append(CalibrationPoint{QStringLiteral("2026-11-%1").arg(i + 1, 2, 10, QLatin1Char('0')), raws.at(i),
                                    intercept + slope * raws.at(i)});
    return out;
}

} // namespace

class TestScoreCalibration : public QObject
{
    Q_OBJECT
private slots:
    void fewerDaysThanTheMinimum_noFit()
    {
        QVERIFY(!fitCalibration(line(30, 1, {50, 51, 52, 53, 54, 55}), 7));
        QVERIFY(!fitCalibration({}, 0));
        QVERIFY(fitCalibration(line(30, 1, {50, 51, 52, 53, 54, 55, 56}), 7));
    }
    void exactLine_recovered_bandAtItsMinimum()
    {
        const auto fit = fitCalibration(line(20, 1.5, {40, 42, 44, 46, 48, 50, 52}), 7);
        QVERIFY(fit && fit->slopeFitted);
        QCOMPARE(fit->slope, 1.5);
        QCOMPARE(fit->intercept, 20.0);
        QCOMPARE(fit->error, 0.0);
        const CalibratedValue v = applyCalibration(*fit, 45);
        QCOMPARE(v.value, 87.5);
        QCOMPARE(v.low, 87.5 - kCalibrationMinBand);
        QCOMPARE(v.high, 87.5 + kCalibrationMinBand);
        QCOMPARE(v.days, 7);
    }
    void flatRawScore_slopeOne_medianOffset()
    {
        // Our score barely moved: a slope cannot be told from noise, the fit is the median gap.
        QList<CalibrationPoint> p = line(28, 1, {49.0, 49.2, 49.1, 49.3, 49.0, 49.1, 49.2});
        for (const auto &[day, noise] : {std::pair{0, 0.3}, {2, 0.5}, {3, -0.2}, {5, -0.4}, {6, 0.2}})
            p[day].platform += noise;
        const auto fit = fitCalibration(p, 7);
        QVERIFY(fit && !fit->slopeFitted);
        QCOMPARE(fit->slope, 1.0);
        QCOMPARE(fit->intercept, 28.0);
        QVERIFY(fit->error > 0);
    }
    void oneOddDay_movesTheFitLittle()
    {
        QList<CalibrationPoint> p = line(10, 1.2, {40, 43, 46, 49, 52, 55, 58, 61, 64});
        p[4].platform -= 25; // a day the platform recomputed oddly
        const auto fit = fitCalibration(p, 7);
        QVERIFY(fit);
        QVERIFY2(std::abs(fit->slope - 1.2) < 0.1, qPrintable(QString::number(fit->slope)));
        QVERIFY(std::abs(applyCalibration(*fit, 50).value - 70) < 1.5);
        QVERIFY(fit->error < 1.0);
    }
    void outsideTheSeenRange_bandWidens_clampedTo0to100()
    {
        const auto fit = fitCalibration(line(40, 1, {40, 41, 42, 43, 44, 45, 46}), 7);
        QVERIFY(fit);
        const CalibratedValue inside = applyCalibration(*fit, 43);
        const CalibratedValue outside = applyCalibration(*fit, 53);
        QVERIFY(outside.high - outside.low > inside.high - inside.low + 10);
        const CalibratedValue top = applyCalibration(*fit, 80);
        QCOMPARE(top.value, 100.0);
        QCOMPARE(top.high, 100.0);
    }
    void slope_keptWithinBounds()
    {
        const auto steep = fitCalibration(line(0, 10, {5, 6, 7, 8, 9, 10, 11}), 7);
        QVERIFY(steep);
        QCOMPARE(steep->slope, 4.0);
        const auto falling = fitCalibration(line(100, -1, {40, 42, 44, 46, 48, 50, 52}), 7);
        QVERIFY(falling);
        QCOMPARE(falling->slope, 0.25);
    }
};

ANXIN_TEST_GUILESS_MAIN(TestScoreCalibration)
#include "tst_scorecalibration.moc"

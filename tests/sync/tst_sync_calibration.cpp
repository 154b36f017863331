// The calibrated experience-score estimate (issue #37, step 3) against a platform whose formula the client does not
// know: the sandbox simulates 30 days (--history-days), the desk syncs once a day as a merchant's would, keeping the
// platform's numbers and its own rule-based estimate of the same moment. Fitted on the days before, the calibrated
// estimate of each of the last seven days is within 3 points of the number the platform published that day, inside
// its band; the raw rule score is farther off. Real SQLite, real HTTP over loopback to the sandbox.

#include "../store/tempdb.h"
#include "core/scorecalibration.h"
#include "models/scoresummary.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/world.h"
#include "store/scoresnapshotrepository.h"
#include "synctestsupport.h"
#include "testmain.h"

#include <QTest>

using namespace anxin;
using namespace anxin::test;
using core::Dimension;

class TstSyncCalibration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eachSync_keepsTheEstimateBesideTheSnapshot();
    void lastSevenDays_calibratedWithin3Points_rawFartherOff();
    void summary_calibratedWithBandAndDays();
    void fewDays_noCalibration();

private:
    std::unique_ptr<SandboxHarness> m_sandbox;
    TempDb m_file;
    store::Database m_db;
    QList<store::ScoreSnapshotRecord> m_snapshots;
    QString m_shopId;
};

namespace {

constexpr int kDays = 30;

std::optional<double> platformOf(const store::ScoreSnapshotRecord &s, Dimension d)
{
    return models::platformScores(s)[d];
}

} // namespace

void TstSyncCalibration::initTestCase()
{
    sandbox::SandboxOptions o;
    o.seed = 11;
    o.tickets = 600;
    o.historyDays = kDays;
    m_sandbox = std::make_unique<SandboxHarness>(o, QDateTime::currentSecsSinceEpoch());
    ANXIN_VERIFY_OK(m_file.open(m_db));
    Client client(*m_sandbox);
    m_shopId = client.shopId();
    const sync::SyncOptions options = testSyncOptions();
    for (int day = 0; day <= kDays; ++day) {
        if (day > 0)
            m_sandbox->advance(86400);
        const sync::SyncReport r = runFullSync(client, m_db, options, 120000);
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("day %1: %2").arg(day).arg(r.error.message)));
    }
    auto all = store::ScoreSnapshotRepository(m_db).range(m_shopId, QStringLiteral("0000-00-00"),
                                                          QStringLiteral("9999-99-99"));
    ANXIN_VERIFY_OK(all);
    m_snapshots = all.value();
}

void TstSyncCalibration::eachSync_keepsTheEstimateBesideTheSnapshot()
{
    QCOMPARE(m_snapshots.size(), kDays + 1);
    for (const store::ScoreSnapshotRecord &s : m_snapshots) {
        QCOMPARE(s.estimateRules, core::ScoreRules::builtin().version);
        QVERIFY2(s.estimateOverall && s.estimateService && s.shopScore, qPrintable(s.day));
    }
    // Our estimate moved with the world over the month (else a fit could not tell a slope).
    double low = 100, high = 0;
    for (const store::ScoreSnapshotRecord &s : m_snapshots) {
        low = std::min(low, *s.estimateService);
        high = std::max(high, *s.estimateService);
    }
    QVERIFY2(high - low > 1.0, qPrintable(QStringLiteral("service estimate %1..%2").arg(low).arg(high)));
}

void TstSyncCalibration::lastSevenDays_calibratedWithin3Points_rawFartherOff()
{
    QCOMPARE(m_snapshots.size(), kDays + 1);
    double calibratedOff = 0, rawOff = 0;
    for (qsizetype day = m_snapshots.size() - 7; day < m_snapshots.size(); ++day) {
        const store::ScoreSnapshotRecord &today = m_snapshots.at(day);
        const QList<store::ScoreSnapshotRecord> before = m_snapshots.mid(0, day);
        for (Dimension d : core::kDimensions) {
            const auto fit = core::fitCalibration(models::calibrationPoints(before, d, core::ScoreRules::builtin()),
                                                  models::kCalibrationMinSnapshots);
            QVERIFY(fit);
            const double raw = *models::estimateOf(today, d);
            const double platform = *platformOf(today, d);
            const core::CalibratedValue c = core::applyCalibration(*fit, raw);
            const QString what = QStringLiteral("%1 %2: platform %3, calibrated %4 [%5, %6], raw %7")
                                     .arg(today.day, core::dimensionKey(d))
                                     .arg(platform)
                                     .arg(c.value)
                                     .arg(c.low)
                                     .arg(c.high)
                                     .arg(raw);
            qInfo("%s", qPrintable(what));
            if (d != Dimension::Overall)
                continue;
            QVERIFY2(std::abs(c.value - platform) <= 3.0, qPrintable(what));
            QVERIFY2(c.low <= platform && platform <= c.high, qPrintable(what));
            calibratedOff = std::max(calibratedOff, std::abs(c.value - platform));
            rawOff = std::min(rawOff == 0 ? 100.0 : rawOff, std::abs(raw - platform));
        }
    }
    // The calibration does the work: the raw rule score is never as close as the calibrated one is at its worst.
    QVERIFY2(rawOff > calibratedOff + 3.0,
             qPrintable(QStringLiteral("raw at best %1 off, calibrated at worst %2").arg(rawOff).arg(calibratedOff)));
}

void TstSyncCalibration::summary_calibratedWithBandAndDays()
{
    auto summary = models::computeScoreSummary(m_db, m_shopId, m_sandbox->now());
    ANXIN_VERIFY_OK(summary);
    const models::ScoreSummary &s = summary.value();
    for (Dimension d : core::kDimensions) {
        QVERIFY2(s.calibrated[d], core::dimensionKey(d).data());
        QCOMPARE(s.calibrated[d]->days, kDays + 1);
        QVERIFY(s.calibrated[d]->low <= s.calibrated[d]->value && s.calibrated[d]->value <= s.calibrated[d]->high);
        QVERIFY(s.fits[d]);
        QCOMPARE(s.points[d].size(), kDays + 1);
    }
    const double platform = *s.snapshot->shopScore;
    QVERIFY(std::abs(s.calibrated[Dimension::Overall]->value - platform) <= 3.0);
    const QJsonObject json = models::scoreSummaryJson(s);
    const QJsonObject overall =
        json.value(QLatin1String("calibrated")).toObject().value(QLatin1String("overall")).toObject();
    QCOMPARE(overall.value(QLatin1String("days")).toInt(), kDays + 1);
    QVERIFY(overall.value(QLatin1String("low")).toDouble() <= overall.value(QLatin1String("value")).toDouble());
    QVERIFY(overall.value(QLatin1String("high")).toDouble() >= overall.value(QLatin1String("value")).toDouble());
    // The existing fields stay.
    for (const char *k : {"platform", "estimate", "calibration", "metrics", "window_days", "rules_version"})
        QVERIFY2(json.contains(QLatin1String(k)), k);
}

void TstSyncCalibration::fewDays_noCalibration()
{
    // Six days kept: below the minimum the raw estimate is all there is, and the JSON says why.
    TempDb file;
    store::Database db;
    ANXIN_VERIFY_OK(file.open(db));
    for (qsizetype i = 0; i < models::kCalibrationMinSnapshots - 1; ++i)
        ANXIN_VERIFY_OK(store::ScoreSnapshotRepository(db).upsert(m_snapshots.at(i)));
    auto summary = models::computeScoreSummary(db, m_shopId, m_sandbox->now());
    ANXIN_VERIFY_OK(summary);
    for (Dimension d : core::kDimensions)
        QVERIFY(!summary->calibrated[d]);
    const QJsonObject overall = models::scoreSummaryJson(summary.value())
                                    .value(QLatin1String("calibrated"))
                                    .toObject()
                                    .value(QLatin1String("overall"))
                                    .toObject();
    QCOMPARE(overall.value(QLatin1String("value")).type(), QJsonValue::Null);
    QCOMPARE(overall.value(QLatin1String("days")).toInt(), int(models::kCalibrationMinSnapshots - 1));
}

ANXIN_TEST_GUILESS_MAIN(TstSyncCalibration)
#include "tst_sync_calibration.moc"

#include "testmain.h"
#include "testsupport.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Drives the real anxin-desk binary: the screenshot mode and the one-instance-per-profile rule.
class TestDeskProcess : public QObject
{
    Q_OBJECT
private slots:
    void screenshot_writesOneNonBlankPngPerPage()
    {
        QTemporaryDir profile, shots;
        QProcess p;
        p.start(anxin::test::binaryPath(QStringLiteral("anxin-desk")),
                {QStringLiteral("--profile"), profile.path(), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                 QStringLiteral("--screenshot"), shots.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        for (const char *name : {"workbench", "aftersales", "claims", "shipping", "score", "pending", "settings"}) {
            QImage img(shots.filePath(QLatin1String(name) + QStringLiteral(".png")));
            QVERIFY2(!img.isNull(), name);
            QVERIFY(img.width() >= 800 && img.height() >= 500);
            // Non-blank: more than a handful of distinct colours.
            QSet<QRgb> colours;
            for (int y = 0; y < img.height(); y += 7)
                for (int x = 0; x < img.width(); x += 7)
                    colours.insert(img.pixel(x, y));
            QVERIFY2(colours.size() > 8, name);
        }
    }

    void screenshot_windowSize_picturesAtThatSize()
    {
        // The common office laptop (issue #38): every page pictured at 1366×768; a size too small is refused.
        QTemporaryDir profile, shots;
        QProcess p;
        p.start(anxin::test::binaryPath(QStringLiteral("anxin-desk")),
                {QStringLiteral("--profile"), profile.path(), QStringLiteral("--screenshot"), shots.path(),
                 QStringLiteral("--window-size"), QStringLiteral("1366x768")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QImage img(shots.filePath(QStringLiteral("aftersales.png")));
        QCOMPARE(img.size(), QSize(1366, 768));
        QProcess bad;
        bad.start(anxin::test::binaryPath(QStringLiteral("anxin-desk")),
                  {QStringLiteral("--profile"), profile.path(), QStringLiteral("--screenshot"), shots.path(),
                   QStringLiteral("--window-size"), QStringLiteral("100x100")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--window-size"));
    }

    void secondInstance_sameProfile_saysSoAndExits()
    {
        QTemporaryDir profile;
        QProcess first;
        first.start(anxin::test::binaryPath(QStringLiteral("anxin-desk")),
                    {QStringLiteral("--profile"), profile.path()});
        QVERIFY(first.waitForStarted());
        // Wait until the first instance holds the lock.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(profile.filePath(QStringLiteral("anxin-desk.lock"))), 20000);
        QProcess second;
        second.start(anxin::test::binaryPath(QStringLiteral("anxin-desk")),
                     {QStringLiteral("--profile"), profile.path()});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 3);
        QVERIFY(second.readAllStandardError().contains("already running"));
        first.kill();
        first.waitForFinished();
        // After kill -9 the stale lock is recovered by the next start.
        QProcess third;
        QTemporaryDir shots;
        third.start(anxin::test::binaryPath(QStringLiteral("anxin-desk")),
                    {QStringLiteral("--profile"), profile.path(), QStringLiteral("--screenshot"), shots.path()});
        QVERIFY(third.waitForFinished(60000));
        QCOMPARE(third.exitCode(), 0);
    }
};

ANXIN_TEST_MAIN(TestDeskProcess)
#include "tst_deskprocess.moc"

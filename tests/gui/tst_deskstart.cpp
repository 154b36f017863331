// anxin-desk as a process: a profile connected to the sandbox's demo shop starts its own anxin-sandbox on a new
// port, syncs from it and stops it on exit; the first-run wizard never blocks a --screenshot run.
#include "core/profile.h"
#include "core/settings.h"
#include "platform/secretstore.h"
#include "sync/shopconnection.h"
#include "testmain.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace anxin;

class TestDeskStart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qunsetenv("ANXIN_APP_SECRET");
        qputenv("ANXIN_SECRET_STORE", "file");
        qputenv("ANXIN_SANDBOX_BIN", test::binaryPath(QStringLiteral("anxin-sandbox")).toLocal8Bit());
    }

    void sandboxProfile_startsOwnSandbox_syncs_stopsItOnExit()
    {
        QTemporaryDir profileDir, shots;
        const QString stale = QStringLiteral("http://127.0.0.1:9");
        {
            core::Profile profile(profileDir.path());
            QVERIFY(profile.ensureExists().ok());
            core::Settings settings(profile.settingsPath());
            settings.set(core::keys::gateway, stale);
            settings.set(core::keys::appKey, QStringLiteral("7000000000000000001"));
            settings.set(core::keys::shopId, QStringLiteral("1234567"));
            settings.set(core::keys::sandboxDemo, true);
            settings.sync();
            auto secrets = platform::SecretStore::open(profile.dir());
            QVERIFY(secrets->write(sync::appSecretKey(QStringLiteral("1234567")), "demo-secret-0123456789").ok());
        }
        QProcess desk;
        desk.start(test::binaryPath(QStringLiteral("anxin-desk")),
                   {QStringLiteral("--profile"), profileDir.path(), QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("--screenshot"), shots.path(), QStringLiteral("--sync-first")});
        QVERIFY(desk.waitForFinished(120000));
        QCOMPARE(desk.exitCode(), 0);
        QVERIFY(QFile::exists(shots.filePath(QStringLiteral("aftersales.png"))));

        core::Settings settings(core::Profile(profileDir.path()).settingsPath());
        const QString gateway = settings.get(core::keys::gateway);
        QVERIFY2(gateway != stale && gateway.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(gateway));

        // The cache was filled from that sandbox.
        QProcess cli;
        cli.start(test::binaryPath(QStringLiteral("anxin-cli")),
                  {QStringLiteral("--profile"), profileDir.path(), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30000));
        const QJsonObject status = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QVERIFY2(status.value(QStringLiteral("tickets")).toInt() > 0, QJsonDocument(status).toJson().constData());

        // And it stopped with the app: nothing listens on its port any more.
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(QUrl(gateway).port()));
        QVERIFY(!socket.waitForConnected(2000));
    }
};

ANXIN_TEST_MAIN(TestDeskStart)
#include "tst_deskstart.moc"

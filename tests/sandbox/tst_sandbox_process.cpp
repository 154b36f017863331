// The anxin-sandbox binary: CLI flags, loopback only, port file, one signed call end to end, and how a parent
// stops it without a signal (Windows has none to send a console program).
#include "platform/signer.h"
#include "testmain.h"
#include "testsupport.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TstSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_documentsEveryFlagAndControlEndpoint();
    void listen_nonLoopback_isRefused();
    void run_withPortFile_answersSignedCallsAndLogsNoSecrets();
    void stopOnStdinEof_parentClosesStdin_stopsCleanly();
    void stopOnStdinEof_withoutTheFlag_keepsRunning();
    void shutdownEndpoint_answersThenStops();

private:
    QString m_binary;
};

void TstSandboxProcess::initTestCase()
{
    m_binary = anxin::test::binaryPath(QStringLiteral("anxin-sandbox"));
    QVERIFY2(!m_binary.isEmpty(), "anxin-sandbox not built");
}

void TstSandboxProcess::help_documentsEveryFlagAndControlEndpoint()
{
    QProcess p;
    p.start(m_binary, {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray out = p.readAllStandardOutput();
    for (const char *s : {"--listen",
                          "--port-file",
                          "--seed",
                          "--shops",
                          "--tickets",
                          "--live",
                          "--now",
                          "--app-key",
                          "--app-secret",
                          "--shop-id",
                          "7000000000000000001",
                          "demo-secret-0123456789",
                          "1234567",
                          "/__sandbox/reset",
                          "/__sandbox/clock",
                          "/__sandbox/faults",
                          "/__sandbox/counters",
                          "/__sandbox/health",
                          "/__sandbox/shutdown",
                          "--stop-on-stdin-eof",
                          "drop_after_write",
                          "token_expiry",
                          "oversized_page"})
        QVERIFY2(out.contains(s), s);
}

void TstSandboxProcess::listen_nonLoopback_isRefused()
{
    QTemporaryDir dir;
    const QString portFile = dir.filePath(QStringLiteral("port"));
    QProcess p;
    p.start(m_binary,
            {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--port-file"), portFile});
    QVERIFY(p.waitForFinished(10000));
    QVERIFY(p.exitCode() != 0);
    QVERIFY(p.readAllStandardError().contains("loopback"));
    QVERIFY(!QFile::exists(portFile));
}

void TstSandboxProcess::run_withPortFile_answersSignedCallsAndLogsNoSecrets()
{
    QTemporaryDir dir;
    const QString portFile = dir.filePath(QStringLiteral("port"));
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("anxin.sandbox.info=true"));
    p.setProcessEnvironment(environment);
    p.start(m_binary,
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"), portFile,
             QStringLiteral("--tickets"), QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY(p.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portFile), 10000);
    QFile f(portFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const int port = f.readAll().trimmed().toInt();
    QVERIFY(port > 0);

    QNetworkAccessManager nam;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QNetworkReply *health = nam.get(QNetworkRequest(QUrl(base + QStringLiteral("/__sandbox/health"))));
    QVERIFY(QSignalSpy(health, &QNetworkReply::finished).wait(10000));
    const QJsonObject h = QJsonDocument::fromJson(health->readAll()).object();
    QCOMPARE(h.value(QLatin1String("tickets")).toInt(), 50);
    const qint64 now = h.value(QLatin1String("now")).toInteger();
    health->deleteLater();

    const QByteArray pj = R"({"code":"","grant_type":"authorization_self","shop_id":"1234567"})";
    const QByteArray ts = QByteArray::number(now);
    const QByteArray sign = anxin::platform::sign(anxin::platform::SignMethod::Md5, "demo-secret-0123456789",
                                                  "7000000000000000001", "token.create", pj, ts);
    QNetworkRequest req(
        QUrl(base + QStringLiteral("/token/create?app_key=7000000000000000001&method=token.create&v=2&timestamp=") +
             QString::fromLatin1(ts) + QStringLiteral("&sign=") + QString::fromLatin1(sign)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(req, pj);
    QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
    const QJsonObject env = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(env.value(QLatin1String("code")).toInt(), 10000);
    const QByteArray token =
        env.value(QLatin1String("data")).toObject().value(QLatin1String("access_token")).toString().toLatin1();
    QVERIFY(!token.isEmpty());
    QVERIFY(!reply->rawHeader("Date").isEmpty());
    reply->deleteLater();

    p.closeWriteChannel(); // not started with --stop-on-stdin-eof: it keeps running
    QVERIFY(!p.waitForFinished(300));
    // A clean stop, so that everything it logged is flushed (a killed process may lose a buffered tail).
    anxin::test::sandboxControl(base, "POST", QStringLiteral("/__sandbox/shutdown"));
    QVERIFY(p.waitForFinished(10000));
    const QByteArray log = p.readAllStandardError();
    QVERIFY2(log.contains("token.create"), log.constData());
    QVERIFY(!log.contains(token));
    QVERIFY(!log.contains(sign));
    QVERIFY(!log.contains("demo-secret-0123456789"));
}

namespace {
const QStringList kSmall{QStringLiteral("--tickets"), QStringLiteral("20")};
} // namespace

void TstSandboxProcess::stopOnStdinEof_parentClosesStdin_stopsCleanly()
{
    QTemporaryDir dir;
    QProcess p;
    QVERIFY(!anxin::test::startSandbox(p, dir.path(), kSmall).isEmpty()); // with --stop-on-stdin-eof
    QVERIFY(!p.waitForFinished(300));                                     // an open stdin keeps it serving
    p.closeWriteChannel();
    QVERIFY2(p.waitForFinished(10000), "still running after its standard input closed");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

void TstSandboxProcess::stopOnStdinEof_withoutTheFlag_keepsRunning()
{
    // Started from a terminal or a service manager, stdin may be closed from the start: that must not stop it.
    QTemporaryDir dir;
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    QVERIFY(!anxin::test::startSandbox(p, dir.path(), kSmall, anxin::test::SandboxStop::Explicitly).isEmpty());
    QVERIFY(!p.waitForFinished(500));
    p.kill();
    p.waitForFinished(10000);
}

void TstSandboxProcess::shutdownEndpoint_answersThenStops()
{
    QTemporaryDir dir;
    QProcess p;
    const QString base = anxin::test::startSandbox(p, dir.path(), kSmall, anxin::test::SandboxStop::Explicitly);
    QVERIFY(!base.isEmpty());
    const QJsonObject answer = anxin::test::sandboxControl(base, "POST", QStringLiteral("/__sandbox/shutdown"));
    QCOMPARE(answer.value(QLatin1String("stopping")).toBool(), true);
    QVERIFY2(p.waitForFinished(10000), "still running after /__sandbox/shutdown");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

ANXIN_TEST_GUILESS_MAIN(TstSandboxProcess)
#include "tst_sandbox_process.moc"

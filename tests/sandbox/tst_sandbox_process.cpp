// The anxin-sandbox binary: CLI flags, loopback only, port file, and one signed call end to end.
#include "platform/signer.h"
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

    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    const QByteArray log = p.readAllStandardError();
    QVERIFY2(log.contains("token.create"), log.constData());
    QVERIFY(!log.contains(token));
    QVERIFY(!log.contains(sign));
    QVERIFY(!log.contains("demo-secret-0123456789"));
}

QTEST_GUILESS_MAIN(TstSandboxProcess)
#include "tst_sandbox_process.moc"

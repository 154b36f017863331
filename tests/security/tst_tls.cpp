// TLS promise: a certificate the system does not trust is fatal. The real ApiClient calls a loopback HTTPS server
// with a self-signed certificate (tests/data/tls, test-only); the call fails at once with subCode "tls", is never
// retried, and no HTTP request reaches the server. A control connection that trusts the certificate proves the
// server itself works, so the refusal is the certificate check and nothing else.
#include "core/clock.h"
#include "platform/apiclient.h"
#include "testmain.h"
#include "testsupport.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

using namespace anxin;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(test::sourceDir() + QStringLiteral("/tests/data/tls/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Answers every HTTP request on an encrypted connection with a valid platform envelope; counts what it saw.
class TlsServer : public QObject
{
public:
    TlsServer()
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(readData(QStringLiteral("selfsigned.crt")), QSsl::Pem));
        conf.setPrivateKey(QSslKey(readData(QStringLiteral("selfsigned.key")), QSsl::Rsa, QSsl::Pem));
        m_server.setSslConfiguration(conf);
        QObject::connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++handshakes; });
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++encrypted;
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray in = s->readAll();
                    if (!in.contains("HTTP/1.1"))
                        return;
                    ++requests;
                    const QByteArray body = R"({"code":10000,"msg":"success","sub_code":"","sub_msg":"","data":{}})";
                    s->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    bool ok() const { return m_server.isListening() && !m_server.sslConfiguration().privateKey().isNull(); }
    int handshakes = 0; // TLS handshakes started
    int encrypted = 0;  // handshakes completed
    int requests = 0;

private:
    QSslServer m_server;
};

platform::CallResult callAndWait(platform::ApiClient &api, const QByteArray &method, platform::CallOptions options)
{
    std::optional<platform::CallResult> out;
    QObject ctx;
    api.call(method, QJsonObject{{QStringLiteral("page"), 0}}, options, &ctx,
             [&](const platform::CallResult &r) { out = r; });
    QElapsedTimer t;
    t.start();
    while (!out && t.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!out) {
        platform::CallResult timedOut;
        timedOut.error = core::Error::make(core::Error::Kind::Timeout, QStringLiteral("no answer in 20 s"));
        return timedOut;
    }
    return *out;
}

platform::ApiConfig configFor(quint16 port)
{
    platform::ApiConfig c;
    c.gateway = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    c.appKey = "7000000000000000001";
    c.appSecret = "tls-test-secret";
    c.transferTimeoutMs = 10000;
    c.retry.maxAttempts = 4;
    c.retry.baseDelayMs = 10;
    c.retry.maxDelayMs = 20;
    return c;
}

} // namespace

class TstTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt was built without TLS support: the TLS promise cannot hold");
    }

    void server_trustedByControlSocket_answers()
    {
        TlsServer server;
        QVERIFY(server.ok());
        QSslSocket s;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates({QSslCertificate(readData(QStringLiteral("selfsigned.crt")), QSsl::Pem)});
        s.setSslConfiguration(conf);
        s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY2_WITH_TIMEOUT(s.isEncrypted(), qPrintable(s.errorString()), 10000);
        s.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(s.bytesAvailable() > 0 || server.requests > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(s.bytesAvailable() > 0, 10000);
        QVERIFY(s.readAll().startsWith("HTTP/1.1 200"));
        QCOMPARE(server.requests, 1);
    }

    void call_selfSignedCertificate_fatalNotRetriedNothingSent()
    {
        TlsServer server;
        QVERIFY(server.ok());
        platform::ApiClient api(configFor(server.port()), core::Clock::system());
        const auto r = callAndWait(api, "afterSale.List", platform::CallOptions{false, false});
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, core::Error::Kind::Network);
        QCOMPARE(r.error.subCode, QLatin1String(platform::kTlsSubCode));
        QCOMPARE(r.attempts, 1); // fatal: the retry policy (4 attempts) is not used
        QVERIFY(!r.outcomeUnknown);
        QCOMPARE(server.requests, 0);    // the handshake failed before any request was written
        QVERIFY(server.handshakes >= 1); // the client did reach the server, and refused it
        QCOMPARE(server.encrypted, 0);
    }

    void write_selfSignedCertificate_refusedAndKnownNotApplied()
    {
        TlsServer server;
        QVERIFY(server.ok());
        platform::ApiClient api(configFor(server.port()), core::Clock::system());
        const auto r = callAndWait(api, "afterSale.operate", platform::CallOptions{true, false});
        QCOMPARE(r.error.subCode, QLatin1String(platform::kTlsSubCode));
        QVERIFY(!r.outcomeUnknown); // nothing left the machine: safe to send again once TLS is fixed
        QCOMPARE(server.requests, 0);
    }

    void fetchBlob_selfSignedCertificate_refused()
    {
        TlsServer server;
        QVERIFY(server.ok());
        platform::ApiClient api(configFor(server.port()), core::Clock::system());
        std::optional<core::Result<QByteArray>> out;
        QObject ctx;
        api.fetchBlob(QUrl(QStringLiteral("https://127.0.0.1:%1/img.png").arg(server.port())), 1024, 0, &ctx,
                      [&](core::Result<QByteArray> r) { out.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        QVERIFY(!out->ok());
        QCOMPARE(server.requests, 0);
    }
};

ANXIN_TEST_GUILESS_MAIN(TstTls)
#include "tst_tls.moc"

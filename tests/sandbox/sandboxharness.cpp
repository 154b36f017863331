#include "sandboxharness.h"

#include "platform/canonicaljson.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace anxin::test {

QByteArray Answer::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QByteArray compact(const QJsonObject &object)
{
    return anxin::platform::canonicalJson(object);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

SandboxHarness::SandboxHarness(anxin::sandbox::SandboxOptions options, qint64 frozenNow)
    : m_options(options)
{
    if (frozenNow > 0)
        m_options.nowSecs = frozenNow;
    m_state = std::make_unique<anxin::sandbox::SandboxState>(m_options);
    if (frozenNow > 0) {
        m_state->clock().setFrozen(true);
        m_state->clock().setSecs(frozenNow);
        m_state->reset(m_options); // regenerate at exactly frozenNow
    }
    m_server = std::make_unique<anxin::sandbox::SandboxServer>(*m_state);
    QString error;
    if (!m_server->listenLoopback(QHostAddress::LocalHost, 0, &error))
        qFatal("sandbox harness: %s", qPrintable(error));
}

SandboxHarness::~SandboxHarness() = default;

QString SandboxHarness::baseUrl() const
{
    return m_server->baseUrl();
}

qint64 SandboxHarness::now() const
{
    return m_state->clock().nowSecs();
}

QUrl SandboxHarness::urlFor(const QByteArray &method, const QByteArray &paramJson, const QByteArray &accessToken,
                            const CallOptions &o)
{
    const QByteArray ts = o.timestamp.isEmpty() ? QByteArray::number(now()) : o.timestamp;
    const QByteArray appKey = o.appKey.isEmpty() ? m_options.appKey : o.appKey;
    const QByteArray secret = o.secret.isEmpty() ? m_options.appSecret : o.secret;
    const QByteArray queryMethod = o.queryMethod.isEmpty() ? method : o.queryMethod;
    const QByteArray sign = o.overrideSign.isEmpty()
                                ? anxin::platform::sign(o.signMethod, secret, appKey, queryMethod, paramJson, ts)
                                : o.overrideSign;
    // Form encoding as SDKs do it: '+' for space, everything else outside unreserved percent-encoded.
    const auto enc = [](const QByteArray &v) { return v.toPercentEncoding("", "").replace("%20", "+"); };
    QByteArray q =
        "app_key=" + enc(appKey) + "&method=" + enc(queryMethod) + "&v=2&timestamp=" + enc(ts) + "&sign=" + sign;
    if (o.sendSignMethod)
        q += "&sign_method=" + anxin::platform::signMethodName(o.signMethod).toLatin1();
    if (!accessToken.isEmpty())
        q += "&access_token=" + enc(accessToken);
    if (o.paramInQuery)
        q += "&param_json=" + enc(paramJson);
    if (o.paramInBoth)
        q += "&param_json=" + enc(o.queryParamJson);
    QByteArray path = method;
    path.replace('.', '/');
    return QUrl::fromEncoded(baseUrl().toLatin1() + '/' + path + '?' + q);
}

Answer SandboxHarness::finish(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer a;
    a.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.networkError = int(reply->error());
    a.body = reply->readAll();
    a.headers = reply->rawHeaderPairs();
    a.json = QJsonDocument::fromJson(a.body).object();
    reply->deleteLater();
    return a;
}

Answer SandboxHarness::call(const QByteArray &method, const QByteArray &paramJson, const QByteArray &accessToken,
                            const CallOptions &options)
{
    QNetworkRequest req(urlFor(method, paramJson, accessToken, options));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = options.paramInQuery ? QByteArray() : paramJson;
    return finish(m_nam.post(req, body));
}

QByteArray SandboxHarness::accessToken()
{
    if (m_accessToken.isEmpty()) {
        const Answer a = call("token.create", "{\"code\":\"\",\"grant_type\":\"authorization_self\",\"shop_id\":\"" +
                                                  m_options.shopId + "\"}");
        m_accessToken = a.data().value(QLatin1String("access_token")).toString().toLatin1();
        m_refreshToken = a.data().value(QLatin1String("refresh_token")).toString().toLatin1();
        if (m_accessToken.isEmpty())
            qWarning("token.create failed: %s", a.body.constData());
    }
    return m_accessToken;
}

Answer SandboxHarness::callAuthed(const QByteArray &method, const QByteArray &paramJson, const CallOptions &options)
{
    Answer a = call(method, paramJson, accessToken(), options);
    if (a.subCode() == QLatin1String("isv.access-token-expired")) {
        // Tests move the clock by days: a harness token simply gets replaced.
        forgetToken();
        a = call(method, paramJson, accessToken(), options);
    }
    return a;
}

Answer SandboxHarness::control(const QByteArray &httpMethod, const QString &path, const QJsonObject &body)
{
    QNetworkRequest req(QUrl(baseUrl() + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return finish(m_nam.sendCustomRequest(req, httpMethod, bytes));
}

Answer SandboxHarness::get(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl.startsWith(QLatin1Char('/')) ? baseUrl() + pathOrUrl : pathOrUrl);
    return finish(m_nam.get(QNetworkRequest(url)));
}

void SandboxHarness::advance(qint64 secs)
{
    control("POST", QStringLiteral("/__sandbox/clock"), QJsonObject{{QStringLiteral("advance_s"), secs}});
}

} // namespace anxin::test

#pragma once

#include "platform/signer.h"
#include "sandbox/sandboxoptions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>

#include <memory>

namespace anxin::sandbox {
class SandboxServer;
class SandboxState;
} // namespace anxin::sandbox

namespace anxin::test {

// What came back over the wire, unparsed and parsed.
struct Answer
{
    int httpStatus = 0;
    int networkError = 0; // QNetworkReply::NetworkError
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json; // the envelope (empty when the body is not a JSON object)

    int code() const { return json.value(QLatin1String("code")).toInt(-1); }
    QString subCode() const { return json.value(QLatin1String("sub_code")).toString(); }
    QJsonObject data() const { return json.value(QLatin1String("data")).toObject(); }
    QByteArray header(const QByteArray &name) const;
};

struct CallOptions
{
    QByteArray timestamp; // empty: the sandbox clock's Unix seconds
    anxin::platform::SignMethod signMethod = anxin::platform::SignMethod::Md5;
    bool sendSignMethod = false;
    bool paramInQuery = false; // param_json in the query string instead of the body
    bool paramInBoth = false;  // body and query (the query gets queryParamJson)
    QByteArray queryParamJson;
    QByteArray overrideSign; // send this instead of the real signature
    QByteArray appKey;       // empty: the harness's
    QByteArray secret;       // empty: the harness's
    QByteArray queryMethod;  // empty: = method
};

// Runs the sandbox in-process on a free loopback port and talks to it with signed requests.
class SandboxHarness
{
public:
    explicit SandboxHarness(anxin::sandbox::SandboxOptions options = {}, qint64 frozenNow = 0);
    ~SandboxHarness();

    anxin::sandbox::SandboxState &state() { return *m_state; }
    QString baseUrl() const;
    QByteArray appKey() const { return m_options.appKey; }
    QByteArray secret() const { return m_options.appSecret; }
    qint64 now() const;

    // Signs with anxin::platform::sign over paramJson exactly as given.
    Answer call(const QByteArray &method, const QByteArray &paramJson, const QByteArray &accessToken = {},
                const CallOptions &options = {});
    // Same, with the harness's current access token (created on first use).
    Answer callAuthed(const QByteArray &method, const QByteArray &paramJson, const CallOptions &options = {});
    QByteArray accessToken();
    QByteArray refreshToken() const { return m_refreshToken; }
    void forgetToken() { m_accessToken.clear(); }

    Answer control(const QByteArray &httpMethod, const QString &path, const QJsonObject &body = {});
    Answer get(const QString &pathOrUrl);
    void advance(qint64 secs);

    QNetworkAccessManager &nam() { return m_nam; }
    QUrl urlFor(const QByteArray &method, const QByteArray &paramJson, const QByteArray &accessToken,
                const CallOptions &options);

private:
    Answer finish(class QNetworkReply *reply);

    anxin::sandbox::SandboxOptions m_options;
    std::unique_ptr<anxin::sandbox::SandboxState> m_state;
    std::unique_ptr<anxin::sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
};

QByteArray compact(const QJsonObject &object); // canonical param_json
QJsonObject parseObject(const QByteArray &json);

} // namespace anxin::test

#include "sandbox/requestverifier.h"

#include "platform/signer.h"
#include "sandbox/sandboxstate.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>
#include <QUrl>

namespace anxin::sandbox {
namespace {

bool allDigits(const QByteArray &s)
{
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return !s.isEmpty();
}

} // namespace

QHash<QByteArray, QByteArray> RequestVerifier::parseQuery(const QByteArray &rawQuery)
{
    QHash<QByteArray, QByteArray> out;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.insert(QByteArray::fromPercentEncoding(key), QByteArray::fromPercentEncoding(value));
    }
    return out;
}

bool RequestVerifier::parseTimestamp(const QByteArray &text, qint64 *secs)
{
    if (allDigits(text) && text.size() == 10) {
        *secs = text.toLongLong();
        return true;
    }
    if (allDigits(text) && text.size() == 13) {
        *secs = text.toLongLong() / 1000;
        return true;
    }
    if (text.size() != 19)
        return false;
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!local.isValid())
        return false;
    const QDateTime t(local.date(), local.time(), QTimeZone(8 * 3600));
    *secs = t.toSecsSinceEpoch();
    return true;
}

QString RequestVerifier::methodFromPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return {};
    return parts[0] + QLatin1Char('.') + parts[1];
}

ApiReply RequestVerifier::verify(SandboxState &state, const QString &pathMethod, const QByteArray &rawQuery,
                                 const QByteArray &body, VerifiedCall *out)
{
    const QHash<QByteArray, QByteArray> q = parseQuery(rawQuery);
    for (const char *required : {"app_key", "method", "timestamp", "sign", "v"}) {
        if (q.value(required).isEmpty())
            return ApiReply::error(40001, QStringLiteral("isv.missing-parameter:") + QLatin1String(required),
                                   QStringLiteral("缺少平台参数 ") + QLatin1String(required));
    }
    if (q.value("v") != "2")
        return ApiReply::error(40003, QStringLiteral("isv.version-invalid"), QStringLiteral("v 必须为 2"));
    const QByteArray method = q.value("method");
    if (QString::fromUtf8(method) != pathMethod)
        return ApiReply::error(40003, QStringLiteral("isv.method-mismatch"),
                               QStringLiteral("query 中的 method 与请求路径不一致"));
    const QByteArray appKey = q.value("app_key");
    const int shop = state.world().shopIndexByAppKey(appKey);
    if (shop < 0)
        return ApiReply::error(40003, QStringLiteral("isv.app-key-invalid"), QStringLiteral("app_key 不存在"));
    platform::SignMethod signMethod;
    if (!platform::parseSignMethod(QString::fromLatin1(q.value("sign_method")), &signMethod))
        return ApiReply::error(40003, QStringLiteral("isv.sign-method-invalid"),
                               QStringLiteral("sign_method 仅支持 md5 与 hmac-sha256"));
    const QByteArray timestamp = q.value("timestamp");
    qint64 ts = 0;
    if (!parseTimestamp(timestamp, &ts))
        return ApiReply::error(
            40003, QStringLiteral("isv.timestamp-invalid"),
            QStringLiteral("timestamp 格式错误：支持 10 位秒、13 位毫秒或 yyyy-MM-dd HH:mm:ss (UTC+8)"));
    const qint64 now = state.clock().nowSecs();
    if (qAbs(ts - now) > kAllowedSkewSecs)
        return ApiReply::error(
            40003, QStringLiteral("isv.timestamp-invalid"),
            QStringLiteral("timestamp 与服务器时间相差超过 %1 秒 (服务器时间 %2)").arg(kAllowedSkewSecs).arg(now));
    // param_json: the body wins; else the query; else "{}".
    QByteArray paramJson = body;
    if (paramJson.isEmpty())
        paramJson = q.contains("param_json") ? q.value("param_json") : QByteArrayLiteral("{}");
    const ShopInfo &info = state.world().shops[size_t(shop)];
    const QByteArray expected = platform::sign(signMethod, info.appSecret, appKey, method, paramJson, timestamp);
    if (!platform::signaturesEqual(expected, q.value("sign").toLower()))
        return ApiReply::error(40003, QStringLiteral("isv.signature-invalid"), QStringLiteral("签名校验失败"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(paramJson, &err);
    if (err.error != QJsonParseError::NoError)
        return ApiReply::error(
            40004, QStringLiteral("isv.parameter-invalid:param_json"),
            QStringLiteral("param_json 不是合法的 JSON: %1 (offset %2)").arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        return ApiReply::error(40004, QStringLiteral("isv.parameter-invalid:param_json"),
                               QStringLiteral("param_json 必须是 JSON 对象"));
    out->method = pathMethod;
    out->shop = shop;
    out->appKey = appKey;
    out->accessToken = q.value("access_token");
    out->params = doc.object();
    return ApiReply::success();
}

} // namespace anxin::sandbox

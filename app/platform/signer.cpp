#include "platform/signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace anxin::platform {

bool parseSignMethod(const QString &text, SignMethod *out)
{
    if (text.isEmpty() || text.compare(QLatin1String("md5"), Qt::CaseInsensitive) == 0) {
        *out = SignMethod::Md5;
        return true;
    }
    if (text.compare(QLatin1String("hmac-sha256"), Qt::CaseInsensitive) == 0) {
        *out = SignMethod::HmacSha256;
        return true;
    }
    return false;
}

QString signMethodName(SignMethod method)
{
    return method == SignMethod::Md5 ? QStringLiteral("md5") : QStringLiteral("hmac-sha256");
}

QByteArray stringToSign(const QByteArray &secret, const QByteArray &appKey, const QByteArray &method,
                        const QByteArray &paramJson, const QByteArray &timestamp)
{
    QByteArray s;
    s.reserve(secret.size() * 2 + appKey.size() + method.size() + paramJson.size() + timestamp.size() + 48);
    s += secret;
    s += "app_key";
    s += appKey;
    s += "method";
    s += method;
    s += "param_json";
    s += paramJson;
    s += "timestamp";
    s += timestamp;
    s += "v2";
    s += secret;
    return s;
}

QByteArray sign(SignMethod method, const QByteArray &secret, const QByteArray &appKey, const QByteArray &apiMethod,
                const QByteArray &paramJson, const QByteArray &timestamp)
{
    const QByteArray s = stringToSign(secret, appKey, apiMethod, paramJson, timestamp);
    if (method == SignMethod::Md5)
        return QCryptographicHash::hash(s, QCryptographicHash::Md5).toHex();
    return QMessageAuthenticationCode::hash(s, secret, QCryptographicHash::Sha256).toHex();
}

bool signaturesEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace anxin::platform

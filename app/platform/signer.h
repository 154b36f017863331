#pragma once

#include <QByteArray>
#include <QString>

namespace anxin::platform {

enum class SignMethod
{
    Md5,
    HmacSha256
};

// "md5" (also the default for an empty string) or "hmac-sha256"; returns false for anything else.
bool parseSignMethod(const QString &text, SignMethod *out);
QString signMethodName(SignMethod method);

// S = secret + "app_key" + app_key + "method" + method + "param_json" + param_json + "timestamp" + timestamp
//     + "v" + "2" + secret   (contract §2). param_json is signed exactly as it travels.
QByteArray stringToSign(const QByteArray &secret, const QByteArray &appKey, const QByteArray &method,
                        const QByteArray &paramJson, const QByteArray &timestamp);

// Lowercase hex md5(S) or HMAC-SHA256(key = secret, message = S).
QByteArray sign(SignMethod method, const QByteArray &secret, const QByteArray &appKey, const QByteArray &apiMethod,
                const QByteArray &paramJson, const QByteArray &timestamp);

// Constant-time comparison for verifying a received signature.
bool signaturesEqual(const QByteArray &a, const QByteArray &b);

} // namespace anxin::platform

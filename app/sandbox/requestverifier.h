#pragma once

#include "sandbox/apireply.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace anxin::sandbox {

class SandboxState;

// A platform call that passed the gateway checks (§1-§3).
struct VerifiedCall
{
    QString method; // e.g. "afterSale.List"
    int shop = -1;  // the app's shop
    QByteArray appKey;
    QByteArray accessToken;
    QJsonObject params;
};

// The gateway: query parsing, timestamp forms and skew, signature over param_json exactly as received,
// app key, method/path match and param_json shape. The access token is checked by the server afterwards.
class RequestVerifier
{
public:
    static constexpr qint64 kAllowedSkewSecs = 300;

    // Form-style query decoding: '+' is a space, then percent-decoding (what SDK url encoders produce).
    static QHash<QByteArray, QByteArray> parseQuery(const QByteArray &rawQuery);
    // Unix seconds (10 digits), Unix milliseconds (13 digits) or "yyyy-MM-dd HH:mm:ss" in UTC+8.
    static bool parseTimestamp(const QByteArray &text, qint64 *secs);
    // Path "/afterSale/List" → "afterSale.List"; empty when the path is not a method path.
    static QString methodFromPath(const QString &path);

    // Returns code 10000 and fills out on success; otherwise the error envelope to send.
    static ApiReply verify(SandboxState &state, const QString &pathMethod, const QByteArray &rawQuery,
                           const QByteArray &body, VerifiedCall *out);
};

} // namespace anxin::sandbox

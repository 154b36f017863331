#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace anxin::sandbox::http {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// RFC 7231 IMF-fixdate, e.g. "Tue, 14 Nov 2023 22:13:20 GMT".
QByteArray httpDate(qint64 secs);
QByteArray reasonPhrase(int status);
// A complete HTTP/1.1 response: status line, Date (sandbox time), Content-Type, Content-Length, Connection.
QByteArray response(int status, const QByteArray &contentType, const QByteArray &body, qint64 dateSecs, bool keepAlive,
                    const Headers &extra = {});
// The header block only (used to send a partial body on purpose).
QByteArray head(int status, const QByteArray &contentType, qint64 contentLength, qint64 dateSecs, bool keepAlive,
                const Headers &extra = {});

inline const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");

} // namespace anxin::sandbox::http

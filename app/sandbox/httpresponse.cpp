#include "sandbox/httpresponse.h"

#include <QDateTime>
#include <QLocale>

namespace anxin::sandbox::http {

QByteArray httpDate(qint64 secs)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    return QLocale::c().toString(t, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Error";
    }
}

QByteArray head(int status, const QByteArray &contentType, qint64 contentLength, qint64 dateSecs, bool keepAlive,
                const Headers &extra)
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Date: " + httpDate(dateSecs) + "\r\n";
    out += "Server: anxin-sandbox\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto &[name, value] : extra)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}

QByteArray response(int status, const QByteArray &contentType, const QByteArray &body, qint64 dateSecs, bool keepAlive,
                    const Headers &extra)
{
    return head(status, contentType, body.size(), dateSecs, keepAlive, extra) + body;
}

} // namespace anxin::sandbox::http

#include "platform/retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace anxin::platform {

qint64 RetryPolicy::delayMs(int attemptsMade, std::optional<qint64> retryAfterMs, const Uniform &uniform) const
{
    const Uniform rnd = uniform ? uniform : [](qint64 bound) {
        return bound <= 0 ? 0 : qint64(QRandomGenerator::global()->bounded(quint64(bound) + 1));
    };
    const int exponent = std::clamp(attemptsMade - 1, 0, 30);
    const qint64 ceiling = std::min(maxDelayMs, baseDelayMs * (qint64(1) << std::min(exponent, 20)));
    const qint64 jitter = rnd(std::max<qint64>(ceiling, 0));
    if (retryAfterMs) {
        const qint64 floor = std::clamp(*retryAfterMs, qint64(0), maxRetryAfterMs);
        // Spread clients that were told the same Retry-After, but never go before it.
        return floor + std::min(jitter, baseDelayMs);
    }
    return jitter;
}

std::optional<qint64> parseHttpDate(const QByteArray &raw)
{
    // The weekday is dropped before parsing: it is redundant, and Qt would check it against a two-digit
    // year read as 19xx.
    QString value = QString::fromLatin1(raw.trimmed()).simplified();
    if (value.isEmpty())
        return std::nullopt;
    const QLocale c = QLocale::c();
    QString format;
    if (const qsizetype comma = value.indexOf(QLatin1Char(',')); comma > 0) {
        value = value.mid(comma + 1).trimmed();
        format = value.contains(QLatin1Char('-')) ? QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'")    // RFC 850
                                                  : QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"); // IMF-fixdate
    } else if (value.size() > 4) {
        value = value.mid(4); // asctime: "Wed Oct 21 07:28:00 2026"
        format = QStringLiteral("MMM d HH:mm:ss yyyy");
    } else {
        return std::nullopt;
    }
    QDateTime dt = c.toDateTime(value, format);
    if (!dt.isValid())
        return std::nullopt;
    dt.setTimeZone(QTimeZone::utc());
    if (format.startsWith(QLatin1String("dd-")) && dt.date().year() < 1970)
        dt = dt.addYears(100);
    return dt.toMSecsSinceEpoch();
}

std::optional<qint64> parseRetryAfter(const QByteArray &raw, qint64 nowMsecs)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool allDigits = value.size() <= 10;
    for (char c : value)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits)
        return value.toLongLong() * 1000;
    const auto date = parseHttpDate(value);
    if (!date)
        return std::nullopt;
    return std::max<qint64>(0, *date - nowMsecs);
}

} // namespace anxin::platform

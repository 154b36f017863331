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
    // year read as 19xx. Date and time are read apart and joined as UTC: read as one local date-time, a
    // desktop in a zone with daylight saving would reject the hour of its own spring gap.
    QString value = QString::fromLatin1(raw.trimmed()).simplified();
    if (value.isEmpty())
        return std::nullopt;
    const QLocale c = QLocale::c();
    QDate date;
    QString timeText;
    bool twoDigitYear = false;
    if (const qsizetype comma = value.indexOf(QLatin1Char(',')); comma > 0) {
        const QStringList parts = value.mid(comma + 1).trimmed().split(QLatin1Char(' '));
        if (parts.size() == 5 && parts.at(4) == QLatin1String("GMT")) { // IMF-fixdate: 21 Oct 2026 07:28:00 GMT
            date = c.toDate(parts.mid(0, 3).join(QLatin1Char(' ')), QStringLiteral("dd MMM yyyy"));
            timeText = parts.at(3);
        } else if (parts.size() == 3 && parts.at(2) == QLatin1String("GMT")) { // RFC 850: 21-Oct-26 07:28:00 GMT
            date = c.toDate(parts.at(0), QStringLiteral("dd-MMM-yy"));
            timeText = parts.at(1);
            twoDigitYear = true;
        }
    } else if (value.size() > 4) {
        const QStringList parts = value.mid(4).split(QLatin1Char(' ')); // asctime: Wed Oct 21 07:28:00 2026
        if (parts.size() == 4) {
            date = c.toDate(parts.at(0) + QLatin1Char(' ') + parts.at(1) + QLatin1Char(' ') + parts.at(3),
                            QStringLiteral("MMM d yyyy"));
            timeText = parts.at(2);
        }
    }
    const QTime time = QTime::fromString(timeText, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (twoDigitYear && date.year() < 1970)
        date = date.addYears(100);
    return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
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

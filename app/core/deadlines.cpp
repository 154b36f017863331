#include "core/deadlines.h"

#include <QByteArray>

namespace anxin::core {

DeadlineBand deadlineBand(qint64 deadline, qint64 now)
{
    if (deadline <= 0)
        return DeadlineBand::None;
    const qint64 left = deadline - now;
    if (left < 0)
        return DeadlineBand::Overdue;
    if (left < 3600)
        return DeadlineBand::Under1h;
    if (left < 4 * 3600)
        return DeadlineBand::Under4h;
    if (left < 24 * 3600)
        return DeadlineBand::Under24h;
    return DeadlineBand::Later;
}

ShipBand shipBand(qint64 secondsLeft)
{
    if (secondsLeft < 0)
        return ShipBand::Overdue;
    if (secondsLeft < 4 * 3600)
        return ShipBand::Under4h;
    if (secondsLeft < 12 * 3600)
        return ShipBand::Under12h;
    if (secondsLeft < 24 * 3600)
        return ShipBand::Under24h;
    return ShipBand::Later;
}

const char *deadlineBandKey(DeadlineBand band)
{
    switch (band) {
    case DeadlineBand::None:
        return "";
    case DeadlineBand::Overdue:
        return "overdue";
    case DeadlineBand::Under1h:
        return "1h";
    case DeadlineBand::Under4h:
        return "4h";
    case DeadlineBand::Under24h:
        return "24h";
    case DeadlineBand::Later:
        return "later";
    }
    return "";
}

const char *shipBandKey(ShipBand band)
{
    switch (band) {
    case ShipBand::Overdue:
        return "overdue";
    case ShipBand::Under4h:
        return "4h";
    case ShipBand::Under12h:
        return "12h";
    case ShipBand::Under24h:
        return "24h";
    case ShipBand::Later:
        return "later";
    }
    return "";
}

QByteArray compactDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    const qint64 d = s / 86400;
    const qint64 h = (s % 86400) / 3600;
    const qint64 m = (s % 3600) / 60;
    QByteArray out;
    if (negative)
        out.append("overdue ");
    if (d > 0)
        out.append(QByteArray::number(d)).append(" d ").append(QByteArray::number(h)).append(" h");
    else if (h > 0)
        out.append(QByteArray::number(h)).append(" h ").append(QByteArray::number(m)).append(" m");
    else
        out.append(QByteArray::number(m)).append(" m");
    return out;
}

QByteArray spanText(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60;
    QByteArray out;
    auto part = [&out](qint64 n, const char *unit) {
        if (!out.isEmpty())
            out.append(' ');
        out.append(QByteArray::number(n)).append(' ').append(unit);
    };
    if (d >= 2) {
        part(d, "d");
        if (h > 0)
            part(h, "h");
    } else if (s >= 3600) {
        part(s / 3600, "h");
        if (m > 0)
            part(m, "m");
    } else if (m > 0) {
        part(m, "m");
    } else {
        part(s, "s");
    }
    return out;
}

ExtendCheck extendCheck(int status, qint64 deadline, qint64 now, bool alreadyExtended)
{
    if (status != 7 && status != 11)
        return ExtendCheck::WrongStep;
    if (alreadyExtended)
        return ExtendCheck::AlreadyExtended;
    const qint64 left = deadline - now;
    if (deadline <= 0 || left <= 0)
        return ExtendCheck::DeadlinePassed;
    if (left > kExtendWindowSecs)
        return ExtendCheck::TooEarly;
    return ExtendCheck::Allowed;
}

QueueTiming queueTiming(qint64 deadline, qint64 now, qint64 riskSecs)
{
    if (deadline <= 0)
        return QueueTiming::OnTime;
    if (deadline <= now)
        return QueueTiming::TooLate;
    return deadline - now <= riskSecs ? QueueTiming::AtRisk : QueueTiming::OnTime;
}

const char *extendCheckKey(ExtendCheck check)
{
    switch (check) {
    case ExtendCheck::Allowed:
        return "allowed";
    case ExtendCheck::WrongStep:
        return "wrong_step";
    case ExtendCheck::AlreadyExtended:
        return "already_extended";
    case ExtendCheck::TooEarly:
        return "too_early";
    case ExtendCheck::DeadlinePassed:
        return "passed";
    }
    return "";
}

} // namespace anxin::core

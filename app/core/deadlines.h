#pragma once

#include <QtGlobal>

namespace anxin::core {

// Deadline bands for tickets and claims: overdue, < 1 h, < 4 h, < 24 h, later (ui-guide: same palette
// everywhere; colour is never the only signal, so every band has a text label too).
enum class DeadlineBand
{
    None,
    Overdue,
    Under1h,
    Under4h,
    Under24h,
    Later
};

// Shipping bands (domain-rules §6): overdue, < 4 h, < 12 h, < 24 h, later.
enum class ShipBand
{
    Overdue,
    Under4h,
    Under12h,
    Under24h,
    Later
};

// `deadline` 0 means the platform sent none (closed ticket): no band.
DeadlineBand deadlineBand(qint64 deadline, qint64 now);
ShipBand shipBand(qint64 secondsLeft);

const char *deadlineBandKey(DeadlineBand band); // "overdue", "1h", "4h", "24h", "later", ""
const char *shipBandKey(ShipBand band);         // "overdue", "4h", "12h", "24h", "later"

// Extending the merchant's receipt window (afterSale.timeExtend, domain-rules §3): once per ticket, only while
// the buyer's return or the merchant's receipt is awaited (status 7 or 11), and only when about 2 days of the
// window remain (convention: at most 48 h, and not yet passed).
inline constexpr qint64 kExtendWindowSecs = 48 * 3600;
enum class ExtendCheck
{
    Allowed,
    WrongStep,       // not awaiting a return parcel or its receipt
    AlreadyExtended, // the platform allows it once
    TooEarly,        // more than 2 days left
    DeadlinePassed,  // nothing left to extend
};
ExtendCheck extendCheck(int status, qint64 deadline, qint64 now, bool alreadyExtended);
const char *extendCheckKey(ExtendCheck check); // "allowed", "wrong_step", "already_extended", "too_early", "passed"

// A decision waiting to reach the platform, against its ticket's deadline (the platform's clock): the platform
// decides for the buyer at the deadline, so a decision still queued then arrives too late; within `riskSecs` of
// it the decision is at risk (an offline desk may not sync in time). A deadline of 0 (none sent) is on time.
enum class QueueTiming
{
    OnTime,
    AtRisk,
    TooLate
};
inline constexpr qint64 kQueueRiskSecs = 3600;
QueueTiming queueTiming(qint64 deadline, qint64 now, qint64 riskSecs = kQueueRiskSecs);

// "3 h 12 m", "45 m", "2 d 4 h", "overdue 1 h 5 m" style compact duration (English, for CLI and logs; the
// UI formats its own translated text from the same numbers).
QByteArray compactDuration(qint64 seconds);
// A span as people say it about guarantee windows: "24 h", "20 h 30 m", "45 m", "60 d", "29 d 3 h" (days
// only from 2 days on, zero parts dropped). Negative values are shown by magnitude.
QByteArray spanText(qint64 seconds);

} // namespace anxin::core

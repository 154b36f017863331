#pragma once

#include "core/deadlines.h"

#include <QList>
#include <QtGlobal>

namespace anxin::core {

// Shipping deadlines (domain-rules §6). Pure rules over plain numbers; the store mirrors shipPromise() in the
// orders.ship_by generated column (migration 0006), and tests hold the two together.

// Awaiting shipment: paid (105), awaiting shipment (2), partly shipped (101).
bool isAwaitingShipment(int orderStatus);
inline constexpr int kOrderShipped = 3;

// The time an order is held to: a presale order (presell_type 1 or 2) by its promised (appointment) date when
// the platform gives one, otherwise exp_ship_time.
qint64 shipPromise(int presellType, qint64 expShipTime, qint64 appointmentShipTime);

// The promise the rules give a paid order the platform sent without one (no exp_ship_time, and for a presale
// no appointment date): payment + the default promise (48 h), a presale payment + the longest presale the rules
// allow (45 days). 0 for an unpaid order, which is held to nothing yet. domain-rules §6.
qint64 estimatedShipPromise(int presellType, qint64 payTime, qint64 defaultPromiseSecs, qint64 presaleMaxSecs);

// "False shipment" (domain-rules §6): shipped, never signed for, no carrier pickup scan more than `windowSecs`
// after shipping. Needs at least one answer from the carrier (routeCheckedAt > 0): an order whose route was
// never asked for is unknown, not overdue. Exactly `windowSecs` after shipping is not yet overdue (as a ship
// band at 0 s left is not).
bool pickupOverdue(int orderStatus, qint64 shipTime, qint64 pickupTime, qint64 signTime, qint64 routeCheckedAt,
                   qint64 now, qint64 windowSecs);

// What the buyer's refund requests before shipping (after-sale type 2) say about an order awaiting shipment:
// nothing; a request still open (the merchant decides before the parcel leaves: shipped, it must be intercepted);
// every line refunded (nothing left to ship, whatever the order's status still says until the platform closes
// it); or some lines refunded (ship the rest). An order no longer awaiting shipment: nothing.
enum class RefundHold
{
    None,
    Requested,
    Refunded,
    PartlyRefunded
};
RefundHold refundHold(int orderStatus, int lineCount, int refundsOpen, int linesRefunded);
// "none", "requested", "refunded", "partly_refunded" (anxin-cli shipping's refund_hold).
const char *refundHoldKey(RefundHold hold);

// Breach forecast for one shop's queue: if nothing changes, orders go out in promise order at `ordersPerHour`,
// the k-th (0-based) leaving at now + (k + 1) / ordersPerHour hours. An order misses when it would leave after
// its promise; one already past its promise has missed. `promises` must be sorted ascending.
struct BreachForecast
{
    bool possible = false;  // false when the pace is 0: no basis to forecast from
    int misses = 0;         // orders that will miss, already-late ones included
    int alreadyLate = 0;    // of which already past their promise
    QList<int> missIndexes; // indexes into `promises` of the first `keep` misses
    qint64 clearedAt = 0;   // when the whole queue would be shipped at this pace
};
BreachForecast forecastBreaches(const QList<qint64> &promises, double ordersPerHour, qint64 now, int keep);

} // namespace anxin::core

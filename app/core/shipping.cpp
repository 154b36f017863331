#include "core/shipping.h"

#include <algorithm>
#include <cmath>

namespace anxin::core {

bool isAwaitingShipment(int orderStatus)
{
    return orderStatus == 2 || orderStatus == 101 || orderStatus == 105;
}

RefundHold refundHold(int orderStatus, int lineCount, int refundsOpen, int linesRefunded)
{
    if (!isAwaitingShipment(orderStatus))
        return RefundHold::None;
    if (linesRefunded > 0 && linesRefunded >= std::max(lineCount, 1))
        return RefundHold::Refunded;
    if (refundsOpen > 0)
        return RefundHold::Requested;
    return linesRefunded > 0 ? RefundHold::PartlyRefunded : RefundHold::None;
}

const char *refundHoldKey(RefundHold hold)
{
    switch (hold) {
    case RefundHold::Requested:
        return "requested";
    case RefundHold::Refunded:
        return "refunded";
    case RefundHold::PartlyRefunded:
        return "partly_refunded";
    case RefundHold::None:
        break;
    }
    return "none";
}

qint64 shipPromise(int presellType, qint64 expShipTime, qint64 appointmentShipTime)
{
    return presellType != 0 && appointmentShipTime > 0 ? appointmentShipTime : expShipTime;
}

qint64 estimatedShipPromise(int presellType, qint64 payTime, qint64 defaultPromiseSecs, qint64 presaleMaxSecs)
{
    if (payTime <= 0)
        return 0;
    return payTime + (presellType != 0 ? presaleMaxSecs : defaultPromiseSecs);
}

bool pickupOverdue(int orderStatus, qint64 shipTime, qint64 pickupTime, qint64 signTime, qint64 routeCheckedAt,
                   qint64 now, qint64 windowSecs)
{
    return orderStatus == kOrderShipped && shipTime > 0 && pickupTime == 0 && signTime == 0 && routeCheckedAt > 0 &&
           now - shipTime > windowSecs;
}

BreachForecast forecastBreaches(const QList<qint64> &promises, double ordersPerHour, qint64 now, int keep)
{
    BreachForecast f;
    if (!(ordersPerHour > 0))
        return f;
    f.possible = true;
    const double secsPerOrder = 3600.0 / ordersPerHour;
    for (int k = 0; k < promises.size(); ++k) {
        const qint64 promise = promises.at(k);
        const qint64 leaves = now + qint64(std::ceil(double(k + 1) * secsPerOrder));
        if (promise < now)
            ++f.alreadyLate;
        if (promise < leaves) {
            ++f.misses;
            if (f.missIndexes.size() < keep)
                f.missIndexes << k;
        }
    }
    f.clearedAt = promises.isEmpty() ? now : now + qint64(std::ceil(double(promises.size()) * secsPerOrder));
    return f;
}

} // namespace anxin::core

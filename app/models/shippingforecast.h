#pragma once

#include "core/result.h"
#include "core/shipping.h"
#include "models/session/cachehost.h"
#include "models/session/cachequery.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace anxin::store {
class Database;
}

namespace anxin::models {

// One shop's breach forecast and its basis, for the Shipping page to show as an estimate (never as fact).
struct ShopShippingForecast
{
    QString shopId;
    int queue = 0;          // orders awaiting shipment
    int shippedInBasis = 0; // orders the shop shipped in the basis window
    qint64 basisSecs = 0;   // the window the pace is measured over
    double perHour = 0;     // shippedInBasis / hours of the window
    core::BreachForecast forecast;
    QStringList missOrderIds; // the first forecast misses, soonest promise first
    QList<qint64> missPromises;
};

// From cached orders only (works offline): each shop's queue in promise order and its recent shipping pace.
// `basisSecs` is the look-back for the pace (3 days by default); `keep` bounds the listed misses per shop.
core::Result<QList<ShopShippingForecast>> forecastShipping(store::Database &db, qint64 now,
                                                           qint64 basisSecs = 3 * 86400, int keep = 20);

// forecastShipping(now) off the UI thread, for the Shipping page.
using ForecastQuery = CacheQuery<QList<ShopShippingForecast>, qint64>;
std::unique_ptr<ForecastQuery> forecastQuery(const CacheHost &cache, QObject *owner);

} // namespace anxin::models

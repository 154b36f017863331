#include "models/shippingforecast.h"

#include "store/shippingrepository.h"

namespace anxin::models {

core::Result<QList<ShopShippingForecast>> forecastShipping(store::Database &db, qint64 now, qint64 basisSecs, int keep)
{
    store::ShippingRepository repo(db);
    auto queues = repo.queues();
    if (!queues)
        return queues.error();
    QStringList shops = queues->keys();
    shops.sort();
    QList<ShopShippingForecast> out;
    for (const QString &shopId : std::as_const(shops)) {
        const store::ShippingRepository::Queue &q = queues->value(shopId);
        ShopShippingForecast f;
        f.shopId = shopId;
        f.basisSecs = basisSecs;
        auto shipped = repo.shippedBetween(shopId, now - basisSecs, now);
        if (!shipped)
            return shipped.error();
        f.queue = int(q.promises.size());
        f.shippedInBasis = shipped.value();
        f.perHour = basisSecs > 0 ? double(f.shippedInBasis) * 3600.0 / double(basisSecs) : 0.0;
        f.forecast = core::forecastBreaches(q.promises, f.perHour, now, keep);
        for (int k : std::as_const(f.forecast.missIndexes)) {
            f.missOrderIds << q.orderIds.at(k);
            f.missPromises << q.promises.at(k);
        }
        out << f;
    }
    return out;
}

std::unique_ptr<ForecastQuery> forecastQuery(const CacheHost &cache, QObject *owner)
{
    return std::make_unique<ForecastQuery>(
        cache.database(), [](store::Database &db, qint64 now) { return forecastShipping(db, now); },
        QStringLiteral("anxin-forecast"), owner);
}

} // namespace anxin::models

#include "models/shippingforecast.h"

#include "store/shippingrepository.h"

namespace anxin::models {

core::Result<QList<ShopShippingForecast>> forecastShipping(store::Database &db, qint64 now, qint64 basisSecs, int keep)
{
    store::ShippingRepository repo(db);
    auto shops = repo.boardShops();
    if (!shops)
        return shops.error();
    QList<ShopShippingForecast> out;
    for (const QString &shopId : shops.value()) {
        ShopShippingForecast f;
        f.shopId = shopId;
        f.basisSecs = basisSecs;
        QStringList ids;
        auto promises = repo.queuePromises(shopId, &ids);
        if (!promises)
            return promises.error();
        auto shipped = repo.shippedBetween(shopId, now - basisSecs, now);
        if (!shipped)
            return shipped.error();
        f.queue = int(promises->size());
        f.shippedInBasis = shipped.value();
        f.perHour = basisSecs > 0 ? double(f.shippedInBasis) * 3600.0 / double(basisSecs) : 0.0;
        f.forecast = core::forecastBreaches(promises.value(), f.perHour, now, keep);
        for (int k : std::as_const(f.forecast.missIndexes)) {
            f.missOrderIds << ids.at(k);
            f.missPromises << promises->at(k);
        }
        out << f;
    }
    return out;
}

} // namespace anxin::models

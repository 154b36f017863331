// anxin-cli shipping: the Shipping board from the cache; works offline.
#include "cli.h"
#include "core/clock.h"
#include "core/guaranteerules.h"
#include "core/money.h"
#include "core/shipping.h"
#include "store/readsnapshot.h"
#include "store/shippingrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace anxin::cli {

using core::Error;

namespace {

std::optional<core::ShipBand> bandFromKey(const QString &key)
{
    for (core::ShipBand b : {core::ShipBand::Overdue, core::ShipBand::Under4h, core::ShipBand::Under12h,
                             core::ShipBand::Under24h, core::ShipBand::Later}) {
        if (key == QLatin1String(core::shipBandKey(b)))
            return b;
    }
    return std::nullopt;
}

} // namespace

int cmdShipping(Context &ctx, const Args &args)
{
    if (!args.positional.isEmpty())
        return fail(Error::make(Error::Kind::Usage, QStringLiteral("shipping takes no positional arguments")));
    store::ShippingFilter filter;
    filter.now = ctx.platformNowSecs(); // ANXIN_NOW fixes "now"
    filter.pickupWindowSecs = core::GuaranteeRules::builtin().falseShipmentPickupWindowS;
    filter.shopIds = args.all(QStringLiteral("shop"));
    for (const QString &b : args.all(QStringLiteral("band"))) {
        const auto band = bandFromKey(b);
        if (!band)
            return fail(Error::make(Error::Kind::Usage,
                                    QStringLiteral("--band takes overdue, 4h, 12h, 24h or later, not ") + b));
        filter.bands << *band;
    }
    auto db = ctx.database();
    if (!db)
        return fail(db.error());
    store::ShippingRepository repo(*db.value());
    const store::ShippingSort sort;
    QJsonArray list;
    constexpr int kPage = 5000;
    // By keyset inside one read snapshot: a sync committing meanwhile neither skips nor repeats a row.
    auto listed = store::forEachRow<store::ShippingRow>(
        *db.value(), kPage, store::KeysetReader{repo, filter, sort}, [&](const store::ShippingRow &r) {
            const qint64 left = r.shipBy - filter.now;
            const core::ShipBand band = core::shipBand(left);
            const bool shipped = r.orderStatus == core::kOrderShipped;
            const bool pickupOverdue = core::pickupOverdue(r.orderStatus, r.shipTime, r.pickupTime, r.signTime,
                                                           r.routeCheckedAt, filter.now, filter.pickupWindowSecs);
            const core::RefundHold hold = core::refundHold(r.orderStatus, r.lineCount, r.refundsOpen, r.linesRefunded);
            if (ctx.json) {
                list.append(QJsonObject{{QStringLiteral("shop_order_id"), r.orderId},
                                        {QStringLiteral("shop_id"), r.shopId},
                                        {QStringLiteral("order_status"), r.orderStatus},
                                        {QStringLiteral("exp_ship_time"), r.shipBy},
                                        {QStringLiteral("promise_estimated"), r.promiseEstimated},
                                        {QStringLiteral("seconds_left"), left},
                                        {QStringLiteral("band"), QLatin1String(core::shipBandKey(band))},
                                        {QStringLiteral("presale"), r.presellType != 0},
                                        {QStringLiteral("shipped"), shipped},
                                        {QStringLiteral("pickup_overdue"), pickupOverdue},
                                        {QStringLiteral("refund_hold"), QLatin1String(core::refundHoldKey(hold))},
                                        {QStringLiteral("pay_time"), r.payTime},
                                        {QStringLiteral("ship_time"), r.shipTime},
                                        {QStringLiteral("route_checked_at"), r.routeCheckedAt},
                                        {QStringLiteral("tracking_no"), r.trackingNo},
                                        {QStringLiteral("company_name"), r.companyName},
                                        {QStringLiteral("pay_amount"), r.payAmount},
                                        {QStringLiteral("product_name"), r.productName}});
            } else {
                QString state = QString::fromLatin1(core::shipBandKey(band));
                if (pickupOverdue)
                    state = QStringLiteral("no-pickup");
                QString flags;
                if (r.presellType)
                    flags += QStringLiteral("  presale");
                if (r.promiseEstimated)
                    flags += QStringLiteral("  estimated-promise");
                if (hold != core::RefundHold::None)
                    flags += QStringLiteral("  refund-") + QLatin1String(core::refundHoldKey(hold));
                printOut(QStringLiteral("%1  %2  %3  %4  %5%6  %7\n")
                             .arg(r.orderId, -19)
                             .arg(state, -9)
                             .arg(QString::fromLatin1(core::compactDuration(left)), -16)
                             .arg(QDateTime::fromSecsSinceEpoch(r.shipBy).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                             .arg(core::formatFen(r.payAmount), 11)
                             .arg(flags, r.productName));
            }
        });
    if (!listed)
        return fail(listed.error());
    if (ctx.json)
        printJson(list);
    return kOk;
}

} // namespace anxin::cli

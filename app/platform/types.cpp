#include "platform/types.h"

namespace anxin::platform {
namespace {

constexpr int kLogisticsStateSigned = 2;

qint64 earliestNonZero(qint64 best, qint64 candidate)
{
    if (candidate <= 0)
        return best;
    return best == 0 || candidate < best ? candidate : best;
}

} // namespace

qint64 signForTime(const QList<AfterSaleLogistics> &orderLogistics)
{
    qint64 best = 0;
    for (const AfterSaleLogistics &l : orderLogistics) {
        if (l.logisticsState == kLogisticsStateSigned)
            best = earliestNonZero(best, l.logisticsTime);
    }
    return best;
}

qint64 signForTime(const Order &order, const QString &skuOrderId)
{
    qint64 best = 0;
    for (const SkuOrder &sku : order.skuOrders) {
        if (skuOrderId.isEmpty() || sku.orderId == skuOrderId)
            best = earliestNonZero(best, sku.logisticsReceiptTime);
    }
    return best;
}

} // namespace anxin::platform

#include "scoreoracle.h"

#include <algorithm>

namespace anxin::test {

namespace {

constexpr int kRejected1 = 27;
constexpr int kRejected2 = 29;
constexpr int kRefunded = 12;
constexpr int kClosed = 28;
constexpr int kOrderCancelled = 4;

} // namespace

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

core::MetricInputs accumulateInputs(const QList<TicketFacts> &tickets, const QList<OrderFacts> &orders,
                                    const core::InputsQuery &q)
{
    core::MetricInputs in;
    const qint64 since = q.since();
    const auto inWindow = [&](qint64 t) { return t >= since && t <= q.now; };
    QList<double> refundOnly, returnRefund, delivery;
    for (const TicketFacts &t : tickets) {
        if (!inWindow(t.applyTime))
            continue;
        if (t.exempt) {
            ++in.exemptTickets;
            continue;
        }
        const bool rejected = t.status == kRejected1 || t.status == kRejected2;
        const bool final = t.finalTime > 0;
        ++in.tickets;
        in.arbitratedTickets += t.arbitrateStatus != 0;
        const bool platformDecided =
            t.platformAutoDecided || (t.statusDeadline > 0 && t.finalTime > t.statusDeadline) || t.express;
        in.decidedTickets += rejected || (final && !platformDecided); // decided by the merchant
        in.rejectedTickets += rejected;
        in.qualityReturns += t.status == kRefunded && q.qualityReasonCodes.contains(t.reasonCode);
        if (t.express)
            continue;
        const bool overdue = !final && t.statusDeadline > 0 && t.statusDeadline < q.now;
        if (t.status != kClosed && (final || overdue)) {
            ++in.actionTickets;
            const bool autoDecided = t.platformAutoDecided || (t.statusDeadline > 0 && t.finalTime > t.statusDeadline);
            in.actedInTime += final && !autoDecided;
        }
        if (final && t.finalTime >= t.applyTime) {
            if (q.refundOnlyTypes.contains(t.type))
                refundOnly << double(t.finalTime - t.applyTime);
            else if (q.returnRefundTypes.contains(t.type))
                returnRefund << double(t.finalTime - t.applyTime);
        }
    }
    for (const OrderFacts &o : orders) {
        in.paidOrders += o.payTime > 0 && inWindow(o.payTime);
        if (o.shipTime > 0 && inWindow(o.shipTime) &&
            (o.pickupTime > 0 || (o.signTime == 0 && q.now - o.shipTime > q.pickupWindowS))) {
            ++in.shippedOrders;
            in.pickedUpInWindow += o.pickupTime > 0 && o.pickupTime - o.shipTime <= q.pickupWindowS;
        }
        if (o.expShipTime > 0 && o.expShipTime >= since &&
            (o.shipTime > 0 || (o.status != kOrderCancelled && o.expShipTime < q.now))) {
            ++in.dueOrders;
            in.lateOrders += o.shipTime == 0 || o.shipTime > o.expShipTime;
        }
        if (o.signTime > 0 && inWindow(o.signTime) && o.payTime > 0 && o.signTime >= o.payTime)
            delivery << double(o.signTime - o.payTime);
    }
    in.refundOnlyCompleted = refundOnly.size();
    in.refundOnlyMedianS = median(refundOnly);
    in.returnRefundCompleted = returnRefund.size();
    in.returnRefundMedianS = median(returnRefund);
    in.deliveredOrders = delivery.size();
    in.payToDeliveryMedianS = median(delivery);
    return in;
}

} // namespace anxin::test

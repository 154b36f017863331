#include "sandbox/seedcases.h"

namespace anxin::sandbox {
namespace {

QStringList evidencePaths(qint64 ticketId, int count)
{
    QStringList out;
    for (int n = 1; n <= count; ++n)
        out << QStringLiteral("/__sandbox/images/%1/%2.png").arg(ticketId).arg(n);
    return out;
}

} // namespace

void seedCases(qint64 now, World &w)
{
    std::vector<Ticket> &tickets = w.tickets;
    std::vector<Order> &orders = w.orders;
    { // Durian: claimed 4 h after signing, photos, ¥368 refunded in full the same day.
        Order o;
        o.id = World::orderId(0, 1);
        o.buyer = 7;
        o.lines[0] = SkuLine{0, 1, 0, 36800};
        o.signTime = quint32(now - 3 * kDay - 5 * kHour);
        o.pickupTime = quint32(o.signTime - 30 * kHour);
        o.shipTime = quint32(o.pickupTime - 3 * kHour);
        o.payTime = quint32(o.shipTime - 20 * kHour);
        o.createTime = quint32(o.payTime - 40);
        o.expShipTime = quint32(o.payTime + kShipPromiseSecs);
        o.carrier = 2; // 顺丰
        o.status = 3;
        Ticket t;
        t.id = World::ticketId(0, 1);
        t.order = quint32(orders.size());
        t.type = 1;
        t.status = 12;
        t.reason = quint8(catalogue::reasonIndex(26));
        t.applyTime = o.signTime + quint32(4 * kHour);
        t.finalTime = t.applyTime + quint32(2 * kHour + 840);
        t.updateTime = t.finalTime;
        t.stepStart = t.finalTime;
        t.refundAmount = 36800;
        t.refundStatus = 3;
        t.evidence = 3;
        t.flags = kFlagFreshClaim | kFlagMerchantActed;
        o.updateTime = t.updateTime;
        TicketExtra &x = w.extras[quint32(tickets.size())];
        x.logsMaterialised = true;
        x.logs.push_back(
            {QStringLiteral("买家"), t.applyTime,
             QStringLiteral(
                 "买家申请仅退款（生鲜坏单包赔），原因：腐烂变质，榴莲开壳后果肉发黑有异味，退款金额 ¥368.00"),
             evidencePaths(t.id, 3), QStringLiteral("apply"), 1});
        x.logs.push_back({QStringLiteral("商家客服"),
                          t.finalTime,
                          QStringLiteral("商家同意退款，已全额退款 ¥368.00"),
                          {},
                          QStringLiteral("agree_refund"),
                          2});
        orders.push_back(o);
        tickets.push_back(t);
    }
    { // Skin care: allergy 29 days after signing, approved within 3 minutes, ¥1490 refunded after the return.
        Order o;
        o.id = World::orderId(0, 2);
        o.buyer = 11;
        o.lines[0] = SkuLine{15, 1, 0, 149000};
        o.signTime = quint32(now - 40 * kDay);
        o.pickupTime = quint32(o.signTime - 2 * kDay);
        o.shipTime = quint32(o.pickupTime - 5 * kHour);
        o.payTime = quint32(o.shipTime - 22 * kHour);
        o.createTime = quint32(o.payTime - 100);
        o.expShipTime = quint32(o.payTime + kShipPromiseSecs);
        o.carrier = 0;
        o.status = 5;
        Ticket t;
        t.id = World::ticketId(0, 2);
        t.order = quint32(orders.size());
        t.type = 0;
        t.status = 12;
        t.reason = quint8(catalogue::reasonIndex(34));
        t.applyTime = o.signTime + quint32(29 * kDay);
        t.returnShipAt = t.applyTime + quint32(kDay);
        t.finalTime = t.applyTime + quint32(4 * kDay);
        t.updateTime = t.finalTime;
        t.stepStart = t.finalTime;
        t.refundAmount = 149000;
        t.refundStatus = 3;
        t.evidence = 2;
        t.flags = kFlagAllergyClaim | kFlagMerchantActed | kFlagReturnShipped;
        o.updateTime = t.updateTime;
        TicketExtra &x = w.extras[quint32(tickets.size())];
        x.logsMaterialised = true;
        x.receiverAddressId = 1;
        x.logs.push_back(
            {QStringLiteral("买家"), t.applyTime,
             QStringLiteral("买家申请退货退款（美妆过敏包退），原因：使用后过敏，面部红肿瘙痒，退款金额 ¥1490.00"),
             evidencePaths(t.id, 2), QStringLiteral("apply"), 1});
        x.logs.push_back({QStringLiteral("商家客服"),
                          t.applyTime + 170,
                          QStringLiteral("商家同意退货，退货地址已发送给买家"),
                          {},
                          QStringLiteral("agree_return"),
                          2});
        x.logs.push_back({QStringLiteral("买家"),
                          t.returnShipAt,
                          QStringLiteral("买家已寄回商品，等待商家收货"),
                          {},
                          QStringLiteral("return_ship"),
                          1});
        x.logs.push_back({QStringLiteral("商家客服"),
                          t.finalTime,
                          QStringLiteral("商家确认收货并退款，已全额退款 ¥1490.00"),
                          {},
                          QStringLiteral("confirm_receipt_refund"),
                          2});
        orders.push_back(o);
        tickets.push_back(t);
    }
}

} // namespace anxin::sandbox

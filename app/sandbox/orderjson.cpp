#include "sandbox/orderjson.h"

#include "sandbox/buyerdata.h"
#include "sandbox/hashing.h"

namespace anxin::sandbox {
namespace {

constexpr qint64 kOrderBase = 6920000000000000000LL;
constexpr qint64 kTrackingModulo = 100000000000000LL; // order ids = kOrderBase + a number below this

QJsonObject named(const QString &id, const QString &name)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

} // namespace

QString OrderJson::statusText(int status)
{
    switch (status) {
    case 1:
        return QStringLiteral("待支付");
    case 105:
        return QStringLiteral("已支付");
    case 2:
        return QStringLiteral("待发货");
    case 101:
        return QStringLiteral("部分发货");
    case 3:
        return QStringLiteral("已发货");
    case 4:
        return QStringLiteral("已取消");
    case 5:
        return QStringLiteral("已完成");
    default:
        return QStringLiteral("未知");
    }
}

QString OrderJson::trackingNo(const Order &o)
{
    const Carrier &c = catalogue::carriers()[o.carrier];
    return QString::fromLatin1(c.prefix) +
           QStringLiteral("%1").arg(quint64(o.id) % quint64(kTrackingModulo), 14, 10, QLatin1Char('0'));
}

qint64 OrderJson::orderIdFromTrackingNo(const QString &no, int *carrier)
{
    const auto carriers = catalogue::carriers();
    for (size_t i = 0; i < carriers.size(); ++i) {
        const QString prefix = QString::fromLatin1(carriers[i].prefix);
        if (!no.startsWith(prefix))
            continue;
        bool ok = false;
        const qint64 n = no.mid(prefix.size()).toLongLong(&ok);
        if (!ok || n <= 0 || n >= kTrackingModulo)
            continue;
        *carrier = int(i);
        return kOrderBase + n;
    }
    return -1;
}

QJsonObject OrderJson::order(quint32 idx) const
{
    const Order &o = m_world.orders[idx];
    const BuyerPii pii = buyerdata::pii(m_world.seed, o.shop, o.buyer);
    const quint64 seed = m_world.seed;
    qint64 lineTotal = 0;
    QJsonArray skus;
    for (int i = 0; i < o.lineCount; ++i) {
        const SkuLine &l = o.lines[i];
        const CatalogueEntry &e = catalogue::entries()[l.entry];
        lineTotal += l.payAmount;
        skus.append(QJsonObject{
            {QStringLiteral("order_id"), QString::number(o.id + 1 + i)},
            {QStringLiteral("parent_order_id"), QString::number(o.id)},
            {QStringLiteral("product_id"), QString::number(World::productId(o.shop, l.entry))},
            {QStringLiteral("product_name"), QString::fromUtf8(e.name)},
            {QStringLiteral("product_pic"),
             QString(m_baseUrl + QStringLiteral("/__sandbox/images/p%1/1.png").arg(World::productId(o.shop, l.entry)))},
            {QStringLiteral("spec"), QString::fromUtf8(e.spec)},
            {QStringLiteral("first_cid"), catalogue::category(e.kind).cid},
            {QStringLiteral("item_num"), int(l.num)},
            {QStringLiteral("pay_amount"), qint64(l.payAmount)},
            {QStringLiteral("origin_amount"), qint64(e.priceFen) * l.num},
            {QStringLiteral("exp_ship_time"), qint64(o.expShipTime)},
            {QStringLiteral("pre_sale_type"), int(o.presellType)},
            {QStringLiteral("order_status"), int(o.status)},
            {QStringLiteral("logistics_receipt_time"), qint64(o.signTime)},
        });
    }
    QJsonArray logistics;
    if (o.shipTime) {
        const Carrier &c = catalogue::carriers()[o.carrier];
        logistics.append(QJsonObject{{QStringLiteral("tracking_no"), trackingNo(o)},
                                     {QStringLiteral("company"), QString::fromLatin1(c.code)},
                                     {QStringLiteral("company_name"), QString::fromUtf8(c.name)},
                                     {QStringLiteral("ship_time"), qint64(o.shipTime)}});
    }
    const qint64 insurance = (o.flags & kOrderPostInsurance) ? 90 : 0;
    const QJsonObject maskAddr{{QStringLiteral("province"), named(buyerdata::regionCode(pii.region, 0), pii.province)},
                               {QStringLiteral("city"), named(buyerdata::regionCode(pii.region, 1), pii.city)},
                               {QStringLiteral("town"), named(buyerdata::regionCode(pii.region, 2), pii.town)},
                               {QStringLiteral("street"), named(buyerdata::regionCode(pii.region, 3), pii.street)},
                               {QStringLiteral("detail"), QStringLiteral("***")}};
    QJsonObject postAddr = maskAddr;
    postAddr.remove(QStringLiteral("detail"));
    postAddr.insert(QStringLiteral("encrypt_detail"), buyerdata::encrypt(seed, o.id, PiiField::Address, pii.detail));
    return QJsonObject{
        {QStringLiteral("order_id"), QString::number(o.id)},
        {QStringLiteral("shop_id"), QString::fromLatin1(m_world.shops[o.shop].shopId)},
        {QStringLiteral("order_status"), int(o.status)},
        {QStringLiteral("order_status_desc"), statusText(o.status)},
        {QStringLiteral("create_time"), qint64(o.createTime)},
        {QStringLiteral("pay_time"), qint64(o.payTime)},
        {QStringLiteral("update_time"), qint64(o.updateTime)},
        {QStringLiteral("exp_ship_time"), qint64(o.expShipTime)},
        {QStringLiteral("ship_time"), qint64(o.shipTime)},
        {QStringLiteral("appointment_ship_time"), o.presellType ? qint64(o.expShipTime) : qint64(0)},
        {QStringLiteral("presell_type"), int(o.presellType)},
        {QStringLiteral("order_amount"), lineTotal + o.postAmount},
        {QStringLiteral("pay_amount"), o.payTime ? lineTotal + o.postAmount : 0},
        {QStringLiteral("post_amount"), qint64(o.postAmount)},
        {QStringLiteral("post_insurance_amount"), insurance},
        {QStringLiteral("doudian_open_id"),
         QStringLiteral("sbx_%1").arg(mix64(seed, (quint64(o.shop) << 32) | o.buyer) & 0xffffffffffffULL, 12, 16,
                                      QLatin1Char('0'))},
        {QStringLiteral("mask_post_receiver"), buyerdata::maskName(pii.name)},
        {QStringLiteral("mask_post_tel"), buyerdata::maskTel(pii.tel)},
        {QStringLiteral("mask_post_addr"), maskAddr},
        {QStringLiteral("encrypt_post_receiver"), buyerdata::encrypt(seed, o.id, PiiField::Name, pii.name)},
        {QStringLiteral("encrypt_post_tel"), buyerdata::encrypt(seed, o.id, PiiField::Tel, pii.tel)},
        {QStringLiteral("post_addr"), postAddr},
        {QStringLiteral("logistics_info"), logistics},
        {QStringLiteral("sku_order_list"), skus},
    };
}

QJsonArray OrderJson::route(quint32 idx, qint64 now) const
{
    const Order &o = m_world.orders[idx];
    const BuyerPii pii = buyerdata::pii(m_world.seed, o.shop, o.buyer);
    const QString carrier = QString::fromUtf8(catalogue::carriers()[o.carrier].name);
    QJsonArray nodes;
    const auto node = [&nodes, now](qint64 at, const QString &content, int state, const QString &desc) {
        if (at > 0 && at <= now)
            nodes.append(QJsonObject{{QStringLiteral("content"), content},
                                     {QStringLiteral("timestamp"), at},
                                     {QStringLiteral("state"), state},
                                     {QStringLiteral("state_description"), desc}});
    };
    node(o.shipTime, QStringLiteral("商家已发货，等待") + carrier + QStringLiteral("揽件"), 0,
         QStringLiteral("已发货"));
    if (o.pickupTime) {
        node(o.pickupTime, QStringLiteral("【发货仓】") + carrier + QStringLiteral(" 快递员已揽收"), 1,
             QStringLiteral("揽收"));
        const qint64 end = o.signTime ? o.signTime : now;
        node(o.pickupTime + (end - o.pickupTime) / 3, QStringLiteral("快件已到达【转运中心】，正在发往") + pii.city, 2,
             QStringLiteral("运输中"));
        if (o.signTime) {
            node(o.signTime - 3 * 3600, QStringLiteral("【") + pii.city + pii.town + QStringLiteral("】快递员正在派件"),
                 3, QStringLiteral("派件中"));
            node(o.signTime, QStringLiteral("您的快件已签收，签收人：本人"), 4, QStringLiteral("已签收"));
        }
    }
    return nodes;
}

} // namespace anxin::sandbox

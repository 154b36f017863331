#include "platform/parsers.h"
#include "platform/parsers_p.h"

#include <QJsonDocument>

namespace anxin::platform {

using namespace detail;

namespace {

// mask_post_addr: a masked string, or the platform's {province{name}, city{name}, town{name}, street{name},
// detail} object, joined with spaces.
QString readMaskedAddress(ObjectReader &r)
{
    const QLatin1StringView key = "mask_post_addr"_L1;
    const QJsonValue v = r.object().value(key);
    if (!v.isObject())
        return r.string(key);
    ObjectReader a(r.context(), v.toObject(), r.childPath(key));
    QStringList parts;
    for (const QLatin1StringView level : {"province"_L1, "city"_L1, "town"_L1, "street"_L1}) {
        ObjectReader part(r.context(), a.object(level), a.childPath(level));
        const QString name = part.string("name"_L1);
        if (!name.isEmpty())
            parts.append(name);
    }
    const QString detail = a.string("detail"_L1);
    if (!detail.isEmpty())
        parts.append(detail);
    return parts.join(u' ');
}

Order readOrder(ObjectReader &r)
{
    Order x;
    ParseContext &ctx = r.context();
    x.orderId = r.id("order_id"_L1, Need::Required);
    x.shopId = r.id("shop_id"_L1);
    x.orderStatus = r.code("order_status"_L1, Need::Required);
    x.createTime = r.number("create_time"_L1, Num::Time);
    x.payTime = r.number("pay_time"_L1, Num::Time);
    x.updateTime = r.number("update_time"_L1, Num::Time, Need::Required);
    x.expShipTime = r.number("exp_ship_time"_L1, Num::Time);
    x.shipTime = r.number("ship_time"_L1, Num::Time);
    x.appointmentShipTime = r.number("appointment_ship_time"_L1, Num::Time);
    x.presellType = r.code("presell_type"_L1);
    x.orderAmount = r.number("order_amount"_L1, Num::NonNegative);
    x.payAmount = r.number("pay_amount"_L1, Num::NonNegative);
    x.postAmount = r.number("post_amount"_L1, Num::NonNegative);
    x.postInsuranceAmount = r.number("post_insurance_amount"_L1, Num::NonNegative);
    x.maskPostReceiver = r.string("mask_post_receiver"_L1);
    x.maskPostTel = r.string("mask_post_tel"_L1);
    x.maskPostAddr = readMaskedAddress(r);
    x.encryptPostReceiver = r.string("encrypt_post_receiver"_L1);
    x.encryptPostTel = r.string("encrypt_post_tel"_L1);
    ObjectReader addr(ctx, r.object("post_addr"_L1), r.childPath("post_addr"_L1));
    x.encryptPostAddrDetail = addr.string("encrypt_detail"_L1);
    x.logisticsInfo = readObjects<OrderLogistics>(ctx, r.array("logistics_info"_L1), r.childPath("logistics_info"_L1),
                                                  [](ObjectReader &l) {
                                                      OrderLogistics o;
                                                      o.trackingNo = l.string("tracking_no"_L1);
                                                      o.company = l.string("company"_L1);
                                                      o.companyName = l.string("company_name"_L1);
                                                      o.shipTime = l.number("ship_time"_L1, Num::Time);
                                                      return o;
                                                  });
    x.skuOrders =
        readObjects<SkuOrder>(ctx, r.array("sku_order_list"_L1), r.childPath("sku_order_list"_L1), [](ObjectReader &s) {
            SkuOrder o;
            o.orderId = s.id("order_id"_L1);
            o.productId = s.id("product_id"_L1);
            o.productName = s.string("product_name"_L1);
            o.firstCid = s.id("first_cid"_L1);
            o.itemNum = s.number("item_num"_L1, Num::NonNegative);
            o.payAmount = s.number("pay_amount"_L1, Num::NonNegative);
            o.expShipTime = s.number("exp_ship_time"_L1, Num::Time);
            o.preSaleType = s.code("pre_sale_type"_L1);
            o.logisticsReceiptTime = s.number("logistics_receipt_time"_L1, Num::Time);
            return o;
        });
    // Only counts claims by buyer: a shape this desk does not expect leaves it empty rather than losing the order.
    if (const QJsonValue openId = r.object().value("doudian_open_id"_L1); openId.isString() || openId.isDouble())
        x.doudianOpenId = r.string("doudian_open_id"_L1);
    x.raw = r.object();
    return x;
}

} // namespace

core::Result<Order> parseOrder(const QJsonValue &order, const QString &path)
{
    ParseContext ctx;
    if (!order.isObject()) {
        ctx.fail(path, u"expected object"_s);
        return ctx.error();
    }
    ObjectReader r(ctx, order.toObject(), path);
    Order x = readOrder(r);
    if (ctx.failed())
        return ctx.error();
    return x;
}

core::Result<Order> parseOrder(const QByteArray &rawJson)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(rawJson, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return core::Error::make(core::Error::Kind::Malformed, u"order: stored JSON is not an object"_s);
    return parseOrder(QJsonValue(doc.object()), u"order"_s);
}

core::Result<OrderPage> parseOrderSearch(const QJsonValue &data)
{
    ParseContext ctx;
    QJsonObject o;
    if (!dataObject(ctx, data, &o))
        return ctx.error();
    ObjectReader r(ctx, o, u"data"_s);
    // The contract does not name the list; the platform's SDKs call it shop_order_list.
    QLatin1StringView key = "shop_order_list"_L1;
    for (const QLatin1StringView k : {"shop_order_list"_L1, "list"_L1, "items"_L1}) {
        if (o.contains(k)) {
            key = k;
            break;
        }
    }
    const QJsonArray list = r.array(key, Need::Required);
    if (list.size() > kMaxPageItems)
        ctx.fail(r.childPath(key), u"more than 100 items in one page"_s);
    OrderPage page;
    page.orders = readObjects<Order>(ctx, list, r.childPath(key), readOrder);
    const PageInfo info = readPageInfo(r);
    if (ctx.failed())
        return ctx.error();
    page.hasMore = info.hasMore;
    page.total = info.total;
    page.page = info.page;
    page.size = info.size;
    return page;
}

core::Result<Order> parseOrderDetail(const QJsonValue &data)
{
    ParseContext ctx;
    QJsonObject o;
    if (!dataObject(ctx, data, &o))
        return ctx.error();
    ObjectReader d(ctx, o, u"data"_s);
    ObjectReader r(ctx, d.object("shop_order_detail"_L1, Need::Required), d.childPath("shop_order_detail"_L1));
    Order x = readOrder(r);
    if (ctx.failed())
        return ctx.error();
    return x;
}

core::Result<TrackRoute> parseTrackRoute(const QJsonValue &data)
{
    ParseContext ctx;
    QJsonObject o;
    if (!dataObject(ctx, data, &o))
        return ctx.error();
    ObjectReader r(ctx, o, u"data"_s);
    TrackRoute route;
    route.logisticsCode = r.string("logistics_code"_L1);
    route.trackNo = r.string("track_no"_L1);
    // The contract's spelling has a double underscore; the single one is accepted too.
    const QLatin1StringView key = r.pick("route__node_list"_L1, "route_node_list"_L1);
    route.nodes = readObjects<RouteNode>(ctx, r.array(key), r.childPath(key), [](ObjectReader &n) {
        RouteNode x;
        x.content = n.string("content"_L1);
        x.timestamp = n.number("timestamp"_L1, Num::Time);
        x.state = n.string("state"_L1);
        x.stateDescription = n.string("state_description"_L1);
        return x;
    });
    if (ctx.failed())
        return ctx.error();
    return route;
}

core::Result<QList<DecryptItem>> parseBatchDecrypt(const QJsonValue &data)
{
    ParseContext ctx;
    QJsonObject o;
    if (!dataObject(ctx, data, &o))
        return ctx.error();
    ObjectReader r(ctx, o, u"data"_s);
    QList<DecryptItem> items = readObjects<DecryptItem>(ctx, r.array("decrypt_infos"_L1, Need::Required),
                                                        r.childPath("decrypt_infos"_L1), [](ObjectReader &i) {
                                                            DecryptItem x;
                                                            x.authId = i.string("auth_id"_L1);
                                                            x.cipherText = i.string("cipher_text"_L1, Need::Required);
                                                            x.decryptText = i.string("decrypt_text"_L1);
                                                            x.errNo = i.number("err_no"_L1, Num::Any);
                                                            x.errMsg = i.string("err_msg"_L1);
                                                            x.dataType = i.code("data_type"_L1);
                                                            return x;
                                                        });
    if (ctx.failed())
        return ctx.error();
    return items;
}

core::Result<ProductDetail> parseProductDetail(const QJsonValue &data)
{
    ParseContext ctx;
    QJsonObject o;
    if (!dataObject(ctx, data, &o))
        return ctx.error();
    ObjectReader r(ctx, o, u"data"_s);
    ProductDetail p;
    p.productId = r.id("product_id"_L1, Need::Required);
    p.name = r.string("name"_L1);
    p.firstCid = r.id("first_cid"_L1);
    p.firstCname = r.string("first_cname"_L1);
    // Convention: the flags live in after_sale_service; read at the top level when that object is absent.
    ObjectReader s = r.has("after_sale_service"_L1)
                         ? ObjectReader(ctx, r.object("after_sale_service"_L1), r.childPath("after_sale_service"_L1))
                         : r;
    p.supply7dayReturn = s.flag("supply_7day_return"_L1);
    p.supportAllergyReturnV2 = s.flag("support_allergy_returnV2"_L1);
    p.damagedOrderReturn = s.flag("damaged_order_return"_L1);
    if (ctx.failed())
        return ctx.error();
    return p;
}

} // namespace anxin::platform

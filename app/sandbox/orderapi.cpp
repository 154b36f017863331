// order.*, logistics.*, product.detail and shop.reputation (contract §6-§7).
#include "sandbox/buyerdata.h"
#include "sandbox/jsonparams.h"
#include "sandbox/orderjson.h"
#include "sandbox/reputation.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxstate.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace anxin::sandbox {
namespace {

constexpr qint64 kMaxLookBackSecs = 90 * kDay;
constexpr int kMaxDecrypt = 50;

QString score(double v)
{
    return QString::number(std::clamp(v, 0.0, 100.0), 'f', 1);
}

// Wall-clock times inside the spring-forward gap of common desktop zones, written as Beijing times: 02:30 on
// 2026-03-08 does not exist in America/New_York, 01:30 on 2026-03-29 not in Europe/London. As UTC+8 both are
// fine times; a client that reads them in the desktop's zone rejects or shifts them.
const QString kDstGapTimes[] = {QStringLiteral("2026-03-08 02:30:00"), QStringLiteral("2026-03-29 01:30:00")};

QString beijingText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::OffsetFromUTC, 8 * 3600)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// The per-order item faults: "no_promise" (a paid order awaiting shipment sent without a promised ship time) and
// "time_text" (its optional times written as text).
QJsonObject withOrderFaults(ItemFaults &faults, const Order &o, QJsonObject json)
{
    const bool awaiting = o.payTime > 0 && (o.status == 2 || o.status == 101 || o.status == 105);
    if (faults.promiseWithheld(qint64(o.id), awaiting)) {
        json.remove(QStringLiteral("exp_ship_time"));
        json.insert(QStringLiteral("appointment_ship_time"), 0);
        QJsonArray skus = json.value(QLatin1String("sku_order_list")).toArray();
        for (QJsonValueRef v : skus) {
            QJsonObject sku = v.toObject();
            sku.insert(QStringLiteral("exp_ship_time"), 0);
            v = sku;
        }
        json.insert(QStringLiteral("sku_order_list"), skus);
    }
    const ItemFaults::TimeText text = faults.orderTimeText(qint64(o.id), awaiting);
    if (text == ItemFaults::TimeText::Numbers)
        return json;
    for (const char *key : {"create_time", "pay_time", "exp_ship_time", "ship_time"}) {
        const qint64 v = json.value(QLatin1String(key)).toInteger();
        if (v > 0)
            json.insert(QLatin1String(key), beijingText(v));
    }
    if (text == ItemFaults::TimeText::DstGap)
        json.insert(QStringLiteral("exp_ship_time"), kDstGapTimes[o.id % 2]);
    else if (text == ItemFaults::TimeText::Malformed)
        json.insert(QStringLiteral("exp_ship_time"), QStringLiteral("付款后48小时内"));
    return json;
}

} // namespace

ApiReply SandboxApi::orderSearchList(const VerifiedCall &call)
{
    const QJsonObject &p = call.params;
    qint64 page = 0;
    qint64 size = 0;
    if (ApiReply r = pagingParams(p, &page, &size); !r.ok())
        return r;
    qint64 cStart = 0, cEnd = 0, uStart = 0, uEnd = 0, status = -1;
    const auto bad = [](const char *f) {
        return ApiReply::invalidParam(QLatin1String(f), QLatin1String(f) + QStringLiteral(" 格式错误"));
    };
    if (params::integer(p, "create_time_start", &cStart) == params::Get::Invalid)
        return bad("create_time_start");
    if (params::integer(p, "create_time_end", &cEnd) == params::Get::Invalid)
        return bad("create_time_end");
    if (params::integer(p, "update_time_start", &uStart) == params::Get::Invalid)
        return bad("update_time_start");
    if (params::integer(p, "update_time_end", &uEnd) == params::Get::Invalid)
        return bad("update_time_end");
    if (params::integer(p, "order_status", &status) == params::Get::Invalid)
        return bad("order_status");
    if (cStart <= 0 && uStart <= 0)
        return ApiReply::error(40002, QStringLiteral("isv.missing-parameter:create_time_start"),
                               QStringLiteral("create_time_start 与 update_time_start 至少填写一个"));
    const qint64 now = m_state.clock().nowSecs();
    if ((cStart > 0 && cStart < now - kMaxLookBackSecs) || (uStart > 0 && uStart < now - kMaxLookBackSecs))
        return ApiReply::invalidParam(QStringLiteral("create_time_start"), QStringLiteral("最多查询最近 90 天的订单"));
    QString orderBy = QStringLiteral("create_time");
    if (params::string(p, "order_by", &orderBy) == params::Get::Invalid ||
        (orderBy != QLatin1String("create_time") && orderBy != QLatin1String("update_time")))
        return ApiReply::invalidParam(QStringLiteral("order_by"),
                                      QStringLiteral("order_by 仅支持 create_time / update_time"));
    bool asc = false;
    if (params::boolean(p, "order_asc", &asc) == params::Get::Invalid)
        return bad("order_asc");
    const bool byUpdate = orderBy == QLatin1String("update_time");

    const World &w = m_state.world();
    std::vector<quint32> hits;
    for (quint32 idx : w.shopOrders[size_t(call.shop)]) {
        const Order &o = w.orders[idx];
        if (cStart > 0 && o.createTime < cStart)
            continue;
        if (cEnd > 0 && o.createTime >= cEnd)
            continue;
        if (uStart > 0 && o.updateTime < uStart)
            continue;
        if (uEnd > 0 && o.updateTime >= uEnd)
            continue;
        if (status >= 0 && o.status != status)
            continue;
        hits.push_back(idx);
    }
    const auto key = [&](quint32 i) { return byUpdate ? w.orders[i].updateTime : w.orders[i].createTime; };
    const auto less = [&](quint32 a, quint32 b) {
        if (key(a) != key(b))
            return asc ? key(a) < key(b) : key(a) > key(b);
        return w.orders[a].id < w.orders[b].id;
    };
    const size_t total = hits.size();
    const size_t from = size_t(page * size);
    const size_t to = std::min(total, from + size_t(size));
    QJsonArray list;
    if (from < total) {
        std::partial_sort(hits.begin(), hits.begin() + qsizetype(to), hits.end(), less);
        const OrderJson json(w, m_state.baseUrl());
        for (size_t i = from; i < to; ++i)
            list.append(withOrderFaults(m_state.itemFaults(), w.orders[hits[i]], json.order(hits[i])));
    }
    return ApiReply::success(QJsonObject{{QStringLiteral("shop_order_list"), list},
                                         {QStringLiteral("total"), qint64(total)},
                                         {QStringLiteral("has_more"), to < total},
                                         {QStringLiteral("page"), page},
                                         {QStringLiteral("size"), size}});
}

ApiReply SandboxApi::orderDetail(const VerifiedCall &call)
{
    qint64 id = 0;
    switch (params::id(call.params, "shop_order_id", &id)) {
    case params::Get::Missing:
        return ApiReply::missingParam(QStringLiteral("shop_order_id"));
    case params::Get::Invalid:
        return ApiReply::invalidParam(QStringLiteral("shop_order_id"), QStringLiteral("shop_order_id 格式错误"));
    case params::Get::Ok:
        break;
    }
    const World &w = m_state.world();
    const int idx = w.findOrder(id);
    if (idx < 0 || w.orders[size_t(idx)].shop != call.shop)
        return ApiReply::invalidParam(QStringLiteral("shop_order_id"), QStringLiteral("订单不存在: %1").arg(id));
    return ApiReply::success(QJsonObject{
        {QStringLiteral("shop_order_detail"), withOrderFaults(m_state.itemFaults(), w.orders[size_t(idx)],
                                                              OrderJson(w, m_state.baseUrl()).order(quint32(idx)))}});
}

ApiReply SandboxApi::trackNoRouteDetail(const VerifiedCall &call)
{
    QString trackNo;
    QString code;
    if (params::string(call.params, "track_no", &trackNo) != params::Get::Ok || trackNo.isEmpty())
        return ApiReply::missingParam(QStringLiteral("track_no"));
    if (params::string(call.params, "logistics_code", &code) != params::Get::Ok || code.isEmpty())
        return ApiReply::missingParam(QStringLiteral("logistics_code"));
    if (m_state.itemFaults().trackingUnknown(trackNo))
        return ApiReply::invalidParam(QStringLiteral("track_no"), QStringLiteral("运单号不存在: ") + trackNo);
    const World &w = m_state.world();
    int carrier = -1;
    const qint64 orderId = OrderJson::orderIdFromTrackingNo(trackNo, &carrier);
    const int idx = orderId > 0 ? w.findOrder(orderId) : -1;
    if (idx < 0 || w.orders[size_t(idx)].shop != call.shop || !w.orders[size_t(idx)].shipTime ||
        w.orders[size_t(idx)].carrier != carrier)
        return ApiReply::invalidParam(QStringLiteral("track_no"), QStringLiteral("运单号不存在: ") + trackNo);
    if (code != QLatin1String(catalogue::carriers()[size_t(carrier)].code))
        return ApiReply::invalidParam(QStringLiteral("logistics_code"), QStringLiteral("物流公司编码与运单号不匹配"));
    const QJsonArray nodes = OrderJson(w, m_state.baseUrl()).route(quint32(idx), m_state.clock().nowSecs());
    return ApiReply::success(QJsonObject{{QStringLiteral("track_no"), trackNo},
                                         {QStringLiteral("logistics_code"), code},
                                         {QStringLiteral("route__node_list"), nodes}});
}

ApiReply SandboxApi::batchDecrypt(const VerifiedCall &call)
{
    const QJsonValue v = call.params.value(QLatin1String("cipher_infos"));
    if (!v.isArray() || v.toArray().isEmpty())
        return ApiReply::missingParam(QStringLiteral("cipher_infos"));
    const QJsonArray infos = v.toArray();
    if (infos.size() > kMaxDecrypt)
        return ApiReply::invalidParam(QStringLiteral("cipher_infos"), QStringLiteral("单次最多解密 50 条"));
    const World &w = m_state.world();
    QJsonArray out;
    bool anyFailed = false;
    for (const QJsonValue &e : infos) {
        const QJsonObject o = e.toObject();
        const QString authId = o.value(QLatin1String("auth_id")).isString()
                                   ? o.value(QLatin1String("auth_id")).toString()
                                   : QString::number(o.value(QLatin1String("auth_id")).toInteger());
        const QString cipher = o.value(QLatin1String("cipher_text")).toString();
        QString plain;
        qint64 orderId = 0;
        PiiField field = PiiField::Name;
        int errNo = 0;
        QString errMsg;
        if (!buyerdata::decrypt(w.seed, cipher, &plain, &orderId, &field)) {
            errNo = 300008;
            errMsg = QStringLiteral("密文不合法或已失效");
        } else {
            const int idx = w.findOrder(orderId);
            if (idx < 0 || w.orders[size_t(idx)].shop != call.shop || authId != QString::number(orderId)) {
                errNo = 300011;
                errMsg = QStringLiteral("无权解密：auth_id 须为该密文所属的本店订单号");
                plain.clear();
            }
        }
        anyFailed = anyFailed || errNo != 0;
        out.append(QJsonObject{{QStringLiteral("auth_id"), authId},
                               {QStringLiteral("cipher_text"), cipher},
                               {QStringLiteral("decrypt_text"), errNo ? QString() : plain},
                               {QStringLiteral("err_no"), errNo},
                               {QStringLiteral("err_msg"), errMsg},
                               {QStringLiteral("data_type"), errNo ? 0 : int(field)}});
    }
    ApiReply r = ApiReply::success(QJsonObject{{QStringLiteral("decrypt_infos"), out}});
    if (anyFailed) {
        r.code = 10001;
        r.subCode = QStringLiteral("isv.partial-failure");
        r.subMsg = QStringLiteral("部分密文解密失败，见 err_no");
    }
    return r;
}

ApiReply SandboxApi::productDetail(const VerifiedCall &call)
{
    qint64 id = 0;
    switch (params::id(call.params, "product_id", &id)) {
    case params::Get::Missing:
        return ApiReply::missingParam(QStringLiteral("product_id"));
    case params::Get::Invalid:
        return ApiReply::invalidParam(QStringLiteral("product_id"), QStringLiteral("product_id 格式错误"));
    case params::Get::Ok:
        break;
    }
    int shop = -1;
    int entry = -1;
    if (!World::parseProductId(id, &shop, &entry) || shop != call.shop)
        return ApiReply::invalidParam(QStringLiteral("product_id"), QStringLiteral("商品不存在: %1").arg(id));
    if (m_state.itemFaults().productDeleted(id))
        return ApiReply::invalidParam(QStringLiteral("product_id"), QStringLiteral("商品已删除: %1").arg(id));
    const CatalogueEntry &e = catalogue::entries()[size_t(entry)];
    const Category &c = catalogue::category(e.kind);
    return ApiReply::success(QJsonObject{
        {QStringLiteral("product_id"), QString::number(id)},
        {QStringLiteral("name"), QString::fromUtf8(e.name)},
        {QStringLiteral("first_cid"), c.cid},
        {QStringLiteral("first_cname"), QString::fromUtf8(c.name)},
        {QStringLiteral("discount_price"), e.priceFen},
        {QStringLiteral("img"), QString(m_state.baseUrl() + QStringLiteral("/__sandbox/images/p%1/1.png").arg(id))},
        {QStringLiteral("presell_max_days"), c.presaleMaxDays},
        {QStringLiteral("after_sale_service"),
         QJsonObject{{QStringLiteral("supply_7day_return"), int(e.supply7dayReturn)},
                     {QStringLiteral("support_allergy_returnV2"), int(e.allergyReturn)},
                     {QStringLiteral("damaged_order_return"), int(e.damagedReturn)}}},
    });
}

ApiReply SandboxApi::shopReputation(const VerifiedCall &call)
{
    // The sandbox's own formula over the shop's last 90 days (sandbox/reputation.h): the client cannot share it.
    const World &w = m_state.world();
    const qint64 now = m_state.clock().nowSecs();
    const ReputationScores r = reputationOf(w, call.shop, now);
    const ShopInfo &shop = w.shops[size_t(call.shop)];
    return ApiReply::success(QJsonObject{{QStringLiteral("shop_id"), QString::fromLatin1(shop.shopId)},
                                         {QStringLiteral("shop_name"), shop.name},
                                         {QStringLiteral("shop_score"), score(r.overall)},
                                         {QStringLiteral("product_score"), score(r.product)},
                                         {QStringLiteral("logistics_score"), score(r.logistics)},
                                         {QStringLiteral("service_score"), score(r.service)},
                                         {QStringLiteral("update_time"), now - now % kDay}});
}

} // namespace anxin::sandbox

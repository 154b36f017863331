#include "sandbox/ticketjson.h"

#include "sandbox/hashing.h"
#include "sandbox/orderjson.h"

#include <QJsonArray>

namespace anxin::sandbox {
namespace {

struct RiskCode
{
    int code;
    const char *reason;
};
constexpr RiskCode kRisks[] = {{0, ""},
                               {1001, "疑似恶意售后：买家近90天售后次数异常"},
                               {1002, "疑似职业索赔：多店铺相似申请"},
                               {1003, "凭证疑似重复使用"}};

QJsonArray specArray(const char *spec)
{
    QJsonArray out;
    for (const QString &part : QString::fromUtf8(spec).split(QLatin1Char(';'))) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        out.append(
            QJsonObject{{QStringLiteral("name"), part.left(colon)}, {QStringLiteral("value"), part.mid(colon + 1)}});
    }
    return out;
}

QString sellerNote(quint64 k)
{
    static const char *const kNotes[] = {
        "已电话联系买家，核实照片中坏果数量", "买家同意部分退款，已备注", "优先处理，买家情绪激动",
        "仓库确认该批次有破损反馈",           "已引导买家补充凭证",       "老客户，尽量一次解决"};
    return QString::fromUtf8(kNotes[pick(k, std::size(kNotes))]);
}

} // namespace

QString yuan(qint64 fen)
{
    return QStringLiteral("¥%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

QString TicketJson::typeText(int type)
{
    switch (type) {
    case 0:
        return QStringLiteral("退货退款");
    case 1:
        return QStringLiteral("已发货仅退款");
    case 2:
        return QStringLiteral("未发货仅退款");
    case 3:
        return QStringLiteral("换货");
    case 6:
        return QStringLiteral("价保");
    case 7:
        return QStringLiteral("补寄");
    case 8:
        return QStringLiteral("维修");
    default:
        return QStringLiteral("未知");
    }
}

QString TicketJson::statusText(int status)
{
    switch (status) {
    case 6:
        return QStringLiteral("待商家处理");
    case 7:
        return QStringLiteral("待买家退货");
    case 11:
        return QStringLiteral("待商家收货");
    case 12:
        return QStringLiteral("退款成功");
    case 13:
        return QStringLiteral("换货待买家收货");
    case 14:
        return QStringLiteral("换货成功");
    case 27:
        return QStringLiteral("商家拒绝售后申请");
    case 28:
        return QStringLiteral("售后关闭");
    case 29:
        return QStringLiteral("商家收货后拒绝");
    default:
        return QStringLiteral("未知");
    }
}

int TicketJson::reasonCode(const Ticket &t)
{
    return catalogue::reasons()[t.reason].code;
}

QString TicketJson::reasonName(const Ticket &t)
{
    return QString::fromUtf8(catalogue::reasons()[t.reason].name);
}

int TicketJson::returnCarrier(const Ticket &t)
{
    return int(pick(quint64(t.id) ^ 0x77, quint32(catalogue::carriers().size())));
}

QString TicketJson::returnTrackingNo(const Ticket &t)
{
    const Carrier &c = catalogue::carriers()[size_t(returnCarrier(t))];
    return QString::fromLatin1(c.prefix) +
           QStringLiteral("%1").arg(mix64(quint64(t.id)) % 10000000000000ULL, 13, 10, QLatin1Char('0'));
}

QString TicketJson::badItemText(const Ticket &t)
{
    if (t.badTotal == 0)
        return {};
    return QStringLiteral("坏果 %1/%2").arg(t.badNum).arg(t.badTotal);
}

QString TicketJson::absolute(const QString &pathOrUrl) const
{
    return pathOrUrl.startsWith(QLatin1Char('/')) ? m_imageBaseUrl + pathOrUrl : pathOrUrl;
}

QStringList TicketJson::evidenceUrls(quint32 idx) const
{
    const Ticket &t = m_world.tickets[idx];
    QStringList out;
    for (int n = 1; n <= t.evidence && n <= 8; ++n)
        out << QStringLiteral("%1/__sandbox/images/%2/%3.png").arg(m_imageBaseUrl).arg(t.id).arg(n);
    return out;
}

std::vector<RecordLog> TicketJson::recordLogs(const World &w, quint32 idx)
{
    if (const auto it = w.extras.find(idx); it != w.extras.end() && it->second.logsMaterialised)
        return it->second.logs;
    const Ticket &t = w.tickets[idx];
    std::vector<RecordLog> logs;
    QStringList photos;
    for (int n = 1; n <= t.evidence; ++n)
        photos << QStringLiteral("/__sandbox/images/%1/%2.png").arg(t.id).arg(n);
    QString applyText = QStringLiteral("买家申请") + typeText(t.type) + QStringLiteral("，原因：") + reasonName(t);
    if (t.badTotal)
        applyText += QStringLiteral("，") + badItemText(t);
    if (t.refundAmount)
        applyText += QStringLiteral("，申请金额 ") + yuan(t.refundAmount);
    logs.push_back({QStringLiteral("买家"), t.applyTime, applyText, photos, QStringLiteral("apply"), 1});
    const QString merchant = QStringLiteral("商家客服");
    const QString platform = QStringLiteral("平台");
    if (t.flags & kFlagExpress) {
        logs.push_back({platform,
                        t.applyTime,
                        QStringLiteral("极速退款：平台已自动退款 ") + yuan(t.refundAmount),
                        {},
                        QStringLiteral("express_refund"),
                        3});
        return logs;
    }
    const bool auto_ = t.flags & kFlagAutoDecided;
    if (t.returnShipAt && (t.flags & kFlagReturnShipped || t.status == 7)) {
        const qint64 span = qint64(t.returnShipAt) - t.applyTime;
        const qint64 approve =
            t.status == 7
                ? t.stepStart
                : t.applyTime + std::max<qint64>(60, std::min<qint64>(span / 3, 60 + pick(quint64(t.id), 20 * 3600)));
        logs.push_back({merchant,
                        approve,
                        QStringLiteral("商家同意退货，退货地址已发送给买家"),
                        {},
                        QStringLiteral("agree_return"),
                        2});
    } else if (t.status == 7) {
        logs.push_back({merchant,
                        t.stepStart,
                        QStringLiteral("商家同意退货，退货地址已发送给买家"),
                        {},
                        QStringLiteral("agree_return"),
                        2});
    }
    if (t.flags & kFlagReturnShipped)
        logs.push_back({QStringLiteral("买家"),
                        t.returnShipAt,
                        QStringLiteral("买家已寄回商品，物流单号 ") + returnTrackingNo(t),
                        {},
                        QStringLiteral("return_ship"),
                        1});
    switch (t.status) {
    case 13:
        logs.push_back({merchant, t.stepStart, QStringLiteral("商家已重新发货"), {}, QStringLiteral("reship"), 2});
        break;
    case 12:
        logs.push_back(auto_ ? RecordLog{platform,
                                         t.finalTime,
                                         QStringLiteral("平台自动退款 ") + yuan(t.refundAmount),
                                         {},
                                         QStringLiteral("auto_decide"),
                                         3}
                             : RecordLog{merchant,
                                         t.finalTime,
                                         QStringLiteral("商家同意退款，已退款 ") + yuan(t.refundAmount),
                                         {},
                                         QStringLiteral("agree_refund"),
                                         2});
        break;
    case 14:
        logs.push_back({QStringLiteral("买家"),
                        t.finalTime,
                        QStringLiteral("买家确认收货，售后完成"),
                        {},
                        QStringLiteral("confirm"),
                        1});
        break;
    case 27:
    case 29:
        logs.push_back({merchant,
                        t.finalTime ? t.finalTime : t.stepStart,
                        QStringLiteral("商家拒绝申请：买家申请超出售后政策范围"),
                        {},
                        QStringLiteral("reject"),
                        2});
        if (t.arbitrate)
            logs.push_back({QStringLiteral("买家"),
                            (t.finalTime ? t.finalTime : t.stepStart) + 600,
                            QStringLiteral("买家申请平台介入"),
                            {},
                            QStringLiteral("arbitrate_apply"),
                            1});
        break;
    case 28:
        logs.push_back({platform, t.finalTime, QStringLiteral("售后关闭"), {}, QStringLiteral("close"), 3});
        break;
    default:
        break;
    }
    return logs;
}

QJsonObject TicketJson::aftersaleCore(const Ticket &t, bool detail) const
{
    const Order &o = m_world.orders[t.order];
    const auto name = [detail](const char *listName, const char *detailName) {
        return QString::fromLatin1(detail ? detailName : listName);
    };
    QJsonObject a;
    if (detail) {
        a.insert(QStringLiteral("after_sale_id"), t.id);
        a.insert(QStringLiteral("aftersale_id"), t.id);
    } else {
        a.insert(QStringLiteral("aftersale_id"), QString::number(t.id));
    }
    a.insert(name("aftersale_type", "after_sale_type"), int(t.type));
    a.insert(name("aftersale_status", "after_sale_status"), int(t.status));
    a.insert(name("aftersale_status_desc", "after_sale_status_desc"), statusText(t.status));
    a.insert(QStringLiteral("apply_time"), qint64(t.applyTime));
    a.insert(QStringLiteral("update_time"), qint64(t.updateTime));
    a.insert(QStringLiteral("status_deadline"), qint64(t.deadline));
    a.insert(QStringLiteral("refund_amount"), qint64(t.refundAmount));
    a.insert(QStringLiteral("refund_post_amount"), qint64(t.refundPostAmount));
    a.insert(name("aftersale_num", "after_sale_num"), int(t.num));
    a.insert(QStringLiteral("reason_second_labels"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), reasonCode(t)}, {QStringLiteral("name"), reasonName(t)}}});
    a.insert(QStringLiteral("refund_type"), t.refundAmount ? 1 : 0);
    a.insert(QStringLiteral("refund_status"), int(t.refundStatus));
    a.insert(QStringLiteral("arbitrate_status"), int(t.arbitrate));
    a.insert(QStringLiteral("got_pkg"), o.signTime && o.signTime <= t.applyTime ? 1 : 0);
    const bool returned = t.flags & kFlagReturnShipped;
    a.insert(QStringLiteral("return_logistics_code"), returned ? returnTrackingNo(t) : QString());
    a.insert(QStringLiteral("return_logistics_company_name"),
             returned ? QString::fromUtf8(catalogue::carriers()[size_t(returnCarrier(t))].name) : QString());
    QJsonArray logistics;
    if (o.shipTime) {
        const Carrier &c = catalogue::carriers()[o.carrier];
        const int state = o.signTime ? 2 : 1;
        logistics.append(QJsonObject{{QStringLiteral("tracking_no"), OrderJson::trackingNo(o)},
                                     {QStringLiteral("company_name"), QString::fromUtf8(c.name)},
                                     {QStringLiteral("logistics_code"), QString::fromLatin1(c.code)},
                                     {QStringLiteral("logistics_time"),
                                      qint64(o.signTime ? o.signTime : (o.pickupTime ? o.pickupTime : o.shipTime))},
                                     {QStringLiteral("logistics_state"), state}});
    }
    a.insert(name("order_logistics", "order_logistics"), logistics);
    const RiskCode &risk = kRisks[t.risk < 4 ? t.risk : 0];
    a.insert(QStringLiteral("risk_decision_code"), risk.code);
    a.insert(QStringLiteral("risk_decision_reason"), QString::fromUtf8(risk.reason));
    QJsonArray tags;
    const auto tag = [&tags](const QString &d, const QString &text) {
        tags.append(QJsonObject{{QStringLiteral("tag_detail"), d}, {QStringLiteral("tag_detail_text"), text}});
    };
    if (t.flags & kFlagExpress)
        tag(QStringLiteral("极速退款"), QStringLiteral("平台极速退款，0秒到账"));
    if (t.flags & kFlagFreshClaim)
        tag(QStringLiteral("生鲜坏单包赔"), QStringLiteral("签收后24小时内申请，坏单包赔"));
    if (t.flags & kFlagAllergyClaim)
        tag(QStringLiteral("过敏包退"), QStringLiteral("签收后60天内过敏可退"));
    if (t.flags & kFlagExempt)
        tag(QStringLiteral("豁免体验分"), QStringLiteral("该售后单不计入商家体验分"));
    if (o.flags & kOrderPostInsurance)
        tag(QStringLiteral("运费险"), QStringLiteral("买家已购买退货运费险"));
    a.insert(name("aftersale_tags", "after_sale_tags"), tags);
    QJsonArray bits;
    if (t.flags & kFlagExpress)
        bits.append(1);
    if (t.flags & kFlagAutoDecided)
        bits.append(2);
    a.insert(QStringLiteral("auto_audit_bits"), bits);
    a.insert(name("aftersale_status_to_final_time", "after_sale_status_to_final_time"), qint64(t.finalTime));
    const auto extra = m_world.extras.find(quint32(&t - m_world.tickets.data()));
    a.insert(QStringLiteral("remark"), extra != m_world.extras.end() ? extra->second.remark : QString());
    return a;
}

QJsonObject TicketJson::orderInfo(const Ticket &t) const
{
    const Order &o = m_world.orders[t.order];
    QJsonArray related;
    for (int i = 0; i < o.lineCount; ++i) {
        const SkuLine &l = o.lines[i];
        const CatalogueEntry &e = catalogue::entries()[l.entry];
        const qint64 productId = World::productId(o.shop, l.entry);
        related.append(QJsonObject{
            {QStringLiteral("sku_order_id"), QString::number(o.id + 1 + i)},
            {QStringLiteral("product_id"), QString::number(productId)},
            {QStringLiteral("product_name"), QString::fromUtf8(e.name)},
            {QStringLiteral("product_image"),
             QString(m_baseUrl + QStringLiteral("/__sandbox/images/p%1/1.png").arg(productId))},
            {QStringLiteral("sku_spec"), specArray(e.spec)},
            {QStringLiteral("pay_amount"), qint64(l.payAmount)},
            {QStringLiteral("item_num"), int(l.num)},
            {QStringLiteral("order_status"), int(o.status)},
            {QStringLiteral("first_cid"), catalogue::category(e.kind).cid},
            {QStringLiteral("aftersale_line"), i == t.line},
        });
    }
    return QJsonObject{{QStringLiteral("shop_order_id"), QString::number(o.id)},
                       {QStringLiteral("related_order_info"), related}};
}

QJsonObject TicketJson::listItem(quint32 idx) const
{
    const Ticket &t = m_world.tickets[idx];
    QJsonObject text{
        {QStringLiteral("reason_text"),
         t.badTotal ? QString(reasonName(t) + QStringLiteral("（") + badItemText(t) + QStringLiteral("）"))
                    : reasonName(t)},
        {QStringLiteral("bad_item_text"), badItemText(t)},
        {QStringLiteral("aftersale_type_text"), typeText(t.type)},
        {QStringLiteral("aftersale_status_text"), statusText(t.status)},
        {QStringLiteral("arbitrate_status_text"), t.arbitrate == 0   ? QString()
                                                  : t.arbitrate == 1 ? QStringLiteral("平台介入中")
                                                                     : QStringLiteral("平台已判定")},
    };
    QJsonArray sellerLogs;
    const quint64 k = mix64(m_world.seed, quint64(t.id));
    if (pick(k, 4) == 0) {
        sellerLogs.append(QJsonObject{{QStringLiteral("content"), sellerNote(k >> 3)},
                                      {QStringLiteral("op_name"), QStringLiteral("客服小安")},
                                      {QStringLiteral("create_time"), qint64(t.applyTime + 60 + pick(k >> 9, 3600))},
                                      {QStringLiteral("star"), int(pick(k >> 13, 5))}});
    }
    return QJsonObject{{QStringLiteral("aftersale_info"), aftersaleCore(t, false)},
                       {QStringLiteral("order_info"), orderInfo(t)},
                       {QStringLiteral("text_part"), text},
                       {QStringLiteral("seller_logs"), sellerLogs}};
}

QJsonObject TicketJson::detail(quint32 idx, bool withRecords) const
{
    const Ticket &t = m_world.tickets[idx];
    QJsonObject info = aftersaleCore(t, true);
    info.insert(QStringLiteral("reason_code"), reasonCode(t));
    QString remark = reasonName(t);
    if (t.badTotal)
        remark += QStringLiteral("，") + badItemText(t);
    info.insert(QStringLiteral("reason_remark"), remark);
    info.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(evidenceUrls(idx)));
    info.insert(QStringLiteral("return_method"),
                (t.type == 0 || t.type == 3 || t.type == 8) ? (pick(quint64(t.id), 3) == 0 ? 2 : 1) : 0);
    info.insert(QStringLiteral("apply_role"), 1);
    info.insert(QStringLiteral("bad_item_text"), badItemText(t));
    const auto extra = m_world.extras.find(idx);
    QJsonArray merchantEvidence;
    if (extra != m_world.extras.end()) {
        for (const QString &u : extra->second.merchantEvidence)
            merchantEvidence.append(absolute(u));
        info.insert(QStringLiteral("reject_reason_code"), extra->second.rejectCode);
        info.insert(QStringLiteral("receiver_address_id"), extra->second.receiverAddressId);
    }
    info.insert(QStringLiteral("merchant_evidence"), merchantEvidence);
    QJsonArray remarks;
    if (extra != m_world.extras.end()) {
        for (const ShopRemark &r : extra->second.remarks)
            remarks.append(QJsonObject{{QStringLiteral("remark"), r.text},
                                       {QStringLiteral("create_time"), r.time},
                                       {QStringLiteral("operator"), r.op}});
    }
    info.insert(QStringLiteral("after_sale_shop_remarks"), remarks);
    QJsonArray records;
    if (withRecords) {
        for (const RecordLog &r : recordLogs(m_world, idx)) {
            QJsonArray images;
            for (const QString &u : r.images)
                images.append(absolute(u));
            records.append(QJsonObject{{QStringLiteral("operator"), r.op},
                                       {QStringLiteral("time"), r.time},
                                       {QStringLiteral("text"), r.text},
                                       {QStringLiteral("images"), images},
                                       {QStringLiteral("action"), r.action},
                                       {QStringLiteral("role"), r.role}});
        }
    }
    QJsonObject arbitrate{{QStringLiteral("arbitrate_status"), int(t.arbitrate)}};
    if (t.arbitrate) {
        arbitrate.insert(QStringLiteral("arbitrate_id"),
                         QString::number(quint64(t.id) % 1000000000000ULL + 8800000000000ULL));
        arbitrate.insert(QStringLiteral("arbitrate_opinion"),
                         t.arbitrate == 1 ? QStringLiteral("平台审核中，请商家在截止时间前补充凭证")
                         : t.arbitrate == 2 ? QStringLiteral("支持买家")
                         : t.arbitrate == 3 ? QStringLiteral("支持商家")
                                            : QStringLiteral("买家撤销介入"));
        arbitrate.insert(QStringLiteral("create_time"), qint64((t.finalTime ? t.finalTime : t.stepStart) + 600));
        arbitrate.insert(QStringLiteral("is_required_evidence"), t.arbitrate == 1);
    }
    QJsonObject process{{QStringLiteral("after_sale_info"), info},
                        {QStringLiteral("record_logs_list"), records},
                        {QStringLiteral("arbitrate_info"), arbitrate}};
    QJsonObject order = orderInfo(t);
    const Order &o = m_world.orders[t.order];
    order.insert(QStringLiteral("order_status"), int(o.status));
    order.insert(QStringLiteral("pay_time"), qint64(o.payTime));
    order.insert(QStringLiteral("ship_time"), qint64(o.shipTime));
    order.insert(QStringLiteral("logistics_receipt_time"), qint64(o.signTime));
    return QJsonObject{{QStringLiteral("process_info"), process}, {QStringLiteral("order_info"), order}};
}

} // namespace anxin::sandbox

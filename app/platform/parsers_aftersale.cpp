#include "platform/parsers.h"
#include "platform/parsers_p.h"

#include <QJsonDocument>

namespace anxin::platform {

using namespace detail;

namespace {

QList<AfterSaleLogistics> readAfterSaleLogistics(ObjectReader &r, QLatin1StringView key)
{
    return readObjects<AfterSaleLogistics>(r.context(), r.array(key), r.childPath(key), [](ObjectReader &l) {
        AfterSaleLogistics x;
        x.trackingNo = l.string("tracking_no"_L1);
        x.companyName = l.string("company_name"_L1);
        x.logisticsTime = l.number("logistics_time"_L1, Num::Time);
        x.logisticsState = l.code("logistics_state"_L1);
        return x;
    });
}

// sku_spec[]: strings, or {name, value} objects as the platform's SDKs describe them ("name:value").
QStringList readSkuSpec(ObjectReader &r)
{
    const QLatin1StringView key = "sku_spec"_L1;
    const QJsonArray a = r.array(key);
    QStringList out;
    for (qsizetype i = 0; i < a.size() && !r.context().failed(); ++i) {
        const QJsonValue v = a.at(i);
        if (v.isString()) {
            out.append(v.toString());
        } else if (v.isObject()) {
            ObjectReader s(r.context(), v.toObject(), indexPath(r.childPath(key), i));
            const QString name = s.string("name"_L1);
            const QString value = s.string("value"_L1);
            out.append(name.isEmpty() ? value : name + u':' + value);
        } else {
            r.context().fail(indexPath(r.childPath(key), i), u"expected string or object"_s);
        }
    }
    return out;
}

AfterSaleOrderInfo readOrderInfo(ObjectReader &parent)
{
    AfterSaleOrderInfo info;
    ObjectReader r(parent.context(), parent.object("order_info"_L1), parent.childPath("order_info"_L1));
    info.shopOrderId = r.id("shop_order_id"_L1);
    // Detail answers of some SDK versions name the list sku_order_infos.
    const QLatin1StringView key = r.pick("related_order_info"_L1, "sku_order_infos"_L1);
    info.relatedOrders = readObjects<RelatedOrder>(r.context(), r.array(key), r.childPath(key), [](ObjectReader &o) {
        RelatedOrder x;
        x.skuOrderId = o.id("sku_order_id"_L1);
        x.productId = o.id("product_id"_L1);
        x.productName = o.string("product_name"_L1);
        x.productImage = o.string("product_image"_L1);
        x.skuSpec = readSkuSpec(o);
        x.payAmount = o.number("pay_amount"_L1, Num::NonNegative);
        x.itemNum = o.number("item_num"_L1, Num::NonNegative);
        x.orderStatus = o.code("order_status"_L1);
        return x;
    });
    return info;
}

AfterSaleListItem readListItem(ObjectReader &item)
{
    AfterSaleListItem x;
    ParseContext &ctx = item.context();
    ObjectReader r(ctx, item.object("aftersale_info"_L1, Need::Required), item.childPath("aftersale_info"_L1));
    x.aftersaleId = r.id("aftersale_id"_L1, Need::Required);
    x.aftersaleType = r.code("aftersale_type"_L1);
    x.aftersaleStatus = r.code("aftersale_status"_L1, Need::Required);
    x.applyTime = r.number("apply_time"_L1, Num::Time);
    x.updateTime = r.number("update_time"_L1, Num::Time, Need::Required);
    x.statusDeadline = r.number("status_deadline"_L1, Num::Time);
    x.refundAmount = r.number("refund_amount"_L1, Num::NonNegative);
    x.refundPostAmount = r.number("refund_post_amount"_L1, Num::NonNegative);
    x.aftersaleNum = r.number("aftersale_num"_L1, Num::NonNegative);
    x.reasonSecondLabels = readObjects<ReasonLabel>(ctx, r.array("reason_second_labels"_L1),
                                                    r.childPath("reason_second_labels"_L1), [](ObjectReader &l) {
                                                        ReasonLabel label;
                                                        label.code = l.number("code"_L1, Num::Any);
                                                        label.name = l.string("name"_L1);
                                                        return label;
                                                    });
    x.refundType = r.code("refund_type"_L1);
    x.refundStatus = r.code("refund_status"_L1);
    x.arbitrateStatus = r.code("arbitrate_status"_L1);
    x.gotPkg = r.code("got_pkg"_L1);
    x.returnLogisticsCode = r.string("return_logistics_code"_L1);
    x.orderLogistics = readAfterSaleLogistics(r, "order_logistics"_L1);
    x.riskDecisionCode = r.number("risk_decision_code"_L1, Num::Any);
    x.riskDecisionReason = r.string("risk_decision_reason"_L1);
    x.aftersaleTags = readObjects<AfterSaleTag>(ctx, r.array("aftersale_tags"_L1), r.childPath("aftersale_tags"_L1),
                                                [](ObjectReader &t) {
                                                    AfterSaleTag tag;
                                                    tag.tagDetail = t.string("tag_detail"_L1);
                                                    tag.tagDetailText = t.string("tag_detail_text"_L1);
                                                    return tag;
                                                });
    x.autoAuditBits = r.numberList("auto_audit_bits"_L1, Num::Any);
    x.aftersaleStatusToFinalTime = r.number("aftersale_status_to_final_time"_L1, Num::Time);
    x.remark = r.string("remark"_L1);

    x.orderInfo = readOrderInfo(item);
    ObjectReader text(ctx, item.object("text_part"_L1), item.childPath("text_part"_L1));
    x.textPart.reasonText = text.string("reason_text"_L1);
    x.textPart.badItemText = text.string("bad_item_text"_L1);
    x.sellerLogs = item.array("seller_logs"_L1);

    x.raw = item.object();
    x.rawJson = QJsonDocument(x.raw).toJson(QJsonDocument::Compact);
    return x;
}

RecordLog readRecordLog(ObjectReader &r)
{
    RecordLog x;
    x.operatorName = r.string("operator"_L1);
    x.time = r.number("time"_L1, Num::Time);
    x.text = r.string("text"_L1);
    x.images = r.stringList("images"_L1);
    x.action = r.string("action"_L1);
    x.role = r.string("role"_L1);
    return x;
}

// evidence[]: URL strings, or {url, ...} objects.
QStringList readEvidence(ObjectReader &r)
{
    const QLatin1StringView key = "evidence"_L1;
    const QJsonArray a = r.array(key);
    QStringList out;
    for (qsizetype i = 0; i < a.size() && !r.context().failed(); ++i) {
        const QJsonValue v = a.at(i);
        if (v.isString()) {
            out.append(v.toString());
        } else if (v.isObject()) {
            ObjectReader e(r.context(), v.toObject(), indexPath(r.childPath(key), i));
            out.append(e.string("url"_L1, Need::Required));
        } else {
            r.context().fail(indexPath(r.childPath(key), i), u"expected URL string or object"_s);
        }
    }
    return out;
}

} // namespace

core::Result<AfterSaleListItem> parseAfterSaleListItem(const QJsonValue &item, const QString &path)
{
    ParseContext ctx;
    if (!item.isObject()) {
        ctx.fail(path, u"expected object"_s);
        return ctx.error();
    }
    ObjectReader r(ctx, item.toObject(), path);
    AfterSaleListItem x = readListItem(r);
    if (ctx.failed())
        return ctx.error();
    return x;
}

core::Result<AfterSaleListItem> parseAfterSaleListItem(const QByteArray &rawJson)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(rawJson, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return core::Error::make(core::Error::Kind::Malformed, u"item: stored JSON is not an object"_s);
    return parseAfterSaleListItem(QJsonValue(doc.object()), u"item"_s);
}

core::Result<AfterSaleListPage> parseAfterSaleList(const QJsonValue &data)
{
    ParseContext ctx;
    QJsonObject o;
    if (!dataObject(ctx, data, &o))
        return ctx.error();
    ObjectReader r(ctx, o, u"data"_s);
    const QJsonArray items = r.array("items"_L1, Need::Required);
    if (items.size() > kMaxPageItems)
        ctx.fail(r.childPath("items"_L1), u"more than 100 items in one page"_s);
    AfterSaleListPage page;
    page.items = readObjects<AfterSaleListItem>(ctx, items, r.childPath("items"_L1), readListItem);
    const PageInfo info = readPageInfo(r);
    if (ctx.failed())
        return ctx.error();
    page.hasMore = info.hasMore;
    page.total = info.total;
    page.page = info.page;
    page.size = info.size;
    return page;
}

core::Result<AfterSaleDetail> parseAfterSaleDetail(const QJsonValue &data)
{
    ParseContext ctx;
    QJsonObject o;
    if (!dataObject(ctx, data, &o))
        return ctx.error();
    ObjectReader d(ctx, o, u"data"_s);
    ObjectReader p(ctx, d.object("process_info"_L1, Need::Required), d.childPath("process_info"_L1));
    ObjectReader r(ctx, p.object("after_sale_info"_L1, Need::Required), p.childPath("after_sale_info"_L1));
    AfterSaleDetail x;
    x.aftersaleId = r.id(r.pick("after_sale_id"_L1, "aftersale_id"_L1), Need::Required);
    x.aftersaleType = r.code(r.pick("after_sale_type"_L1, "aftersale_type"_L1));
    x.aftersaleStatus = r.code(r.pick("after_sale_status"_L1, "aftersale_status"_L1), Need::Required);
    x.applyTime = r.number("apply_time"_L1, Num::Time);
    x.updateTime = r.number("update_time"_L1, Num::Time, Need::Required);
    x.statusDeadline = r.number("status_deadline"_L1, Num::Time);
    x.refundAmount = r.number("refund_amount"_L1, Num::NonNegative);
    x.refundPostAmount = r.number("refund_post_amount"_L1, Num::NonNegative);
    x.aftersaleNum = r.number(r.pick("after_sale_num"_L1, "aftersale_num"_L1), Num::NonNegative);
    x.refundType = r.code("refund_type"_L1);
    x.refundStatus = r.code("refund_status"_L1);
    x.arbitrateStatus = r.code("arbitrate_status"_L1);
    x.gotPkg = r.code("got_pkg"_L1);
    x.riskDecisionCode = r.number("risk_decision_code"_L1, Num::Any);
    x.riskDecisionReason = r.string("risk_decision_reason"_L1);
    x.aftersaleStatusToFinalTime =
        r.number(r.pick("after_sale_status_to_final_time"_L1, "aftersale_status_to_final_time"_L1), Num::Time);
    x.remark = r.string("remark"_L1);
    x.orderLogistics = readAfterSaleLogistics(r, "order_logistics"_L1);
    x.reasonCode = r.number("reason_code"_L1, Num::Any);
    x.reasonRemark = r.string("reason_remark"_L1);
    x.evidence = readEvidence(r);
    x.returnMethod = r.code("return_method"_L1);
    x.applyRole = r.code("apply_role"_L1);
    x.recordLogs =
        readObjects<RecordLog>(ctx, p.array("record_logs_list"_L1), p.childPath("record_logs_list"_L1), readRecordLog);
    x.shopRemarks = readObjects<ShopRemark>(ctx, r.array("after_sale_shop_remarks"_L1),
                                            r.childPath("after_sale_shop_remarks"_L1), [](ObjectReader &m) {
                                                ShopRemark s;
                                                s.remark = m.string("remark"_L1);
                                                s.createTime = m.number("create_time"_L1, Num::Time);
                                                s.operatorName = m.string("operator"_L1);
                                                return s;
                                            });
    x.arbitrateInfo = p.object("arbitrate_info"_L1);
    x.orderInfo = readOrderInfo(d);
    x.raw = o;
    if (ctx.failed())
        return ctx.error();
    return x;
}

core::Result<OperateResult> parseOperateResult(const QJsonValue &data)
{
    ParseContext ctx;
    QJsonObject o;
    if (!dataObject(ctx, data, &o))
        return ctx.error();
    ObjectReader r(ctx, o, u"data"_s);
    OperateResult result;
    result.items = readObjects<OperateItemResult>(
        ctx, r.array("items"_L1, Need::Required), r.childPath("items"_L1), [](ObjectReader &i) {
            OperateItemResult x;
            x.aftersaleId = i.id("aftersale_id"_L1, Need::Required);
            x.statusCode = i.number("status_code"_L1, Num::Any, Need::Required);
            x.statusMsg = i.string("status_msg"_L1);
            return x;
        });
    if (ctx.failed())
        return ctx.error();
    return result;
}

core::Result<QList<RejectReason>> parseRejectReasons(const QJsonValue &data)
{
    ParseContext ctx;
    QJsonObject o;
    if (!dataObject(ctx, data, &o))
        return ctx.error();
    ObjectReader r(ctx, o, u"data"_s);
    QList<RejectReason> reasons = readObjects<RejectReason>(
        ctx, r.array("items"_L1, Need::Required), r.childPath("items"_L1), [](ObjectReader &i) {
            RejectReason x;
            x.rejectReasonCode = i.number("reject_reason_code"_L1, Num::Any, Need::Required);
            x.reason = i.string("reason"_L1);
            x.evidenceNeed = i.flag("evidence_need"_L1);
            x.evidenceDescription = i.string("evidence_description"_L1);
            x.image = i.string("image"_L1);
            return x;
        });
    if (ctx.failed())
        return ctx.error();
    return reasons;
}

} // namespace anxin::platform

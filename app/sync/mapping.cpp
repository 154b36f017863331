#include "sync/mapping.h"

#include "core/guaranteerules.h"
#include "core/shipping.h"
#include "platform/parsers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace anxin::sync {

namespace {
int known(int v)
{
    return v == platform::kUnknown ? 0 : v;
}

bool hasTag(const platform::AfterSaleListItem &item, QStringView needle)
{
    for (const auto &t : item.aftersaleTags) {
        if (t.tagDetail.contains(needle))
            return true;
    }
    return false;
}
} // namespace

bool isExpressRefund(const platform::AfterSaleListItem &item)
{
    return hasTag(item, u"极速退款");
}

bool isExemptFromScore(const platform::AfterSaleListItem &item)
{
    return hasTag(item, u"豁免体验分");
}

store::TicketRecord toTicketRecord(const platform::AfterSaleListItem &item, const QString &shopId, qint64 fetchedAt)
{
    store::TicketRecord r;
    r.aftersaleId = item.aftersaleId;
    r.shopId = shopId;
    r.shopOrderId = item.orderInfo.shopOrderId;
    r.aftersaleType = known(item.aftersaleType);
    r.aftersaleStatus = item.aftersaleStatus;
    r.refundAmount = item.refundAmount;
    r.refundPostAmount = item.refundPostAmount;
    r.applyTime = item.applyTime;
    r.updateTime = item.updateTime;
    r.statusDeadline = item.statusDeadline;
    r.finalTime = item.aftersaleStatusToFinalTime;
    if (!item.reasonSecondLabels.isEmpty()) {
        r.reasonCode = QString::number(item.reasonSecondLabels.first().code);
        r.reasonText = item.reasonSecondLabels.first().name;
    }
    if (r.reasonText.isEmpty())
        r.reasonText = item.textPart.reasonText;
    r.badItemText = item.textPart.badItemText;
    if (!item.orderInfo.relatedOrders.isEmpty()) {
        const auto &line = item.orderInfo.relatedOrders.first();
        r.productId = line.productId;
        r.productName = line.productName;
        r.skuOrderId = line.skuOrderId;
        r.payAmount = line.payAmount;
        r.itemNum = int(line.itemNum);
    }
    r.refundType = known(item.refundType);
    r.refundStatus = known(item.refundStatus);
    r.arbitrateStatus = known(item.arbitrateStatus);
    r.gotPkg = known(item.gotPkg);
    r.riskDecisionCode = int(item.riskDecisionCode);
    r.riskFlag = item.riskDecisionCode != 0;
    r.exemptFromScore = isExemptFromScore(item);
    r.expressRefund = isExpressRefund(item);
    r.signForTime = platform::signForTime(item);
    QJsonArray tags;
    for (const auto &t : item.aftersaleTags)
        tags.append(t.tagDetail);
    r.tags = QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact));
    r.remark = item.remark;
    r.rawJson = QString::fromUtf8(item.rawJson);
    r.fetchedAt = fetchedAt;
    return r;
}

store::TicketDetailRecord toDetailRecord(const platform::AfterSaleDetail &d, qint64 fetchedAt)
{
    store::TicketDetailRecord r;
    r.aftersaleId = d.aftersaleId;
    r.reasonCode = d.reasonCode ? QString::number(d.reasonCode) : QString();
    r.reasonRemark = d.reasonRemark;
    r.returnMethod = known(d.returnMethod);
    r.applyRole = known(d.applyRole);
    r.arbitrateInfoJson = QString::fromUtf8(QJsonDocument(d.arbitrateInfo).toJson(QJsonDocument::Compact));
    r.rawJson = QString::fromUtf8(QJsonDocument(d.raw).toJson(QJsonDocument::Compact));
    r.fetchedAt = fetchedAt;
    r.updateTime = d.updateTime;
    return r;
}

QList<store::EvidenceRecord> toEvidenceRecords(const platform::AfterSaleDetail &d)
{
    QList<store::EvidenceRecord> out;
    for (int i = 0; i < d.evidence.size(); ++i)
        out.append(store::EvidenceRecord{d.aftersaleId, i, d.evidence.at(i), {}, 0});
    return out;
}

QList<store::PlatformLogRecord> toLogRecords(const platform::AfterSaleDetail &d)
{
    QList<store::PlatformLogRecord> out;
    for (int i = 0; i < d.recordLogs.size(); ++i) {
        const auto &l = d.recordLogs.at(i);
        store::PlatformLogRecord r;
        r.aftersaleId = d.aftersaleId;
        r.seq = i;
        r.operatorName = l.operatorName;
        r.time = l.time;
        r.text = l.text;
        r.action = l.action;
        r.role = l.role;
        r.imagesJson =
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l.images)).toJson(QJsonDocument::Compact));
        out.append(r);
    }
    return out;
}

QList<store::ShopRemarkRecord> toRemarkRecords(const platform::AfterSaleDetail &d)
{
    QList<store::ShopRemarkRecord> out;
    for (int i = 0; i < d.shopRemarks.size(); ++i) {
        const auto &m = d.shopRemarks.at(i);
        out.append(store::ShopRemarkRecord{d.aftersaleId, i, m.remark, m.operatorName, m.createTime});
    }
    return out;
}

store::OrderRecord toOrderRecord(const platform::Order &o, const QString &shopId)
{
    store::OrderRecord r;
    r.orderId = o.orderId;
    r.shopId = o.shopId.isEmpty() ? shopId : o.shopId;
    r.orderStatus = o.orderStatus;
    r.createTime = o.createTime;
    r.payTime = o.payTime;
    r.updateTime = o.updateTime;
    r.expShipTime = o.expShipTime;
    r.shipTime = o.shipTime;
    r.appointmentShipTime = o.appointmentShipTime;
    r.presellType = known(o.presellType);
    // No promise from the platform (and no presale date): the rules' default, marked as ours.
    if (r.expShipTime <= 0 && !(r.presellType != 0 && r.appointmentShipTime > 0)) {
        const auto &rules = core::GuaranteeRules::builtin();
        r.expShipTime =
            core::estimatedShipPromise(r.presellType, r.payTime, rules.defaultShipPromiseS, rules.presaleMaxS);
        r.promiseEstimated = r.expShipTime > 0;
    }
    r.orderAmount = o.orderAmount;
    r.payAmount = o.payAmount;
    r.postAmount = o.postAmount;
    r.maskPostReceiver = o.maskPostReceiver;
    r.maskPostTel = o.maskPostTel;
    r.maskPostAddr = o.maskPostAddr;
    r.encryptPostReceiver = o.encryptPostReceiver;
    r.encryptPostTel = o.encryptPostTel;
    r.encryptPostAddr = o.encryptPostAddrDetail;
    if (!o.logisticsInfo.isEmpty()) {
        r.trackingNo = o.logisticsInfo.first().trackingNo;
        r.companyCode = o.logisticsInfo.first().company;
        r.companyName = o.logisticsInfo.first().companyName;
        if (!r.shipTime)
            r.shipTime = o.logisticsInfo.first().shipTime;
    }
    r.signTime = platform::signForTime(o);
    r.buyerOpenId = o.doudianOpenId;
    for (const auto &s : o.skuOrders) {
        store::OrderLineRecord l;
        l.orderId = o.orderId;
        l.skuOrderId = s.orderId;
        l.productId = s.productId;
        l.productName = s.productName;
        l.firstCid = s.firstCid.toLongLong();
        l.itemNum = int(s.itemNum);
        l.payAmount = s.payAmount;
        l.expShipTime = s.expShipTime;
        l.preSaleType = known(s.preSaleType);
        l.logisticsReceiptTime = s.logisticsReceiptTime;
        r.lines.append(l);
    }
    return r;
}

store::ProductRecord toProductRecord(const platform::ProductDetail &p, const QString &shopId, qint64 fetchedAt)
{
    store::ProductRecord r;
    r.productId = p.productId;
    r.shopId = shopId;
    r.name = p.name;
    r.firstCid = p.firstCid.toLongLong();
    r.firstCname = p.firstCname;
    r.supply7DayReturn = p.supply7dayReturn;
    r.supportAllergyReturn = p.supportAllergyReturnV2;
    r.damagedOrderReturn = p.damagedOrderReturn;
    r.fetchedAt = fetchedAt;
    return r;
}

store::RejectReasonRecord toRejectReasonRecord(const platform::RejectReason &reason, const QString &shopId)
{
    return store::RejectReasonRecord{
        shopId,      int(reason.rejectReasonCode), reason.reason, reason.evidenceNeed, reason.evidenceDescription,
        reason.image};
}

store::ScoreSnapshotRecord toScoreSnapshot(const platform::Reputation &rep, const QString &shopId, const QString &day,
                                           const QByteArray &rawJson, qint64 fetchedAt)
{
    auto value = [](const platform::Score &s) -> std::optional<double> {
        if (!s.ok)
            return std::nullopt;
        // An old shop's 0–5 figure is put on the 0–100 scale so a trend never mixes scales.
        return s.looksFivePointScale ? s.value * 20.0 : s.value;
    };
    store::ScoreSnapshotRecord r;
    r.shopId = shopId;
    r.day = day;
    r.shopScore = value(rep.shopScore);
    r.productScore = value(rep.productScore);
    r.logisticsScore = value(rep.logisticsScore);
    r.serviceScore = value(rep.serviceScore);
    r.rawJson = QString::fromUtf8(rawJson);
    r.fetchedAt = fetchedAt;
    return r;
}

qint64 pickupTimeFromRoute(const platform::TrackRoute &route)
{
    qint64 earliest = 0;
    for (const auto &n : route.nodes) {
        const bool pickup = n.content.contains(u"揽收") || n.stateDescription.contains(u"揽收") ||
                            n.state == QLatin1String("1") ||
                            n.state.compare(QLatin1String("picked_up"), Qt::CaseInsensitive) == 0;
        if (pickup && n.timestamp > 0 && (earliest == 0 || n.timestamp < earliest))
            earliest = n.timestamp;
    }
    return earliest;
}

QList<store::RouteNodeRecord> toRouteNodes(const platform::TrackRoute &route)
{
    QList<store::RouteNodeRecord> out;
    int seq = 0;
    for (const auto &n : route.nodes)
        out << store::RouteNodeRecord{seq++, n.timestamp, n.content, n.state, n.stateDescription};
    return out;
}

TicketWireExtras ticketWireExtras(const QString &rawJson)
{
    TicketWireExtras out;
    auto item = platform::parseAfterSaleListItem(rawJson.toUtf8());
    if (!item)
        return out;
    out.buyerWords = item->textPart.reasonText;
    for (const auto &line : item->orderInfo.relatedOrders)
        out.lines << TicketLine{line.skuOrderId, line.productName, line.skuSpec, line.payAmount, line.itemNum};
    return out;
}

} // namespace anxin::sync

#include "sandbox/ticketengine.h"

#include "sandbox/generator.h"
#include "sandbox/hashing.h"
#include "sandbox/ticketjson.h"

namespace anxin::sandbox {
namespace {

EngineError businessFailed(int sub, const QString &msg)
{
    return EngineError{50002, QStringLiteral("isv.business-failed:%1").arg(sub), msg};
}

EngineError paramInvalid(const QString &field, const QString &msg)
{
    return EngineError{40004, QStringLiteral("isv.parameter-invalid:") + field, msg};
}

bool refundOnly(int type)
{
    return type == 1 || type == 2 || type == 6;
}

bool returnsGoods(int type)
{
    return type == 0 || type == 3 || type == 8;
}

} // namespace

TicketEngine::TicketEngine(World &world)
    : m_world(world)
{}

bool TicketEngine::isRejectType(int type)
{
    return type == 202 || type == 102 || type == 112 || type == 302;
}

bool TicketEngine::isKnownType(int type)
{
    switch (type) {
    case 201:
    case 202:
    case 101:
    case 102:
    case 111:
    case 112:
    case 301:
    case 302:
    case 311:
        return true;
    default:
        return false;
    }
}

void TicketEngine::rebuildEvents()
{
    m_events = {};
    for (quint32 i = 0; i < m_world.tickets.size(); ++i)
        schedule(i);
}

quint32 TicketEngine::nextEventTime(const Ticket &t) const
{
    if (t.finalTime != 0 || t.deadline == 0)
        return 0;
    const quint32 decide = t.deadline + quint32(kAutoDecideGraceSecs);
    if (t.status == 7 && t.returnShipAt != 0 && !(t.flags & kFlagReturnShipped) && t.returnShipAt < decide)
        return t.returnShipAt;
    return decide;
}

void TicketEngine::schedule(quint32 ticket)
{
    const quint32 at = nextEventTime(m_world.tickets[ticket]);
    if (at != 0)
        m_events.push(Event{at, ticket});
}

int TicketEngine::advanceTo(qint64 now)
{
    int fired = 0;
    while (!m_events.empty() && qint64(m_events.top().time) <= now) {
        const Event e = m_events.top();
        m_events.pop();
        if (nextEventTime(m_world.tickets[e.ticket]) != e.time)
            continue; // stale: the ticket changed since this was queued
        fire(e.ticket, e.time);
        ++fired;
        schedule(e.ticket);
    }
    return fired;
}

void TicketEngine::bump(Ticket &t, qint64 now)
{
    // update_time is the optimistic version: every accepted change moves it forward, even within a second.
    t.updateTime = quint32(std::max<qint64>(now, qint64(t.updateTime) + 1));
    Order &o = m_world.orders[t.order];
    o.updateTime = std::max(o.updateTime, t.updateTime);
}

void TicketEngine::enterStep(Ticket &t, int status, qint64 at)
{
    t.status = quint8(status);
    t.stepStart = quint32(at);
    t.deadline = quint32(at + Generator::stepSecs(t));
}

void TicketEngine::finish(Ticket &t, int status, qint64 at)
{
    t.status = quint8(status);
    t.deadline = 0;
    t.finalTime = quint32(std::max<qint64>(at, 1));
    t.stepStart = quint32(at);
    if (status == 12) {
        t.refundStatus = 3;
        if (t.refundAmount == 0)
            t.refundAmount = m_world.orders[t.order].lines[t.line].payAmount;
    } else if (status == 27 || status == 28 || status == 29 || status == 14) {
        t.refundStatus = t.refundStatus == 3 ? 3 : 4;
    }
    if (t.type == 2)
        settleUnshippedOrder(t, status, at);
}

void TicketEngine::settleUnshippedOrder(const Ticket &t, int status, qint64 at)
{
    Order &o = m_world.orders[t.order];
    if (o.status != 2 || o.shipTime)
        return; // shipped meanwhile (an interception's business), or not awaiting shipment
    if (status == 12 && o.lineCount == 1) {
        o.status = 4; // its only line refunded: the platform cancels the order, nothing is left to ship
        o.updateTime = quint32(std::max<qint64>(o.updateTime, at));
        return;
    }
    if (m_released)
        m_released(t.order, at);
}

void TicketEngine::planBuyerShipping(Ticket &t, qint64 now)
{
    // Most buyers ship within three days; one in five never does (the ticket closes at its deadline).
    const quint64 k = mix64(m_world.seed, quint64(t.id) ^ t.updateTime);
    t.returnShipAt = pick(k, 5) == 0 ? 0 : quint32(now + kHour + qint64(pick(k >> 8, quint32(3 * kDay))));
}

void TicketEngine::materialiseLogs(quint32 ticket)
{
    // Freeze the derived history before the ticket changes; later entries are appended to it.
    TicketExtra &x = m_world.extras[ticket];
    if (!x.logsMaterialised) {
        x.logs = TicketJson::recordLogs(m_world, ticket);
        x.logsMaterialised = true;
    }
}

void TicketEngine::log(quint32 ticket, RecordLog entry)
{
    materialiseLogs(ticket);
    m_world.extras[ticket].logs.push_back(std::move(entry));
}

void TicketEngine::fire(quint32 ticket, quint32 at)
{
    materialiseLogs(ticket);
    Ticket &t = m_world.tickets[ticket];
    const QString platform = QStringLiteral("平台");
    if (t.status == 7 && t.returnShipAt == at && !(t.flags & kFlagReturnShipped)) {
        t.flags |= kFlagReturnShipped;
        enterStep(t, 11, at);
        bump(t, at);
        log(ticket, {QStringLiteral("买家"),
                     at,
                     QStringLiteral("买家已寄回商品，物流单号 ") + TicketJson::returnTrackingNo(t),
                     {},
                     QStringLiteral("return_ship"),
                     1});
        return;
    }
    QString text;
    QString action = QStringLiteral("auto_decide");
    switch (t.status) {
    case 6:
        if (refundOnly(t.type)) {
            finish(t, 12, at);
            text = QStringLiteral("商家超时未处理，平台自动同意退款");
        } else if (t.type == 7) {
            enterStep(t, 13, at);
            text = QStringLiteral("商家超时未处理，平台自动同意补寄");
        } else {
            enterStep(t, 7, at);
            planBuyerShipping(t, at);
            text = QStringLiteral("商家超时未处理，平台自动同意退货，退货地址为店铺默认地址");
        }
        break;
    case 7:
        finish(t, 28, at);
        text = QStringLiteral("买家超时未寄回商品，售后关闭");
        break;
    case 11:
        if (t.type == 0) {
            finish(t, 12, at);
            text = QStringLiteral("商家超时未确认收货，平台自动确认收货并退款");
        } else {
            enterStep(t, 13, at);
            text = QStringLiteral("商家超时未确认收货，平台自动确认收货，等待商家换新发出");
        }
        break;
    case 13:
        finish(t, 14, at);
        text = QStringLiteral("买家超时未确认，系统自动确认收货，售后完成");
        break;
    default: // 27/29 under arbitration: the platform rules for the buyer when the merchant adds nothing
        t.arbitrate = 2;
        finish(t, 12, at);
        text = QStringLiteral("平台仲裁：支持买家，已退款");
        action = QStringLiteral("arbitrate");
        break;
    }
    t.flags |= kFlagAutoDecided;
    bump(t, at);
    log(ticket, {platform, at, text, {}, action, 3});
}

std::optional<EngineError> TicketEngine::validate(int type, const OperateItem &item) const
{
    const Ticket &t = m_world.tickets[quint32(item.ticket)];
    if (isRejectType(type)) {
        if (!item.hasRejectCode)
            return paramInvalid(QStringLiteral("reject_reason_code"),
                                QStringLiteral("拒绝时必须填写 reject_reason_code"));
        const RejectReason *rr = catalogue::rejectReason(item.rejectReasonCode);
        if (!rr)
            return paramInvalid(QStringLiteral("reject_reason_code"), QStringLiteral("未知的拒绝原因编码"));
        if (item.reason.trimmed().isEmpty())
            return paramInvalid(QStringLiteral("reason"), QStringLiteral("拒绝时必须填写 reason"));
        if (item.remark.trimmed().isEmpty())
            return paramInvalid(QStringLiteral("remark"), QStringLiteral("拒绝时必须填写 remark"));
        if (rr->evidenceNeed && item.evidenceUrls.isEmpty())
            return paramInvalid(QStringLiteral("evidence"), QStringLiteral("该拒绝原因需要上传凭证 (evidence_need=Y)"));
    }
    const bool needsAddress = type == 101 || (type == 301 && t.type != 7);
    if (needsAddress && item.receiverAddressId <= 0)
        return paramInvalid(QStringLiteral("logistics.receiver_address_id"),
                            QStringLiteral("同意退货需要退货地址 receiver_address_id"));
    if (item.hasUpdateTime && item.updateTime != qint64(t.updateTime))
        return businessFailed(20309541, QStringLiteral("售后单状态已变更，请刷新后重试"));
    bool allowed = false;
    switch (type) {
    case 201:
    case 202:
        allowed = t.status == 6 && refundOnly(t.type);
        break;
    case 101:
    case 102:
        allowed = t.status == 6 && t.type == 0;
        break;
    case 111:
        allowed = t.status == 11 && t.type == 0;
        break;
    case 112:
        allowed = t.status == 11 && returnsGoods(t.type);
        break;
    case 301:
    case 302:
        allowed = t.status == 6 && (t.type == 3 || t.type == 7 || t.type == 8);
        break;
    case 311:
        allowed = t.status == 11 && (t.type == 3 || t.type == 8);
        break;
    default:
        break;
    }
    if (!allowed || t.finalTime != 0)
        return businessFailed(
            20309542, QStringLiteral("当前售后状态(%1)或类型(%2)不允许该操作(%3)").arg(t.status).arg(t.type).arg(type));
    return std::nullopt;
}

void TicketEngine::apply(int type, const OperateItem &item, qint64 now, const QString &operatorName)
{
    const quint32 idx = quint32(item.ticket);
    materialiseLogs(idx);
    Ticket &t = m_world.tickets[idx];
    QString text;
    QString action;
    switch (type) {
    case 201:
        finish(t, 12, now);
        text = QStringLiteral("商家同意退款");
        action = QStringLiteral("agree_refund");
        break;
    case 101:
        enterStep(t, 7, now);
        text = QStringLiteral("商家同意退货，退货地址已发送给买家");
        action = QStringLiteral("agree_return");
        break;
    case 111:
        finish(t, 12, now);
        text = QStringLiteral("商家确认收货并退款");
        action = QStringLiteral("confirm_receipt_refund");
        break;
    case 301:
        enterStep(t, t.type == 7 ? 13 : 7, now);
        text = t.type == 7 ? QStringLiteral("商家同意补寄，已重新发货") : QStringLiteral("商家同意换货，等待买家寄回");
        action = QStringLiteral("agree_exchange");
        break;
    case 311:
        enterStep(t, 13, now);
        text = QStringLiteral("商家确认收货并重新发货");
        action = QStringLiteral("confirm_receipt_reship");
        break;
    case 112:
        finish(t, 29, now);
        text = QStringLiteral("商家收货后拒绝");
        action = QStringLiteral("reject_after_receipt");
        break;
    default:
        finish(t, 27, now);
        text = QStringLiteral("商家拒绝申请");
        action = QStringLiteral("reject");
        break;
    }
    t.flags |= kFlagMerchantActed;
    t.flags &= quint8(~kFlagAutoDecided);
    bump(t, now);
    if (t.status == 7)
        planBuyerShipping(t, now);
    if (isRejectType(type)) {
        const RejectReason *rr = catalogue::rejectReason(item.rejectReasonCode);
        text += QStringLiteral("：") + QString::fromUtf8(rr->reason) + QStringLiteral("（") + item.remark +
                QStringLiteral("）");
    } else if (!item.remark.isEmpty()) {
        text += QStringLiteral("，备注：") + item.remark;
    }
    log(idx, {operatorName, t.updateTime, text, item.evidenceUrls, action, 2});
    TicketExtra &x = m_world.extras[idx];
    if (isRejectType(type)) {
        x.rejectCode = item.rejectReasonCode;
        x.rejectReason = item.reason;
        x.merchantEvidence += item.evidenceUrls;
    }
    if (!item.remark.isEmpty())
        x.remark = item.remark;
    if (item.receiverAddressId > 0)
        x.receiverAddressId = item.receiverAddressId;
    schedule(idx);
}

std::optional<EngineError> TicketEngine::timeExtend(quint32 ticket, qint64 now)
{
    Ticket &t = m_world.tickets[ticket];
    if ((t.status != 7 && t.status != 11) || t.finalTime != 0)
        return businessFailed(20309543, QStringLiteral("仅在待买家退货或待商家收货时可以延长收货时间"));
    if (t.flags & kFlagExtended)
        return businessFailed(20309544, QStringLiteral("每个售后单只能延长一次"));
    const qint64 remaining = qint64(t.deadline) - now;
    if (remaining <= 0 || remaining > kExtendWindowSecs)
        return businessFailed(20309545, QStringLiteral("剩余时间不足2天时才可以延长（当前剩余 %1 秒）").arg(remaining));
    materialiseLogs(ticket);
    t.deadline += quint32(kExtendSecs);
    t.flags |= kFlagExtended;
    bump(t, now);
    log(ticket, {QStringLiteral("商家客服"),
                 t.updateTime,
                 QStringLiteral("商家延长收货时间 7 天"),
                 {},
                 QStringLiteral("time_extend"),
                 2});
    schedule(ticket);
    return std::nullopt;
}

void TicketEngine::addRemark(quint32 ticket, const QString &text, qint64 now, const QString &operatorName)
{
    Ticket &t = m_world.tickets[ticket];
    materialiseLogs(ticket);
    bump(t, now);
    m_world.extras[ticket].remarks.push_back(ShopRemark{text, qint64(t.updateTime), operatorName});
}

std::optional<EngineError> TicketEngine::submitEvidence(quint32 ticket, const QString &comment, const QStringList &urls,
                                                        qint64 now)
{
    Ticket &t = m_world.tickets[ticket];
    const bool arbitrating = t.arbitrate == 1;
    if (t.finalTime != 0 && !arbitrating)
        return businessFailed(20309542, QStringLiteral("售后单已完结，不能补充凭证"));
    materialiseLogs(ticket);
    bump(t, now);
    TicketExtra &x = m_world.extras[ticket];
    x.merchantEvidence += urls;
    x.merchantComment = comment;
    log(ticket, {QStringLiteral("商家客服"), t.updateTime, QStringLiteral("商家补充凭证：") + comment, urls,
                 QStringLiteral("submit_evidence"), 2});
    return std::nullopt;
}

} // namespace anxin::sandbox

// afterSale.* methods (contract §5).
#include "sandbox/hashing.h"
#include "sandbox/jsonparams.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/ticketjson.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace anxin::sandbox {
namespace {

constexpr qint64 kMaxPageSize = 100;
constexpr qint64 kMaxOffset = 50000;
constexpr int kMaxOperateItems = 20;
constexpr int kMaxRemarkChars = 500; // afterSale.addOrderRemark (contract §5)

enum class SortKey
{
    Deadline,
    Apply,
    Update
};

struct SortSpec
{
    SortKey key;
    bool asc;
};

quint32 sortValue(const Ticket &t, SortKey k)
{
    switch (k) {
    case SortKey::Deadline:
        return t.deadline;
    case SortKey::Apply:
        return t.applyTime;
    default:
        return t.updateTime;
    }
}

// Parses "<field> <asc|desc>" entries; returns false on an unknown field or direction.
bool parseOrderBy(const QJsonValue &v, QList<SortSpec> *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    QJsonArray arr;
    if (v.isString())
        arr.append(v);
    else if (v.isArray())
        arr = v.toArray();
    else
        return false;
    for (const QJsonValue &e : arr) {
        const QStringList parts = e.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty() || parts.size() > 2)
            return false;
        SortSpec s{SortKey::Apply, false};
        if (parts[0] == QLatin1String("status_deadline"))
            s.key = SortKey::Deadline;
        else if (parts[0] == QLatin1String("apply_time"))
            s.key = SortKey::Apply;
        else if (parts[0] == QLatin1String("update_time"))
            s.key = SortKey::Update;
        else
            return false;
        if (parts.size() == 2) {
            if (parts[1] == QLatin1String("asc"))
                s.asc = true;
            else if (parts[1] != QLatin1String("desc"))
                return false;
        }
        out->append(s);
    }
    return true;
}

// Paging rules shared by List and order.searchList: page from 0, size 1..100, page*size <= 50000.
ApiReply pageParams(const QJsonObject &p, qint64 *page, qint64 *size)
{
    *page = 0;
    *size = 10;
    if (params::integer(p, "page", page) == params::Get::Invalid || *page < 0)
        return ApiReply::invalidParam(QStringLiteral("page"), QStringLiteral("page 从 0 开始"));
    if (params::integer(p, "size", size) == params::Get::Invalid || *size < 1 || *size > kMaxPageSize)
        return ApiReply::invalidParam(QStringLiteral("size"), QStringLiteral("size 取值 1-100"));
    if (*page * *size > kMaxOffset)
        return ApiReply::invalidParam(QStringLiteral("page"),
                                      QStringLiteral("page*size 不能超过 50000，请缩小时间范围分段查询"));
    return ApiReply::success();
}

} // namespace

ApiReply pagingParams(const QJsonObject &p, qint64 *page, qint64 *size)
{
    return pageParams(p, page, size);
}

ApiReply SandboxApi::afterSaleList(const VerifiedCall &call)
{
    const QJsonObject &p = call.params;
    qint64 page = 0;
    qint64 size = 0;
    if (ApiReply r = pageParams(p, &page, &size); !r.ok())
        return r;
    QList<SortSpec> order;
    if (!parseOrderBy(p.value(QLatin1String("order_by")), &order))
        return ApiReply::invalidParam(
            QStringLiteral("order_by"),
            QStringLiteral("order_by 形如 \"status_deadline|apply_time|update_time asc|desc\""));
    qint64 id = 0, orderId = 0, type = -1, start = 0, end = 0, ustart = 0, uend = 0, amin = -1, amax = -1, risk = -1;
    QList<qint64> statuses, arbitrates;
    const auto bad = [](const char *field) {
        return ApiReply::invalidParam(QLatin1String(field), QLatin1String(field) + QStringLiteral(" 格式错误"));
    };
    if (params::id(p, "aftersale_id", &id) == params::Get::Invalid)
        return bad("aftersale_id");
    if (params::id(p, "order_id", &orderId) == params::Get::Invalid)
        return bad("order_id");
    if (params::integer(p, "aftersale_type", &type) == params::Get::Invalid)
        return bad("aftersale_type");
    if (params::integerList(p, "standard_aftersale_status", &statuses) == params::Get::Invalid)
        return bad("standard_aftersale_status");
    if (params::integerList(p, "arbitrate_status", &arbitrates) == params::Get::Invalid)
        return bad("arbitrate_status");
    if (params::integer(p, "start_time", &start) == params::Get::Invalid)
        return bad("start_time");
    if (params::integer(p, "end_time", &end) == params::Get::Invalid)
        return bad("end_time");
    if (params::integer(p, "update_start_time", &ustart) == params::Get::Invalid)
        return bad("update_start_time");
    if (params::integer(p, "update_end_time", &uend) == params::Get::Invalid)
        return bad("update_end_time");
    if (params::integer(p, "amount_start", &amin) == params::Get::Invalid)
        return bad("amount_start");
    if (params::integer(p, "amount_end", &amax) == params::Get::Invalid)
        return bad("amount_end");
    if (params::integer(p, "risk_flag", &risk) == params::Get::Invalid)
        return bad("risk_flag");
    if ((ustart || uend) && !(order.size() == 1 && order[0].key == SortKey::Update && order[0].asc))
        return ApiReply::invalidParam(QStringLiteral("order_by"),
                                      QStringLiteral("按更新时间查询时 order_by 必须为 [\"update_time asc\"]"));
    if (order.isEmpty())
        order.append(SortSpec{SortKey::Apply, false});

    const World &w = m_state.world();
    std::vector<quint32> hits;
    const auto matches = [&](const Ticket &t) {
        if (orderId && w.orders[t.order].id != orderId)
            return false;
        if (type >= 0 && t.type != type)
            return false;
        if (!statuses.isEmpty() && !statuses.contains(qint64(t.status)))
            return false;
        if (!arbitrates.isEmpty() && !arbitrates.contains(qint64(t.arbitrate)))
            return false;
        if (start && t.applyTime < start)
            return false;
        if (end && t.applyTime >= end)
            return false;
        if (ustart && t.updateTime < ustart)
            return false;
        if (uend && t.updateTime >= uend)
            return false;
        if (amin >= 0 && t.refundAmount < amin)
            return false;
        if (amax >= 0 && t.refundAmount > amax)
            return false;
        if (risk == 1 && t.risk == 0)
            return false;
        if (risk == 0 && t.risk != 0)
            return false;
        return true;
    };
    if (id) {
        const int idx = w.findTicket(id);
        if (idx >= 0 && w.tickets[size_t(idx)].shop == call.shop && matches(w.tickets[size_t(idx)]))
            hits.push_back(quint32(idx));
    } else {
        for (quint32 idx : w.shopTickets[size_t(call.shop)]) {
            if (matches(w.tickets[idx]))
                hits.push_back(idx);
        }
    }
    // Ties go by id, or (the "crowded_second" fault) by a salt that changes on every call.
    const quint64 salt = m_state.itemFaults().unstableTies() ? m_state.itemFaults().nextTieSalt() : 0;
    const auto tieKey = [salt](qint64 id) { return salt ? mix64(salt, quint64(id)) : quint64(id); };
    const auto less = [&](quint32 a, quint32 b) {
        const Ticket &x = w.tickets[a];
        const Ticket &y = w.tickets[b];
        for (const SortSpec &s : order) {
            const quint32 vx = sortValue(x, s.key);
            const quint32 vy = sortValue(y, s.key);
            if (vx != vy)
                return s.asc ? vx < vy : vx > vy;
        }
        const quint64 kx = tieKey(x.id), ky = tieKey(y.id);
        return kx != ky ? kx < ky : x.id < y.id;
    };
    const size_t total = hits.size();
    const size_t from = size_t(page * size);
    const size_t to = std::min(total, from + size_t(size));
    QJsonArray items;
    if (from < total) {
        std::partial_sort(hits.begin(), hits.begin() + qsizetype(to), hits.end(), less);
        const TicketJson json(w, m_state.baseUrl(), m_state.imageBaseUrl());
        for (size_t i = from; i < to; ++i)
            items.append(json.listItem(hits[i]));
    }
    return ApiReply::success(QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("has_more"), to < total},
                                         {QStringLiteral("total"), qint64(total)},
                                         {QStringLiteral("page"), page},
                                         {QStringLiteral("size"), size}});
}

ApiReply SandboxApi::afterSaleDetail(const VerifiedCall &call)
{
    ApiReply err;
    const int idx = ticketParam(call, "after_sale_id", &err);
    if (idx < 0)
        return err;
    bool records = true;
    if (params::boolean(call.params, "need_operation_record", &records) == params::Get::Invalid)
        return ApiReply::invalidParam(QStringLiteral("need_operation_record"),
                                      QStringLiteral("need_operation_record 必须为布尔值"));
    return ApiReply::success(
        TicketJson(m_state.world(), m_state.baseUrl(), m_state.imageBaseUrl()).detail(quint32(idx), records));
}

ApiReply SandboxApi::afterSaleOperate(const VerifiedCall &call)
{
    const QJsonObject &p = call.params;
    qint64 type = 0;
    if (params::integer(p, "type", &type) != params::Get::Ok)
        return ApiReply::missingParam(QStringLiteral("type"));
    if (!TicketEngine::isKnownType(int(type)))
        return ApiReply::invalidParam(QStringLiteral("type"), QStringLiteral("不支持的操作类型 %1").arg(type));
    const QJsonValue itemsValue = p.value(QLatin1String("items"));
    if (!itemsValue.isArray() || itemsValue.toArray().isEmpty())
        return ApiReply::missingParam(QStringLiteral("items"));
    const QJsonArray arr = itemsValue.toArray();
    if (arr.size() > kMaxOperateItems)
        return ApiReply::invalidParam(QStringLiteral("items"),
                                      QStringLiteral("单次最多操作 20 个售后单，本次 %1 个").arg(arr.size()));
    // Parse and check every item before changing anything: all or nothing.
    std::vector<OperateItem> items;
    QSet<qint64> seen;
    World &w = m_state.world();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        OperateItem item;
        if (params::id(o, "aftersale_id", &item.aftersaleId) != params::Get::Ok)
            return ApiReply::invalidParam(QStringLiteral("items.aftersale_id"),
                                          QStringLiteral("aftersale_id 缺失或格式错误"));
        if (seen.contains(item.aftersaleId))
            return ApiReply::invalidParam(QStringLiteral("items.aftersale_id"),
                                          QStringLiteral("售后单 %1 重复").arg(item.aftersaleId));
        seen.insert(item.aftersaleId);
        item.ticket = w.findTicket(item.aftersaleId);
        if (item.ticket < 0 || w.tickets[size_t(item.ticket)].shop != call.shop)
            return ApiReply::invalidParam(QStringLiteral("items.aftersale_id"),
                                          QStringLiteral("售后单不存在: %1").arg(item.aftersaleId));
        params::string(o, "reason", &item.reason);
        params::string(o, "remark", &item.remark);
        qint64 code = 0;
        const params::Get rc = params::integer(o, "reject_reason_code", &code);
        if (rc == params::Get::Invalid)
            return ApiReply::invalidParam(QStringLiteral("items.reject_reason_code"),
                                          QStringLiteral("reject_reason_code 必须是整数"));
        item.hasRejectCode = rc == params::Get::Ok;
        item.rejectReasonCode = int(code);
        for (const QJsonValue &e : o.value(QLatin1String("evidence")).toArray()) {
            const QString url = e.isString() ? e.toString() : e.toObject().value(QLatin1String("url")).toString();
            if (url.isEmpty())
                return ApiReply::invalidParam(QStringLiteral("items.evidence"),
                                              QStringLiteral("evidence 每项需要 url"));
            item.evidenceUrls << url;
        }
        const QJsonObject logistics = o.value(QLatin1String("logistics")).toObject();
        if (params::id(logistics, "receiver_address_id", &item.receiverAddressId) == params::Get::Invalid)
            return ApiReply::invalidParam(QStringLiteral("items.logistics.receiver_address_id"),
                                          QStringLiteral("receiver_address_id 格式错误"));
        const params::Get ut = params::integer(o, "update_time", &item.updateTime);
        if (ut == params::Get::Invalid)
            return ApiReply::invalidParam(QStringLiteral("items.update_time"),
                                          QStringLiteral("update_time 必须是整数秒"));
        item.hasUpdateTime = ut == params::Get::Ok;
        items.push_back(item);
    }
    TicketEngine &engine = m_state.engine();
    ItemFaults &itemFaults = m_state.itemFaults();
    for (size_t i = 0; i < items.size(); ++i) {
        auto e = engine.validate(int(type), items[i]);
        if (!e) {
            if (const auto refusal = itemFaults.operateRefusal(items[i].aftersaleId, int(i), int(items.size())))
                e = EngineError{refusal->code, refusal->subCode, refusal->message};
        }
        if (e) {
            ApiReply r =
                ApiReply::error(e->code, e->subCode,
                                QStringLiteral("售后单 %1：%2（整批未执行）").arg(items[i].aftersaleId).arg(e->subMsg));
            QJsonArray per;
            for (size_t j = 0; j < items.size(); ++j) {
                per.append(QJsonObject{{QStringLiteral("aftersale_id"), QString::number(items[j].aftersaleId)},
                                       {QStringLiteral("status_code"), j == i ? e->code : -1},
                                       {QStringLiteral("status_msg"), j == i ? e->subMsg : QStringLiteral("未执行")}});
            }
            r.data.insert(QStringLiteral("items"), per);
            return r;
        }
    }
    const qint64 now = m_state.clock().nowSecs();
    if (itemFaults.takeAnswerWithoutItems()) {
        // A partial success answered without per-item results: all but the last item applied.
        for (size_t i = 0; i + 1 < items.size(); ++i)
            engine.apply(int(type), items[i], now, QStringLiteral("商家客服"));
        ++m_state.counters().writesApplied;
        m_state.counters().operateItemsApplied += qint64(items.size()) - 1;
        ApiReply r = ApiReply::success(QJsonObject());
        r.code = 10001;
        return r;
    }
    QJsonArray out;
    for (const OperateItem &item : items) {
        engine.apply(int(type), item, now, QStringLiteral("商家客服"));
        const Ticket &t = w.tickets[size_t(item.ticket)];
        out.append(QJsonObject{{QStringLiteral("aftersale_id"), QString::number(item.aftersaleId)},
                               {QStringLiteral("status_code"), 0},
                               {QStringLiteral("status_msg"), QStringLiteral("success")},
                               {QStringLiteral("aftersale_status"), int(t.status)},
                               {QStringLiteral("update_time"), qint64(t.updateTime)}});
    }
    ++m_state.counters().writesApplied;
    m_state.counters().operateItemsApplied += qint64(items.size());
    return ApiReply::success(QJsonObject{{QStringLiteral("items"), out}});
}

ApiReply SandboxApi::rejectReasonCodeList(const VerifiedCall &call)
{
    if (call.params.contains(QLatin1String("aftersale_id"))) {
        ApiReply err;
        if (ticketParam(call, "aftersale_id", &err) < 0)
            return err;
    }
    QJsonArray items;
    for (const RejectReason &r : catalogue::rejectReasons()) {
        items.append(QJsonObject{
            {QStringLiteral("reject_reason_code"), r.code},
            {QStringLiteral("reason"), QString::fromUtf8(r.reason)},
            {QStringLiteral("evidence_need"), r.evidenceNeed ? QStringLiteral("Y") : QStringLiteral("N")},
            {QStringLiteral("evidence_description"), QString::fromUtf8(r.evidenceDescription)},
            {QStringLiteral("image"),
             r.evidenceNeed
                 ? QString(m_state.baseUrl() + QStringLiteral("/__sandbox/images/reject%1/1.png").arg(r.code))
                 : QString()}});
    }
    return ApiReply::success(QJsonObject{{QStringLiteral("items"), items}});
}

ApiReply SandboxApi::timeExtend(const VerifiedCall &call)
{
    ApiReply err;
    const int idx = ticketParam(call, "aftersale_id", &err);
    if (idx < 0)
        return err;
    if (const auto e = m_state.engine().timeExtend(quint32(idx), m_state.clock().nowSecs()))
        return ApiReply::error(e->code, e->subCode, e->subMsg);
    ++m_state.counters().writesApplied;
    const Ticket &t = m_state.world().tickets[size_t(idx)];
    return ApiReply::success(QJsonObject{{QStringLiteral("status_deadline"), qint64(t.deadline)},
                                         {QStringLiteral("update_time"), qint64(t.updateTime)}});
}

ApiReply SandboxApi::addOrderRemark(const VerifiedCall &call)
{
    ApiReply err;
    const int idx = ticketParam(call, "after_sale_id", &err);
    if (idx < 0)
        return err;
    const Ticket &t = m_state.world().tickets[size_t(idx)];
    // order_id is optional; given (as a string or a number), it must be the ticket's order.
    const QJsonValue orderId = call.params.value(QLatin1String("order_id"));
    if (!orderId.isUndefined() && !orderId.isNull()) {
        const qint64 id = orderId.isString() ? orderId.toString().toLongLong() : orderId.toInteger();
        if (id != m_state.world().orders[t.order].id)
            return ApiReply::invalidParam(QStringLiteral("order_id"), QStringLiteral("订单号与售后单不匹配"));
    }
    QString remark;
    if (params::string(call.params, "remark", &remark) != params::Get::Ok || remark.trimmed().isEmpty())
        return ApiReply::missingParam(QStringLiteral("remark"));
    if (remark.size() > kMaxRemarkChars)
        return ApiReply::invalidParam(
            QStringLiteral("remark"),
            QStringLiteral("备注最多 %1 个字，本次 %2 个").arg(kMaxRemarkChars).arg(remark.size()));
    m_state.engine().addRemark(quint32(idx), remark, m_state.clock().nowSecs(), QStringLiteral("商家客服"));
    ++m_state.counters().writesApplied;
    return ApiReply::success(QJsonObject{});
}

ApiReply SandboxApi::submitEvidence(const VerifiedCall &call)
{
    ApiReply err;
    const int idx = ticketParam(call, "aftersale_id", &err);
    if (idx < 0)
        return err;
    QString comment;
    params::string(call.params, "comment", &comment);
    const QJsonValue ev = call.params.value(QLatin1String("evidence"));
    if (!ev.isArray() || ev.toArray().isEmpty())
        return ApiReply::missingParam(QStringLiteral("evidence"));
    if (ev.toArray().size() > 4)
        return ApiReply::invalidParam(QStringLiteral("evidence"), QStringLiteral("最多上传 4 个凭证"));
    QStringList urls;
    for (const QJsonValue &e : ev.toArray()) {
        const QString url = e.isString() ? e.toString() : e.toObject().value(QLatin1String("url")).toString();
        if (url.isEmpty())
            return ApiReply::invalidParam(QStringLiteral("evidence"), QStringLiteral("evidence 必须是 url 列表"));
        urls << url;
    }
    if (const auto e = m_state.engine().submitEvidence(quint32(idx), comment, urls, m_state.clock().nowSecs()))
        return ApiReply::error(e->code, e->subCode, e->subMsg);
    ++m_state.counters().writesApplied;
    return ApiReply::success(
        QJsonObject{{QStringLiteral("update_time"), qint64(m_state.world().tickets[size_t(idx)].updateTime)}});
}

} // namespace anxin::sandbox

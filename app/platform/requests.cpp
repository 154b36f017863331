#include "platform/requests.h"

#include <QJsonArray>

namespace anxin::platform {
namespace {

using namespace Qt::Literals::StringLiterals;

core::Error usage(const QString &message)
{
    return core::Error::make(core::Error::Kind::Usage, message);
}

// Collects the first validation failure while the object is built.
class Builder
{
public:
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    bool failed() const { return !m_error.isEmpty(); }

    void requiredId(QLatin1StringView key, const QString &id)
    {
        if (!isValidId(id))
            fail(key + u": expected id of 1 to 19 decimal digits"_s);
        m_o.insert(key, id);
    }
    void optionalId(QLatin1StringView key, const QString &id)
    {
        if (!id.isEmpty())
            requiredId(key, id);
    }
    void requiredText(QLatin1StringView key, const QString &text)
    {
        if (text.isEmpty())
            fail(key + u": required"_s);
        m_o.insert(key, text);
    }
    void optionalText(QLatin1StringView key, const QString &text)
    {
        if (!text.isEmpty())
            m_o.insert(key, text);
    }
    template <class T>
    void optional(QLatin1StringView key, const std::optional<T> &v)
    {
        if (v)
            m_o.insert(key, *v);
    }
    void optionalTime(QLatin1StringView key, const std::optional<qint64> &v)
    {
        if (v && *v < 0)
            fail(key + u": negative time"_s);
        optional(key, v);
    }
    void intList(QLatin1StringView key, const QList<int> &values)
    {
        if (values.isEmpty())
            return;
        QJsonArray a;
        for (int v : values)
            a.append(v);
        m_o.insert(key, a);
    }
    void paging(int page, int size)
    {
        if (page < 0)
            fail(u"page: must be >= 0"_s);
        if (size < 1 || size > kMaxPageSize)
            fail(u"size: must be 1 to 100"_s);
        if (qint64(page) * size > kMaxPageWindow)
            fail(u"page * size: must be <= 50000 (split by time window)"_s);
        m_o.insert("page"_L1, page);
        m_o.insert("size"_L1, size);
    }
    QJsonObject &object() { return m_o; }

    core::Result<QJsonObject> result() const
    {
        if (failed())
            return usage(m_error);
        return m_o;
    }

private:
    QJsonObject m_o;
    QString m_error;
};

QString sortText(AfterSaleListRequest::Sort sort)
{
    QString field;
    switch (sort.field) {
    case AfterSaleListRequest::SortField::StatusDeadline:
        field = u"status_deadline"_s;
        break;
    case AfterSaleListRequest::SortField::ApplyTime:
        field = u"apply_time"_s;
        break;
    case AfterSaleListRequest::SortField::UpdateTime:
        field = u"update_time"_s;
        break;
    }
    return field + (sort.ascending ? u" asc"_s : u" desc"_s);
}

} // namespace

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 19)
        return false;
    for (QChar c : id) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isRejectOperation(OperateType type)
{
    return type == OperateType::RejectReturn || type == OperateType::RejectAfterReceipt ||
           type == OperateType::RejectRefund || type == OperateType::RejectExchange;
}

core::Result<QJsonObject> AfterSaleListRequest::toParams() const
{
    Builder b;
    b.optionalId("aftersale_id"_L1, aftersaleId);
    b.optionalId("order_id"_L1, orderId);
    b.optional("aftersale_type"_L1, aftersaleType);
    b.intList("standard_aftersale_status"_L1, standardAftersaleStatus);
    b.optionalTime("start_time"_L1, startTime);
    b.optionalTime("end_time"_L1, endTime);
    b.optionalTime("update_start_time"_L1, updateStartTime);
    b.optionalTime("update_end_time"_L1, updateEndTime);
    if (amountStart && *amountStart < 0)
        b.fail(u"amount_start: negative amount"_s);
    if (amountEnd && *amountEnd < 0)
        b.fail(u"amount_end: negative amount"_s);
    b.optional("amount_start"_L1, amountStart);
    b.optional("amount_end"_L1, amountEnd);
    b.optional("risk_flag"_L1, riskFlag);
    b.intList("arbitrate_status"_L1, arbitrateStatus);

    QList<Sort> sorts = orderBy;
    const Sort updateAsc{SortField::UpdateTime, true};
    if (updateStartTime || updateEndTime) {
        if (sorts.isEmpty())
            sorts.append(updateAsc);
        else if (sorts.first().field != SortField::UpdateTime || !sorts.first().ascending)
            b.fail(u"order_by: an update_time window needs \"update_time asc\" first"_s);
    }
    if (!sorts.isEmpty()) {
        QJsonArray a;
        for (const Sort &s : sorts)
            a.append(sortText(s));
        b.object().insert("order_by"_L1, a);
    }
    b.paging(page, size);
    return b.result();
}

core::Result<QJsonObject> AfterSaleDetailRequest::toParams() const
{
    Builder b;
    b.requiredId("after_sale_id"_L1, afterSaleId);
    b.optional("need_operation_record"_L1, needOperationRecord);
    return b.result();
}

core::Result<QJsonObject> OperateRequest::toParams() const
{
    Builder b;
    if (items.isEmpty() || items.size() > kMaxOperateItems)
        b.fail(u"items: 1 to 20 per call"_s);
    const bool reject = isRejectOperation(type);
    QJsonArray array;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const OperateItem &item = items.at(i);
        const QString at = u"items["_s + QString::number(i) + u"]."_s;
        Builder ib;
        ib.requiredId("aftersale_id"_L1, item.aftersaleId);
        ib.optionalText("reason"_L1, item.reason);
        ib.optionalText("remark"_L1, item.remark);
        ib.optional("reject_reason_code"_L1, item.rejectReasonCode);
        if (reject && (!item.rejectReasonCode || item.reason.isEmpty() || item.remark.isEmpty()))
            ib.fail(u"a reject needs reject_reason_code, reason and remark"_s);
        if (!item.evidence.isEmpty()) {
            QJsonArray ev;
            for (const OperateEvidence &e : item.evidence) {
                if (e.url.isEmpty())
                    ib.fail(u"evidence: url required"_s);
                QJsonObject eo{{u"type"_s, e.type}, {u"url"_s, e.url}};
                if (!e.desc.isEmpty())
                    eo.insert(u"desc"_s, e.desc);
                ev.append(eo);
            }
            ib.object().insert("evidence"_L1, ev);
        }
        QJsonObject logistics = item.logisticsExtra;
        if (!item.receiverAddressId.isEmpty()) {
            if (!isValidId(item.receiverAddressId))
                ib.fail(u"logistics.receiver_address_id: expected id of 1 to 19 decimal digits"_s);
            logistics.insert(u"receiver_address_id"_s, item.receiverAddressId);
        } else if (type == OperateType::AgreeReturn) {
            ib.fail(u"agreeing to a return needs logistics.receiver_address_id"_s);
        }
        if (!logistics.isEmpty())
            ib.object().insert("logistics"_L1, logistics);
        if (item.updateTime && *item.updateTime < 0)
            ib.fail(u"update_time: negative time"_s);
        ib.optional("update_time"_L1, item.updateTime);
        const core::Result<QJsonObject> built = ib.result();
        if (!built) {
            b.fail(at + built.error().message);
            continue;
        }
        array.append(built.value());
    }
    b.object().insert("type"_L1, int(type));
    b.object().insert("items"_L1, array);
    return b.result();
}

core::Result<QJsonObject> RejectReasonListRequest::toParams() const
{
    Builder b;
    b.optionalId("aftersale_id"_L1, aftersaleId);
    return b.result();
}

core::Result<QJsonObject> TimeExtendRequest::toParams() const
{
    Builder b;
    b.requiredId("aftersale_id"_L1, aftersaleId);
    return b.result();
}

core::Result<QJsonObject> AddOrderRemarkRequest::toParams() const
{
    Builder b;
    b.requiredId("after_sale_id"_L1, afterSaleId);
    b.optionalId("order_id"_L1, orderId);
    b.requiredText("remark"_L1, remark);
    if (remark.size() > kMaxChars)
        b.fail(u"remark: at most %1 characters, this one has %2"_s.arg(kMaxChars).arg(remark.size()));
    return b.result();
}

core::Result<QJsonObject> SubmitEvidenceRequest::toParams() const
{
    Builder b;
    b.requiredId("aftersale_id"_L1, aftersaleId);
    b.optionalText("comment"_L1, comment);
    if (evidence.size() > kMaxEvidence)
        b.fail(u"evidence: at most 4 images"_s);
    if (!evidence.isEmpty()) {
        QJsonArray a;
        for (const QString &url : evidence) {
            if (url.isEmpty())
                b.fail(u"evidence: empty url"_s);
            a.append(url);
        }
        b.object().insert("evidence"_L1, a);
    }
    return b.result();
}

core::Result<QJsonObject> OrderSearchRequest::toParams() const
{
    Builder b;
    if (!createTimeStart && !updateTimeStart)
        b.fail(u"create_time_start or update_time_start is required"_s);
    b.optionalTime("create_time_start"_L1, createTimeStart);
    b.optionalTime("create_time_end"_L1, createTimeEnd);
    b.optionalTime("update_time_start"_L1, updateTimeStart);
    b.optionalTime("update_time_end"_L1, updateTimeEnd);
    b.optional("order_status"_L1, orderStatus);
    if (orderBy)
        b.object().insert("order_by"_L1, *orderBy == SortField::CreateTime ? u"create_time"_s : u"update_time"_s);
    b.optional("order_asc"_L1, orderAsc);
    b.paging(page, size);
    return b.result();
}

core::Status OrderSearchRequest::checkLookback(qint64 nowSecs) const
{
    const qint64 oldest = nowSecs - kMaxOrderLookbackSeconds;
    if ((createTimeStart && *createTimeStart < oldest) || (updateTimeStart && *updateTimeStart < oldest))
        return usage(u"order.searchList: at most 90 days back"_s);
    return {};
}

core::Result<QJsonObject> OrderDetailRequest::toParams() const
{
    Builder b;
    b.requiredId("shop_order_id"_L1, shopOrderId);
    return b.result();
}

core::Result<QJsonObject> TrackRouteRequest::toParams() const
{
    Builder b;
    b.requiredText("logistics_code"_L1, logisticsCode);
    b.requiredText("track_no"_L1, trackNo);
    return b.result();
}

core::Result<QJsonObject> BatchDecryptRequest::toParams() const
{
    Builder b;
    if (cipherInfos.isEmpty() || cipherInfos.size() > kMaxDecryptItems)
        b.fail(u"cipher_infos: 1 to 50 per call"_s);
    QJsonArray a;
    for (const CipherInfo &c : cipherInfos) {
        if (c.cipherText.isEmpty())
            b.fail(u"cipher_infos: empty cipher_text"_s);
        QJsonObject o{{u"cipher_text"_s, c.cipherText}};
        if (!c.authId.isEmpty())
            o.insert(u"auth_id"_s, c.authId);
        a.append(o);
    }
    b.object().insert("cipher_infos"_L1, a);
    return b.result();
}

core::Result<QJsonObject> ProductDetailRequest::toParams() const
{
    Builder b;
    b.requiredId("product_id"_L1, productId);
    return b.result();
}

core::Result<QJsonObject> ReputationRequest::toParams() const
{
    return QJsonObject();
}

core::Result<QJsonObject> TokenCreateRequest::toParams() const
{
    Builder b;
    b.object().insert("code"_L1, code);
    b.requiredText("grant_type"_L1, grantType);
    b.optionalId("shop_id"_L1, shopId);
    return b.result();
}

core::Result<QJsonObject> TokenRefreshRequest::toParams() const
{
    Builder b;
    b.object().insert("grant_type"_L1, u"refresh_token"_s);
    b.requiredText("refresh_token"_L1, refreshToken);
    return b.result();
}

} // namespace anxin::platform

#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Typed request parameters (contract §4–§7). Each struct names its method (kMethod) and builds the param_json
// object with toParams(), which validates what the contract bounds and returns Kind::Usage otherwise. Unset
// optional members (std::nullopt, empty lists, empty optional ids) are omitted, never sent as null or "".
//
// Ids are sent as JSON strings everywhere: §5 says "IDs are decimal strings", a string can never lose digits,
// and the only place the contract has an integer id is an answer (Detail's after_sale_id). Ids are validated
// as 1..19 ASCII digits. Times are Unix seconds, money integer fen.
namespace anxin::platform {

inline constexpr int kMaxPageSize = 100;
inline constexpr qint64 kMaxPageWindow = 50000; // page * size
// The after-sales statuses still open (standard_aftersale_status, contract §5): awaiting the merchant's review (6),
// the buyer's return parcel (7), the merchant's second review (11), the buyer's receipt of an exchange (13).
inline const QList<int> kOpenAftersaleStatuses{6, 7, 11, 13};
inline constexpr int kMaxOperateItems = 20;
inline constexpr int kMaxEvidence = 4;
inline constexpr int kMaxDecryptItems = 50;
inline constexpr qint64 kMaxOrderLookbackSeconds = 90LL * 24 * 3600;

// True for 1..19 ASCII digits.
bool isValidId(const QString &id);

struct AfterSaleListRequest
{
    static constexpr char kMethod[] = "afterSale.List";
    enum class SortField
    {
        StatusDeadline,
        ApplyTime,
        UpdateTime
    };
    struct Sort
    {
        SortField field = SortField::UpdateTime;
        bool ascending = true;
    };

    QString aftersaleId;
    QString orderId;
    std::optional<int> aftersaleType;
    QList<int> standardAftersaleStatus;
    std::optional<qint64> startTime; // apply time, end exclusive
    std::optional<qint64> endTime;
    // Incremental sync: needs order_by "update_time asc" first; an empty orderBy gets it automatically.
    std::optional<qint64> updateStartTime;
    std::optional<qint64> updateEndTime;
    std::optional<qint64> amountStart; // fen
    std::optional<qint64> amountEnd;
    std::optional<int> riskFlag;
    QList<int> arbitrateStatus;
    QList<Sort> orderBy;
    int page = 0;
    int size = kMaxPageSize;

    core::Result<QJsonObject> toParams() const;
};

struct AfterSaleDetailRequest
{
    static constexpr char kMethod[] = "afterSale.Detail";
    QString afterSaleId; // sent as a string (see above)
    std::optional<bool> needOperationRecord;
    core::Result<QJsonObject> toParams() const;
};

// afterSale.operate types (201/202 confirmed by the platform; the rest are the contract's convention).
enum class OperateType
{
    AgreeReturn = 101,
    RejectReturn = 102,
    ConfirmReceiptRefund = 111,
    RejectAfterReceipt = 112,
    AgreeRefund = 201,
    RejectRefund = 202,
    AgreeExchange = 301,
    RejectExchange = 302,
    ConfirmReceiptReship = 311,
};
bool isRejectOperation(OperateType type);

struct OperateEvidence
{
    int type = 1;
    QString url;
    QString desc;
};

struct OperateItem
{
    QString aftersaleId;
    QString reason;
    QString remark;
    std::optional<qint64> rejectReasonCode;
    QList<OperateEvidence> evidence;
    QString receiverAddressId;        // logistics.receiver_address_id, needed by AgreeReturn
    QJsonObject logisticsExtra;       // further logistics members, merged in as given
    std::optional<qint64> updateTime; // optimistic version: refused with 50002 ...:20309541 when stale
};

struct OperateRequest
{
    static constexpr char kMethod[] = "afterSale.operate";
    OperateType type = OperateType::AgreeRefund;
    QList<OperateItem> items; // 1..20, all-or-nothing on the platform
    // Rejects need reject_reason_code, reason and remark; AgreeReturn needs receiver_address_id. Whether the
    // code needs evidence is known only from rejectReasonCodeList: the caller checks that.
    core::Result<QJsonObject> toParams() const;
};

struct RejectReasonListRequest
{
    static constexpr char kMethod[] = "afterSale.rejectReasonCodeList";
    QString aftersaleId; // optional
    core::Result<QJsonObject> toParams() const;
};

struct TimeExtendRequest
{
    static constexpr char kMethod[] = "afterSale.timeExtend";
    QString aftersaleId;
    core::Result<QJsonObject> toParams() const;
};

struct SubmitEvidenceRequest
{
    static constexpr char kMethod[] = "afterSale.submitEvidence";
    QString aftersaleId;
    QString comment;
    QStringList evidence; // image URLs, at most 4
    core::Result<QJsonObject> toParams() const;
};

// A shop remark on a ticket (店家给售后单添加备注): every account of the shop sees it in the detail. Not idempotent.
struct AddOrderRemarkRequest
{
    static constexpr char kMethod[] = "afterSale.addOrderRemark";
    static constexpr int kMaxChars = 500; // the contract's limit (characters, as the platform counts them)
    QString afterSaleId;
    QString orderId; // optional
    QString remark;  // plain text, 1..kMaxChars
    core::Result<QJsonObject> toParams() const;
};

struct OrderSearchRequest
{
    static constexpr char kMethod[] = "order.searchList";
    enum class SortField
    {
        CreateTime,
        UpdateTime
    };
    std::optional<qint64> createTimeStart; // one of createTimeStart / updateTimeStart is required
    std::optional<qint64> createTimeEnd;
    std::optional<qint64> updateTimeStart;
    std::optional<qint64> updateTimeEnd;
    std::optional<int> orderStatus;
    std::optional<SortField> orderBy;
    std::optional<bool> orderAsc;
    int page = 0;
    int size = kMaxPageSize;
    core::Result<QJsonObject> toParams() const;
    // The platform answers at most 90 days back; checked apart as it needs the (injected) clock's now.
    core::Status checkLookback(qint64 nowSecs) const;
};

struct OrderDetailRequest
{
    static constexpr char kMethod[] = "order.orderDetail";
    QString shopOrderId;
    core::Result<QJsonObject> toParams() const;
};

struct TrackRouteRequest
{
    static constexpr char kMethod[] = "logistics.trackNoRouteDetail";
    QString logisticsCode;
    QString trackNo;
    core::Result<QJsonObject> toParams() const;
};

struct CipherInfo
{
    QString authId;
    QString cipherText;
};

struct BatchDecryptRequest
{
    static constexpr char kMethod[] = "order.batchDecrypt";
    QList<CipherInfo> cipherInfos; // 1..50
    core::Result<QJsonObject> toParams() const;
};

struct ProductDetailRequest
{
    static constexpr char kMethod[] = "product.detail";
    QString productId;
    core::Result<QJsonObject> toParams() const;
};

struct ReputationRequest
{
    static constexpr char kMethod[] = "shop.reputation";
    core::Result<QJsonObject> toParams() const; // "{}"
};

// Sent without access_token. `code` is always present, "" for a self-use app (as in the §2 worked example).
struct TokenCreateRequest
{
    static constexpr char kMethod[] = "token.create";
    QString code;
    QString grantType = QStringLiteral("authorization_self");
    QString shopId; // optional
    core::Result<QJsonObject> toParams() const;
};

struct TokenRefreshRequest
{
    static constexpr char kMethod[] = "token.refresh";
    QString refreshToken;
    core::Result<QJsonObject> toParams() const;
};

} // namespace anxin::platform

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

// Typed answers of the platform API (contract §3–§7). Plain value types: the parsers in parsers.h fill them,
// nothing here does I/O. Conventions shared by every struct:
// - ids are QString of 1..19 ASCII digits (never through a double); empty = absent (optional ids only);
// - money is integer fen (qint64, never negative), times are Unix seconds (qint64, 0 = absent);
// - enum-like codes whose 0 is meaningful (aftersale_type 0 = return+refund) default to kUnknown when absent.
namespace anxin::platform {

inline constexpr int kUnknown = -1;
inline constexpr int kSuccessCode = 10000;
inline constexpr int kPartialFailureCode = 10001;

struct Envelope
{
    int code = 0;
    QString msg;
    QString subCode;
    QString subMsg;
    QString logId;
    QJsonValue data; // Undefined when the answer had no "data"

    bool isSuccess() const { return code == kSuccessCode; }
    friend bool operator==(const Envelope &, const Envelope &) = default;
};

// ---- after-sales (§5) ----

struct ReasonLabel
{
    qint64 code = 0;
    QString name;
    friend bool operator==(const ReasonLabel &, const ReasonLabel &) = default;
};

struct AfterSaleLogistics
{
    QString trackingNo;
    QString companyName;
    qint64 logisticsTime = 0;
    int logisticsState = kUnknown; // 2 = signed for
    friend bool operator==(const AfterSaleLogistics &, const AfterSaleLogistics &) = default;
};

struct AfterSaleTag
{
    QString tagDetail;
    QString tagDetailText;
    friend bool operator==(const AfterSaleTag &, const AfterSaleTag &) = default;
};

struct RelatedOrder
{
    QString skuOrderId;
    QString productId;
    QString productName;
    QString productImage;
    QStringList skuSpec; // "name:value" when the platform sends {name, value} objects
    qint64 payAmount = 0;
    qint64 itemNum = 0;
    int orderStatus = kUnknown;
    friend bool operator==(const RelatedOrder &, const RelatedOrder &) = default;
};

struct AfterSaleOrderInfo
{
    QString shopOrderId;
    QList<RelatedOrder> relatedOrders;
    friend bool operator==(const AfterSaleOrderInfo &, const AfterSaleOrderInfo &) = default;
};

struct AfterSaleTextPart
{
    QString reasonText;
    QString badItemText;
    friend bool operator==(const AfterSaleTextPart &, const AfterSaleTextPart &) = default;
};

// One item of afterSale.List. Required: aftersale_id, aftersale_status, update_time (see parsers.h).
struct AfterSaleListItem
{
    QString aftersaleId;
    int aftersaleType = kUnknown;
    int aftersaleStatus = 0;
    qint64 applyTime = 0;
    qint64 updateTime = 0;
    qint64 statusDeadline = 0;
    qint64 refundAmount = 0;
    qint64 refundPostAmount = 0;
    qint64 aftersaleNum = 0;
    QList<ReasonLabel> reasonSecondLabels;
    int refundType = kUnknown;
    int refundStatus = kUnknown;
    int arbitrateStatus = kUnknown;
    int gotPkg = kUnknown;
    QString returnLogisticsCode;
    QList<AfterSaleLogistics> orderLogistics;
    qint64 riskDecisionCode = 0;
    QString riskDecisionReason;
    QList<AfterSaleTag> aftersaleTags;
    QList<qint64> autoAuditBits;
    qint64 aftersaleStatusToFinalTime = 0; // != 0: no further operation
    QString remark;
    AfterSaleOrderInfo orderInfo;
    AfterSaleTextPart textPart;
    QJsonArray sellerLogs; // shape not fixed by the contract: kept as received

    // The item exactly as received (object) and its compact JSON, for storage; parseAfterSaleListItem(rawJson)
    // yields this same struct again.
    QJsonObject raw;
    QByteArray rawJson;

    friend bool operator==(const AfterSaleListItem &, const AfterSaleListItem &) = default;
};

struct AfterSaleListPage
{
    QList<AfterSaleListItem> items;
    bool hasMore = false; // as sent, else computed from page, size and total
    qint64 total = 0;
    qint64 page = 0;
    qint64 size = 0;
    friend bool operator==(const AfterSaleListPage &, const AfterSaleListPage &) = default;
};

struct RecordLog
{
    QString operatorName; // "operator"
    qint64 time = 0;
    QString text;
    QStringList images;
    QString action;
    QString role;
    friend bool operator==(const RecordLog &, const RecordLog &) = default;
};

// One of the shop's remarks on a ticket (after_sale_shop_remarks[], oldest first).
struct ShopRemark
{
    QString remark;
    qint64 createTime = 0;
    QString operatorName; // "operator"
    friend bool operator==(const ShopRemark &, const ShopRemark &) = default;
};

// afterSale.Detail: process_info.after_sale_info (after_sale_* spelling, aftersale_* accepted too) mapped to the
// List names, plus the detail-only fields. Required: after_sale_id, after_sale_status, update_time.
struct AfterSaleDetail
{
    QString aftersaleId;
    int aftersaleType = kUnknown;
    int aftersaleStatus = 0;
    qint64 applyTime = 0;
    qint64 updateTime = 0;
    qint64 statusDeadline = 0;
    qint64 refundAmount = 0;
    qint64 refundPostAmount = 0;
    qint64 aftersaleNum = 0;
    int refundType = kUnknown;
    int refundStatus = kUnknown;
    int arbitrateStatus = kUnknown;
    int gotPkg = kUnknown;
    qint64 riskDecisionCode = 0;
    QString riskDecisionReason;
    qint64 aftersaleStatusToFinalTime = 0;
    QString remark;
    QList<AfterSaleLogistics> orderLogistics;
    qint64 reasonCode = 0;
    QString reasonRemark;
    QStringList evidence;        // image URLs (the platform allows up to 8; more are kept, not rejected)
    int returnMethod = kUnknown; // 2 = door pickup
    int applyRole = kUnknown;
    QList<RecordLog> recordLogs;
    QList<ShopRemark> shopRemarks; // absent: none
    QJsonObject arbitrateInfo;     // shape not fixed by the contract
    AfterSaleOrderInfo orderInfo;
    QJsonObject raw; // data as received
    friend bool operator==(const AfterSaleDetail &, const AfterSaleDetail &) = default;
};

struct OperateItemResult
{
    QString aftersaleId;
    qint64 statusCode = 0;
    QString statusMsg;
    friend bool operator==(const OperateItemResult &, const OperateItemResult &) = default;
};

struct OperateResult
{
    QList<OperateItemResult> items;
    friend bool operator==(const OperateResult &, const OperateResult &) = default;
};

struct RejectReason
{
    qint64 rejectReasonCode = 0;
    QString reason;
    bool evidenceNeed = false; // "Y"
    QString evidenceDescription;
    QString image;
    friend bool operator==(const RejectReason &, const RejectReason &) = default;
};

// ---- orders and logistics (§6) ----

struct OrderLogistics
{
    QString trackingNo;
    QString company; // carrier code: what logistics.trackNoRouteDetail takes as logistics_code
    QString companyName;
    qint64 shipTime = 0;
    friend bool operator==(const OrderLogistics &, const OrderLogistics &) = default;
};

struct SkuOrder
{
    QString orderId;
    QString productId;
    QString productName;
    QString firstCid;
    qint64 itemNum = 0;
    qint64 payAmount = 0;
    qint64 expShipTime = 0;
    int preSaleType = kUnknown;
    qint64 logisticsReceiptTime = 0; // sign-for time, 0 = not signed
    friend bool operator==(const SkuOrder &, const SkuOrder &) = default;
};

// A shop order (order.searchList item or order.orderDetail's shop_order_detail).
// Required: order_id, order_status, update_time. Buyer PII stays masked or ciphertext.
struct Order
{
    QString orderId;
    QString shopId;
    int orderStatus = 0;
    qint64 createTime = 0;
    qint64 payTime = 0;
    qint64 updateTime = 0;
    qint64 expShipTime = 0;
    qint64 shipTime = 0;
    qint64 appointmentShipTime = 0;
    int presellType = kUnknown; // 0 in stock, 1 full presale, 2 deposit presale
    qint64 orderAmount = 0;
    qint64 payAmount = 0;
    qint64 postAmount = 0;
    qint64 postInsuranceAmount = 0;
    QString maskPostReceiver;
    QString maskPostTel;
    QString maskPostAddr;
    QString encryptPostReceiver;
    QString encryptPostTel;
    QString encryptPostAddrDetail; // post_addr.encrypt_detail
    QList<OrderLogistics> logisticsInfo;
    QList<SkuOrder> skuOrders;
    QString doudianOpenId; // the buyer's opaque id in this shop: claims by one buyer are counted by it
    QJsonObject raw;       // as received; not stored (every field the desk reads is above)
    friend bool operator==(const Order &, const Order &) = default;
};

struct OrderPage
{
    QList<Order> orders;
    bool hasMore = false;
    qint64 total = 0;
    qint64 page = 0;
    qint64 size = 0;
    friend bool operator==(const OrderPage &, const OrderPage &) = default;
};

struct RouteNode
{
    QString content;
    qint64 timestamp = 0;
    QString state;
    QString stateDescription;
    friend bool operator==(const RouteNode &, const RouteNode &) = default;
};

struct TrackRoute
{
    QString logisticsCode;
    QString trackNo;
    QList<RouteNode> nodes; // route__node_list, in the platform's order
    friend bool operator==(const TrackRoute &, const TrackRoute &) = default;
};

// decrypt_text is buyer PII in plaintext: shown on demand, never stored, never logged.
struct DecryptItem
{
    QString authId;
    QString cipherText;
    QString decryptText;
    qint64 errNo = 0;
    QString errMsg;
    int dataType = kUnknown;
    friend bool operator==(const DecryptItem &, const DecryptItem &) = default;
};

struct ProductDetail
{
    QString productId;
    QString name;
    QString firstCid;
    QString firstCname;
    bool supply7dayReturn = false;
    bool supportAllergyReturnV2 = false;
    bool damagedOrderReturn = false;
    friend bool operator==(const ProductDetail &, const ProductDetail &) = default;
};

// A score string from shop.reputation. Never fails the answer: unusable text gives ok == false.
struct Score
{
    QString raw;                      // as sent ("" when absent); numbers sent as JSON numbers are rendered
    double value = 0;                 // valid only when ok
    bool ok = false;                  // a finite number in [0, 100]
    bool looksFivePointScale = false; // ok and value <= 5: probably the old 0–5 scale, the caller decides
    friend bool operator==(const Score &, const Score &) = default;
};

struct Reputation
{
    QString shopId;
    QString shopName;
    Score shopScore;
    Score productScore;
    Score logisticsScore;
    Score serviceScore;
    friend bool operator==(const Reputation &, const Reputation &) = default;
};

// Credentials: never log, never store outside the secret store.
struct TokenInfo
{
    QString accessToken;
    std::chrono::seconds expiresIn{0}; // a duration from the answer's time, not an instant
    QString refreshToken;
    QString scope;
    QString shopId;
    QString shopName;
    friend bool operator==(const TokenInfo &, const TokenInfo &) = default;
};

// Sign-for time (contract §6 end): logistics_time of the entry with logistics_state == 2 (the earliest
// non-zero one if several), else 0.
qint64 signForTime(const QList<AfterSaleLogistics> &orderLogistics);
inline qint64 signForTime(const AfterSaleListItem &item)
{
    return signForTime(item.orderLogistics);
}
// The order's side: logistics_receipt_time of that sku order (empty id: the earliest non-zero of all), else 0.
qint64 signForTime(const Order &order, const QString &skuOrderId = {});

} // namespace anxin::platform

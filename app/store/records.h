#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

// Store-layer rows: one struct per table, plain values. The store never depends on app/platform; the sync
// engine maps platform answers onto these. Times are Unix seconds (0 = none), money integer fen.
namespace anxin::store {

struct ShopRecord
{
    QString shopId;
    QString name;
    QString appKey;
    QString gateway;
    QString signMethod = QStringLiteral("md5");
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct TicketRecord
{
    QString aftersaleId;
    QString shopId;
    QString shopOrderId;
    int aftersaleType = 0;
    int aftersaleStatus = 0;
    qint64 refundAmount = 0;
    qint64 refundPostAmount = 0;
    qint64 applyTime = 0;
    qint64 updateTime = 0;
    // The current step's deadline. The platform clears it once the ticket is final; the cache keeps the last one it
    // saw (whether the merchant decided before it is part of the score).
    qint64 statusDeadline = 0;
    qint64 finalTime = 0; // aftersale_status_to_final_time
    QString reasonCode;
    QString reasonText;
    QString badItemText;
    QString productId;
    QString productName;
    QString skuOrderId;
    qint64 payAmount = 0;
    int itemNum = 0;
    int refundType = 0;
    int refundStatus = 0;
    int arbitrateStatus = 0;
    int gotPkg = 0;
    int riskDecisionCode = 0;
    bool riskFlag = false;
    bool exemptFromScore = false;
    bool expressRefund = false;
    qint64 signForTime = 0;
    QString tags; // JSON array text
    QString remark;
    QString rawJson;
    qint64 fetchedAt = 0;
};

// What a virtual list shows per row: no raw JSON.
struct TicketListRow
{
    qint64 id = 0; // the rowid: the list's tie-break and, with the sort column, its keyset position
    QString aftersaleId;
    QString shopId;
    QString shopOrderId;
    int aftersaleType = 0;
    int aftersaleStatus = 0;
    qint64 refundAmount = 0;
    qint64 applyTime = 0;
    qint64 updateTime = 0;
    qint64 statusDeadline = 0;
    qint64 finalTime = 0;
    QString reasonCode;
    QString reasonText;
    QString productName;
    bool riskFlag = false;
    bool expressRefund = false;
    bool exemptFromScore = false;
    int pendingDecisions = 0; // outbox entries pending, in flight or unknown
};

struct TicketFilter
{
    QStringList shopIds;
    QStringList aftersaleIds; // non-empty: only these tickets (a list handed over from another page)
    QList<int> types;
    QList<int> statuses;
    std::optional<qint64> minAmount; // refund_amount, fen, inclusive
    std::optional<qint64> maxAmount;
    // Open tickets (final_time = 0) whose status_deadline falls in [now, now + dueWithinSecs].
    std::optional<qint64> dueWithinSecs;
    qint64 now = 0;
    bool openOnly = false;   // final_time = 0
    QStringList reasonCodes; // guarantee kind: the caller maps a kind to its reason codes
    std::optional<bool> riskFlag;
    std::optional<bool> hasPendingDecision;
    // Full text: whitespace-separated terms, all must match, each as a substring of the product name, reason
    // text, remark, aftersale id or shop order id.
    QString text;
};

struct TicketSort
{
    // One of TicketRepository::sortColumns(); anything else is refused.
    QString column = QStringLiteral("status_deadline");
    bool descending = false;
};

struct UpsertStats
{
    int inserted = 0;
    int updated = 0;
    int stale = 0; // ignored: older update_time than the stored row
};

struct TicketDetailRecord
{
    QString aftersaleId;
    QString reasonCode;
    QString reasonRemark;
    int returnMethod = 0; // 2 = door pickup
    int applyRole = 0;
    QString arbitrateInfoJson;
    QString rawJson;
    qint64 fetchedAt = 0;
    qint64 updateTime = 0; // the ticket version the detail shows (after_sale_info.update_time)
};

struct EvidenceRecord
{
    QString aftersaleId;
    int idx = 0;
    QString url;
    QString localPath; // empty until downloaded
    qint64 fetchedAt = 0;
};

struct PlatformLogRecord
{
    QString aftersaleId;
    int seq = 0;
    QString operatorName;
    qint64 time = 0;
    QString text;
    QString action;
    QString role;
    QString imagesJson = QStringLiteral("[]");
};

// One of the shop's remarks on a ticket, as the platform keeps them (oldest first): internal notes of every desk.
struct ShopRemarkRecord
{
    QString aftersaleId;
    int seq = 0;
    QString remark; // as on the platform, author mark included (core::ShopRemarks)
    QString operatorName;
    qint64 createTime = 0;
    friend bool operator==(const ShopRemarkRecord &, const ShopRemarkRecord &) = default;
};

struct OrderLineRecord
{
    QString orderId;
    QString skuOrderId;
    QString productId;
    QString productName;
    qint64 firstCid = 0;
    int itemNum = 0;
    qint64 payAmount = 0;
    qint64 expShipTime = 0;
    int preSaleType = 0;
    qint64 logisticsReceiptTime = 0;
};

// Buyer PII only as ciphertext (encrypt*) and masked text (mask*); there is no plaintext field on purpose.
struct OrderRecord
{
    QString orderId;
    QString shopId;
    int orderStatus = 0;
    qint64 createTime = 0;
    qint64 payTime = 0;
    qint64 updateTime = 0;
    qint64 expShipTime = 0;
    bool promiseEstimated = false; // expShipTime is the rules' default (core::estimatedShipPromise), not the platform's
    qint64 shipTime = 0;
    qint64 appointmentShipTime = 0;
    int presellType = 0;
    qint64 orderAmount = 0;
    qint64 payAmount = 0;
    qint64 postAmount = 0;
    QString maskPostReceiver;
    QString maskPostTel;
    QString maskPostAddr;
    QString encryptPostReceiver;
    QString encryptPostTel;
    QString encryptPostAddr;
    QString trackingNo;
    QString companyCode; // carrier code for route queries
    QString companyName;
    qint64 pickupTime = 0;
    qint64 signTime = 0;
    QString buyerOpenId;          // doudian_open_id: opaque, per shop; the order's JSON as received is not kept
    QList<OrderLineRecord> lines; // replaced together with the order when the order row is applied
};

struct ProductRecord
{
    QString productId;
    QString shopId;
    QString name;
    qint64 firstCid = 0;
    QString firstCname;
    bool supply7DayReturn = false;
    bool supportAllergyReturn = false;
    bool damagedOrderReturn = false;
    qint64 fetchedAt = 0;
};

struct RejectReasonRecord
{
    QString shopId;
    int code = 0;
    QString reason;
    bool evidenceNeed = false;
    QString evidenceDescription;
    QString image;
};

struct ScoreSnapshotRecord
{
    QString shopId;
    QString day;                     // yyyy-MM-dd
    std::optional<double> shopScore; // nullopt when the platform's string was not a number
    std::optional<double> productScore;
    std::optional<double> logisticsScore;
    std::optional<double> serviceScore;
    QString rawJson;
    qint64 fetchedAt = 0;
    // Our rule-based estimate when the snapshot was kept (schema 15), for calibrating it against the platform's
    // numbers; nullopt before schema 15 or for a dimension without data. estimateRules: the rules version (0: none).
    std::optional<double> estimateOverall;
    std::optional<double> estimateProduct;
    std::optional<double> estimateLogistics;
    std::optional<double> estimateService;
    int estimateRules = 0;
};

struct SyncCursor
{
    QString shopId;
    QString stream;
    qint64 cursorTime = 0;
    int cursorPage = 0;
    qint64 updatedAt = 0;
};

enum class OutboxState
{
    Pending,
    InFlight,
    Unknown,
    Done,
    Failed,
    Conflict,
    Cancelled,
    // The platform decided the ticket itself at its deadline (for the buyer) before this decision reached it.
    // Final like a conflict, never resent; conflict_json holds both sides.
    Overtaken
};

struct OutboxEntry
{
    qint64 id = 0;
    QString shopId;
    QString aftersaleId;
    QString action; // e.g. "approve", "reject", "confirm_receipt", "extend", "note"
    QString payloadJson = QStringLiteral("{}");
    qint64 expectedUpdateTime = 0; // the ticket's update_time the decision was made against
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString lastError;
    qint64 nextAttemptAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString createdBy;
    QString conflictJson;
};

struct DraftRecord
{
    QString aftersaleId;
    QString kind;
    QString bodyJson;
    qint64 updatedAt = 0;
};

struct AuditEntry
{
    qint64 seq = 0;
    qint64 at = 0;
    QString actor;
    QString action;
    QString subject;
    QString detailJson = QStringLiteral("{}");
    QString prevHash; // hex sha256 of the previous entry; empty for the first
    QString hash;     // hex sha256(prev_hash || canonical fields)
};

struct SavedViewRecord
{
    QString user;
    QString name;
    QString filterJson;
    qint64 updatedAt = 0;
};

struct ImageCacheRecord
{
    QString url;
    QString localPath;
    qint64 bytes = 0;
    qint64 fetchedAt = 0;
    qint64 lastUsedAt = 0;
};

} // namespace anxin::store

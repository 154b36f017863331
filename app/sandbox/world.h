#pragma once

#include "sandbox/catalogue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace anxin::sandbox {

// Durations of each ticket step (sandbox conventions, documented in --help and the report).
inline constexpr qint64 kHour = 3600;
inline constexpr qint64 kDay = 24 * kHour;
inline constexpr qint64 kReviewFreshSecs = 24 * kHour;    // status 6 for a spoiled-fresh claim
inline constexpr qint64 kReviewSecs = 48 * kHour;         // status 6 otherwise
inline constexpr qint64 kBuyerReturnSecs = 7 * kDay;      // status 7: buyer must ship the return parcel
inline constexpr qint64 kReceiptSecs = 7 * kDay;          // status 11: merchant confirms receipt
inline constexpr qint64 kBuyerReceiptSecs = 10 * kDay;    // status 13: buyer receives the exchange/resend
inline constexpr qint64 kExtendSecs = 7 * kDay;           // afterSale.timeExtend
inline constexpr qint64 kExtendWindowSecs = 2 * kDay;     // timeExtend allowed when at most this remains
inline constexpr qint64 kAutoDecideGraceSecs = 2 * kHour; // the platform decides at deadline + grace
inline constexpr qint64 kShipPromiseSecs = 48 * kHour;

enum TicketFlag : quint8
{
    kFlagExpress = 1,        // 极速退款: decided by the platform, 0 s
    kFlagExempt = 2,         // 豁免体验分
    kFlagExtended = 4,       // timeExtend used
    kFlagFreshClaim = 8,     // spoiled-fresh guarantee claim
    kFlagAllergyClaim = 16,  // cosmetic-allergy claim
    kFlagReturnShipped = 32, // the buyer shipped the return parcel
    kFlagAutoDecided = 64,   // the platform decided the last step
    kFlagMerchantActed = 128,
};

enum OrderFlag : quint8
{
    kOrderNoPickupScan = 1,  // shipped, but the carrier never scanned the parcel ("false shipment")
    kOrderPostInsurance = 2, // 运费险
};

struct SkuLine
{
    quint16 entry = 0; // catalogue entry (product of this order's shop)
    quint8 num = 1;
    quint8 spare = 0;
    qint32 payAmount = 0; // fen, whole line
};

struct Order
{
    qint64 id = 0;     // shop_order_id (sku order ids are id + 1 + line)
    quint32 buyer = 0; // opaque buyer number within the shop
    quint32 createTime = 0;
    quint32 payTime = 0; // 0: unpaid
    quint32 expShipTime = 0;
    quint32 shipTime = 0;
    quint32 pickupTime = 0; // carrier's first scan (揽收); 0: none yet
    quint32 signTime = 0;   // 0: not signed
    quint32 updateTime = 0;
    qint32 postAmount = 0;
    quint16 shop = 0;
    quint8 status = 0;
    quint8 presellType = 0;
    quint8 carrier = 0;
    quint8 lineCount = 1;
    quint8 flags = 0;
    SkuLine lines[2];
};

struct Ticket
{
    qint64 id = 0;
    quint32 order = 0; // index into World::orders
    quint32 applyTime = 0;
    quint32 updateTime = 0;
    quint32 deadline = 0;     // status_deadline; 0 once final
    quint32 finalTime = 0;    // aftersale_status_to_final_time; 0 while open
    quint32 stepStart = 0;    // when the current step started
    quint32 returnShipAt = 0; // status 7: the time the buyer will ship (0: never); later: when they did
    qint32 refundAmount = 0;
    qint32 refundPostAmount = 0;
    quint16 shop = 0;
    quint8 line = 0;
    quint8 type = 0;
    quint8 status = 0;
    quint8 reason = 0;       // index into catalogue::reasons()
    quint8 arbitrate = 0;    // 0 none, 1 in progress, 2 buyer won, 3 merchant won, 4 cancelled
    quint8 refundStatus = 0; // 0 none, 1 pending, 3 refunded, 4 closed
    quint8 evidence = 0;     // buyer photos (0..8)
    quint8 badNum = 0;       // partial spoilage "坏果 badNum/badTotal"
    quint8 badTotal = 0;
    quint8 num = 1;
    quint8 risk = 0; // 0 none, else risk_decision_code index
    quint8 flags = 0;
};

struct RecordLog
{
    QString op; // operator
    qint64 time = 0;
    QString text;
    QStringList images;
    QString action;
    int role = 0; // 1 buyer, 2 merchant, 3 platform
};

// A shop's remark on a ticket (afterSale.addOrderRemark): visible to every account of the shop.
struct ShopRemark
{
    QString text;
    qint64 time = 0; // the ticket's update_time it moved to
    QString op;      // operator
};

// Per-ticket state created by writes; most tickets never get one.
struct TicketExtra
{
    bool logsMaterialised = false;
    std::vector<RecordLog> logs;
    QStringList merchantEvidence;
    QString merchantComment;
    int rejectCode = 0;
    QString rejectReason;
    QString remark;
    qint64 receiverAddressId = 0;
    std::vector<ShopRemark> remarks; // oldest first
};

struct ShopInfo
{
    QByteArray appKey;
    QByteArray appSecret;
    QByteArray shopId;
    QString name;
};

struct World
{
    quint64 seed = 0;
    qint64 generatedAt = 0;
    std::vector<ShopInfo> shops;
    std::vector<Order> orders;
    std::vector<Ticket> tickets;
    std::vector<std::vector<quint32>> shopTickets; // ticket indices per shop
    std::vector<std::vector<quint32>> shopOrders;
    size_t sortedTickets = 0; // tickets[0, sortedTickets) are sorted by id; later ones are in extraTicketIds
    size_t sortedOrders = 0;
    std::unordered_map<qint64, quint32> extraTicketIds;
    std::unordered_map<qint64, quint32> extraOrderIds;
    std::unordered_map<quint32, TicketExtra> extras;
    std::vector<quint32> nextTicketSeq; // per shop, for live arrivals
    std::vector<quint32> nextOrderSeq;

    int findTicket(qint64 id) const;
    int findOrder(qint64 id) const;
    int shopIndexById(const QByteArray &shopId) const;
    int shopIndexByAppKey(const QByteArray &appKey) const;

    static qint64 ticketId(int shop, quint32 seq);
    static qint64 orderId(int shop, quint32 seq);
    static qint64 productId(int shop, int entry);
    // Reverses productId(); false when the id is not one of ours.
    static bool parseProductId(qint64 id, int *shop, int *entry);
};

} // namespace anxin::sandbox

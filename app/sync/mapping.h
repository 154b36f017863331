#pragma once

#include "platform/types.h"
#include "store/records.h"
#include "store/shippingrepository.h"

namespace anxin::sync {

// Platform answers → store rows. The only place that knows both shapes.
store::TicketRecord toTicketRecord(const platform::AfterSaleListItem &item, const QString &shopId, qint64 fetchedAt);
store::TicketDetailRecord toDetailRecord(const platform::AfterSaleDetail &detail, qint64 fetchedAt);
QList<store::EvidenceRecord> toEvidenceRecords(const platform::AfterSaleDetail &detail);
QList<store::PlatformLogRecord> toLogRecords(const platform::AfterSaleDetail &detail);
QList<store::ShopRemarkRecord> toRemarkRecords(const platform::AfterSaleDetail &detail);
store::OrderRecord toOrderRecord(const platform::Order &order, const QString &shopId);
store::ProductRecord toProductRecord(const platform::ProductDetail &product, const QString &shopId, qint64 fetchedAt);
store::RejectReasonRecord toRejectReasonRecord(const platform::RejectReason &reason, const QString &shopId);
store::ScoreSnapshotRecord toScoreSnapshot(const platform::Reputation &rep, const QString &shopId, const QString &day,
                                           const QByteArray &rawJson, qint64 fetchedAt);

// Tags the platform puts on tickets (tag_detail).
bool isExpressRefund(const platform::AfterSaleListItem &item);
bool isExemptFromScore(const platform::AfterSaleListItem &item);

// Carrier scan states that count as the pickup ("揽收") in a route.
qint64 pickupTimeFromRoute(const platform::TrackRoute &route);
// A route's scans as cached rows, in the platform's order.
QList<store::RouteNodeRecord> toRouteNodes(const platform::TrackRoute &route);

// What a cached ticket's list item carries beyond the ticket's columns (the buyer's words, the order lines), read
// again from the item as the platform sent it (TicketRecord::rawJson). Empty when that JSON cannot be read.
struct TicketLine
{
    QString skuOrderId;
    QString productName;
    QStringList spec;
    qint64 payAmount = 0;
    qint64 itemNum = 0;
};
struct TicketWireExtras
{
    QString buyerWords;
    QList<TicketLine> lines;
};
TicketWireExtras ticketWireExtras(const QString &rawJson);

} // namespace anxin::sync

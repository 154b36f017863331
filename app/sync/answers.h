#pragma once

#include "core/result.h"
#include "core/shopfeed.h"
#include "store/records.h"

#include <QJsonValue>
#include <QString>

namespace anxin::platform {
struct AfterSaleListPage;
struct OrderPage;
} // namespace anxin::platform

namespace anxin::store {
class Database;
} // namespace anxin::store

namespace anxin::sync {

// One platform answer into the cache: the one home of each kind's write, for the shop's own sync, a fetch the
// agent asked for, and copying what the team's poller fetched (issue #35). Each call is one write; a page is
// written together with its stream's cursor, in one transaction. `fetchedAt` is the platform's clock when the
// answer came.

// afterSale.rejectReasonCodeList: the shop's reject reasons, replaced; how many.
core::Result<int> applyReasons(store::Database &db, const QString &shopId, const QJsonValue &data);
// A page of afterSale.List with the ticket stream's cursor after it. Rows cached exactly as they are (the keyset
// boundary and the overlap window read them again) are left alone and not counted.
core::Result<store::UpsertStats> applyTicketPage(store::Database &db, const QString &shopId,
                                                 const platform::AfterSaleListPage &page, qint64 fetchedAt,
                                                 const store::SyncCursor &cursor);
// A page of afterSale.List read outside the ticket stream's cursor (the open tickets by deadline, or a later window
// of the walk, issue #36): the same rows, no cursor moved. Stale rows never overwrite newer ones.
core::Result<store::UpsertStats> applyListedTickets(store::Database &db, const QString &shopId,
                                                    const platform::AfterSaleListPage &page, qint64 fetchedAt);
// A page of order.searchList with the order stream's cursor after it.
core::Result<store::UpsertStats> applyOrderPage(store::Database &db, const QString &shopId,
                                                const platform::OrderPage &page, const store::SyncCursor &cursor);
// A page of order.searchList read ahead of the order stream's cursor (a later window of its walk): no cursor moved.
core::Result<store::UpsertStats> applyListedOrders(store::Database &db, const QString &shopId,
                                                   const platform::OrderPage &page);
// afterSale.Detail: the ticket's detail, evidence, platform log and shop remarks, replaced.
core::Status applyDetail(store::Database &db, const QJsonValue &data, qint64 fetchedAt);
// product.detail.
core::Status applyProduct(store::Database &db, const QString &shopId, const QJsonValue &data, qint64 fetchedAt);
// logistics.trackNoRouteDetail of one shipped order: its scans and its pickup time.
core::Status applyRoute(store::Database &db, const QString &orderId, const QJsonValue &data, qint64 fetchedAt);
// shop.reputation: the day's snapshot (the platform's day, UTC+8), with our estimate of that moment (over the cache as
// it is) beside it.
core::Status applyReputation(store::Database &db, const QString &shopId, const QString &day, const QJsonValue &data,
                             qint64 fetchedAt);

// The kinds of answer a team's feed carries (core::FeedEntry::kind).
namespace feedkind {
inline const QString reasons = QStringLiteral("reasons");
inline const QString tickets = QStringLiteral("tickets");            // also the ticket stream's cursor name
inline const QString orders = QStringLiteral("orders");              // also the order stream's cursor name
inline const QString openTickets = QStringLiteral("open_tickets");   // a page of open tickets, outside the walk
inline const QString recentOrders = QStringLiteral("recent_orders"); // a page of recent orders, outside the walk
inline const QString detail = QStringLiteral("detail");
inline const QString product = QStringLiteral("product");
inline const QString route = QStringLiteral("route");
inline const QString reputation = QStringLiteral("reputation");
} // namespace feedkind

// An answer as the feed keeps it (compact JSON of its data), and back.
QByteArray encodeAnswer(const QJsonValue &data);
core::Result<QJsonValue> decodeAnswer(const QByteArray &json);

// One answer of the team's feed into this desk's cache, through the same writes as above (a page with its
// stream's cursor, so a desk that becomes the poller goes on where the feed is).
core::Status applyFeedEntry(store::Database &db, const QString &shopId, const core::FeedEntry &entry);

// The cursor name under which this desk keeps how far it copied the feed of one team database.
QString feedStream(const QString &feedIdentity);

} // namespace anxin::sync

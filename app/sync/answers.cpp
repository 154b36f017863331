#include "sync/answers.h"

#include "platform/parsers.h"
#include "store/cursorrepository.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/rejectreasonrepository.h"
#include "store/scoreinputsrepository.h"
#include "store/scoresnapshotrepository.h"
#include "store/shippingrepository.h"
#include "store/ticketdetailrepository.h"
#include "store/ticketrepository.h"
#include "store/writetransaction.h"
#include "sync/mapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anxin::sync {

namespace {

// A page's rows and its stream's cursor (none: a page read outside the walk), in the open transaction, committed
// together.
template <typename Repository, typename Row>
core::Result<store::UpsertStats> commitPage(store::Database &db, store::WriteTransaction &tx, const QList<Row> &rows,
                                            const store::SyncCursor *cursor)
{
    auto stats = Repository(db).upsertBatch(tx, rows);
    if (!stats)
        return stats.error();
    if (cursor) {
        if (auto st = store::CursorRepository(db).set(tx, *cursor); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return stats.value();
}

template <typename T>
core::Status statusOf(const core::Result<T> &r)
{
    if (!r)
        return r.error();
    return {};
}

} // namespace

core::Result<int> applyReasons(store::Database &db, const QString &shopId, const QJsonValue &data)
{
    auto reasons = platform::parseRejectReasons(data);
    if (!reasons)
        return reasons.error();
    QList<store::RejectReasonRecord> rows;
    for (const auto &reason : reasons.value())
        rows << toRejectReasonRecord(reason, shopId);
    if (auto st = store::RejectReasonRepository(db).replaceForShop(shopId, rows); !st)
        return st.error();
    return int(rows.size());
}

namespace {
core::Result<store::UpsertStats> applyTickets(store::Database &db, const QString &shopId,
                                              const platform::AfterSaleListPage &page, qint64 fetchedAt,
                                              const store::SyncCursor *cursor)
{
    QList<store::TicketRecord> rows;
    rows.reserve(page.items.size());
    QStringList ids;
    for (const auto &item : page.items) {
        rows << toTicketRecord(item, shopId, fetchedAt);
        ids << rows.last().aftersaleId;
    }
    store::WriteTransaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    // The same update_time alone is not enough to leave a row alone: a second change within the same second keeps
    // it (express refunds settle in 0 s; a buyer edits a request right after filing it).
    auto cached = store::TicketRepository(db).versions(ids);
    if (!cached)
        return cached.error();
    rows.removeIf([&](const store::TicketRecord &r) {
        const auto it = cached->constFind(r.aftersaleId);
        return it != cached->constEnd() && it->first == r.updateTime && it->second == r.rawJson;
    });
    return commitPage<store::TicketRepository>(db, tx, rows, cursor);
}
} // namespace

core::Result<store::UpsertStats> applyTicketPage(store::Database &db, const QString &shopId,
                                                 const platform::AfterSaleListPage &page, qint64 fetchedAt,
                                                 const store::SyncCursor &cursor)
{
    return applyTickets(db, shopId, page, fetchedAt, &cursor);
}

core::Result<store::UpsertStats> applyListedTickets(store::Database &db, const QString &shopId,
                                                    const platform::AfterSaleListPage &page, qint64 fetchedAt)
{
    return applyTickets(db, shopId, page, fetchedAt, nullptr);
}

namespace {
core::Result<store::UpsertStats> applyOrders(store::Database &db, const QString &shopId,
                                             const platform::OrderPage &page, const store::SyncCursor *cursor)
{
    QList<store::OrderRecord> rows;
    for (const auto &o : page.orders)
        rows << toOrderRecord(o, shopId);
    store::WriteTransaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    return commitPage<store::OrderRepository>(db, tx, rows, cursor);
}
} // namespace

core::Result<store::UpsertStats> applyOrderPage(store::Database &db, const QString &shopId,
                                                const platform::OrderPage &page, const store::SyncCursor &cursor)
{
    return applyOrders(db, shopId, page, &cursor);
}

core::Result<store::UpsertStats> applyListedOrders(store::Database &db, const QString &shopId,
                                                   const platform::OrderPage &page)
{
    return applyOrders(db, shopId, page, nullptr);
}

core::Status applyDetail(store::Database &db, const QJsonValue &data, qint64 fetchedAt)
{
    auto detail = platform::parseAfterSaleDetail(data);
    if (!detail)
        return detail.error();
    return store::TicketDetailRepository(db).replace(toDetailRecord(detail.value(), fetchedAt),
                                                     toEvidenceRecords(detail.value()), toLogRecords(detail.value()),
                                                     toRemarkRecords(detail.value()));
}

core::Status applyProduct(store::Database &db, const QString &shopId, const QJsonValue &data, qint64 fetchedAt)
{
    auto product = platform::parseProductDetail(data);
    if (!product)
        return product.error();
    return store::ProductRepository(db).upsertBatch({toProductRecord(product.value(), shopId, fetchedAt)});
}

core::Status applyRoute(store::Database &db, const QString &orderId, const QJsonValue &data, qint64 fetchedAt)
{
    auto route = platform::parseTrackRoute(data);
    if (!route)
        return route.error();
    // The scans are kept for the Shipping page's route view, with the check, in one write.
    return store::ShippingRepository(db).saveRoute(orderId, toRouteNodes(route.value()),
                                                   pickupTimeFromRoute(route.value()), fetchedAt);
}

core::Status applyReputation(store::Database &db, const QString &shopId, const QString &day, const QJsonValue &data,
                             qint64 fetchedAt)
{
    auto rep = platform::parseReputation(data);
    if (!rep)
        return rep.error();
    const QByteArray raw = QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
    store::ScoreSnapshotRecord snapshot = toScoreSnapshot(rep.value(), shopId, day, raw, fetchedAt);
    // Our estimate of the same moment beside it: the pair the calibration learns from (core/scorecalibration.h).
    const core::ScoreRules &rules = core::ScoreRules::builtin();
    auto inputs =
        store::ScoreInputsRepository(db, rules).inputs(shopId, core::InputsQuery::fromRules(rules, fetchedAt));
    if (!inputs)
        return inputs.error();
    const core::ScoreEstimate e = core::estimate(inputs.value(), rules);
    snapshot.estimateOverall = e.score(core::Dimension::Overall);
    snapshot.estimateProduct = e.score(core::Dimension::Product);
    snapshot.estimateLogistics = e.score(core::Dimension::Logistics);
    snapshot.estimateService = e.score(core::Dimension::Service);
    snapshot.estimateRules = rules.version;
    return store::ScoreSnapshotRepository(db).upsert(snapshot);
}

QByteArray encodeAnswer(const QJsonValue &data)
{
    if (data.isArray())
        return QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
}

core::Result<QJsonValue> decodeAnswer(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return core::Error::make(core::Error::Kind::Malformed,
                                 QStringLiteral("a feed answer is not JSON: %1").arg(error.errorString()));
    if (doc.isArray())
        return QJsonValue(doc.array());
    return QJsonValue(doc.object());
}

QString feedStream(const QString &feedIdentity)
{
    return QStringLiteral("team-feed:") + feedIdentity;
}

core::Status applyFeedEntry(store::Database &db, const QString &shopId, const core::FeedEntry &entry)
{
    auto data = decodeAnswer(entry.data);
    if (!data)
        return data.error();
    const auto cursor = [&](const QString &stream) {
        return store::SyncCursor{shopId, stream, entry.cursorTime, entry.cursorPage, entry.fetchedAt};
    };
    if (entry.kind == feedkind::reasons)
        return statusOf(applyReasons(db, shopId, data.value()));
    if (entry.kind == feedkind::tickets) {
        auto page = platform::parseAfterSaleList(data.value());
        if (!page)
            return page.error();
        return statusOf(applyTicketPage(db, shopId, page.value(), entry.fetchedAt, cursor(feedkind::tickets)));
    }
    if (entry.kind == feedkind::openTickets) {
        auto page = platform::parseAfterSaleList(data.value());
        if (!page)
            return page.error();
        return statusOf(applyListedTickets(db, shopId, page.value(), entry.fetchedAt));
    }
    if (entry.kind == feedkind::orders) {
        auto page = platform::parseOrderSearch(data.value());
        if (!page)
            return page.error();
        return statusOf(applyOrderPage(db, shopId, page.value(), cursor(feedkind::orders)));
    }
    if (entry.kind == feedkind::recentOrders) {
        auto page = platform::parseOrderSearch(data.value());
        if (!page)
            return page.error();
        return statusOf(applyListedOrders(db, shopId, page.value()));
    }
    if (entry.kind == feedkind::detail)
        return applyDetail(db, data.value(), entry.fetchedAt);
    if (entry.kind == feedkind::product)
        return applyProduct(db, shopId, data.value(), entry.fetchedAt);
    if (entry.kind == feedkind::route)
        return applyRoute(db, entry.key, data.value(), entry.fetchedAt);
    if (entry.kind == feedkind::reputation)
        return applyReputation(db, shopId, entry.key, data.value(), entry.fetchedAt);
    // A kind a newer desk publishes: left for a version of this desk that knows it.
    return {};
}

} // namespace anxin::sync

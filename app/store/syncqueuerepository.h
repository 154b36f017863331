#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace anxin::store {

class Database;

struct RouteCheck
{
    QString orderId;
    QString trackingNo;
    QString companyCode;
    qint64 shipTime = 0;
};

// What the sync engine should fetch next, beyond the paged streams.
class SyncQueueRepository
{
public:
    explicit SyncQueueRepository(Database &db)
        : m_db(db)
    {}

    // Open tickets of the shop whose detail is missing, closed ones changed after they closed (a remark from another
    // desk: closing moves update_time to final_time, nothing else does after), and any ticket whose cached detail
    // shows an older version of it; most urgent first. `scope`: the open ones only (every one: an agent acts on
    // them), or the closed ones only (up to `limit`; -1: all). Here and below, an item whose last fetch failed is
    // skipped until its back-off ends (ItemFailureRepository).
    enum class Scope
    {
        Open,
        Closed
    };
    core::Result<QStringList> ticketsNeedingDetail(const QString &shopId, Scope scope, qint64 now,
                                                   int limit = -1) const;
    // The same, among `ids` only (the tickets of a page just applied), by deadline.
    core::Result<QStringList> ticketsNeedingDetailAmong(const QString &shopId, Scope scope, const QStringList &ids,
                                                        qint64 now) const;
    // Closed guarantee claims (reason code in `reasonCodes`) applied since `since` whose detail was never fetched,
    // newest first: their evidence counts are what auto-approve dry-runs replay. Fetched after the open tickets.
    core::Result<QStringList> claimHistoryNeedingDetail(const QString &shopId, const QStringList &reasonCodes,
                                                        qint64 since, qint64 now, int limit) const;
    // Shipped orders with a carrier, a tracking number and no pickup scan yet, shipped more than `graceSecs`
    // ago (at any age), not signed for, not checked in the last hour (six hours once over 3 days old); least
    // recently checked first. Before them, once, those this desk asked about that were signed for since (the
    // route still holds the pickup time).
    core::Result<QList<RouteCheck>> ordersNeedingRoute(const QString &shopId, qint64 now, qint64 graceSecs,
                                                       int limit) const;
    // Records a route check; `pickupTime` 0 means the carrier has no pickup scan yet.
    core::Status recordRouteCheck(const QString &orderId, qint64 pickupTime, qint64 checkedAt);

private:
    Database &m_db;
};

} // namespace anxin::store

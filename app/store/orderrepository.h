#pragma once

#include "core/result.h"
#include "store/records.h"

#include <optional>

namespace anxin::store {

class Database;
class WriteTransaction;

// Orders and their lines. Buyer PII only as ciphertext + masked text (see records.h).
class OrderRepository
{
public:
    explicit OrderRepository(Database &db)
        : m_db(db)
    {}

    // Never backwards: an order older (update_time) than the stored one is ignored, lines included. When an
    // order is applied its lines are replaced by `lines`.
    core::Result<UpsertStats> upsertBatch(const QList<OrderRecord> &rows);
    core::Result<UpsertStats> upsertBatch(WriteTransaction &tx, const QList<OrderRecord> &rows);

    core::Result<std::optional<OrderRecord>> get(const QString &orderId) const; // with lines
    // Paid, not (fully) shipped (status 2 awaiting shipment, 101 partly shipped, 105 paid), by exp_ship_time;
    // only those promised by `dueBefore` when it is > 0.
    core::Result<QList<OrderRecord>> awaitingShipment(const QStringList &shopIds, qint64 dueBefore, int limit) const;
    // Shipped at least `minAgeSecs` before `now` with no pickup scan yet, oldest first.
    core::Result<QList<OrderRecord>> shippedWithoutPickup(qint64 now, qint64 minAgeSecs, int limit) const;
    // Records the first carrier scan (from logistics.trackNoRouteDetail); 0 rows -> NotFound.
    core::Status setPickupTime(const QString &orderId, qint64 pickupTime, qint64 signTime);

private:
    core::Result<QList<OrderRecord>> select(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace anxin::store

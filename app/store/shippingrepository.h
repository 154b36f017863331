#pragma once

#include "core/deadlines.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace anxin::store {

class Database;

// The Shipping board's rows: orders awaiting shipment, and shipped orders whose pickup is overdue
// (core::pickupOverdue). `now` and the pickup window come from the caller, so a fixed clock gives fixed answers.
struct ShippingFilter
{
    qint64 now = 0;
    qint64 pickupWindowSecs = 86400;
    QStringList shopIds;               // empty: every shop
    QList<core::ShipBand> bands;       // by ship_by - now; empty: every band
    std::optional<bool> presale;       // presell_type <> 0
    std::optional<bool> pickupOverdue; // true: only shipped orders without a pickup scan; false: only awaiting
    QString text;                      // whitespace-separated terms, each a substring of the order id or a product name
};

struct ShippingSort
{
    QString column = QStringLiteral("ship_by"); // one of ShippingRepository::sortColumns()
    bool descending = false;
};

struct ShippingRow
{
    QString orderId;
    QString shopId;
    int orderStatus = 0;
    qint64 payTime = 0;
    qint64 shipBy = 0;             // the promise (core::shipPromise)
    qint64 expShipTime = 0;        // as the platform sent it, or the rules' default when it sent none
    bool promiseEstimated = false; // shipBy is the rules' default promise: the platform gave none
    qint64 shipTime = 0;
    qint64 pickupTime = 0;
    qint64 signTime = 0;
    qint64 routeCheckedAt = 0;
    int presellType = 0;
    qint64 payAmount = 0;
    QString productName; // the first line's
    int lineCount = 0;
    QString trackingNo;
    QString companyCode;
    QString companyName;
    int refundsOpen = 0;   // the buyer's refund requests before shipping (type 2) still open
    int linesRefunded = 0; // ... and the lines they refunded (core::refundHold)
};

// One scan of a carrier's route, as last fetched.
struct RouteNodeRecord
{
    int seq = 0;
    qint64 time = 0;
    QString content;
    QString state;
    QString stateDescription;
};

// Shipping reads for the board, the forecast and the route view; all SQL for them lives here.
class ShippingRepository
{
public:
    explicit ShippingRepository(Database &db)
        : m_db(db)
    {}

    core::Result<int> count(const ShippingFilter &filter) const;
    core::Result<QList<ShippingRow>> page(const ShippingFilter &filter, const ShippingSort &sort, int offset,
                                          int limit) const;
    // Keyset window: the `limit` rows that follow `after` (a row of the previous window, normally its last) in the
    // same order; no OFFSET walk.
    core::Result<QList<ShippingRow>> pageAfter(const ShippingFilter &filter, const ShippingSort &sort,
                                               const ShippingRow &after, int limit) const;
    // Rows per band (ignoring filter.bands) plus, under key -1, the shipped rows with pickup overdue.
    core::Result<QHash<int, int>> bandCounts(const ShippingFilter &filter) const;
    static QStringList sortColumns();

    // Every shop's orders awaiting shipment in promise order (ship_by, then id): one pass over orders_board.
    struct Queue
    {
        QList<qint64> promises;
        QStringList orderIds;
    };
    core::Result<QHash<QString, Queue>> queues() const;
    // Orders of the shop shipped in [since, until).
    core::Result<int> shippedBetween(const QString &shopId, qint64 since, qint64 until) const;
    // Shops with orders awaiting shipment, by id.
    core::Result<QStringList> boardShops() const;

    core::Result<QList<RouteNodeRecord>> route(const QString &orderId) const;
    // Replaces the cached route and records the check (and the pickup scan, when one was found), in one write.
    core::Status saveRoute(const QString &orderId, const QList<RouteNodeRecord> &nodes, qint64 pickupTime,
                           qint64 checkedAt);

private:
    struct Where
    {
        QString sql;
        QVariantList binds;
    };
    static Where buildWhere(const ShippingFilter &filter, bool withBands);
    core::Result<QList<ShippingRow>> window(const ShippingFilter &filter, const ShippingSort &sort,
                                            const ShippingRow *after, int offset, int limit) const;

    Database &m_db;
};

} // namespace anxin::store

#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace anxin::store {

class Database;

// One thing with a deadline: a ticket's current step, or an order's promised ship-by time.
struct DueItem
{
    enum class Kind
    {
        Ticket,
        Order
    };
    Kind kind = Kind::Ticket;
    QString id; // aftersale_id or order_id
    QString shopId;
    qint64 deadline = 0; // status_deadline or exp_ship_time
    int status = 0;
    int type = 0;       // aftersale_type (tickets)
    qint64 amount = 0;  // refund or order amount, fen
    QString title;      // product name
    QString reasonCode; // tickets: to tell guarantee claims apart
};

// An express refund (paid out by the platform at once) on an order that had already shipped: the parcel should
// be intercepted with the carrier.
struct InterceptAlert
{
    QString aftersaleId;
    QString orderId;
    QString shopId;
    qint64 refundAmount = 0;
    qint64 refundedAt = 0;
    QString companyName;
    QString trackingNo;
    QString productName;
};

// The workbench's reads: what falls due soon across shops and deadline kinds (the handover board is
// models::loadHandover).
class WorkbenchRepository
{
public:
    explicit WorkbenchRepository(Database &db)
        : m_db(db)
    {}

    // Open tickets and orders awaiting shipment whose deadline is before `until` (overdue ones included),
    // soonest first.
    core::Result<QList<DueItem>> dueBefore(qint64 until, int limit) const;
    // Express refunds on shipped orders, refunded since `since`, newest first.
    core::Result<QList<InterceptAlert>> interceptAlerts(qint64 since, int limit) const;
    // Decisions still waiting to reach the platform whose open ticket's deadline is before `until` (passed ones
    // included): they may arrive after the platform decided for the buyer.
    core::Result<int> waitingDecisionsDueBefore(qint64 until) const;
    // The same decisions' tickets (one row per ticket), by deadline.
    core::Result<QList<DueItem>> waitingDecisionTickets(qint64 until, int limit) const;

private:
    Database &m_db;
};

} // namespace anxin::store

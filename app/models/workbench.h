#pragma once

#include "core/deadlines.h"
#include "core/guaranteerules.h"
#include "core/result.h"
#include "models/session/cachehost.h"
#include "models/session/cachequery.h"
#include "models/ticketdetails.h"
#include "store/workbenchrepository.h"

#include <QHash>
#include <QList>

namespace anxin::store {
class Database;
}

namespace anxin::models {

// What falls due soon, by kind: a ticket's step, a guarantee claim's response, an order's ship-by time.
enum class DueKind
{
    Ticket,
    Claim,
    Shipping
};

struct WorkbenchItem
{
    DueKind kind = DueKind::Ticket;
    store::DueItem item;
    core::DeadlineBand band = core::DeadlineBand::None;
};

struct Workbench
{
    qint64 now = 0;
    qint64 horizonSecs = 4 * 3600;
    QList<WorkbenchItem> next;          // due within the horizon (overdue included), soonest first
    QHash<int, QHash<int, int>> counts; // DueKind → DeadlineBand → count (within the horizon)
    int shiftTickets = 0;               // due during the next shift (8 h)
    int shiftOrders = 0;
    int pending = 0; // decisions waiting to sync
    int conflicts = 0;
    int late = 0; // of `pending`, those that may reach the platform too late (core::queueTiming)
    QList<store::InterceptAlert> intercepts; // express refunds on shipped orders, last 7 days
    QList<HandoverNote> handover;            // handover notes of the last 24 h, from every desk of the shop
    int count(DueKind kind, core::DeadlineBand band) const { return counts.value(int(kind)).value(int(band)); }
};

core::Result<Workbench> loadWorkbench(store::Database &db, qint64 now, qint64 horizonSecs = 4 * 3600);

// loadWorkbench(now) off the UI thread, for the Workbench page.
using WorkbenchQuery = CacheQuery<Workbench, qint64>;
std::unique_ptr<WorkbenchQuery> workbenchQuery(const CacheHost &cache, QObject *owner);

} // namespace anxin::models

#include "models/teamqueue.h"

#include "store/ticketrepository.h"

namespace anxin::models {

core::Result<QList<team::QueuedTicket>> openTeamQueue(store::Database &db, const QString &shopId)
{
    store::TicketFilter open;
    open.openOnly = true;
    if (!shopId.isEmpty())
        open.shopIds = {shopId};
    const auto rows = store::TicketRepository(db).page(open, {}, 0, 1'000'000);
    if (!rows)
        return rows.error();
    QList<team::QueuedTicket> queue;
    for (const store::TicketListRow &r : rows.value()) {
        if (r.statusDeadline > 0)
            queue << team::QueuedTicket{r.aftersaleId, r.statusDeadline};
    }
    return queue;
}

} // namespace anxin::models

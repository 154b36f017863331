#include "models/workbench.h"

#include "store/database.h"
#include "store/outboxrepository.h"

namespace anxin::models {

core::Result<Workbench> loadWorkbench(store::Database &db, qint64 now, qint64 horizonSecs)
{
    Workbench w;
    w.now = now;
    w.horizonSecs = horizonSecs;
    constexpr qint64 kShift = 8 * 3600;
    store::WorkbenchRepository repo(db);
    auto due = repo.dueBefore(now + std::max(horizonSecs, kShift), 5000);
    if (!due)
        return due.error();
    const auto &rules = core::GuaranteeRules::builtin();
    for (const auto &d : due.value()) {
        if (d.deadline < now + kShift) {
            if (d.kind == store::DueItem::Kind::Order)
                ++w.shiftOrders;
            else
                ++w.shiftTickets;
        }
        if (d.deadline >= now + horizonSecs)
            continue;
        WorkbenchItem item;
        item.item = d;
        item.kind = d.kind == store::DueItem::Kind::Order                                ? DueKind::Shipping
                    : rules.kindForReason(d.reasonCode.toInt()) != core::ClaimKind::None ? DueKind::Claim
                                                                                         : DueKind::Ticket;
        item.band = core::deadlineBand(d.deadline, now);
        ++w.counts[int(item.kind)][int(item.band)];
        w.next << item;
    }
    const auto counts = store::OutboxRepository(db).countsByState().valueOr({});
    w.pending = store::waitingCount(counts);
    w.conflicts = counts.value(store::OutboxState::Conflict);
    w.late = repo.waitingDecisionsDueBefore(now + core::kQueueRiskSecs).valueOr(0);
    w.intercepts = repo.interceptAlerts(now - 7 * 86400, 50).valueOr({});
    w.handover = loadHandover(db, now - 86400, 50).valueOr({});
    return w;
}

std::unique_ptr<WorkbenchQuery> workbenchQuery(const CacheHost &cache, QObject *owner)
{
    return std::make_unique<WorkbenchQuery>(
        cache.database(), [](store::Database &db, qint64 now) { return loadWorkbench(db, now); },
        QStringLiteral("anxin-workbench"), owner);
}

} // namespace anxin::models

#pragma once

#include "core/autorule.h"
#include "core/result.h"
#include "sync/decisions.h"

#include <QHash>

#include <optional>

namespace anxin::store {
class Database;
}

namespace anxin::sync {

// The decision that settles a claim the way its guarantee prescribes at the ticket's current step: fresh → agree
// the refund (refund only, op 201); allergy → agree the return (op 101) at review, then confirm receipt and refund
// (op 111). nullopt when the ticket is at no such step or its type does not match the remedy.
std::optional<DecisionAction> guaranteeAction(core::ClaimKind kind, int aftersaleType, int aftersaleStatus);

// The merchant's auto-approve rules: owner-only editing (checked here, not only by the UI), dry-runs over the
// cached history, shadow labels, and live runs that queue approvals through the outbox as "rule:<name>".
class AutoRuleService
{
public:
    explicit AutoRuleService(store::Database &db)
        : m_db(db)
    {}

    core::Result<QList<core::AutoRule>> rules() const;
    // Owner only; audited ("rule.save" / "rule.remove", actor = the owner). Returns the rule's id.
    core::Result<qint64> save(const core::AutoRule &rule, const Actor &actor, qint64 now);
    core::Status remove(qint64 ruleId, const Actor &actor, qint64 now);

    // Replays the rule over claims the platform closed in the `periodS` before `now`.
    core::Result<core::DryRunSummary> dryRun(const core::AutoRule &rule, qint64 now, qint64 periodS = 90 * 86400) const;
    // Open claims a shadow-mode rule would approve: aftersale id → rule name (the first rule by name).
    core::Result<QHash<QString, QString>> shadowLabels() const;

    struct LiveReport
    {
        int queued = 0;
        int waiting = 0;      // claims of shops whose history is still loading: judged once it is in the cache
        QStringList problems; // "ticket: why" for decisions the DecisionService refused
    };
    // Every live rule over every open claim without a decision in flight; each approval queued with its audit
    // entry as "rule:<name>". Hard limits hold (core::judgeClaim); the DecisionService validates each decision.
    // `returnAddressId`: where allergy returns go (approving a return needs it).
    LiveReport runLive(qint64 now, const QString &returnAddressId);

private:
    store::Database &m_db;
};

} // namespace anxin::sync

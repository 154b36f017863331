#include "sync/autorules.h"

#include "core/permissions.h"
#include "store/auditrepository.h"
#include "store/autorulerepository.h"
#include "store/claimrepository.h"
#include "store/database.h"
#include "store/writetransaction.h"
#include "sync/shopsyncer.h"

#include <QJsonDocument>

namespace anxin::sync {

using core::Error;

std::optional<DecisionAction> guaranteeAction(core::ClaimKind kind, int type, int status)
{
    auto op = [&](DecisionAction a) {
        auto plan = planFor(a, type, status);
        return plan ? plan->operateType : 0;
    };
    switch (kind) {
    case core::ClaimKind::Fresh:
        if (op(DecisionAction::Approve) == 201)
            return DecisionAction::Approve;
        break;
    case core::ClaimKind::Allergy:
        if (op(DecisionAction::Approve) == 101)
            return DecisionAction::Approve;
        if (op(DecisionAction::ConfirmReceipt) == 111)
            return DecisionAction::ConfirmReceipt;
        break;
    case core::ClaimKind::None:
        break;
    }
    return std::nullopt;
}

core::Result<QList<core::AutoRule>> AutoRuleService::rules() const
{
    return store::AutoRuleRepository(m_db).list();
}

namespace {
core::Status ownerOnly(const Actor &actor)
{
    if (auto st = core::Permissions::check(actor.role, core::Action::EditRules); !st)
        return st;
    if (actor.name.isEmpty() || actor.name.startsWith(QLatin1String("rule:")))
        return Error::coded(Error::Kind::Forbidden, "rule.person_only", {},
                            QStringLiteral("rules are edited by a person"));
    return {};
}
} // namespace

core::Result<qint64> AutoRuleService::save(const core::AutoRule &rule, const Actor &actor, qint64 now)
{
    if (auto st = ownerOnly(actor); !st)
        return st.error();
    if (auto valid = rule.validate(); !valid)
        return valid.error();
    qint64 id = 0;
    const core::Status st = store::inWriteTransaction(
        m_db,
        [&](store::WriteTransaction &tx) -> core::Status {
            auto saved = store::AutoRuleRepository(m_db).save(tx, rule, actor.name, now);
            if (!saved)
                return saved.error();
            id = saved.value();
            store::AuditEntry audit;
            audit.at = now;
            audit.actor = actor.name;
            audit.action = QStringLiteral("rule.save");
            audit.subject = rule.name;
            audit.detailJson = QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact));
            auto a = store::AuditRepository(m_db).append(tx, audit);
            return a ? core::Status{} : core::Status(a.error());
        },
        store::WriteTransaction::Durability::Full);
    if (!st)
        return st.error();
    return id;
}

core::Status AutoRuleService::remove(qint64 ruleId, const Actor &actor, qint64 now)
{
    if (auto st = ownerOnly(actor); !st)
        return st;
    auto rule = store::AutoRuleRepository(m_db).get(ruleId);
    if (!rule)
        return rule.error();
    if (!rule.value())
        return Error::make(Error::Kind::NotFound, QStringLiteral("rule %1 does not exist").arg(ruleId));
    return store::inWriteTransaction(
        m_db,
        [&](store::WriteTransaction &tx) -> core::Status {
            if (auto st = store::AutoRuleRepository(m_db).remove(tx, ruleId); !st)
                return st;
            store::AuditEntry audit;
            audit.at = now;
            audit.actor = actor.name;
            audit.action = QStringLiteral("rule.remove");
            audit.subject = rule.value()->name;
            auto a = store::AuditRepository(m_db).append(tx, audit);
            return a ? core::Status{} : core::Status(a.error());
        },
        store::WriteTransaction::Durability::Full);
}

core::Result<core::DryRunSummary> AutoRuleService::dryRun(const core::AutoRule &rule, qint64 now, qint64 periodS) const
{
    const auto &rules = core::GuaranteeRules::builtin();
    auto rows = store::ClaimRepository(m_db).closedClaims(rules, now - periodS, now);
    if (!rows)
        return rows.error();
    core::DryRunSummary s;
    for (const store::ClaimRow &c : rows.value()) {
        const core::Eligibility e = core::evaluateClaim(c.facts, rules);
        if (e.kind != rule.kind)
            continue;
        const core::RuleJudgement j = core::judgeClaim(rule, c.facts, e, c.detailCached);
        core::DryRunEntry entry{
            c.aftersaleId, c.productName, j.amountFen, j.approve, core::outcomeOfStatus(c.aftersaleStatus), j.skips};
        ++s.replayed;
        if (!c.detailCached)
            ++s.evidenceUnknown;
        if (entry.ruleApproves) {
            ++s.wouldDecide;
            s.totalFen += entry.amountFen;
        }
        if (entry.ruleApproves && entry.outcome == core::ClaimOutcome::Rejected)
            ++s.disagreements;
        if (!entry.ruleApproves && entry.outcome == core::ClaimOutcome::Approved)
            ++s.missedApprovals;
        s.entries << entry;
    }
    return s;
}

core::Result<QHash<QString, QString>> AutoRuleService::shadowLabels() const
{
    auto all = rules();
    if (!all)
        return all.error();
    QList<core::AutoRule> shadow;
    for (const auto &r : all.value()) {
        if (r.mode == core::RuleMode::Shadow)
            shadow << r;
    }
    QHash<QString, QString> out;
    if (shadow.isEmpty())
        return out;
    const auto &g = core::GuaranteeRules::builtin();
    auto claims = store::ClaimRepository(m_db).openClaims(g);
    if (!claims)
        return claims.error();
    for (const store::ClaimRow &c : claims.value()) {
        const core::Eligibility e = core::evaluateClaim(c.facts, g);
        if (!guaranteeAction(e.kind, c.aftersaleType, c.aftersaleStatus))
            continue;
        for (const auto &r : shadow) {
            if (core::judgeClaim(r, c.facts, e, c.detailCached).approve) {
                out.insert(c.aftersaleId, r.name);
                break;
            }
        }
    }
    return out;
}

AutoRuleService::LiveReport AutoRuleService::runLive(qint64 now, const QString &returnAddressId)
{
    LiveReport report;
    auto all = rules();
    if (!all) {
        report.problems << all.error().message;
        return report;
    }
    QList<core::AutoRule> live;
    for (const auto &r : all.value()) {
        if (r.mode == core::RuleMode::Live)
            live << r;
    }
    if (live.isEmpty())
        return report;
    const auto &g = core::GuaranteeRules::builtin();
    auto claims = store::ClaimRepository(m_db).openClaims(g);
    if (!claims) {
        report.problems << claims.error().message;
        return report;
    }
    // A shop whose history is still loading may hold a buyer's earlier claims it has not seen yet: its claims wait.
    auto loading = shopsLoadingHistory(m_db);
    if (!loading) {
        report.problems << loading.error().message;
        return report;
    }
    DecisionService decisions(m_db);
    for (const store::ClaimRow &c : claims.value()) {
        if (c.pendingDecisions > 0)
            continue;
        if (loading->contains(c.shopId)) {
            ++report.waiting;
            continue;
        }
        const core::Eligibility e = core::evaluateClaim(c.facts, g);
        const auto action = guaranteeAction(e.kind, c.aftersaleType, c.aftersaleStatus);
        if (!action)
            continue;
        for (const auto &r : live) {
            if (!core::judgeClaim(r, c.facts, e, c.detailCached).approve)
                continue;
            DecisionInput in;
            in.aftersaleId = c.aftersaleId;
            in.action = *action;
            in.origin = QStringLiteral("rule:") + r.name;
            in.receiverAddressId = returnAddressId;
            // The rule acts with the owner's authority; the outbox and audit record it as the rule.
            const Actor actor{in.origin, Role::Owner, 0};
            auto id = decisions.decide(in, actor, now);
            if (id)
                ++report.queued;
            else
                report.problems << QStringLiteral("%1: %2").arg(c.aftersaleId, id.error().message);
            break;
        }
    }
    return report;
}

} // namespace anxin::sync

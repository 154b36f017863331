#include "sync/decisions.h"

#include "core/deadlines.h"
#include "core/eligibility.h"
#include "core/guaranteerules.h"
#include "core/money.h"
#include "core/shopremark.h"
#include "platform/requests.h"
#include "store/claimrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/rejectreasonrepository.h"
#include "store/ticketdetailrepository.h"
#include "store/ticketrepository.h"
#include "store/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace anxin::sync {

using core::Error;

const char *actionKey(DecisionAction action)
{
    switch (action) {
    case DecisionAction::Approve:
        return "approve";
    case DecisionAction::Reject:
        return "reject";
    case DecisionAction::ConfirmReceipt:
        return "confirm_receipt";
    case DecisionAction::RejectAfterReceipt:
        return "reject_after_receipt";
    case DecisionAction::Extend:
        return "extend";
    case DecisionAction::Note:
        return "note";
    }
    return "";
}

bool actionFromKey(const QString &key, DecisionAction *out)
{
    for (auto a : {DecisionAction::Approve, DecisionAction::Reject, DecisionAction::ConfirmReceipt,
                   DecisionAction::RejectAfterReceipt, DecisionAction::Extend, DecisionAction::Note}) {
        if (key == QLatin1String(actionKey(a))) {
            *out = a;
            return true;
        }
    }
    return false;
}

namespace {
bool refundOnly(int type)
{
    return type == 1 || type == 2 || type == 6;
}
bool exchangeLike(int type)
{
    return type == 3 || type == 7 || type == 8;
}
Error notApplicable(const char *what, int type, int status)
{
    return Error::coded(
        Error::Kind::Usage, "decision.not_at_this_step",
        {QLatin1String(what), QString::number(type), QString::number(status)},
        QStringLiteral("cannot %1 a ticket of type %2 in status %3").arg(QLatin1String(what)).arg(type).arg(status));
}
} // namespace

namespace {

// The guard on rejecting a guarantee claim: "" when the rejection may go as it is, the owner's override reason
// when it goes on that, an error otherwise.
core::Result<QString> claimRejectGuard(const store::TicketRecord &t, const store::RejectReasonRecord &reason,
                                       const DecisionInput &in, const Actor &actor, store::Database &db)
{
    const auto &rules = core::GuaranteeRules::builtin();
    if (in.action != DecisionAction::Reject || rules.kindForReason(t.reasonCode.toInt()) == core::ClaimKind::None)
        return QString();
    auto claim = store::ClaimRepository(db).claim(rules, t.aftersaleId);
    if (!claim)
        return claim.error();
    if (core::evaluateClaim(claim.value().facts, rules).verdict != core::Verdict::Eligible)
        return QString();
    if (reason.evidenceNeed && !in.evidenceUrls.isEmpty())
        return QString();
    const QString why = in.overrideReason.trimmed();
    if (why.isEmpty())
        return Error::coded(Error::Kind::Usage, "decision.claim_needs_counter_evidence", {t.aftersaleId},
                            QStringLiteral("ticket %1 is a guarantee claim that meets its rules: reject it only with a "
                                           "reason that needs evidence and the counter-evidence attached, or, as an "
                                           "owner, write why you override")
                                .arg(t.aftersaleId));
    if (actor.role != Role::Owner)
        return Error::coded(Error::Kind::Forbidden, "decision.override_owner_only", {},
                            QStringLiteral("only an owner can reject a guarantee claim that meets its rules without "
                                           "counter-evidence"));
    return why;
}

} // namespace

core::Result<OperationPlan> planFor(DecisionAction action, int type, int status)
{
    const QString operate = QStringLiteral("afterSale.operate");
    switch (action) {
    case DecisionAction::Approve:
        if (status != 6)
            break;
        if (refundOnly(type))
            return OperationPlan{201, operate, {12}};
        if (type == 0)
            return OperationPlan{101, operate, {7, 11}};
        if (exchangeLike(type))
            return OperationPlan{301, operate, {7, 11, 13, 14}};
        break;
    case DecisionAction::Reject:
        if (status != 6)
            break;
        if (refundOnly(type))
            return OperationPlan{202, operate, {27}};
        if (type == 0)
            return OperationPlan{102, operate, {27}};
        if (exchangeLike(type))
            return OperationPlan{302, operate, {27}};
        break;
    case DecisionAction::ConfirmReceipt:
        if (status != 11)
            break;
        if (type == 0)
            return OperationPlan{111, operate, {12}};
        if (type == 3 || type == 8)
            return OperationPlan{311, operate, {13, 14}};
        break;
    case DecisionAction::RejectAfterReceipt:
        if (status == 11 && (type == 0 || type == 3 || type == 8))
            return OperationPlan{112, operate, {29}};
        break;
    case DecisionAction::Extend:
        if (status == 7 || status == 11)
            return OperationPlan{0, QStringLiteral("afterSale.timeExtend"), {}};
        break;
    case DecisionAction::Note:
        // A note is the shop's remark on the ticket, shared with every desk of the shop (any status).
        return OperationPlan{0, QString::fromLatin1(platform::AddOrderRemarkRequest::kMethod), {}};
    }
    return notApplicable(actionKey(action), type, status);
}

core::Result<qint64> DecisionService::decide(const DecisionInput &in, const Actor &actor, qint64 now)
{
    auto entry = prepare(in, actor, now);
    if (!entry)
        return entry.error();
    return store::OutboxRepository(m_db).enqueue(entry.value(), now);
}

QList<core::Result<qint64>> DecisionService::decideBatch(const QList<DecisionInput> &inputs, const Actor &actor,
                                                         qint64 now)
{
    QList<core::Result<qint64>> results;
    QList<std::pair<qsizetype, store::OutboxEntry>> valid;
    QSet<QString> seen;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const DecisionInput &in = inputs.at(i);
        if (seen.contains(in.aftersaleId)) {
            results << core::Result<qint64>(
                Error::coded(Error::Kind::Usage, "decision.twice_in_batch", {in.aftersaleId},
                             QStringLiteral("ticket %1 is twice in the batch").arg(in.aftersaleId)));
            continue;
        }
        seen.insert(in.aftersaleId);
        auto entry = prepare(in, actor, now);
        if (entry)
            valid.append({i, entry.value()});
        results << (entry ? core::Result<qint64>(qint64(0)) : core::Result<qint64>(entry.error()));
    }
    // All valid decisions become visible together: a sync running meanwhile sees the whole batch or none.
    store::OutboxRepository outbox(m_db);
    const core::Status st = store::inWriteTransaction(
        m_db,
        [&](store::WriteTransaction &tx) -> core::Status {
            for (auto &[index, entry] : valid) {
                auto id = outbox.enqueue(tx, entry, now);
                if (!id)
                    return id.error();
                results[index] = id.value();
            }
            return {};
        },
        store::WriteTransaction::Durability::Full);
    if (!st) {
        for (auto &[index, entry] : valid)
            results[index] = st.error();
    }
    return results;
}

core::Result<QJsonObject> DecisionService::notePayload(const store::TicketRecord &t, const DecisionInput &in,
                                                       const Actor &actor, qint64 now)
{
    const QString text = in.remark.trimmed();
    if (text.isEmpty())
        return Error::coded(Error::Kind::Usage, "note.empty", {}, QStringLiteral("a note needs some text"));
    const QString author = in.origin.isEmpty() ? actor.name : in.origin;
    const QString remark = core::ShopRemarks::compose(author, text, in.handover);
    if (remark.size() > core::ShopRemarks::kMaxChars) {
        const int room = core::ShopRemarks::roomForText(author, in.handover);
        return Error::coded(Error::Kind::Usage, "note.too_long", {QString::number(room), QString::number(text.size())},
                            QStringLiteral("a note has room for %1 characters beside its author; this one has %2")
                                .arg(room)
                                .arg(text.size()));
    }
    // Every note is a platform call that moves the ticket: keep a desk from flooding one ticket.
    auto existing = store::OutboxRepository(m_db).listForTicket(t.aftersaleId);
    if (!existing)
        return existing.error();
    int lastHour = 0;
    for (const auto &e : existing.value()) {
        if (e.action == QLatin1String("note") && e.createdAt > now - 3600 && e.state != store::OutboxState::Cancelled &&
            e.state != store::OutboxState::Failed)
            ++lastHour;
    }
    if (lastHour >= core::ShopRemarks::kMaxPerHour)
        return Error::coded(Error::Kind::RateLimited, "note.too_many",
                            {QString::number(core::ShopRemarks::kMaxPerHour)},
                            QStringLiteral("%1 notes on this ticket in the last hour already; write one longer note")
                                .arg(core::ShopRemarks::kMaxPerHour));
    return QJsonObject{{QStringLiteral("remark"), remark},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("handover"), in.handover},
                       {QStringLiteral("order_id"), t.shopOrderId}};
}

core::Result<store::OutboxEntry> DecisionService::prepare(const DecisionInput &in, const Actor &actor, qint64 now)
{
    if (actor.name.isEmpty())
        return Error::coded(Error::Kind::Usage, "decision.no_user", {},
                            QStringLiteral("every decision records who made it"));
    auto found = store::TicketRepository(m_db).get(in.aftersaleId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::coded(Error::Kind::NotFound, "decision.ticket_not_cached", {in.aftersaleId},
                            QStringLiteral("ticket %1 is not in the cache").arg(in.aftersaleId));
    const store::TicketRecord &t = *found.value();
    const bool isNote = in.action == DecisionAction::Note;
    if (!isNote && t.finalTime != 0)
        return Error::coded(Error::Kind::Conflict, "decision.ticket_closed", {in.aftersaleId},
                            QStringLiteral("ticket %1 is already closed on the platform").arg(in.aftersaleId));
    auto plan = planFor(in.action, t.aftersaleType, t.aftersaleStatus);
    if (!plan)
        return plan.error();
    if (in.action == DecisionAction::Extend) {
        // Once per ticket, and only when about 2 days remain: the core's rule, not only a disabled button.
        auto extended = store::TicketDetailRepository(m_db).extendedBefore(t.aftersaleId);
        if (!extended)
            return extended.error();
        switch (core::extendCheck(t.aftersaleStatus, t.statusDeadline, now, extended.value())) {
        case core::ExtendCheck::Allowed:
        case core::ExtendCheck::WrongStep: // planFor said the step is right
            break;
        case core::ExtendCheck::AlreadyExtended:
            return Error::coded(Error::Kind::Usage, "decision.extend_used", {t.aftersaleId},
                                QStringLiteral("ticket %1 was extended once already; the platform allows one extension")
                                    .arg(t.aftersaleId));
        case core::ExtendCheck::TooEarly:
            return Error::coded(Error::Kind::Usage, "decision.extend_too_early",
                                {t.aftersaleId, QString::number(t.statusDeadline - now)},
                                QStringLiteral("ticket %1 can be extended only when 2 days or less remain (%2 left)")
                                    .arg(t.aftersaleId, QString::fromLatin1(core::spanText(t.statusDeadline - now))));
        case core::ExtendCheck::DeadlinePassed:
            return Error::coded(
                Error::Kind::Conflict, "decision.extend_deadline_passed", {t.aftersaleId},
                QStringLiteral("ticket %1's deadline has passed: nothing left to extend").arg(t.aftersaleId));
        }
    }

    // Roles are enforced here, not only by disabled buttons.
    // Extending a deadline moves no money, so it is limited like a note.
    const bool movesMoney = !isNote && in.action != DecisionAction::Extend;
    if (auto allowed = core::Permissions::check(actor.role, movesMoney ? core::Action::Decide : core::Action::Note,
                                                movesMoney ? t.refundAmount : 0, actor.agentLimitFen);
        !allowed)
        return allowed.error();

    QJsonObject payload{{QStringLiteral("op"), plan->operateType},
                        {QStringLiteral("method"), plan->method},
                        {QStringLiteral("original_status"), t.aftersaleStatus},
                        // An extension moves only the deadline: the read-back of a lost answer compares it.
                        {QStringLiteral("original_deadline"), t.statusDeadline},
                        {QStringLiteral("done_statuses"), QJsonArray::fromVariantList([&] {
                             QVariantList l;
                             for (int s : plan->doneStatuses)
                                 l << s;
                             return l;
                         }())}};
    if (isNote) {
        auto note = notePayload(t, in, actor, now);
        if (!note)
            return note.error();
        for (auto it = note.value().constBegin(); it != note.value().constEnd(); ++it)
            payload.insert(it.key(), it.value());
    } else if (!in.remark.isEmpty()) {
        payload.insert(QStringLiteral("remark"), in.remark);
    }
    if (!in.origin.isEmpty())
        payload.insert(QStringLiteral("origin"), in.origin);

    const bool reject = in.action == DecisionAction::Reject || in.action == DecisionAction::RejectAfterReceipt;
    if (reject) {
        auto reason = store::RejectReasonRepository(m_db).get(t.shopId, int(in.rejectReasonCode));
        if (!reason)
            return reason.error();
        if (!reason.value())
            return Error::coded(Error::Kind::Usage, "decision.reason_unknown", {QString::number(in.rejectReasonCode)},
                                QStringLiteral("reject reason code %1 is not in the platform's list "
                                               "for this shop; sync to refresh it")
                                    .arg(in.rejectReasonCode));
        if (in.remark.trimmed().isEmpty())
            return Error::coded(Error::Kind::Usage, "decision.remark_needed", {},
                                QStringLiteral("a rejection needs a remark for the buyer"));
        if (reason.value()->evidenceNeed && in.evidenceUrls.isEmpty())
            return Error::coded(Error::Kind::Usage, "decision.evidence_needed", {reason.value()->reason},
                                QStringLiteral("reason %1 (%2) needs evidence: attach at least one "
                                               "image")
                                    .arg(in.rejectReasonCode)
                                    .arg(reason.value()->reason));
        // A valid guarantee claim is rejected only with counter-evidence: a reason whose evidence_need is Y and
        // the images. Anything else is an owner's override, in writing (domain-rules §3).
        if (auto guard = claimRejectGuard(t, *reason.value(), in, actor, m_db); !guard)
            return guard.error();
        else if (!guard.value().isEmpty())
            payload.insert(QStringLiteral("override_reason"), guard.value());
        payload.insert(QStringLiteral("reject_reason_code"), in.rejectReasonCode);
        payload.insert(QStringLiteral("reason"), reason.value()->reason);
        payload.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(in.evidenceUrls));
    }
    if (plan->operateType == 101) {
        if (in.receiverAddressId.isEmpty())
            return Error::coded(Error::Kind::Usage, "decision.address_needed", {},
                                QStringLiteral("approving a return needs the return address"));
        payload.insert(QStringLiteral("receiver_address_id"), in.receiverAddressId);
    }

    // One decision at a time per ticket: a second one would race the first on the platform.
    if (!isNote) {
        auto existing = store::OutboxRepository(m_db).listForTicket(in.aftersaleId);
        if (!existing)
            return existing.error();
        for (const auto &e : existing.value()) {
            if (store::isWaiting(e.state) && e.action != QLatin1String("note"))
                return Error::coded(
                    Error::Kind::Conflict, "decision.one_waiting", {e.action},
                    QStringLiteral("a %1 decision on this ticket is still waiting to sync; undo it first")
                        .arg(e.action));
        }
    }

    store::OutboxEntry entry;
    entry.shopId = t.shopId;
    entry.aftersaleId = t.aftersaleId;
    entry.action = QString::fromLatin1(actionKey(in.action));
    entry.payloadJson = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    entry.expectedUpdateTime = t.updateTime;
    entry.createdBy = in.origin.isEmpty() ? actor.name : in.origin;
    return entry;
}

core::Status DecisionService::undo(qint64 outboxId, const Actor &actor, qint64 now)
{
    return store::OutboxRepository(m_db).cancel(outboxId, actor.name, now);
}

} // namespace anxin::sync

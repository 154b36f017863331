#pragma once

#include "core/permissions.h"
#include "core/result.h"
#include "store/records.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace anxin::store {
class Database;
}

namespace anxin::sync {

// What an agent or owner decides on a ticket. Each becomes one outbox entry.
enum class DecisionAction
{
    Approve,
    Reject,
    ConfirmReceipt,
    RejectAfterReceipt,
    Extend,
    Note
};
const char *actionKey(DecisionAction action); // "approve", "reject", "confirm_receipt", ...
bool actionFromKey(const QString &key, DecisionAction *out);

using Role = core::Role; // roles and their checks live in core::Permissions

struct Actor
{
    QString name; // who, recorded with every local action
    Role role = Role::Owner;
    qint64 agentLimitFen = 0; // agents decide refunds up to this amount; owners have no limit
};

struct DecisionInput
{
    QString aftersaleId;
    DecisionAction action = DecisionAction::Approve;
    qint64 rejectReasonCode = 0;
    QString remark;
    QStringList evidenceUrls;
    QString receiverAddressId; // approving a return: where the buyer sends the parcel
    QString origin;            // "" for a person; "rule:<name>" when an auto-approve rule decided
    // Rejecting a guarantee claim that meets its rules without counter-evidence (domain-rules §3) needs an
    // owner's written reason; it is kept in the decision's payload and so in the audit log.
    QString overrideReason;
    bool handover = false; // a note: marked for the next shift's handover board
};

// The platform operation a decision maps to, from the ticket's type and status (contract §5).
// 0 with an error message when the action does not apply to the ticket as it is.
struct OperationPlan
{
    int operateType = 0;     // afterSale.operate type; 0 for extend and note
    QString method;          // "afterSale.operate", "afterSale.timeExtend" or "afterSale.addOrderRemark" (a note)
    QList<int> doneStatuses; // statuses that mean "already applied" on read-back
};
core::Result<OperationPlan> planFor(DecisionAction action, int aftersaleType, int aftersaleStatus);

// Validates a decision against the cached ticket, the shop's reject reasons and the actor's role, then
// queues it with its audit entry in one transaction. Nothing reaches the platform here: the OutboxSender
// sends it, so deciding works offline. Returns the outbox id.
class DecisionService
{
public:
    explicit DecisionService(store::Database &db)
        : m_db(db)
    {}

    core::Result<qint64> decide(const DecisionInput &input, const Actor &actor, qint64 now);
    // Several at once (batch actions): each validated alone, the valid ones queued in ONE transaction.
    // One result per input, in order: the outbox id, or why that one was not queued.
    QList<core::Result<qint64>> decideBatch(const QList<DecisionInput> &inputs, const Actor &actor, qint64 now);
    // Undo while still pending.
    core::Status undo(qint64 outboxId, const Actor &actor, qint64 now);

private:
    core::Result<store::OutboxEntry> prepare(const DecisionInput &input, const Actor &actor, qint64 now);
    // A note's payload: the remark as sent (author mark + text), within the platform's length and this desk's pace.
    core::Result<QJsonObject> notePayload(const store::TicketRecord &ticket, const DecisionInput &input,
                                          const Actor &actor, qint64 now);
    store::Database &m_db;
};

} // namespace anxin::sync

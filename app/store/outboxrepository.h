#pragma once

#include "core/result.h"
#include "store/records.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace anxin::store {

class Database;
class WriteTransaction;

// Local decisions waiting to be sent. Every write here commits with Durability::Full together with its audit
// entry: an acknowledged decision survives a crash or power loss.
//
// States: pending -> in_flight -> done | unknown | failed | conflict | overtaken | pending (retry, nothing sent);
//         unknown -> done | conflict | overtaken | failed | pending (read back: not applied);
//         pending -> cancelled (undo).
// A transition from any other state is refused with Kind::Conflict and changes nothing.
// Pending, in flight or unknown: a decision with no final answer yet, which may still reach the platform.
inline bool isWaiting(OutboxState s)
{
    return s == OutboxState::Pending || s == OutboxState::InFlight || s == OutboxState::Unknown;
}
// Done or cancelled: nothing more will happen to it and nobody needs to look at it again. Every other state is
// unfinished: waiting (isWaiting), or refused, failed or overtaken and waiting for the user to look at it.
inline bool isSettled(OutboxState s)
{
    return s == OutboxState::Done || s == OutboxState::Cancelled;
}
// How many of `counts` (countsByState()) are waiting.
inline int waitingCount(const QHash<OutboxState, int> &counts)
{
    int n = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        n += isWaiting(it.key()) ? it.value() : 0;
    return n;
}
// The same states for SQL: `state IN ` + kWaitingStatesSql.
inline constexpr char kWaitingStatesSql[] = "('pending', 'in_flight', 'unknown')";

class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db)
        : m_db(db)
    {}

    static const char *stateName(OutboxState state);
    static std::optional<OutboxState> stateFromName(const QString &name);

    // Stores a pending decision and its audit entry ("outbox.enqueue", actor = created_by) in ONE transaction.
    // Returns the new id. `entry.state`, `attempts` and the timestamps are set here.
    core::Result<qint64> enqueue(const OutboxEntry &entry, qint64 now);
    // The same inside the caller's transaction (several decisions that must become visible together).
    core::Result<qint64> enqueue(WriteTransaction &tx, const OutboxEntry &entry, qint64 now);

    core::Result<std::optional<OutboxEntry>> get(qint64 id) const;
    // In creation order; an empty list means every state.
    core::Result<QList<OutboxEntry>> list(const QList<OutboxState> &states = {}) const;
    core::Result<QList<OutboxEntry>> listForTicket(const QString &aftersaleId) const;
    // Notes queued here since `since` (any state), oldest first.
    core::Result<QList<OutboxEntry>> notesSince(qint64 since) const;
    // What to send now: per ticket, only its oldest unfinished decision, and only when that one is pending and
    // due (next_attempt_at <= now). A ticket with a decision in flight or unknown sends nothing else. Notes go
    // after decisions: a note waits while any decision on its ticket is unfinished (a note moves the ticket's
    // update_time, which a decision queued before it was checked against); a pending note never holds a decision
    // back, a note in flight or unknown does (its answer moves update_time).
    core::Result<QList<OutboxEntry>> nextDue(qint64 now, int limit = 100) const;
    core::Result<QHash<OutboxState, int>> countsByState() const;

    // pending -> in_flight; counts an attempt.
    core::Status markInFlight(qint64 id, qint64 now);
    // in_flight | unknown -> done.
    core::Status markDone(qint64 id, qint64 now);
    // in_flight -> unknown: sent, no answer; must be read back before any resend.
    core::Status markUnknown(qint64 id, const QString &error, qint64 nextAttemptAt, qint64 now);
    // in_flight | unknown -> pending: safe to send again at nextAttemptAt.
    core::Status reschedule(qint64 id, const QString &error, qint64 nextAttemptAt, qint64 now);
    // in_flight | unknown -> failed (the platform refused it for good).
    // `code` is the platform's code for the refusal (0: none); it is kept in conflict_json as {"refusal":
    // {"code"}} so the UI can offer what that refusal calls for (11001: the merchant back office).
    core::Status markFailed(qint64 id, const QString &error, qint64 now, int code = 0);
    static int refusalCode(const OutboxEntry &entry);
    // in_flight | unknown -> conflict, with both sides for the human.
    core::Status markConflict(qint64 id, const QString &conflictJson, qint64 now);
    // in_flight | unknown -> overtaken: the platform decided the ticket itself at its deadline before this
    // decision reached it. Final, never resent; both sides in conflict_json like a conflict.
    core::Status markOvertaken(qint64 id, const QString &conflictJson, qint64 now);
    // unknown -> pending with a new expected update_time: the platform refused the decision only because the
    // ticket was changed by a shop remark since it was queued (nothing the decision was made against moved).
    // Audited with both update times.
    core::Status rebase(qint64 id, qint64 newExpectedUpdateTime, const QString &why, qint64 now);
    // Undo: pending -> cancelled only.
    core::Status cancel(qint64 id, const QString &actor, qint64 now);
    // After a crash: whatever was in flight may have reached the platform -> unknown. Returns how many.
    core::Result<int> recoverInFlight(qint64 now);

private:
    core::Status transition(qint64 id, const QList<OutboxState> &from, OutboxState to, const QString &actor, qint64 now,
                            const QString &setSql, const QVariantList &setBinds, const QJsonObject &auditExtra = {});

    Database &m_db;
};

} // namespace anxin::store

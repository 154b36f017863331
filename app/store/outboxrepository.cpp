#include "store/outboxrepository.h"

#include "store/auditrepository.h"
#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace anxin::store {

using core::Error;
using core::Status;

namespace {

const char kColumns[] = "id, shop_id, aftersale_id, action, payload_json, expected_update_time, state, attempts, "
                        "last_error, next_attempt_at, created_at, updated_at, created_by, conflict_json";

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.shopId = q.value(1).toString();
    e.aftersaleId = q.value(2).toString();
    e.action = q.value(3).toString();
    e.payloadJson = q.value(4).toString();
    e.expectedUpdateTime = q.value(5).toLongLong();
    e.state = OutboxRepository::stateFromName(q.value(6).toString()).value_or(OutboxState::Failed);
    e.attempts = q.value(7).toInt();
    e.lastError = q.value(8).toString();
    e.nextAttemptAt = q.value(9).toLongLong();
    e.createdAt = q.value(10).toLongLong();
    e.updatedAt = q.value(11).toLongLong();
    e.createdBy = q.value(12).toString();
    e.conflictJson = q.value(13).toString();
    return e;
}

core::Result<QList<OutboxEntry>> readAll(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<OutboxEntry> out;
    while (q.value().next())
        out.append(readEntry(q.value()));
    return out;
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kSyncActor = QStringLiteral("sync");

} // namespace

const char *OutboxRepository::stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return "pending";
    case OutboxState::InFlight:
        return "in_flight";
    case OutboxState::Unknown:
        return "unknown";
    case OutboxState::Done:
        return "done";
    case OutboxState::Failed:
        return "failed";
    case OutboxState::Conflict:
        return "conflict";
    case OutboxState::Cancelled:
        return "cancelled";
    case OutboxState::Overtaken:
        return "overtaken";
    }
    return "failed";
}

std::optional<OutboxState> OutboxRepository::stateFromName(const QString &name)
{
    for (OutboxState s : {OutboxState::Pending, OutboxState::InFlight, OutboxState::Unknown, OutboxState::Done,
                          OutboxState::Failed, OutboxState::Conflict, OutboxState::Cancelled, OutboxState::Overtaken}) {
        if (name == QLatin1String(stateName(s)))
            return s;
    }
    return std::nullopt;
}

core::Result<qint64> OutboxRepository::enqueue(const OutboxEntry &entry, qint64 now)
{
    qint64 id = 0;
    const Status s = inWriteTransaction(
        m_db,
        [&](WriteTransaction &tx) -> Status {
            auto r = enqueue(tx, entry, now);
            if (!r)
                return r.error();
            id = r.value();
            return {};
        },
        WriteTransaction::Durability::Full);
    if (!s)
        return s.error();
    return id;
}

core::Result<qint64> OutboxRepository::enqueue(WriteTransaction &tx, const OutboxEntry &entry, qint64 now)
{
    if (!tx.isActive())
        return Error::make(Error::Kind::Usage, QStringLiteral("enqueue needs an active write transaction"));
    if (entry.aftersaleId.isEmpty() || entry.action.isEmpty())
        return Error::make(Error::Kind::Usage, QStringLiteral("a decision needs a ticket and an action"));
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO outbox (shop_id, aftersale_id, action, payload_json, "
                                     "expected_update_time, state, attempts, last_error, next_attempt_at, "
                                     "created_at, updated_at, created_by, conflict_json) "
                                     "VALUES (?, ?, ?, ?, ?, 'pending', 0, '', ?, ?, ?, ?, '')"),
                      {entry.shopId, entry.aftersaleId, entry.action, entry.payloadJson, entry.expectedUpdateTime,
                       entry.nextAttemptAt, now, now, entry.createdBy});
    if (!q)
        return q.error();
    const qint64 id = q.value().lastInsertId().toLongLong();
    AuditEntry audit;
    audit.at = now;
    audit.actor = entry.createdBy;
    audit.action = QStringLiteral("outbox.enqueue");
    audit.subject = entry.aftersaleId;
    audit.detailJson = compactJson({{QStringLiteral("outbox_id"), id},
                                    {QStringLiteral("action"), entry.action},
                                    {QStringLiteral("expected_update_time"), entry.expectedUpdateTime},
                                    {QStringLiteral("payload"), entry.payloadJson}});
    auto appended = AuditRepository(m_db).append(tx, audit);
    if (!appended)
        return appended.error();
    return id;
}

core::Result<std::optional<OutboxEntry>> OutboxRepository::get(qint64 id) const
{
    auto rows = readAll(
        runQuery(m_db, QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kColumns)), {id}));
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<OutboxEntry>{};
    return std::optional<OutboxEntry>{rows.value().first()};
}

core::Result<QList<OutboxEntry>> OutboxRepository::list(const QList<OutboxState> &states) const
{
    QString sql = QStringLiteral("SELECT %1 FROM outbox").arg(QLatin1String(kColumns));
    QVariantList binds;
    if (!states.isEmpty()) {
        QStringList marks;
        for (OutboxState s : states) {
            marks << QStringLiteral("?");
            binds << QString::fromLatin1(stateName(s));
        }
        sql += QStringLiteral(" WHERE state IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return readAll(runQuery(m_db, sql + QStringLiteral(" ORDER BY id"), binds));
}

core::Result<QList<OutboxEntry>> OutboxRepository::listForTicket(const QString &aftersaleId) const
{
    return readAll(runQuery(
        m_db, QStringLiteral("SELECT %1 FROM outbox WHERE aftersale_id = ? ORDER BY id").arg(QLatin1String(kColumns)),
        {aftersaleId}));
}

core::Result<QList<OutboxEntry>> OutboxRepository::notesSince(qint64 since) const
{
    return readAll(
        runQuery(m_db,
                 QStringLiteral("SELECT %1 FROM outbox WHERE action = 'note' AND created_at >= ? ORDER BY id")
                     .arg(QLatin1String(kColumns)),
                 {since}));
}

core::Result<QList<OutboxEntry>> OutboxRepository::nextDue(qint64 now, int limit) const
{
    const QString sql = QStringLiteral("SELECT %1 FROM outbox o WHERE o.state = 'pending' AND o.next_attempt_at <= ? "
                                       "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.aftersale_id = o.aftersale_id "
                                       "AND p.id <> o.id AND p.state IN %2 AND (p.action <> 'note' AND "
                                       "(p.id < o.id OR o.action = 'note') OR p.action = 'note' AND "
                                       "(p.state <> 'pending' OR o.action = 'note' AND p.id < o.id))) "
                                       "ORDER BY o.id LIMIT ?")
                            .arg(QLatin1String(kColumns), QLatin1String(kWaitingStatesSql));
    return readAll(runQuery(m_db, sql, {now, limit}));
}

core::Result<QHash<OutboxState, int>> OutboxRepository::countsByState() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"));
    if (!q)
        return q.error();
    QHash<OutboxState, int> out;
    while (q.value().next()) {
        if (auto s = stateFromName(q.value().value(0).toString()))
            out.insert(*s, q.value().value(1).toInt());
    }
    return out;
}

Status OutboxRepository::transition(qint64 id, const QList<OutboxState> &from, OutboxState to, const QString &actor,
                                    qint64 now, const QString &setSql, const QVariantList &setBinds,
                                    const QJsonObject &auditExtra)
{
    return inWriteTransaction(
        m_db,
        [&](WriteTransaction &tx) -> Status {
            auto current = get(id);
            if (!current)
                return current.error();
            if (!current.value())
                return Error::coded(Error::Kind::NotFound, "outbox.missing", {QString::number(id)},
                                    QStringLiteral("no outbox entry %1").arg(id));
            const OutboxEntry &e = *current.value();
            if (!from.contains(e.state))
                return Error::coded(Error::Kind::Conflict, "outbox.moved_on",
                                    {QLatin1String(stateName(e.state)), QLatin1String(stateName(to))},
                                    QStringLiteral("outbox entry %1 is %2, cannot become %3")
                                        .arg(id)
                                        .arg(QLatin1String(stateName(e.state)), QLatin1String(stateName(to))));
            QVariantList binds{QString::fromLatin1(stateName(to)), now};
            binds += setBinds;
            binds << id;
            auto updated = runStatement(m_db,
                                        QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?") + setSql +
                                            QStringLiteral(" WHERE id = ?"),
                                        binds);
            if (!updated)
                return updated.error();
            AuditEntry audit;
            audit.at = now;
            audit.actor = actor;
            audit.action = QStringLiteral("outbox.") + QLatin1String(stateName(to));
            audit.subject = e.aftersaleId;
            QJsonObject detail{{QStringLiteral("outbox_id"), id},
                               {QStringLiteral("from"), QLatin1String(stateName(e.state))},
                               {QStringLiteral("action"), e.action}};
            for (auto it = auditExtra.constBegin(); it != auditExtra.constEnd(); ++it)
                detail.insert(it.key(), it.value());
            audit.detailJson = compactJson(detail);
            auto appended = AuditRepository(m_db).append(tx, audit);
            return appended ? Status{} : Status{appended.error()};
        },
        WriteTransaction::Durability::Full);
}

Status OutboxRepository::markInFlight(qint64 id, qint64 now)
{
    return transition(id, {OutboxState::Pending}, OutboxState::InFlight, kSyncActor, now,
                      QStringLiteral(", attempts = attempts + 1"), {});
}

Status OutboxRepository::markDone(qint64 id, qint64 now)
{
    return transition(id, {OutboxState::InFlight, OutboxState::Unknown}, OutboxState::Done, kSyncActor, now,
                      QStringLiteral(", last_error = ''"), {});
}

Status OutboxRepository::markUnknown(qint64 id, const QString &error, qint64 nextAttemptAt, qint64 now)
{
    return transition(id, {OutboxState::InFlight}, OutboxState::Unknown, kSyncActor, now,
                      QStringLiteral(", last_error = ?, next_attempt_at = ?"), {error, nextAttemptAt});
}

Status OutboxRepository::reschedule(qint64 id, const QString &error, qint64 nextAttemptAt, qint64 now)
{
    return transition(id, {OutboxState::InFlight, OutboxState::Unknown}, OutboxState::Pending, kSyncActor, now,
                      QStringLiteral(", last_error = ?, next_attempt_at = ?"), {error, nextAttemptAt});
}

Status OutboxRepository::rebase(qint64 id, qint64 newExpectedUpdateTime, const QString &why, qint64 now)
{
    auto current = get(id);
    if (!current)
        return current.error();
    const qint64 before = current.value() ? current.value()->expectedUpdateTime : 0;
    return transition(id, {OutboxState::Unknown}, OutboxState::Pending, kSyncActor, now,
                      QStringLiteral(", expected_update_time = ?, last_error = ?, next_attempt_at = ?"),
                      {newExpectedUpdateTime, why, now},
                      QJsonObject{{QStringLiteral("rebased_from_update_time"), before},
                                  {QStringLiteral("rebased_to_update_time"), newExpectedUpdateTime},
                                  {QStringLiteral("why"), why}});
}

Status OutboxRepository::markFailed(qint64 id, const QString &error, qint64 now, int code)
{
    const QString refusal =
        code ? compactJson({{QStringLiteral("refusal"), QJsonObject{{QStringLiteral("code"), code}}}})
             : QStringLiteral("");
    return transition(id, {OutboxState::InFlight, OutboxState::Unknown}, OutboxState::Failed, kSyncActor, now,
                      QStringLiteral(", last_error = ?, conflict_json = ?"), {error, refusal});
}

int OutboxRepository::refusalCode(const OutboxEntry &entry)
{
    if (entry.state != OutboxState::Failed || entry.conflictJson.isEmpty())
        return 0;
    return QJsonDocument::fromJson(entry.conflictJson.toUtf8())
        .object()
        .value(QStringLiteral("refusal"))
        .toObject()
        .value(QStringLiteral("code"))
        .toInt();
}

Status OutboxRepository::markOvertaken(qint64 id, const QString &conflictJson, qint64 now)
{
    return transition(id, {OutboxState::InFlight, OutboxState::Unknown}, OutboxState::Overtaken, kSyncActor, now,
                      QStringLiteral(", conflict_json = ?"), {conflictJson});
}

Status OutboxRepository::markConflict(qint64 id, const QString &conflictJson, qint64 now)
{
    return transition(id, {OutboxState::InFlight, OutboxState::Unknown}, OutboxState::Conflict, kSyncActor, now,
                      QStringLiteral(", conflict_json = ?"), {conflictJson});
}

Status OutboxRepository::cancel(qint64 id, const QString &actor, qint64 now)
{
    return transition(id, {OutboxState::Pending}, OutboxState::Cancelled, actor, now, {}, {});
}

core::Result<int> OutboxRepository::recoverInFlight(qint64 now)
{
    auto inFlight = list({OutboxState::InFlight});
    if (!inFlight)
        return inFlight.error();
    for (const OutboxEntry &e : inFlight.value()) {
        if (Status s = markUnknown(e.id, QStringLiteral("interrupted while in flight"), now, now); !s)
            return s.error();
    }
    return int(inFlight.value().size());
}

} // namespace anxin::store

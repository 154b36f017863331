#include "sync/outboxsender.h"

#include "core/logging.h"
#include "platform/apiclient.h"
#include "platform/errors.h"
#include "platform/parsers.h"
#include "platform/requests.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "sync/sequence.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace anxin::sync {

using core::Error;
using platform::CallResult;

namespace {
QJsonObject payloadOf(const store::OutboxEntry &e)
{
    return QJsonDocument::fromJson(e.payloadJson.toUtf8()).object();
}

// What afterSale.timeExtend adds to the merchant's window (contract §5).
constexpr qint64 kExtensionSecs = 7 * 86400;

bool isRemark(const QJsonObject &payload)
{
    return payload.value(QStringLiteral("method")).toString() ==
           QLatin1String(platform::AddOrderRemarkRequest::kMethod);
}

// The platform refused a decision because the ticket changed since it was queued. When the only changes are shop
// remarks (a note from this desk or another), nothing the decision was made against moved: same step, same
// deadline, not closed, no operation record after the version it was checked against, and the newest change is a
// remark (a remark moves update_time; the contract's convention, allowing 2 s between the two clocks' stamps).
bool changedOnlyByRemarks(const platform::AfterSaleDetail &d, const store::OutboxEntry &e, int originalStatus,
                          qint64 originalDeadline)
{
    if (d.aftersaleStatus != originalStatus || d.aftersaleStatusToFinalTime != 0)
        return false;
    if (originalDeadline > 0 && d.statusDeadline != originalDeadline)
        return false;
    for (const platform::RecordLog &log : d.recordLogs) {
        if (log.time > e.expectedUpdateTime)
            return false;
    }
    qint64 newestRemark = 0;
    for (const platform::ShopRemark &r : d.shopRemarks)
        newestRemark = std::max(newestRemark, r.createTime);
    return newestRemark > e.expectedUpdateTime && d.updateTime > e.expectedUpdateTime &&
           d.updateTime - newestRemark <= 2;
}

// Backoff for decisions that were refused before being applied (rate limit, service down): 30 s, 1, 2, 4 … 30 min.
qint64 retryDelaySecs(int attempts)
{
    return std::min<qint64>(30LL << std::min(attempts, 6), 1800);
}
} // namespace

OutboxSender::OutboxSender(QString shopId, platform::ApiClient *api, store::Database *db, QObject *parent)
    : QObject(parent)
    , m_shopId(std::move(shopId))
    , m_api(api)
    , m_db(db)
{
    m_report.shopId = m_shopId;
}

qint64 OutboxSender::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

void OutboxSender::start()
{
    // Whatever was in flight when the process died may have reached the platform.
    if (auto recovered = store::OutboxRepository(*m_db).recoverInFlight(now()); recovered && recovered.value() > 0)
        qCInfo(lcSync) << recovered.value() << "decisions were in flight at the last stop: reading them back";
    readBackUnknown();
}

void OutboxSender::readBackUnknown()
{
    auto unknown = store::OutboxRepository(*m_db).list({store::OutboxState::Unknown});
    if (!unknown)
        return stop(unknown.error());
    QList<store::OutboxEntry> mine;
    for (const auto &e : unknown.value()) {
        if (e.shopId == m_shopId)
            mine << e;
    }
    runSequentially<store::OutboxEntry>(
        mine, [this](const store::OutboxEntry &e, std::function<void()> next) { readBack(e, {}, std::move(next)); },
        [this] { sendDue(); });
}

void OutboxSender::sendDue()
{
    if (m_finished)
        return;
    // Rounds: a ticket's next decision becomes due only once its previous one finished.
    if (++m_round > 50)
        return finish();
    auto due = store::OutboxRepository(*m_db).nextDue(now(), 1000);
    if (!due)
        return stop(due.error());
    QList<store::OutboxEntry> mine;
    for (const auto &e : due.value()) {
        if (e.shopId == m_shopId)
            mine << e;
    }
    if (mine.isEmpty())
        return finish();

    // Operations are grouped by type, 20 a call; extensions go one by one; then notes, one call each. A note from
    // before this version (no method) stayed on this desk: nothing to send.
    QMap<int, QList<store::OutboxEntry>> byType;
    QList<store::OutboxEntry> extends;
    QList<store::OutboxEntry> remarks;
    store::OutboxRepository repo(*m_db);
    for (const auto &e : mine) {
        const QJsonObject p = payloadOf(e);
        const QString method = p.value(QStringLiteral("method")).toString();
        if (method.isEmpty()) {
            repo.markInFlight(e.id, now());
            repo.markDone(e.id, now());
            continue;
        }
        if (method == QLatin1String("afterSale.timeExtend"))
            extends << e;
        else if (isRemark(p))
            remarks << e;
        else
            byType[p.value(QStringLiteral("op")).toInt()] << e;
    }
    using Job = std::function<void(std::function<void()>)>;
    QList<Job> jobs;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        const QList<store::OutboxEntry> &all = it.value();
        for (qsizetype i = 0; i < all.size(); i += kBatchSize) {
            const auto batch = all.mid(i, kBatchSize);
            jobs << [this, batch](std::function<void()> then) { sendBatch(batch, std::move(then)); };
        }
    }
    for (const auto &e : extends)
        jobs << [this, e](std::function<void()> then) { sendExtend(e, std::move(then)); };
    for (const auto &e : remarks)
        jobs << [this, e](std::function<void()> then) { sendRemark(e, std::move(then)); };
    runSequentially<Job>(
        jobs,
        [this](const Job &job, std::function<void()> next) {
            if (!m_finished)
                job(std::move(next));
        },
        [this] { sendDue(); });
}

platform::OperateItem OutboxSender::operateItemOf(const store::OutboxEntry &e)
{
    const QJsonObject p = payloadOf(e);
    platform::OperateItem item;
    item.aftersaleId = e.aftersaleId;
    item.reason = p.value(QStringLiteral("reason")).toString();
    item.remark = p.value(QStringLiteral("remark")).toString();
    if (p.contains(QStringLiteral("reject_reason_code")))
        item.rejectReasonCode = p.value(QStringLiteral("reject_reason_code")).toInteger();
    for (const QJsonValue &url : p.value(QStringLiteral("evidence")).toArray())
        item.evidence.append(platform::OperateEvidence{1, url.toString(), QString()});
    item.receiverAddressId = p.value(QStringLiteral("receiver_address_id")).toString();
    item.updateTime = e.expectedUpdateTime;
    return item;
}

void OutboxSender::sendBatch(QList<store::OutboxEntry> batch, std::function<void()> then)
{
    // Persist "in flight" before the first byte leaves: a crash from here on means "read back", not "resend".
    // An entry undone since this round began is no longer pending: it stays undone and is not sent.
    store::OutboxRepository repo(*m_db);
    QList<store::OutboxEntry> sending;
    for (const auto &e : batch) {
        if (auto st = repo.markInFlight(e.id, now()); !st) {
            if (st.error().kind == Error::Kind::Conflict) {
                qCInfo(lcSync) << "decision" << e.id << "was undone before it was sent";
                continue;
            }
            return stop(st.error());
        }
        sending << e;
    }
    if (sending.isEmpty())
        return then();
    sendBatchInFlight(sending, std::move(then));
}

void OutboxSender::sendBatchInFlight(QList<store::OutboxEntry> batch, std::function<void()> then)
{
    platform::OperateRequest req;
    req.type = platform::OperateType(payloadOf(batch.first()).value(QStringLiteral("op")).toInt());
    for (const auto &e : batch)
        req.items << operateItemOf(e);
    auto params = req.toParams();
    if (!params) {
        store::OutboxRepository repo(*m_db);
        for (const auto &e : batch) {
            repo.markFailed(e.id, params.error().message, now());
            ++m_report.decisionsFailed;
        }
        return then();
    }
    m_report.decisionsSent += int(batch.size());
    emit progress(SyncProgress{m_shopId, QStringLiteral("push"), m_report.decisionsSent, -1, 0, -1});
    m_api->call(platform::OperateRequest::kMethod, params.value(), platform::CallOptions{true, true}, this,
                [this, batch, then](const CallResult &r) {
                    store::OutboxRepository repo(*m_db);
                    auto result = platform::parseOperateResult(r.data);
                    QHash<QString, platform::OperateItemResult> byId;
                    if (result) {
                        for (const auto &item : result->items)
                            byId.insert(item.aftersaleId, item);
                    }
                    if (!r.ok()) {
                        // All-or-nothing refused the batch for some items' sake; when the answer names them, only
                        // they are read back and the rest go again together in the next round.
                        if (batch.size() > 1 && !r.outcomeUnknown && !byId.isEmpty())
                            return splitByItemResults(batch, byId, r.error, then);
                        return settleFailure(batch, r.error, r.outcomeUnknown, then);
                    }
                    const qint64 t = now();
                    QList<store::OutboxEntry> unknown;
                    for (const auto &e : batch) {
                        const auto it = byId.constFind(e.aftersaleId);
                        if (it != byId.constEnd() && it->statusCode == 0) {
                            done(e);
                        } else if (it != byId.constEnd() && it->statusCode == -1) {
                            repo.reschedule(e.id, QStringLiteral("not executed: %1").arg(it->statusMsg), t, t);
                        } else if (it != byId.constEnd()) {
                            repo.markFailed(e.id, QStringLiteral("%1 (%2)").arg(it->statusMsg).arg(it->statusCode), t,
                                            int(it->statusCode));
                            ++m_report.decisionsFailed;
                        } else if (r.code == 10000) {
                            done(e); // all-or-nothing accepted: every item was applied
                        } else {
                            // A partial success (10001) that does not say this item's fate: only the ticket can.
                            repo.markUnknown(e.id, QStringLiteral("partial success without a result for this item"), t,
                                             t);
                            ++m_report.decisionsUnknown;
                            unknown << e;
                        }
                    }
                    readBackAll(unknown, then);
                });
}

void OutboxSender::splitByItemResults(const QList<store::OutboxEntry> &batch,
                                      const QHash<QString, platform::OperateItemResult> &byId, const Error &error,
                                      std::function<void()> then)
{
    store::OutboxRepository repo(*m_db);
    const qint64 t = now();
    QList<store::OutboxEntry> refused;
    for (const auto &e : batch) {
        const auto it = byId.constFind(e.aftersaleId);
        if (it != byId.constEnd() && it->statusCode == -1) {
            repo.reschedule(e.id, QStringLiteral("not executed: another decision of its batch was refused"), t, t);
            continue;
        }
        // Refused (or not named): "ticket changed" may be our own earlier attempt, applied; the read-back tells.
        repo.markUnknown(e.id, error.message, t, t);
        refused << e;
    }
    const QString refusal = error.kind == Error::Kind::Conflict ? QString() : error.message;
    runSequentially<store::OutboxEntry>(
        refused,
        [this, byId, refusal](const store::OutboxEntry &e, std::function<void()> next) {
            const auto it = byId.constFind(e.aftersaleId);
            const bool named = !refusal.isEmpty() && it != byId.constEnd();
            const QString why = named ? QStringLiteral("%1 (%2)").arg(it->statusMsg).arg(it->statusCode) : refusal;
            readBack(e, why, std::move(next), named ? int(it->statusCode) : 0);
        },
        std::move(then));
}

void OutboxSender::sendExtend(const store::OutboxEntry &e, std::function<void()> then)
{
    store::OutboxRepository repo(*m_db);
    if (auto st = repo.markInFlight(e.id, now()); !st) {
        if (st.error().kind == Error::Kind::Conflict) {
            qCInfo(lcSync) << "decision" << e.id << "was undone before it was sent";
            return then();
        }
        return stop(st.error());
    }
    m_report.decisionsSent += 1;
    platform::TimeExtendRequest req;
    req.aftersaleId = e.aftersaleId;
    m_api->call(platform::TimeExtendRequest::kMethod, req.toParams().valueOr({}), platform::CallOptions{true, true},
                this, [this, e, then](const CallResult &r) {
                    if (!r.ok())
                        return settleFailure({e}, r.error, r.outcomeUnknown, then);
                    done(e);
                    then();
                });
}

void OutboxSender::sendRemark(const store::OutboxEntry &e, std::function<void()> then)
{
    store::OutboxRepository repo(*m_db);
    const QJsonObject p = payloadOf(e);
    platform::AddOrderRemarkRequest req;
    req.afterSaleId = e.aftersaleId;
    req.orderId = p.value(QStringLiteral("order_id")).toString();
    req.remark = p.value(QStringLiteral("remark")).toString();
    auto params = req.toParams();
    if (auto st = repo.markInFlight(e.id, now()); !st) {
        if (st.error().kind == Error::Kind::Conflict) {
            qCInfo(lcSync) << "note" << e.id << "was undone before it was sent";
            return then();
        }
        return stop(st.error());
    }
    if (!params) {
        repo.markFailed(e.id, params.error().message, now());
        ++m_report.decisionsFailed;
        return then();
    }
    m_report.decisionsSent += 1;
    m_api->call(platform::AddOrderRemarkRequest::kMethod, params.value(), platform::CallOptions{true, true}, this,
                [this, e, then](const CallResult &r) {
                    if (r.ok()) {
                        done(e);
                        return then();
                    }
                    if (r.outcomeUnknown) {
                        // Not idempotent: a blind resend could add the remark twice. The detail tells.
                        store::OutboxRepository(*m_db).markUnknown(e.id, r.error.message, now(), now());
                        ++m_report.decisionsUnknown;
                        return readBackRemark(e, then);
                    }
                    if (r.error.code == 50002 || r.error.kind == Error::Kind::Conflict ||
                        r.error.kind == Error::Kind::Usage) {
                        store::OutboxRepository(*m_db).markFailed(e.id, r.error.message, now(), r.error.code);
                        ++m_report.decisionsFailed;
                        return then();
                    }
                    settleFailure({e}, r.error, false, then); // offline, rate limit, auth: retried like decisions
                });
}

void OutboxSender::readBackRemark(const store::OutboxEntry &e, std::function<void()> then)
{
    platform::AfterSaleDetailRequest req;
    req.afterSaleId = e.aftersaleId;
    m_api->call(platform::AfterSaleDetailRequest::kMethod, req.toParams().valueOr({}), {}, this,
                [this, e, then](const CallResult &r) {
                    if (!r.ok()) {
                        qCInfo(lcSync) << "read-back of note" << e.id << "failed:" << r.error.message;
                        return then(); // still unknown; read back on the next sync
                    }
                    auto detail = platform::parseAfterSaleDetail(r.data);
                    if (!detail)
                        return then();
                    store::OutboxRepository repo(*m_db);
                    const QString remark = payloadOf(e).value(QStringLiteral("remark")).toString();
                    // The same text may have been sent before (the same note twice): the remark landed when the
                    // platform has more copies of it than this desk's notes already known to have landed.
                    qsizetype onPlatform = 0;
                    for (const platform::ShopRemark &m : detail->shopRemarks)
                        onPlatform += m.remark == remark ? 1 : 0;
                    qsizetype landedHere = 0;
                    for (const auto &other : repo.listForTicket(e.aftersaleId).valueOr({})) {
                        if (other.id != e.id && other.state == store::OutboxState::Done &&
                            payloadOf(other).value(QStringLiteral("remark")).toString() == remark)
                            ++landedHere;
                    }
                    if (onPlatform > landedHere)
                        done(e);
                    else
                        repo.reschedule(e.id, QStringLiteral("not applied by the platform; sending again"), now(),
                                        now());
                    then();
                });
}

void OutboxSender::settleFailure(const QList<store::OutboxEntry> &batch, const Error &error, bool outcomeUnknown,
                                 std::function<void()> then)
{
    store::OutboxRepository repo(*m_db);
    const qint64 t = now();
    if (outcomeUnknown) {
        for (const auto &e : batch) {
            repo.markUnknown(e.id, error.message, t, t);
            ++m_report.decisionsUnknown;
        }
        // Read each back now: it tells done, resend or conflict.
        return readBackAll(batch, std::move(then));
    }
    const bool businessRefusal = error.code == 50002 || error.kind == Error::Kind::Conflict;
    const bool splittable = batch.size() > 1 && (businessRefusal || error.kind == Error::Kind::Usage);
    if (splittable) {
        // All-or-nothing refused the whole batch for one item's sake: send them one by one to learn which.
        for (const auto &e : batch)
            repo.reschedule(e.id, error.message, t, t);
        return runSequentially<store::OutboxEntry>(
            batch,
            [this](const store::OutboxEntry &e, std::function<void()> next) {
                auto fresh = store::OutboxRepository(*m_db).get(e.id);
                if (!fresh || !fresh.value())
                    return next();
                sendBatch({*fresh.value()}, std::move(next));
            },
            std::move(then));
    }
    if (businessRefusal) {
        // "Ticket changed" or "not allowed in this state" may be our own earlier attempt, applied: the network
        // layer re-sends a POST whose connection closed before the answer. Only the read-back can tell.
        for (const auto &e : batch)
            repo.markUnknown(e.id, error.message, t, t);
        return runSequentially<store::OutboxEntry>(
            batch,
            [this, error](const store::OutboxEntry &e, std::function<void()> next) {
                readBack(e, error.kind == Error::Kind::Conflict ? QString() : error.message, std::move(next),
                         error.code);
            },
            std::move(then));
    }
    for (const auto &e : batch) {
        // No connection at all (the outcome is known: nothing reached the platform) says nothing about this
        // decision: the worker's offline back-off paces the retries, and the decision goes with the first sync
        // that reaches the platform again instead of waiting out minutes of its own back-off after a train ride.
        if (error.kind == Error::Kind::Network) {
            repo.reschedule(e.id, error.message, t, t);
            continue;
        }
        if (error.kind == Error::Kind::Auth || error.kind == Error::Kind::RateLimited ||
            error.kind == Error::Kind::Timeout || platform::isRetryable(error)) {
            repo.reschedule(e.id, error.message, t + retryDelaySecs(e.attempts), t);
            continue;
        }
        repo.markFailed(e.id, error.message, t, error.code);
        ++m_report.decisionsFailed;
    }
    // Without authorization or without a connection nothing else can go either: the run ends here.
    if (error.kind == Error::Kind::Auth || error.kind == Error::Kind::Network)
        return stop(error);
    then();
}

void OutboxSender::readBackAll(const QList<store::OutboxEntry> &entries, std::function<void()> then)
{
    runSequentially<store::OutboxEntry>(
        entries, [this](const store::OutboxEntry &e, std::function<void()> next) { readBack(e, {}, std::move(next)); },
        std::move(then));
}

void OutboxSender::readBack(const store::OutboxEntry &e, const QString &refusal, std::function<void()> then,
                            int refusalCode)
{
    if (isRemark(payloadOf(e)))
        return readBackRemark(e, std::move(then));
    platform::AfterSaleDetailRequest req;
    req.afterSaleId = e.aftersaleId;
    m_api->call(
        platform::AfterSaleDetailRequest::kMethod, req.toParams().valueOr({}), {}, this,
        [this, e, refusal, refusalCode, then](const CallResult &r) {
            store::OutboxRepository repo(*m_db);
            const qint64 t = now();
            if (!r.ok()) {
                // Still unknown; try again on the next sync.
                qCInfo(lcSync) << "read-back of" << e.aftersaleId << "failed:" << r.error.message;
                return then();
            }
            auto detail = platform::parseAfterSaleDetail(r.data);
            if (!detail)
                return then();
            const QJsonObject p = payloadOf(e);
            QList<int> doneStatuses;
            for (const QJsonValue &v : p.value(QStringLiteral("done_statuses")).toArray())
                doneStatuses << v.toInt();
            const int status = detail->aftersaleStatus;
            // An extension keeps the status and moves the deadline (7 days): the deadline tells whether it landed.
            const bool extension =
                p.value(QStringLiteral("method")).toString() == QLatin1String("afterSale.timeExtend");
            const qint64 originalDeadline = p.value(QStringLiteral("original_deadline")).toInteger();
            const int originalStatus = p.value(QStringLiteral("original_status")).toInt();
            const bool extended = extension && originalDeadline > 0 && status == originalStatus &&
                                  detail->statusDeadline >= originalDeadline + kExtensionSecs - 86400;
            if (doneStatuses.contains(status) || extended) {
                done(e);
            } else if (detail->updateTime == e.expectedUpdateTime && status == originalStatus) {
                if (refusal.isEmpty()) {
                    repo.reschedule(e.id, QStringLiteral("not applied by the platform; sending again"), t, t);
                } else {
                    repo.markFailed(e.id, refusal, t, refusalCode); // refused, nothing changed: the refusal stands
                    ++m_report.decisionsFailed;
                }
            } else if (changedOnlyByRemarks(detail.value(), e, originalStatus, originalDeadline)) {
                qCInfo(lcSync) << "decision" << e.id << "on" << e.aftersaleId
                               << "was refused only because a shop remark moved the ticket: sending it again";
                repo.rebase(e.id, detail->updateTime,
                            QStringLiteral("the ticket changed only by a shop remark since it was decided"), t);
            } else {
                // The platform's own move at or after the deadline this decision was made against is the platform
                // deciding for the buyer: the decision came too late ("overtaken"), not a disagreement to settle.
                const bool overtaken =
                    originalDeadline > 0 && detail->updateTime >= originalDeadline && status != originalStatus;
                const QJsonObject conflict{
                    {QStringLiteral("local"),
                     QJsonObject{{QStringLiteral("action"), e.action},
                                 {QStringLiteral("expected_update_time"), e.expectedUpdateTime},
                                 {QStringLiteral("expected_status"), p.value(QStringLiteral("original_status"))},
                                 {QStringLiteral("deadline"), originalDeadline},
                                 {QStringLiteral("created_at"), e.createdAt}}},
                    {QStringLiteral("platform"),
                     QJsonObject{{QStringLiteral("status"), status},
                                 {QStringLiteral("update_time"), detail->updateTime},
                                 {QStringLiteral("final_time"), detail->aftersaleStatusToFinalTime}}}};
                const QString both = QString::fromUtf8(QJsonDocument(conflict).toJson(QJsonDocument::Compact));
                if (overtaken) {
                    qCInfo(lcSync) << "decision" << e.id << "on" << e.aftersaleId
                                   << "was overtaken: the platform decided at its deadline";
                    repo.markOvertaken(e.id, both, t);
                    ++m_report.decisionsOvertaken;
                } else {
                    repo.markConflict(e.id, both, t);
                    ++m_report.decisionsConflict;
                }
            }
            then();
        });
}

void OutboxSender::done(const store::OutboxEntry &e)
{
    store::OutboxRepository(*m_db).markDone(e.id, now());
    ++m_report.decisionsDone;
}

void OutboxSender::stop(const Error &error)
{
    if (m_finished)
        return;
    m_report.error = error;
    finish();
}

void OutboxSender::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(m_report);
}

} // namespace anxin::sync

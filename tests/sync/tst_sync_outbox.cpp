// The outbox against the platform (issue #4, "Tests"): a decision made offline while the platform moved on ends
// in `conflict` with both sides and overwrites nothing, or `overtaken` when the platform decided at the deadline; 45
// approvals go out as 3 batches; one stale item in a batch does not sink the others (the rest go again in one call);
// undo while pending sends nothing.

#include "../store/tempdb.h"
#include "sandbox/sandboxstate.h"
#include "store/outboxrepository.h"
#include "sync/decisions.h"
#include "synctestsupport.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace anxin;
using namespace anxin::test;

class TstSyncOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void push_approvedOfflineWhilePlatformRejected_conflictNothingOverwritten();
    void push_rejectedOfflineWhilePlatformAutoRefunded_overtakenNeverResent();
    void push_45Approvals_threeOperateCallsAllDone();
    void push_batchWithOneStaleItem_othersDoneStaleOneConflict();
    void undo_pendingDecision_cancelledAndNothingSent();

private:
    qint64 counter(const char *key);
    // A reject reason of the shop that needs no evidence (from the synced cache).
    std::pair<int, QString> plainRejectReason();
    // Another client of the same shop (the merchant's phone, say) acting on the platform directly.
    Answer otherClientRejects(const QString &aftersaleId);
    QJsonObject entryConflict(qint64 outboxId);

    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<TempDb> m_temp;
    std::unique_ptr<store::Database> m_db;
    sync::SyncOptions m_options;
};

void TstSyncOutbox::init()
{
    sandbox::SandboxOptions o;
    o.seed = 5;
    o.tickets = 1500;
    m_sandbox = std::make_unique<SandboxHarness>(o, QDateTime::currentSecsSinceEpoch());
    m_client = std::make_unique<Client>(*m_sandbox);
    m_temp = std::make_unique<TempDb>();
    m_db = std::make_unique<store::Database>();
    ANXIN_VERIFY_OK(m_temp->open(*m_db));
    m_options = testSyncOptions(100);
    m_options.orders = m_options.details = m_options.products = m_options.routes = m_options.reputation = false;
    const auto r = runPull(*m_client, *m_db, m_options);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
}

void TstSyncOutbox::cleanup()
{
    m_db.reset();
    m_temp.reset();
    m_client.reset();
    m_sandbox.reset();
}

qint64 TstSyncOutbox::counter(const char *key)
{
    return counters(*m_sandbox).value(QLatin1String(key)).toInteger();
}

std::pair<int, QString> TstSyncOutbox::plainRejectReason()
{
    const QStringList r = rows(*m_db, QStringLiteral("SELECT code, reason FROM reject_reasons WHERE evidence_need = 0 "
                                                     "ORDER BY code LIMIT 1"));
    if (r.isEmpty())
        return {0, {}};
    const QStringList f = r.first().split(QLatin1Char('|'));
    return {f.at(0).toInt(), f.at(1)};
}

Answer TstSyncOutbox::otherClientRejects(const QString &aftersaleId)
{
    const auto [code, reason] = plainRejectReason();
    const QJsonObject params{{QStringLiteral("type"), 202},
                             {QStringLiteral("items"),
                              QJsonArray{QJsonObject{{QStringLiteral("aftersale_id"), aftersaleId},
                                                     {QStringLiteral("reject_reason_code"), code},
                                                     {QStringLiteral("reason"), reason},
                                                     {QStringLiteral("remark"), QStringLiteral("from the phone")}}}}};
    return m_sandbox->callAuthed("afterSale.operate", compact(params));
}

QJsonObject TstSyncOutbox::entryConflict(qint64 outboxId)
{
    const auto e = store::OutboxRepository(*m_db).get(outboxId).value();
    return e ? QJsonDocument::fromJson(e->conflictJson.toUtf8()).object() : QJsonObject();
}

void TstSyncOutbox::push_approvedOfflineWhilePlatformRejected_conflictNothingOverwritten()
{
    const QString id = approvableTickets(*m_db, m_sandbox->now()).value(0);
    QVERIFY(!id.isEmpty());
    const TicketState cachedBefore = cachedTickets(*m_db, m_client->shopId()).value(id);
    // Offline: the approval is only queued; nothing reaches the platform.
    const qint64 outboxId = approve(*m_db, id);
    QVERIFY(outboxId > 0);
    QCOMPARE(counter("writes_applied"), 0);

    // Meanwhile someone else rejects the ticket on the platform.
    const Answer rejected = otherClientRejects(id);
    QVERIFY2(rejected.code() == 10000, rejected.body.constData());
    const TicketState platform = platformTicket(*m_sandbox, id);
    QCOMPARE(platform.status, 27);
    const qint64 writes = counter("writes_applied");
    const qint64 items = counter("operate_items_applied");

    const auto report = runFullSync(*m_client, *m_db, m_options);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    QCOMPARE(report.decisionsConflict, 1);

    const auto entry = store::OutboxRepository(*m_db).get(outboxId).value();
    QCOMPARE(store::OutboxRepository::stateName(entry->state), "conflict");
    const QJsonObject conflict = entryConflict(outboxId);
    const QJsonObject local = conflict.value(QLatin1String("local")).toObject();
    const QJsonObject remote = conflict.value(QLatin1String("platform")).toObject();
    QCOMPARE(local.value(QLatin1String("action")).toString(), QStringLiteral("approve"));
    QCOMPARE(local.value(QLatin1String("expected_update_time")).toInteger(), cachedBefore.updateTime);
    QCOMPARE(local.value(QLatin1String("expected_status")).toInt(), 6);
    QCOMPARE(remote.value(QLatin1String("status")).toInt(), 27);
    QCOMPARE(remote.value(QLatin1String("update_time")).toInteger(), platform.updateTime);
    // Our approve was never applied, and the platform's rejection stands, in the cache too.
    QCOMPARE(counter("writes_applied"), writes);
    QCOMPARE(counter("operate_items_applied"), items);
    QCOMPARE(platformTicket(*m_sandbox, id), platform);
    QCOMPARE(cachedTickets(*m_db, m_client->shopId()).value(id), platform);
}

void TstSyncOutbox::push_rejectedOfflineWhilePlatformAutoRefunded_overtakenNeverResent()
{
    // The open refund-only ticket whose review deadline comes first.
    const QStringList r = rows(*m_db, QStringLiteral("SELECT aftersale_id, status_deadline FROM tickets WHERE "
                                                     "aftersale_status = 6 AND final_time = 0 AND aftersale_type IN "
                                                     "(1, 2, 6) AND status_deadline > %1 ORDER BY status_deadline "
                                                     "LIMIT 1")
                                          .arg(m_sandbox->now() + 600));
    QVERIFY(!r.isEmpty());
    const QString id = r.first().section(QLatin1Char('|'), 0, 0);
    const qint64 deadline = r.first().section(QLatin1Char('|'), 1, 1).toLongLong();
    const auto [code, reason] = plainRejectReason();
    QVERIFY(code != 0);
    sync::DecisionInput in;
    in.aftersaleId = id;
    in.action = sync::DecisionAction::Reject;
    in.rejectReasonCode = code;
    in.remark = QStringLiteral("photos show no damage");
    const auto outboxId = sync::DecisionService(*m_db).decide(in, sync::Actor{QStringLiteral("owner")},
                                                              QDateTime::currentSecsSinceEpoch());
    ANXIN_VERIFY_OK(outboxId);

    // The deadline and the platform's 2 h grace pass before the merchant is online again: auto refund.
    m_sandbox->advance(deadline - m_sandbox->now() + 2 * 3600 + 60);
    const TicketState platform = platformTicket(*m_sandbox, id);
    QCOMPARE(platform.status, 12);
    QVERIFY(platform.finalTime != 0);
    const qint64 writes = counter("writes_applied");

    const auto report = runFullSync(*m_client, *m_db, m_options);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    // The platform decided for the buyer at the deadline: the reject came too late. That is not a disagreement
    // to settle but a final "overtaken", with both sides kept.
    QCOMPARE(report.decisionsOvertaken, 1);
    QCOMPARE(report.decisionsConflict, 0);
    const auto entry = store::OutboxRepository(*m_db).get(outboxId.value()).value();
    QCOMPARE(store::OutboxRepository::stateName(entry->state), "overtaken");
    const QJsonObject conflict = entryConflict(outboxId.value());
    QCOMPARE(conflict.value(QLatin1String("local")).toObject().value(QLatin1String("action")).toString(),
             QStringLiteral("reject"));
    QCOMPARE(conflict.value(QLatin1String("local")).toObject().value(QLatin1String("deadline")).toInteger(), deadline);
    QCOMPARE(conflict.value(QLatin1String("platform")).toObject().value(QLatin1String("status")).toInt(), 12);
    QCOMPARE(conflict.value(QLatin1String("platform")).toObject().value(QLatin1String("final_time")).toInteger(),
             platform.finalTime);
    QCOMPARE(counter("writes_applied"), writes);
    QCOMPARE(platformTicket(*m_sandbox, id), platform);
    QCOMPARE(cachedTickets(*m_db, m_client->shopId()).value(id), platform);

    // Never resent: the next syncs send nothing for it and the entry stays as it ended.
    const qint64 operateCalls = methodCalls(counters(*m_sandbox), QStringLiteral("afterSale.operate"));
    const auto again = runFullSync(*m_client, *m_db, m_options);
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QCOMPARE(again.decisionsSent, 0);
    QCOMPARE(methodCalls(counters(*m_sandbox), QStringLiteral("afterSale.operate")), operateCalls);
    QCOMPARE(store::OutboxRepository(*m_db).get(outboxId.value()).value()->state, store::OutboxState::Overtaken);
}

void TstSyncOutbox::push_45Approvals_threeOperateCallsAllDone()
{
    const QStringList ids = approvableTickets(*m_db, m_sandbox->now()).mid(0, 45);
    QCOMPARE(ids.size(), 45);
    QList<qint64> outboxIds;
    for (const QString &id : ids)
        outboxIds << approve(*m_db, id);
    QVERIFY(!outboxIds.contains(-1));
    const QJsonObject c0 = counters(*m_sandbox);

    const auto report = runPush(*m_client, *m_db);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    const QJsonObject c1 = counters(*m_sandbox);
    QCOMPARE(
        methodCalls(c1, QStringLiteral("afterSale.operate")) - methodCalls(c0, QStringLiteral("afterSale.operate")), 3);
    QCOMPARE(c1.value(QLatin1String("operate_items_applied")).toInteger() -
                 c0.value(QLatin1String("operate_items_applied")).toInteger(),
             45);
    QCOMPARE(report.decisionsDone, 45);
    for (qint64 outboxId : outboxIds)
        QCOMPARE(store::OutboxRepository::stateName(store::OutboxRepository(*m_db).get(outboxId).value()->state),
                 "done");
    for (const QString &id : ids)
        QCOMPARE(platformTicket(*m_sandbox, id).status, 12);
}

void TstSyncOutbox::push_batchWithOneStaleItem_othersDoneStaleOneConflict()
{
    const QStringList ids = approvableTickets(*m_db, m_sandbox->now()).mid(0, 5);
    QCOMPARE(ids.size(), 5);
    QList<qint64> outboxIds;
    for (const QString &id : ids)
        outboxIds << approve(*m_db, id);
    QVERIFY(!outboxIds.contains(-1));
    // The third ticket changes on the platform (evidence added from elsewhere): our cached version is stale.
    const QString stale = ids.at(2);
    const Answer ev =
        m_sandbox->callAuthed("afterSale.submitEvidence",
                              compact(QJsonObject{{QStringLiteral("aftersale_id"), stale},
                                                  {QStringLiteral("comment"), QStringLiteral("parcel photo")},
                                                  {QStringLiteral("evidence"),
                                                   QJsonArray{QStringLiteral("https://example.invalid/1.png")}}}));
    QVERIFY2(ev.code() == 10000, ev.body.constData());
    const TicketState platformStale = platformTicket(*m_sandbox, stale);
    QCOMPARE(platformStale.status, 6);
    const QJsonObject c0 = counters(*m_sandbox);

    const auto report = runPush(*m_client, *m_db);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    const QJsonObject c1 = counters(*m_sandbox);
    // The batch is refused whole (all-or-nothing) and its answer names the stale item: that one is read back,
    // the four others go again together.
    QCOMPARE(methodCalls(c1, QStringLiteral("afterSale.operate")) -
                 methodCalls(c0, QStringLiteral("afterSale.operate")),
             1 + 1);
    QCOMPARE(c1.value(QLatin1String("operate_items_applied")).toInteger() -
                 c0.value(QLatin1String("operate_items_applied")).toInteger(),
             4);
    for (int i = 0; i < ids.size(); ++i) {
        const auto e = store::OutboxRepository(*m_db).get(outboxIds.at(i)).value();
        if (ids.at(i) == stale) {
            QCOMPARE(store::OutboxRepository::stateName(e->state), "conflict");
            const QJsonObject c = entryConflict(outboxIds.at(i));
            QCOMPARE(c.value(QLatin1String("platform")).toObject().value(QLatin1String("update_time")).toInteger(),
                     platformStale.updateTime);
            QCOMPARE(platformTicket(*m_sandbox, stale), platformStale); // not approved behind the human's back
        } else {
            QCOMPARE(store::OutboxRepository::stateName(e->state), "done");
            QCOMPARE(platformTicket(*m_sandbox, ids.at(i)).status, 12);
        }
    }
    QCOMPARE(report.decisionsDone, 4);
    QCOMPARE(report.decisionsConflict, 1);
}

void TstSyncOutbox::undo_pendingDecision_cancelledAndNothingSent()
{
    const QStringList ids = approvableTickets(*m_db, m_sandbox->now()).mid(0, 2);
    QCOMPARE(ids.size(), 2);
    const qint64 undone = approve(*m_db, ids.at(0));
    QVERIFY(undone > 0);
    sync::DecisionService decisions(*m_db);
    const sync::Actor owner{QStringLiteral("owner")};
    ANXIN_VERIFY_OK(decisions.undo(undone, owner, QDateTime::currentSecsSinceEpoch()));
    QCOMPARE(store::OutboxRepository::stateName(store::OutboxRepository(*m_db).get(undone).value()->state),
             "cancelled");
    const QJsonObject c0 = counters(*m_sandbox);
    const auto report = runFullSync(*m_client, *m_db, m_options);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    const QJsonObject c1 = counters(*m_sandbox);
    QCOMPARE(methodCalls(c1, QStringLiteral("afterSale.operate")),
             methodCalls(c0, QStringLiteral("afterSale.operate")));
    QCOMPARE(c1.value(QLatin1String("writes_applied")).toInteger(),
             c0.value(QLatin1String("writes_applied")).toInteger());
    QCOMPARE(report.decisionsSent, 0);
    QCOMPARE(store::OutboxRepository::stateName(store::OutboxRepository(*m_db).get(undone).value()->state),
             "cancelled");
    QCOMPARE(platformTicket(*m_sandbox, ids.at(0)).status, 6);
    // The undone ticket can be decided again; a decision already sent can no longer be undone.
    const qint64 sent = approve(*m_db, ids.at(1));
    QVERIFY(sent > 0);
    QVERIFY(runPush(*m_client, *m_db).ok());
    QCOMPARE(store::OutboxRepository::stateName(store::OutboxRepository(*m_db).get(sent).value()->state), "done");
    const auto late = decisions.undo(sent, owner, QDateTime::currentSecsSinceEpoch());
    QVERIFY(!late.ok());
    QCOMPARE(late.error().kind, core::Error::Kind::Conflict);
    QVERIFY(approve(*m_db, ids.at(0)) > 0);
}

ANXIN_TEST_GUILESS_MAIN(TstSyncOutbox)
#include "tst_sync_outbox.moc"

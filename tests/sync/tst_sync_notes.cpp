// Notes every desk sees (issue #33): an internal note is a shop remark on the platform. Two desks (two caches, two
// clients) on one sandbox shop: a note written on desk A while offline reaches desk B after B's sync, exactly once;
// a lost answer is settled by reading the ticket back, never by a blind resend; a remark moving update_time never
// turns a queued decision into a false conflict, on the same desk or from another one.

#include "../store/tempdb.h"
#include "core/shopremark.h"
#include "models/ticketdetails.h"
#include "sandbox/sandboxstate.h"
#include "store/auditrepository.h"
#include "store/outboxrepository.h"
#include "store/ticketdetailrepository.h"
#include "sync/decisions.h"
#include "synctestsupport.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace anxin;
using namespace anxin::test;

namespace {

// One workstation: its own cache file and its own client of the shop.
struct Desk
{
    std::unique_ptr<Client> client;
    std::unique_ptr<TempDb> temp;
    std::unique_ptr<store::Database> db;
};

} // namespace

class TstSyncNotes : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void note_writtenOfflineOnA_reachesBOnceAfterItsSync();
    void note_answerLost_readBackSettlesWithoutSecondRemark();
    void note_onAClosedTicketTheOtherDeskNeverOpened_reachesIt();
    void note_rateLimited_staysQueuedAndGoesOnceLater();
    void note_tooLongOrEmpty_refusedBeforeQueueing();
    void decision_queuedBeforeARemarkFromAnotherDesk_rebasedAndApplied();
    void decision_queuedAfterANoteOnTheSameDesk_goesFirstNoConflict();

private:
    Desk makeDesk();
    static qint64 note(Desk &desk, const QString &id, const QString &text, const QString &author,
                       bool handover = false);
    QStringList platformRemarks(const QString &id);
    static QString stateOf(Desk &desk, qint64 outboxId);
    static QList<models::NoteEntry> notesOn(Desk &desk, const QString &id);

    std::unique_ptr<SandboxHarness> m_sandbox;
    Desk m_a;
    Desk m_b;
    sync::SyncOptions m_options;
};

Desk TstSyncNotes::makeDesk()
{
    Desk d;
    d.client = std::make_unique<Client>(*m_sandbox);
    d.temp = std::make_unique<TempDb>();
    d.db = std::make_unique<store::Database>();
    if (auto st = d.temp->open(*d.db); !st)
        qWarning("open: %s", qPrintable(st.error().message));
    return d;
}

void TstSyncNotes::init()
{
    sandbox::SandboxOptions o;
    o.seed = 33;
    o.tickets = 600;
    m_sandbox = std::make_unique<SandboxHarness>(o, QDateTime::currentSecsSinceEpoch());
    m_options = testSyncOptions(100);
    m_options.orders = m_options.products = m_options.routes = m_options.reputation = false;
    m_a = makeDesk();
    m_b = makeDesk();
    for (Desk *d : {&m_a, &m_b}) {
        const auto r = runFullSync(*d->client, *d->db, m_options);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    }
}

void TstSyncNotes::cleanup()
{
    m_a = {};
    m_b = {};
    m_sandbox.reset();
}

qint64 TstSyncNotes::note(Desk &desk, const QString &id, const QString &text, const QString &author, bool handover)
{
    sync::DecisionInput in;
    in.aftersaleId = id;
    in.action = sync::DecisionAction::Note;
    in.remark = text;
    in.handover = handover;
    const auto r = sync::DecisionService(*desk.db).decide(in, sync::Actor{author, sync::Role::Agent, 0},
                                                          QDateTime::currentSecsSinceEpoch());
    if (!r) {
        qWarning("note on %s: %s", qPrintable(id), qPrintable(r.error().message));
        return -1;
    }
    return r.value();
}

QStringList TstSyncNotes::platformRemarks(const QString &id)
{
    const Answer a = m_sandbox->callAuthed("afterSale.Detail", R"({"after_sale_id":")" + id.toUtf8() + R"("})");
    QStringList out;
    const QJsonArray remarks = a.data()
                                   .value(QLatin1String("process_info"))
                                   .toObject()
                                   .value(QLatin1String("after_sale_info"))
                                   .toObject()
                                   .value(QLatin1String("after_sale_shop_remarks"))
                                   .toArray();
    for (const QJsonValue &r : remarks)
        out << r.toObject().value(QLatin1String("remark")).toString();
    return out;
}

QString TstSyncNotes::stateOf(Desk &desk, qint64 outboxId)
{
    const auto e = store::OutboxRepository(*desk.db).get(outboxId);
    return e && e.value() ? QString::fromLatin1(store::OutboxRepository::stateName(e.value()->state)) : QString();
}

QList<models::NoteEntry> TstSyncNotes::notesOn(Desk &desk, const QString &id)
{
    return models::mergeNotes(store::TicketDetailRepository(*desk.db).remarks(id).valueOr({}),
                              store::OutboxRepository(*desk.db).listForTicket(id).valueOr({}));
}

void TstSyncNotes::note_writtenOfflineOnA_reachesBOnceAfterItsSync()
{
    const QString id = approvableTickets(*m_a.db, m_sandbox->now()).value(0);
    QVERIFY(!id.isEmpty());
    const QString text = QStringLiteral("买家说明天下午在家，可上门取件");
    // Offline on A: queued, shown as not sent yet; the platform has nothing.
    const qint64 outboxId = note(m_a, id, text, QStringLiteral("小王"), true);
    QVERIFY(outboxId > 0);
    auto onA = notesOn(m_a, id);
    QCOMPARE(onA.size(), 1);
    QCOMPARE(onA.first().state, models::NoteEntry::State::Waiting);
    QVERIFY(onA.first().handover);
    QVERIFY(platformRemarks(id).isEmpty());
    // A sync on the train (nothing listens at the gateway) leaves it queued.
    {
        Client offline(*m_sandbox, fastRetry(), QUrl(QStringLiteral("http://127.0.0.1:1")));
        const auto r = runPush(offline, *m_a.db);
        QVERIFY(!r.ok());
        QCOMPARE(stateOf(m_a, outboxId), QStringLiteral("pending"));
        QVERIFY(platformRemarks(id).isEmpty());
    }

    // Online: A sends it; the platform has it once, author mark and handover mark included.
    auto r = runFullSync(*m_a.client, *m_a.db, m_options);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(stateOf(m_a, outboxId), QStringLiteral("done"));
    QCOMPARE(platformRemarks(id), QStringList{core::ShopRemarks::compose(QStringLiteral("小王"), text, true)});
    // A's own view: one note, now the platform's copy.
    onA = notesOn(m_a, id);
    QCOMPARE(onA.size(), 1);
    QCOMPARE(onA.first().state, models::NoteEntry::State::OnPlatform);

    // B syncs: the note arrives with its author and time, exactly once, and stays once.
    for (int round = 0; round < 2; ++round) {
        r = runFullSync(*m_b.client, *m_b.db, m_options);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const auto onB = notesOn(m_b, id);
        QCOMPARE(onB.size(), 1);
        QCOMPARE(onB.first().author, QStringLiteral("小王"));
        QCOMPARE(onB.first().text, text);
        QVERIFY(onB.first().handover);
        QCOMPARE(onB.first().state, models::NoteEntry::State::OnPlatform);
        QCOMPARE(onB.first().time, platformTicket(*m_sandbox, id).updateTime);
    }
    QCOMPARE(platformRemarks(id).size(), 1);
}

void TstSyncNotes::note_answerLost_readBackSettlesWithoutSecondRemark()
{
    const QString id = approvableTickets(*m_a.db, m_sandbox->now()).value(0);
    QVERIFY(!id.isEmpty());
    const qint64 outboxId = note(m_a, id, QStringLiteral("已补发赠品"), QStringLiteral("小李"));
    QVERIFY(outboxId > 0);
    // Applied by the platform; the connection drops before the answer.
    QVERIFY(
        injectFault(*m_sandbox, QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop_after_write")},
                                            {QStringLiteral("method"), QStringLiteral("afterSale.addOrderRemark")}}));
    const auto r = runPush(*m_a.client, *m_a.db);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(stateOf(m_a, outboxId), QStringLiteral("done"));
    QCOMPARE(platformRemarks(id).size(), 1);
    QCOMPARE(methodCalls(counters(*m_sandbox), QStringLiteral("afterSale.addOrderRemark")), 1);

    // The same text again is a second note on purpose: sent, and the platform then has two.
    const qint64 again = note(m_a, id, QStringLiteral("已补发赠品"), QStringLiteral("小李"));
    QVERIFY(
        injectFault(*m_sandbox, QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop_after_write")},
                                            {QStringLiteral("method"), QStringLiteral("afterSale.addOrderRemark")}}));
    runPush(*m_a.client, *m_a.db);
    QCOMPARE(stateOf(m_a, again), QStringLiteral("done"));
    QCOMPARE(platformRemarks(id).size(), 2);
}

void TstSyncNotes::note_onAClosedTicketTheOtherDeskNeverOpened_reachesIt()
{
    // A closed ticket whose detail B never fetched (history): A's note on it still reaches B, because the remark
    // moved the ticket after it closed.
    const QString id = rows(*m_b.db, QStringLiteral("SELECT t.aftersale_id FROM tickets t LEFT JOIN ticket_detail d "
                                                    "ON d.aftersale_id = t.aftersale_id WHERE t.final_time <> 0 AND "
                                                    "d.aftersale_id IS NULL ORDER BY t.aftersale_id LIMIT 1"))
                           .value(0);
    QVERIFY(!id.isEmpty());
    const qint64 detailsBefore = scalarInt(*m_b.db, QStringLiteral("SELECT count(*) FROM ticket_detail"));
    QVERIFY(note(m_a, id, QStringLiteral("已退款，买家另寄回赠品"), QStringLiteral("小王")) > 0);
    auto r = runPush(*m_a.client, *m_a.db);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    r = runFullSync(*m_b.client, *m_b.db, m_options);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const auto onB = notesOn(m_b, id);
    QCOMPARE(onB.size(), 1);
    QCOMPARE(onB.first().author, QStringLiteral("小王"));
    // Only that closed ticket's detail was fetched, not the shop's history.
    QCOMPARE(scalarInt(*m_b.db, QStringLiteral("SELECT count(*) FROM ticket_detail")), detailsBefore + 1);
}

void TstSyncNotes::note_rateLimited_staysQueuedAndGoesOnceLater()
{
    const QString id = approvableTickets(*m_a.db, m_sandbox->now()).value(0);
    const qint64 outboxId = note(m_a, id, QStringLiteral("稍后回电"), QStringLiteral("小王"));
    QVERIFY(outboxId > 0);
    QVERIFY(injectFault(*m_sandbox, QJsonObject{{QStringLiteral("kind"), QStringLiteral("rate_limit")},
                                                {QStringLiteral("method"), QStringLiteral("afterSale.addOrderRemark")},
                                                {QStringLiteral("count"), 10}}));
    runPush(*m_a.client, *m_a.db);
    QCOMPARE(stateOf(m_a, outboxId), QStringLiteral("pending"));
    QVERIFY(platformRemarks(id).isEmpty());
    const auto waiting = notesOn(m_a, id);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().state, models::NoteEntry::State::Waiting);
    // Its back-off ends (time passes); the limit has lifted: sent once.
    m_sandbox->state().faults().clear();
    QSqlQuery q(m_a.db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = 0 WHERE id = %1").arg(outboxId)));
    runPush(*m_a.client, *m_a.db);
    QCOMPARE(stateOf(m_a, outboxId), QStringLiteral("done"));
    QCOMPARE(platformRemarks(id).size(), 1);
}

void TstSyncNotes::note_tooLongOrEmpty_refusedBeforeQueueing()
{
    const QString id = approvableTickets(*m_a.db, m_sandbox->now()).value(0);
    const QString author = QStringLiteral("小王");
    const int room = core::ShopRemarks::roomForText(author, false);
    QCOMPARE(room, 500 - 4); // 〔小王〕
    sync::DecisionService service(*m_a.db);
    sync::DecisionInput in;
    in.aftersaleId = id;
    in.action = sync::DecisionAction::Note;
    in.remark = QString(room + 1, QChar(0x5907));
    auto r = service.decide(in, sync::Actor{author}, m_sandbox->now());
    QVERIFY(!r);
    QCOMPARE(r.error().situation, QStringLiteral("note.too_long"));
    QCOMPARE(r.error().args.value(0), QString::number(room));
    in.remark = QStringLiteral("   ");
    r = service.decide(in, sync::Actor{author}, m_sandbox->now());
    QVERIFY(!r);
    QCOMPARE(r.error().situation, QStringLiteral("note.empty"));
    in.remark = QString(room, QChar(0x5907));
    QVERIFY(service.decide(in, sync::Actor{author}, m_sandbox->now()));
    // This desk's pace: at most kMaxPerHour notes on one ticket in an hour.
    in.remark = QStringLiteral("x");
    for (int i = 1; i < core::ShopRemarks::kMaxPerHour; ++i)
        QVERIFY(service.decide(in, sync::Actor{author}, m_sandbox->now()));
    r = service.decide(in, sync::Actor{author}, m_sandbox->now());
    QVERIFY(!r);
    QCOMPARE(r.error().situation, QStringLiteral("note.too_many"));
    QCOMPARE(scalarInt(*m_a.db, QStringLiteral("SELECT count(*) FROM outbox WHERE action = 'note'")),
             core::ShopRemarks::kMaxPerHour);
}

void TstSyncNotes::decision_queuedBeforeARemarkFromAnotherDesk_rebasedAndApplied()
{
    const QString id = approvableTickets(*m_a.db, m_sandbox->now()).value(0);
    QVERIFY(!id.isEmpty());
    // A approves offline; meanwhile B writes a note, which moves the ticket's update_time on the platform.
    const qint64 decision = approve(*m_a.db, id);
    QVERIFY(decision > 0);
    const qint64 before = platformTicket(*m_sandbox, id).updateTime;
    QVERIFY(note(m_b, id, QStringLiteral("这单我来跟进"), QStringLiteral("小李")) > 0);
    auto r = runPush(*m_b.client, *m_b.db);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(platformTicket(*m_sandbox, id).updateTime > before);

    // A syncs: the platform refuses the stale version, the read-back finds only a remark changed, the decision is
    // re-based on the new update_time (audited) and applied. No conflict for a human to settle.
    r = runFullSync(*m_a.client, *m_a.db, m_options);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(stateOf(m_a, decision), QStringLiteral("done"));
    QCOMPARE(platformTicket(*m_sandbox, id).status, 12);
    QCOMPARE(r.decisionsConflict, 0);
    QCOMPARE(scalarInt(*m_a.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'outbox.pending' AND "
                                               "detail_json LIKE '%rebased_to_update_time%'")),
             1);
    // B's note stays on the ticket, and A now shows it.
    QCOMPARE(notesOn(m_a, id).size(), 1);
    QCOMPARE(notesOn(m_a, id).first().author, QStringLiteral("小李"));
}

void TstSyncNotes::decision_queuedAfterANoteOnTheSameDesk_goesFirstNoConflict()
{
    const QString id = approvableTickets(*m_a.db, m_sandbox->now()).value(0);
    QVERIFY(!id.isEmpty());
    const qint64 first = note(m_a, id, QStringLiteral("先记一笔：买家很急"), QStringLiteral("小王"));
    const qint64 decision = approve(*m_a.db, id);
    QVERIFY(first > 0 && decision > 0);
    // The decision is due before the older note; the note waits for it.
    const auto due = store::OutboxRepository(*m_a.db).nextDue(QDateTime::currentSecsSinceEpoch()).value();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().id, decision);
    const auto r = runPush(*m_a.client, *m_a.db);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(stateOf(m_a, decision), QStringLiteral("done"));
    QCOMPARE(stateOf(m_a, first), QStringLiteral("done"));
    QCOMPARE(r.decisionsConflict, 0);
    QCOMPARE(platformTicket(*m_sandbox, id).status, 12);
    QCOMPARE(platformRemarks(id).size(), 1);
    // No re-base was needed: the decision went out against the version it was made on.
    QCOMPARE(scalarInt(*m_a.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE detail_json LIKE "
                                               "'%rebased_to_update_time%'")),
             0);
}

ANXIN_TEST_GUILESS_MAIN(TstSyncNotes)
#include "tst_sync_notes.moc"

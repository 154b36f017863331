#include "store/auditrepository.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/outboxrepository.h"
#include "store/writetransaction.h"
#include "tempdb.h"
#include "testmain.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace anxin;
using anxin::core::Error;
using anxin::store::AuditRepository;
using anxin::store::Database;
using anxin::store::OutboxEntry;
using anxin::store::OutboxRepository;
using anxin::store::OutboxState;
using anxin::test::TempDb;

namespace {

OutboxEntry decision(const QString &ticket, const QString &action = QStringLiteral("approve"))
{
    OutboxEntry e;
    e.shopId = QStringLiteral("s1");
    e.aftersaleId = ticket;
    e.action = action;
    e.payloadJson = QStringLiteral("{\"type\":201}");
    e.expectedUpdateTime = 1000;
    e.createdBy = QStringLiteral("agent-li");
    return e;
}

// The ids nextDue hands out at `now`, in its order.
QList<qint64> dueIds(const OutboxRepository &outbox, qint64 now)
{
    QList<qint64> out;
    const auto due = outbox.nextDue(now); // keep the Result alive for the loop
    for (const OutboxEntry &e : due.value())
        out << e.id;
    return out;
}

} // namespace

class TstOutbox : public QObject
{
    Q_OBJECT
private slots:
    void enqueue_decision_storesPendingWithAuditEntry();
    void enqueue_auditFails_storesNothing();
    void transitions_validPaths_updateStateAttemptsAndErrors();
    void transitions_invalid_areRefusedAndChangeNothing();
    void cancel_onlyWhilePending();
    void overtaken_fromUnknown_isFinalAndKeepsBothSides();
    void migration11_keepsEveryRowAndTheIdCounter();
    void nextDue_perTicket_inCreationOrderAndOneAtATime();
    void nextDue_notesAfterDecisions_neverBeforeOrBeside();
    void reopen_afterRestart_keepsStateAttemptsAndSchedule();
    void recoverInFlight_afterCrash_marksUnknown();
    void audit_intactChain_verifies();
    void audit_tamperedRow_verifyNamesItsSeq();
    void audit_deletedRow_verifyNamesTheNextSeq();
    void audit_updateThroughApp_isRefused();
};

void TstOutbox::enqueue_decision_storesPendingWithAuditEntry()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    OutboxRepository outbox(db);
    const auto id = outbox.enqueue(decision(QStringLiteral("t1")), 500);
    ANXIN_VERIFY_OK(id);
    const auto got = outbox.get(id.value());
    QVERIFY(got.ok() && got.value());
    QCOMPARE(got.value()->state, OutboxState::Pending);
    QCOMPARE(got.value()->createdAt, 500);
    QCOMPARE(got.value()->createdBy, QStringLiteral("agent-li"));
    QCOMPARE(got.value()->expectedUpdateTime, 1000);
    const auto head = AuditRepository(db).head();
    QVERIFY(head.ok() && head.value());
    QCOMPARE(head.value()->action, QStringLiteral("outbox.enqueue"));
    QCOMPARE(head.value()->actor, QStringLiteral("agent-li"));
    QCOMPARE(head.value()->subject, QStringLiteral("t1"));
    QVERIFY(head.value()->detailJson.contains(QStringLiteral("\"outbox_id\":%1").arg(id.value())));
    QCOMPARE(outbox.countsByState().value().value(OutboxState::Pending), 1);
}

void TstOutbox::enqueue_auditFails_storesNothing()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    QVERIFY(db.exec(QStringLiteral("CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log "
                                   "BEGIN SELECT RAISE(ABORT, 'injected'); END"))
                .ok());
    OutboxRepository outbox(db);
    QVERIFY(!outbox.enqueue(decision(QStringLiteral("t1")), 500).ok());
    QCOMPARE(outbox.list().value().size(), 0);
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER temp.fail_audit")).ok());
    QVERIFY(outbox.enqueue(decision(QStringLiteral("t1")), 500).ok());
    QCOMPARE(outbox.list().value().size(), 1);
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 1);
}

void TstOutbox::transitions_validPaths_updateStateAttemptsAndErrors()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    OutboxRepository outbox(db);
    const qint64 a = outbox.enqueue(decision(QStringLiteral("a")), 1).value();
    const qint64 b = outbox.enqueue(decision(QStringLiteral("b")), 1).value();
    const qint64 c = outbox.enqueue(decision(QStringLiteral("c")), 1).value();
    const qint64 d = outbox.enqueue(decision(QStringLiteral("d")), 1).value();

    // a: pending -> in_flight -> unknown -> (read back: not applied) pending -> in_flight -> done
    QVERIFY(outbox.markInFlight(a, 10).ok());
    QVERIFY(outbox.markUnknown(a, QStringLiteral("timeout after send"), 70, 11).ok());
    auto e = outbox.get(a).value();
    QCOMPARE(e->state, OutboxState::Unknown);
    QCOMPARE(e->attempts, 1);
    QCOMPARE(e->lastError, QStringLiteral("timeout after send"));
    QCOMPARE(e->nextAttemptAt, 70);
    QVERIFY(outbox.reschedule(a, QStringLiteral("not applied"), 80, 12).ok());
    QVERIFY(outbox.markInFlight(a, 80).ok());
    QVERIFY(outbox.markDone(a, 81).ok());
    e = outbox.get(a).value();
    QCOMPARE(e->state, OutboxState::Done);
    QCOMPARE(e->attempts, 2);
    QCOMPARE(e->updatedAt, 81);

    // b: conflict with both sides; c: failed; d: unknown -> done on read-back
    QVERIFY(outbox.markInFlight(b, 10).ok());
    QVERIFY(outbox.markConflict(b, QStringLiteral("{\"local\":201,\"platform_status\":28}"), 11).ok());
    QCOMPARE(outbox.get(b).value()->conflictJson, QStringLiteral("{\"local\":201,\"platform_status\":28}"));
    QVERIFY(outbox.markInFlight(c, 10).ok());
    QVERIFY(outbox.markFailed(c, QStringLiteral("40003"), 11).ok());
    QVERIFY(outbox.markInFlight(d, 10).ok());
    QVERIFY(outbox.markUnknown(d, QStringLiteral("503"), 20, 11).ok());
    QVERIFY(outbox.markDone(d, 21).ok());

    const auto counts = outbox.countsByState().value();
    QCOMPARE(counts.value(OutboxState::Done), 2);
    QCOMPARE(counts.value(OutboxState::Conflict), 1);
    QCOMPARE(counts.value(OutboxState::Failed), 1);
    QCOMPARE(outbox.list({OutboxState::Done}).value().size(), 2);
    QCOMPARE(AuditRepository(db).verify().value(), std::nullopt);
    QCOMPARE(AuditRepository(db).head().value()->action, QStringLiteral("outbox.done"));
}

void TstOutbox::transitions_invalid_areRefusedAndChangeNothing()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    OutboxRepository outbox(db);
    const qint64 a = outbox.enqueue(decision(QStringLiteral("a")), 1).value();
    const int auditBefore = TempDb::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    for (const core::Status &s : {outbox.markDone(a, 2), outbox.markUnknown(a, {}, 0, 2), outbox.markFailed(a, {}, 2),
                                  outbox.markConflict(a, {}, 2), outbox.reschedule(a, {}, 0, 2)}) {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
    }
    QVERIFY(outbox.markInFlight(a, 3).ok());
    QVERIFY(outbox.markDone(a, 4).ok());
    QVERIFY(!outbox.markInFlight(a, 5).ok()); // done is final
    QVERIFY(!outbox.reschedule(a, {}, 0, 5).ok());
    QCOMPARE(outbox.get(a).value()->state, OutboxState::Done);
    QCOMPARE(outbox.get(a).value()->attempts, 1);
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore + 2);
    QCOMPARE(outbox.markDone(999, 1).error().kind, Error::Kind::NotFound);
}

void TstOutbox::cancel_onlyWhilePending()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    OutboxRepository outbox(db);
    const qint64 a = outbox.enqueue(decision(QStringLiteral("a")), 1).value();
    const qint64 b = outbox.enqueue(decision(QStringLiteral("b")), 1).value();
    QVERIFY(outbox.cancel(a, QStringLiteral("agent-li"), 2).ok());
    QCOMPARE(outbox.get(a).value()->state, OutboxState::Cancelled);
    QCOMPARE(AuditRepository(db).head().value()->action, QStringLiteral("outbox.cancelled"));
    QCOMPARE(AuditRepository(db).head().value()->actor, QStringLiteral("agent-li"));
    QVERIFY(!outbox.cancel(a, QStringLiteral("agent-li"), 3).ok());
    QVERIFY(outbox.markInFlight(b, 2).ok());
    const core::Status late = outbox.cancel(b, QStringLiteral("agent-li"), 3);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().kind, Error::Kind::Conflict);
    QCOMPARE(outbox.get(b).value()->state, OutboxState::InFlight);
}

void TstOutbox::nextDue_perTicket_inCreationOrderAndOneAtATime()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    OutboxRepository outbox(db);
    const qint64 x1 = outbox.enqueue(decision(QStringLiteral("x"), QStringLiteral("extend")), 1).value();
    const qint64 y1 = outbox.enqueue(decision(QStringLiteral("y")), 1).value();
    const qint64 x2 = outbox.enqueue(decision(QStringLiteral("x"), QStringLiteral("approve")), 1).value();
    OutboxEntry later = decision(QStringLiteral("z"));
    later.nextAttemptAt = 100;
    const qint64 z1 = outbox.enqueue(later, 1).value();

    auto ids = [&](qint64 now) { return dueIds(outbox, now); };
    QCOMPARE(ids(10), (QList<qint64>{x1, y1})); // x2 waits behind x1; z1 not due yet
    QCOMPARE(ids(100), (QList<qint64>{x1, y1, z1}));
    QVERIFY(outbox.markInFlight(x1, 10).ok());
    QCOMPARE(ids(10), (QList<qint64>{y1})); // nothing else for x while x1 is in flight
    QVERIFY(outbox.markUnknown(x1, QStringLiteral("timeout"), 50, 11).ok());
    QCOMPARE(ids(60), (QList<qint64>{y1})); // unknown blocks too: read back first
    QVERIFY(outbox.markDone(x1, 12).ok());
    QCOMPARE(ids(60), (QList<qint64>{y1, x2}));
    QVERIFY(outbox.cancel(y1, QStringLiteral("agent"), 13).ok());
    QCOMPARE(ids(60), (QList<qint64>{x2}));
    QCOMPARE(outbox.listForTicket(QStringLiteral("x")).value().size(), 2);
}

void TstOutbox::nextDue_notesAfterDecisions_neverBeforeOrBeside()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    OutboxRepository outbox(db);
    // On ticket x: a note, then a decision, then another note, all pending.
    const qint64 n1 = outbox.enqueue(decision(QStringLiteral("x"), QStringLiteral("note")), 1).value();
    const qint64 d1 = outbox.enqueue(decision(QStringLiteral("x")), 1).value();
    const qint64 n2 = outbox.enqueue(decision(QStringLiteral("x"), QStringLiteral("note")), 1).value();
    const qint64 other = outbox.enqueue(decision(QStringLiteral("y"), QStringLiteral("note")), 1).value();
    auto ids = [&] { return dueIds(outbox, 100); };
    // The decision goes first although a note is older; a note alone on its ticket goes at once.
    QCOMPARE(ids(), (QList<qint64>{d1, other}));
    QVERIFY(outbox.markInFlight(d1, 10).ok());
    QCOMPARE(ids(), (QList<qint64>{other}));
    QVERIFY(outbox.markDone(d1, 11).ok());
    // Then the notes, one at a time, oldest first.
    QCOMPARE(ids(), (QList<qint64>{n1, other}));
    QVERIFY(outbox.markInFlight(n1, 12).ok());
    // A note in flight holds everything on its ticket: its answer moves the ticket's update_time.
    const qint64 d2 = outbox.enqueue(decision(QStringLiteral("x")), 12).value();
    QCOMPARE(ids(), (QList<qint64>{other}));
    QVERIFY(outbox.markDone(n1, 13).ok());
    QCOMPARE(ids(), (QList<qint64>{other, d2}));
    QVERIFY(outbox.markInFlight(d2, 14).ok());
    QVERIFY(outbox.markDone(d2, 15).ok());
    QCOMPARE(ids(), (QList<qint64>{n2, other}));
}

void TstOutbox::reopen_afterRestart_keepsStateAttemptsAndSchedule()
{
    TempDb tmp;
    qint64 id = 0;
    {
        Database db;
        QVERIFY(tmp.open(db).ok());
        OutboxRepository outbox(db);
        id = outbox.enqueue(decision(QStringLiteral("t")), 1).value();
        QVERIFY(outbox.markInFlight(id, 2).ok());
        QVERIFY(outbox.reschedule(id, QStringLiteral("HTTP 503, Retry-After 30"), 32, 2).ok());
        QVERIFY(outbox.markInFlight(id, 32).ok());
        QVERIFY(outbox.markUnknown(id, QStringLiteral("timeout"), 90, 40).ok());
    }
    Database db;
    QVERIFY(tmp.open(db).ok());
    const auto e = OutboxRepository(db).get(id).value();
    QVERIFY(e.has_value());
    QCOMPARE(e->state, OutboxState::Unknown);
    QCOMPARE(e->attempts, 2);
    QCOMPARE(e->lastError, QStringLiteral("timeout"));
    QCOMPARE(e->nextAttemptAt, 90);
    QCOMPARE(e->payloadJson, QStringLiteral("{\"type\":201}"));
    QCOMPARE(AuditRepository(db).verify().value(), std::nullopt);
}

void TstOutbox::recoverInFlight_afterCrash_marksUnknown()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    OutboxRepository outbox(db);
    const qint64 a = outbox.enqueue(decision(QStringLiteral("a")), 1).value();
    const qint64 b = outbox.enqueue(decision(QStringLiteral("b")), 1).value();
    QVERIFY(outbox.markInFlight(a, 2).ok());
    QCOMPARE(outbox.recoverInFlight(5).value(), 1);
    QCOMPARE(outbox.get(a).value()->state, OutboxState::Unknown);
    QCOMPARE(outbox.get(b).value()->state, OutboxState::Pending);
}

void TstOutbox::audit_intactChain_verifies()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    AuditRepository audit(db);
    QCOMPARE(audit.verify().value(), std::nullopt);
    QVERIFY(!audit.head().value().has_value());
    for (int i = 0; i < 5; ++i) {
        store::AuditEntry e;
        e.at = 100 + i;
        e.actor = QStringLiteral("owner");
        e.action = QStringLiteral("pii.decrypt");
        e.subject = QStringLiteral("order-%1").arg(i);
        const auto appended = audit.append(e);
        QVERIFY(appended.ok());
        QCOMPARE(appended.value().seq, i + 1);
    }
    const auto head = audit.head().value();
    QCOMPARE(head->seq, 5);
    QCOMPARE(head->hash.size(), 64);
    QCOMPARE(head->prevHash, audit.list(4, 1).value().first().hash);
    QCOMPARE(AuditRepository::computeHash(*head), head->hash);
    QCOMPARE(audit.verify().value(), std::nullopt);
}

void TstOutbox::audit_tamperedRow_verifyNamesItsSeq()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    OutboxRepository outbox(db);
    for (int i = 0; i < 5; ++i)
        QVERIFY(outbox.enqueue(decision(QStringLiteral("t%1").arg(i)), i).ok());
    // Someone edits the file behind the app's back (the append-only trigger is no obstacle to them).
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
    QVERIFY(db.exec(QStringLiteral("UPDATE audit_log SET actor = 'owner' WHERE seq = 3")).ok());
    QCOMPARE(AuditRepository(db).verify().value(), std::optional<qint64>(3));
    // Recomputing the row's own hash does not help: the next entry's prev_hash no longer matches.
    store::AuditEntry forged = AuditRepository(db).list(3, 1).value().first();
    QVERIFY(db.exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 3")
                        .arg(AuditRepository::computeHash(forged)))
                .ok());
    QCOMPARE(AuditRepository(db).verify().value(), std::optional<qint64>(4));
}

void TstOutbox::audit_deletedRow_verifyNamesTheNextSeq()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    OutboxRepository outbox(db);
    for (int i = 0; i < 4; ++i)
        QVERIFY(outbox.enqueue(decision(QStringLiteral("t%1").arg(i)), i).ok());
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
    QVERIFY(db.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")).ok());
    QCOMPARE(AuditRepository(db).verify().value(), std::optional<qint64>(3));
}

void TstOutbox::audit_updateThroughApp_isRefused()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    QVERIFY(OutboxRepository(db).enqueue(decision(QStringLiteral("t")), 1).ok());
    QVERIFY(!db.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")).ok());
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_log")).ok());
    QCOMPARE(AuditRepository(db).verify().value(), std::nullopt);
}

void TstOutbox::overtaken_fromUnknown_isFinalAndKeepsBothSides()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    OutboxRepository outbox(db);
    const qint64 a = outbox.enqueue(decision(QStringLiteral("a"), QStringLiteral("reject")), 1).value();
    QCOMPARE(outbox.markOvertaken(a, QStringLiteral("{}"), 2).error().kind, Error::Kind::Conflict); // still pending
    QVERIFY(outbox.markInFlight(a, 3).ok());
    QVERIFY(outbox.markUnknown(a, QStringLiteral("ticket changed"), 4, 4).ok());
    const QString sides = QStringLiteral("{\"local\":{\"action\":\"reject\"},\"platform\":{\"status\":12}}");
    QVERIFY(outbox.markOvertaken(a, sides, 5).ok());
    const auto e = outbox.get(a).value();
    QCOMPARE(e->state, OutboxState::Overtaken);
    QCOMPARE(e->conflictJson, sides);
    QCOMPARE(OutboxRepository::stateName(e->state), "overtaken");
    QCOMPARE(OutboxRepository::stateFromName(QStringLiteral("overtaken")), OutboxState::Overtaken);
    QCOMPARE(outbox.countsByState().value().value(OutboxState::Overtaken), 1);
    // Final: never sent again, never undone, never anything else.
    for (const core::Status &s : {outbox.markInFlight(a, 6), outbox.reschedule(a, {}, 0, 6), outbox.markDone(a, 6),
                                  outbox.markConflict(a, {}, 6), outbox.cancel(a, QStringLiteral("owner"), 6)})
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
    QVERIFY(outbox.nextDue(100).value().isEmpty());
    QCOMPARE(AuditRepository(db).head().value()->action, QStringLiteral("outbox.overtaken"));
    QCOMPARE(AuditRepository(db).verify().value(), std::nullopt);
}

void TstOutbox::migration11_keepsEveryRowAndTheIdCounter()
{
    TempDb tmp;
    const auto builtin = store::Migrator::builtin();
    ANXIN_VERIFY_OK(builtin);
    QStringList before;
    {
        Database old;
        Database::Options o;
        o.migrations = builtin.value().mid(0, 10);
        ANXIN_VERIFY_OK(tmp.open(old, o));
        QCOMPARE(old.schemaVersion(), 10);
        OutboxRepository outbox(old);
        const qint64 a = outbox.enqueue(decision(QStringLiteral("a")), 1).value();
        const qint64 b = outbox.enqueue(decision(QStringLiteral("b")), 1).value();
        const qint64 c = outbox.enqueue(decision(QStringLiteral("c")), 1).value();
        QVERIFY(outbox.markInFlight(a, 2).ok());
        QVERIFY(outbox.markConflict(a, QStringLiteral("{\"x\":1}"), 3).ok());
        QVERIFY(outbox.cancel(b, QStringLiteral("owner"), 3).ok());
        // The newest id leaves the table: it must still never come back.
        QVERIFY(old.exec(QStringLiteral("DELETE FROM outbox WHERE id = %1").arg(c)).ok());
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM outbox ORDER BY id")));
        while (q.next()) {
            QStringList f;
            for (int i = 0; i < q.record().count(); ++i)
                f << q.value(i).toString();
            before << f.join(QLatin1Char('|'));
        }
        QCOMPARE(before.size(), 2);
    }
    Database db;
    ANXIN_VERIFY_OK(tmp.open(db));
    QVERIFY(db.schemaVersion() >= 11);
    QStringList after;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM outbox ORDER BY id")));
    while (q.next()) {
        QStringList f;
        for (int i = 0; i < q.record().count(); ++i)
            f << q.value(i).toString();
        after << f.join(QLatin1Char('|'));
    }
    QCOMPARE(after, before);
    OutboxRepository outbox(db);
    QCOMPARE(outbox.enqueue(decision(QStringLiteral("d")), 5).value(), 4);
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'outbox' AND "
                                               "type = 'index' AND name IN ('outbox_ticket', 'outbox_state_due')"))
                 .toInt(),
             2);
    QVERIFY(db.exec(QStringLiteral("UPDATE outbox SET state = 'overtaken' WHERE id = 4")).ok());
}

ANXIN_TEST_GUILESS_MAIN(TstOutbox)
#include "tst_outbox.moc"

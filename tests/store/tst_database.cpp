#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/ticketrepository.h"
#include "store/writetransaction.h"
#include "tempdb.h"
#include "testmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace anxin;
using anxin::core::Error;
using anxin::store::Database;
using anxin::test::TempDb;

class TstDatabase : public QObject
{
    Q_OBJECT
private slots:
    void open_freshFile_setsPragmasAndLatestSchema();
    void open_sqliteBuild_hasFts5Trigram();
    void open_randomBytes_renamesAsideByteIdenticalAndReportsCorrupt();
    void open_truncatedDatabase_renamesAsideAndReportsCorrupt();
    void open_overCheckSize_opensUncheckedAndCheckIntegrityFindsDamage();
    void open_tooNewDatabase_opensReadOnlyWithTooNew();
    void openReadOnly_validFile_refusesWrites();
    void write_maxPageCountReached_reportsStorageFullAndKeepsNothing();
    void writeTransaction_heldByOther_secondWriterIsBusy();
    void writeTransaction_heldByOtherThread_secondWriterWaitsThenWrites();
    void writeTransaction_nested_isUsageError();
    void writeTransaction_notCommitted_rollsBack();
    void open_driverAndCoreOnOneSqlite_otherwiseRefusedWithBothNamed();
};

void TstDatabase::open_freshFile_setsPragmasAndLatestSchema()
{
    TempDb tmp;
    Database db;
    const core::Status s = tmp.open(db);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(db.openState(), Database::OpenState::ReadWrite);
    QVERIFY(!db.isReadOnly());
    QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA cache_size")).toInt(), -65536);
    QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA temp_store")).toInt(), 2); // MEMORY
    QVERIFY(db.knownVersion() >= 1);
    QCOMPARE(db.schemaVersion(), db.knownVersion());
    QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), db.knownVersion());
    for (const char *table : {"shops", "tickets", "ticket_detail", "evidence", "platform_logs", "orders", "order_lines",
                              "products", "reject_reasons", "score_snapshots", "sync_cursors", "outbox", "drafts",
                              "audit_log", "image_cache", "saved_views", "tickets_fts"}) {
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?")));
        q.addBindValue(QString::fromLatin1(table));
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() == 1, table);
    }
    // A Full transaction switches synchronous for its commit only.
    {
        store::WriteTransaction tx(db, store::WriteTransaction::Durability::Full);
        QVERIFY(tx.ok());
        QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2);
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1);
}

void TstDatabase::open_sqliteBuild_hasFts5Trigram()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    const QString version = TempDb::scalar(db, QStringLiteral("SELECT sqlite_version()")).toString();
    qInfo("QSQLITE runs SQLite %s", qPrintable(version));
    QVERIFY(QVersionNumber::fromString(version) >= QVersionNumber(3, 34));
    QVERIFY(db.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.probe USING fts5(x, tokenize = 'trigram')")).ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO temp.probe VALUES ('泰国金枕榴莲 5斤')")).ok());
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT count(*) FROM temp.probe WHERE probe MATCH '金枕榴'")).toInt(),
             1);
}

void TstDatabase::open_randomBytes_renamesAsideByteIdenticalAndReportsCorrupt()
{
    TempDb tmp;
    QByteArray garbage(64 * 1024, '\0');
    QRandomGenerator rng(42);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    {
        QFile f(tmp.path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    Database db;
    const core::Status s = tmp.open(db);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Corrupt);
    QCOMPARE(db.openState(), Database::OpenState::Corrupt);
    QVERIFY(!db.isOpen());
    const QString aside = s.error().detail;
    QCOMPARE(aside, db.asidePath());
    QVERIFY(aside.startsWith(tmp.path() + QStringLiteral(".corrupt-")));
    QVERIFY(!QFileInfo::exists(tmp.path()));
    QCOMPARE(TempDb::readAll(aside), garbage);

    // The next start gets a fresh, empty database; the aside file is untouched.
    Database again;
    QVERIFY(tmp.open(again).ok());
    QCOMPARE(TempDb::readAll(aside), garbage);
}

void TstDatabase::open_truncatedDatabase_renamesAsideAndReportsCorrupt()
{
    TempDb tmp;
    {
        Database db;
        QVERIFY(tmp.open(db).ok());
        QVERIFY(store::TicketRepository(db).upsertBatch(test::bulkyTickets()).ok());
    }
    QVERIFY(!QFileInfo::exists(tmp.path() + QStringLiteral("-wal"))); // checkpointed on close
    QByteArray bytes = TempDb::readAll(tmp.path());
    QVERIFY(bytes.size() > 1024 * 1024);
    bytes.truncate(bytes.size() / 2);
    {
        QFile f(tmp.path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    Database db;
    const core::Status s = tmp.open(db);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Corrupt);
    QCOMPARE(TempDb::readAll(s.error().detail), bytes);
    QVERIFY(!QFileInfo::exists(tmp.path()));

    // The aside file can still be opened read-only (to export what is readable).
    Database reader;
    QVERIFY(reader.openReadOnly(s.error().detail).ok());
    QVERIFY(reader.isReadOnly());
    reader.close();
    QCOMPARE(TempDb::readAll(s.error().detail), bytes);
}

void TstDatabase::open_overCheckSize_opensUncheckedAndCheckIntegrityFindsDamage()
{
    TempDb tmp;
    {
        Database db;
        QVERIFY(tmp.open(db).ok());
        QVERIFY(db.quickCheckFinished()); // a small file is checked in full within the budget
        QVERIFY(store::TicketRepository(db).upsertBatch(test::bulkyTickets()).ok());
        ANXIN_VERIFY_OK(db.checkIntegrity());
    }
    QVERIFY(!test::damageMiddle(tmp.path()).isEmpty());
    // Over the size limit: the file opens unchecked.
    Database::Options options;
    options.quickCheckMaxBytes = 1024;
    Database db;
    ANXIN_VERIFY_OK(tmp.open(db, options));
    QVERIFY(!db.quickCheckFinished());
    QVERIFY(QFileInfo::exists(tmp.path()));
    // The whole check, on a second read-only connection, finds the damage.
    Database reader;
    ANXIN_VERIFY_OK(reader.openReadOnly(tmp.path()));
    const core::Status checked = reader.checkIntegrity();
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().kind, Error::Kind::Corrupt);
}

void TstDatabase::open_tooNewDatabase_opensReadOnlyWithTooNew()
{
    TempDb tmp;
    {
        Database db;
        QVERIFY(tmp.open(db).ok());
        QVERIFY(store::TicketRepository(db).upsertBatch({test::makeTicket(QStringLiteral("1"), 10)}).ok());
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(db.knownVersion() + 5)).ok());
    }
    Database db;
    const core::Status s = tmp.open(db);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::TooNew);
    QVERIFY(db.isOpen());
    QVERIFY(db.isReadOnly());
    QCOMPARE(db.openState(), Database::OpenState::TooNew);
    QCOMPARE(db.schemaVersion(), db.knownVersion() + 5);
    QVERIFY(!db.openReason().isEmpty());
    // Reads work, writes are refused and the version stays as it was.
    QCOMPARE(store::TicketRepository(db).count({}).value(), 1);
    store::WriteTransaction tx(db);
    QVERIFY(!tx.ok());
    QVERIFY(!db.exec(QStringLiteral("PRAGMA user_version = 1")).ok());
    QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), db.knownVersion() + 5);
}

void TstDatabase::openReadOnly_validFile_refusesWrites()
{
    TempDb tmp;
    {
        Database db;
        QVERIFY(tmp.open(db).ok());
    }
    Database db;
    QVERIFY(db.openReadOnly(tmp.path()).ok());
    QCOMPARE(db.openState(), Database::OpenState::ReadOnly);
    QVERIFY(!store::TicketRepository(db).upsertBatch({test::makeTicket(QStringLiteral("1"), 10)}).ok());
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO drafts (aftersale_id, kind) VALUES ('1', 'x')")).ok());
    QVERIFY(!Database().openReadOnly(tmp.dir() + QStringLiteral("/missing.db")).ok());
}

void TstDatabase::write_maxPageCountReached_reportsStorageFullAndKeepsNothing()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    store::TicketRepository tickets(db);
    QVERIFY(tickets.upsertBatch({test::makeTicket(QStringLiteral("1"), 10)}).ok());
    const int pages = TempDb::scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)).ok());

    QList<store::TicketRecord> rows;
    for (int i = 0; i < 500; ++i) {
        store::TicketRecord t = test::makeTicket(QString::number(100 + i), 20);
        t.rawJson = QString(2000, QLatin1Char('y'));
        rows << t;
    }
    const auto result = tickets.upsertBatch(rows);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::StorageFull);
    QCOMPARE(tickets.count({}).value(), 1); // nothing of the batch is visible

    // A decision on a full disk is not reported as saved, and leaves neither outbox row nor audit entry.
    // Fill the remaining pages first so the small enqueue cannot fit.
    QList<store::TicketRecord> filler;
    for (int i = 0; i < 200; ++i) {
        store::TicketRecord t = test::makeTicket(QString::number(5000 + i), 20);
        t.rawJson = QString(300, QLatin1Char('z'));
        auto r = tickets.upsertBatch({t});
        if (!r.ok())
            break;
    }
    store::OutboxRepository outbox(db);
    store::OutboxEntry e;
    e.shopId = QStringLiteral("s1");
    e.aftersaleId = QStringLiteral("1");
    e.action = QStringLiteral("approve");
    e.payloadJson = QString(20000, QLatin1Char('p'));
    e.createdBy = QStringLiteral("agent");
    const auto enq = outbox.enqueue(e, 100);
    QVERIFY(!enq.ok());
    QCOMPARE(enq.error().kind, Error::Kind::StorageFull);
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);

    // With room again the same write succeeds, and the file is sound.
    QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = 1000000")).ok());
    QVERIFY(tickets.upsertBatch(rows).ok());
    QVERIFY(outbox.enqueue(e, 100).ok());
    QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
}

void TstDatabase::writeTransaction_heldByOther_secondWriterIsBusy()
{
    TempDb tmp;
    Database a;
    Database b;
    QVERIFY(tmp.open(a).ok());
    QVERIFY(tmp.open(b).ok());
    QVERIFY(b.exec(QStringLiteral("PRAGMA busy_timeout = 50")).ok());

    store::WriteTransaction txA(a);
    QVERIFY(txA.ok());
    // No statement has run in txA yet: only BEGIN IMMEDIATE (not a deferred BEGIN) already holds the write lock.
    QElapsedTimer timer;
    timer.start();
    store::WriteTransaction txB(b);
    QVERIFY(!txB.ok());
    QCOMPARE(txB.status().error().kind, Error::Kind::Locked);
    QVERIFY(timer.elapsed() >= 40); // it waited for the busy timeout instead of failing on a lock upgrade
    // Readers are not blocked by the writer under WAL.
    QCOMPARE(store::TicketRepository(b).count({}).value(), 0);
    QVERIFY(txA.commit().ok());
    store::WriteTransaction retry(b);
    QVERIFY(retry.ok());
}

void TstDatabase::writeTransaction_heldByOtherThread_secondWriterWaitsThenWrites()
{
    TempDb tmp;
    {
        Database init;
        QVERIFY(tmp.open(init).ok());
    }
    std::atomic<bool> began{false};
    std::atomic<bool> committed{false};
    std::thread other([&] {
        Database a; // one connection per thread
        if (!tmp.open(a).ok())
            return;
        store::WriteTransaction tx(a);
        if (tx.ok()) {
            store::TicketRepository(a).upsertBatch(tx, {test::makeTicket(QStringLiteral("1"), 10)});
            began = true;
            QThread::msleep(300);
            committed = tx.commit().ok();
        }
    });
    while (!began)
        QThread::msleep(5);
    Database b;
    QVERIFY(tmp.open(b).ok());
    QElapsedTimer timer;
    timer.start();
    {
        store::WriteTransaction tx(b);
        QVERIFY(tx.ok()); // waited (busy_timeout 5000) for the other writer instead of failing
        QVERIFY(committed);
        QVERIFY(timer.elapsed() >= 100);
        // Its snapshot starts after the other commit: it sees the row and can build on it.
        QVERIFY(store::TicketRepository(b).upsertBatch(tx, {test::makeTicket(QStringLiteral("1"), 20)}).ok());
        QVERIFY(tx.commit().ok());
    }
    other.join();
    QCOMPARE(store::TicketRepository(b).get(QStringLiteral("1")).value()->updateTime, 20);
}

void TstDatabase::writeTransaction_nested_isUsageError()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    store::WriteTransaction outer(db);
    QVERIFY(outer.ok());
    store::WriteTransaction inner(db);
    QVERIFY(!inner.ok());
    QCOMPARE(inner.status().error().kind, Error::Kind::Usage);
    QVERIFY(outer.commit().ok());
}

void TstDatabase::writeTransaction_notCommitted_rollsBack()
{
    TempDb tmp;
    Database db;
    QVERIFY(tmp.open(db).ok());
    store::TicketRepository tickets(db);
    {
        store::WriteTransaction tx(db);
        QVERIFY(tx.ok());
        QVERIFY(tickets.upsertBatch(tx, {test::makeTicket(QStringLiteral("1"), 10)}).ok());
        QCOMPARE(tickets.count({}).value(), 1);
    }
    QCOMPARE(tickets.count({}).value(), 0);
    QVERIFY(!db.inTransaction());
}

void TstDatabase::open_driverAndCoreOnOneSqlite_otherwiseRefusedWithBothNamed()
{
    // This build: the driver answers with the very source id of the library the core links, so open() went on.
    TempDb tmp;
    Database db;
    ANXIN_VERIFY_OK(tmp.open(db));
    const QString driver = TempDb::scalar(db, QStringLiteral("SELECT sqlite_source_id()")).toString();
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT sqlite_version()")).toString(), Database::sqliteVersion());
    ANXIN_VERIFY_OK(Database::checkOneSqlite(driver, driver));
    // A driver with its own copy (Qt's official binaries): refused, naming both, before the handle is used.
    const QString other = QStringLiteral("2023-03-10 12:13:52 20399f3eda5ec249d147ba9e48da6e87f969d7a94e3e5a7b8e");
    const core::Status refused = Database::checkOneSqlite(other, driver);
    QVERIFY(!refused);
    QCOMPARE(refused.error().situation, QStringLiteral("cache.two_sqlite"));
    QCOMPARE(refused.error().args, (QStringList{other.left(19), driver.left(19)}));
    QVERIFY(refused.error().message.contains(Database::sqliteVersion()));
    // A driver that cannot tell: refused too.
    QCOMPARE(Database::checkOneSqlite(QString(), driver).error().args.constFirst(), QStringLiteral("unknown"));
}

ANXIN_TEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"

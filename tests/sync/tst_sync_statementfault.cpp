// "The i-th database statement fails, for every i of a sync; then a clean sync converges to the same state as
// a fault-free run" (issue #4, "Tests"). The seam is store::testing::StatementFault: it counts every statement
// the store runs (Database::exec, runQuery, SqliteStatement::exec; ROLLBACK excluded) and fails the chosen one.

#include "../store/tempdb.h"
#include "sandbox/sandboxstate.h"
#include "store/cursorrepository.h"
#include "store/statementfault.h"
#include "synctestsupport.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace anxin;
using namespace anxin::test;
using store::testing::StatementFault;

class TstSyncStatementFault : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sync_statementIFails_stopsWithErrorThenCleanSyncConverges();
    void cleanup();

private:
    // Everything a sync writes that must not depend on where an earlier sync was interrupted.
    QStringList state(const store::Database &db);
    void verifyCursorsSane(const store::Database &db);

    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<Client> m_client;
    sync::SyncOptions m_options;
    TempDb m_template; // a freshly migrated file, copied for every run (saves the migration each time)
};

void TstSyncStatementFault::initTestCase()
{
    sandbox::SandboxOptions o;
    o.seed = 11;
    o.tickets = 24; // small shop: N stays in the low hundreds
    m_sandbox = std::make_unique<SandboxHarness>(o, QDateTime::currentSecsSinceEpoch());
    m_client = std::make_unique<Client>(*m_sandbox);
    m_options = testSyncOptions(8); // several pages per stream: cursors advance between pages
    m_options.walkWindowSecs = 0;   // one window per walk: the same statements in the same order every run
    store::Database db;
    ANXIN_VERIFY_OK(m_template.open(db));
    db.close();
}

void TstSyncStatementFault::cleanup()
{
    StatementFault::disarm();
}

QStringList TstSyncStatementFault::state(const store::Database &db)
{
    QStringList out;
    const QStringList queries{
        QStringLiteral("SELECT aftersale_id, shop_id, aftersale_status, update_time, status_deadline, final_time, "
                       "refund_amount, raw_json FROM tickets ORDER BY aftersale_id"),
        QStringLiteral("SELECT order_id, order_status, update_time FROM orders ORDER BY order_id"),
        QStringLiteral("SELECT count(*) FROM order_lines"),
        QStringLiteral("SELECT aftersale_id FROM ticket_detail ORDER BY aftersale_id"),
        QStringLiteral("SELECT aftersale_id, idx, url FROM evidence ORDER BY aftersale_id, idx"),
        QStringLiteral("SELECT count(*) FROM platform_logs"),
        QStringLiteral("SELECT product_id FROM products ORDER BY product_id"),
        QStringLiteral("SELECT shop_id, code FROM reject_reasons ORDER BY shop_id, code"),
        QStringLiteral("SELECT shop_id, day FROM score_snapshots ORDER BY shop_id, day"),
        QStringLiteral("SELECT shop_id, stream, cursor_page FROM sync_cursors ORDER BY shop_id, stream"),
    };
    for (const QString &q : queries)
        out << q.left(40) + QStringLiteral(": ") + rows(db, q).join(QStringLiteral("; "));
    return out;
}

void TstSyncStatementFault::verifyCursorsSane(const store::Database &db)
{
    const qint64 now = m_sandbox->now();
    for (const char *stream : {"tickets", "orders"}) {
        const auto c = store::CursorRepository(const_cast<store::Database &>(db))
                           .get(m_client->shopId(), QString::fromLatin1(stream));
        QVERIFY(c.ok() && c.value().has_value());
        QCOMPARE(c.value()->cursorPage, 0);
        QVERIFY2(
            c.value()->cursorTime <= now + 5 && c.value()->cursorTime >= now - 600,
            qPrintable(
                QStringLiteral("%1 cursor %2, now %3").arg(QLatin1String(stream)).arg(c.value()->cursorTime).arg(now)));
    }
}

void TstSyncStatementFault::sync_statementIFails_stopsWithErrorThenCleanSyncConverges()
{
    // Reference: fault-free, counting statements.
    TempDb refFile;
    QVERIFY(QFile::copy(m_template.path(), refFile.path()));
    store::Database ref;
    ANXIN_VERIFY_OK(refFile.open(ref));
    StatementFault::arm(0);
    QElapsedTimer timer;
    timer.start();
    const auto refReport = runPull(*m_client, ref, m_options);
    const qint64 n = StatementFault::count();
    StatementFault::disarm();
    QVERIFY2(refReport.ok(), qPrintable(refReport.error.message));
    const qint64 oneSyncMs = timer.elapsed();
    QVERIFY2(refReport.ticketsInserted > 10 && refReport.ordersApplied > 0 && refReport.details > 0,
             "the small shop must still exercise tickets, orders and details");
    const QStringList expected = state(ref);
    verifyCursorsSane(ref);

    // Every i when N is small; else the first 50, the last 50 and every k-th in between (about 60 more).
    QList<qint64> plan;
    for (qint64 i = 1; i <= n; ++i) {
        const qint64 k = std::max<qint64>(1, (n - 100) / 60);
        if (n <= 200 || i <= 50 || i > n - 50 || (i - 50) % k == 0)
            plan << i;
    }
    qInfo("one small sync runs %lld statements (%d pages, %d tickets, %d orders, %d details) in %lld ms; "
          "failing %lld of them one at a time",
          n, refReport.pages, refReport.ticketsInserted, refReport.ordersApplied, refReport.details, oneSyncMs,
          qint64(plan.size()));

    int stoppedWithError = 0;
    for (qint64 i : plan) {
        TempDb file;
        QVERIFY(QFile::copy(m_template.path(), file.path()));
        store::Database db;
        ANXIN_VERIFY_OK(file.open(db));
        StatementFault::arm(i);
        const auto faulty = runPull(*m_client, db, m_options);
        const qint64 reached = StatementFault::count();
        StatementFault::disarm();
        QVERIFY2(faulty.error.kind != core::Error::Kind::Timeout, qPrintable(QStringLiteral("i=%1 hung").arg(i)));
        // The failing statement was reached (the sync is deterministic) and the sync said so.
        QVERIFY2(reached >= i, qPrintable(QStringLiteral("i=%1 not reached (%2)").arg(i).arg(reached)));
        QVERIFY2(!faulty.ok(), qPrintable(QStringLiteral("i=%1: the sync hid a failed statement").arg(i)));
        QVERIFY2(faulty.error.message.contains(QLatin1String("injected fault")),
                 qPrintable(QStringLiteral("i=%1: %2").arg(i).arg(faulty.error.message)));
        ++stoppedWithError;
        QVERIFY2(!db.inTransaction(), qPrintable(QStringLiteral("i=%1 left a transaction open").arg(i)));

        const auto clean = runPull(*m_client, db, m_options);
        QVERIFY2(clean.ok(), qPrintable(QStringLiteral("i=%1 clean sync: %2").arg(i).arg(clean.error.message)));
        const QStringList got = state(db);
        for (qsizetype t = 0; t < expected.size(); ++t)
            QVERIFY2(got.at(t) == expected.at(t),
                     qPrintable(QStringLiteral("i=%1 diverged:\n  got      %2\n  expected %3")
                                    .arg(i)
                                    .arg(got.at(t).left(300), expected.at(t).left(300))));
        verifyCursorsSane(db);
        QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    }
    QCOMPARE(stoppedWithError, int(plan.size()));
}

ANXIN_TEST_GUILESS_MAIN(TstSyncStatementFault)
#include "tst_sync_statementfault.moc"

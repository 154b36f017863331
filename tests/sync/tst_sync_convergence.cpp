// Convergence of the cache with the platform (issue #4, "Tests"): a full sync caches every ticket at its
// platform version; a warm sync pulls only changes; after the platform's clock moves deadlines past, an
// incremental sync picks up exactly the changed tickets; pages applied twice or out of order end where
// in-order application ends (an upsert never moves a row backwards).

#include "../store/tempdb.h"
#include "platform/parsers.h"
#include "platform/requests.h"
#include "sandbox/sandboxstate.h"
#include "store/cursorrepository.h"
#include "store/ticketrepository.h"
#include "sync/mapping.h"
#include "synctestsupport.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QTest>

using namespace anxin;
using namespace anxin::test;

class TstSyncConvergence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullSync_freshDatabase_cachesEverySandboxTicketAtItsVersion();
    void secondSync_nothingChanged_onePageAndNothingUpdated();
    void incrementalSync_afterDeadlinesPass_picksUpExactlyTheChangedTickets();
    void upsert_pagesDuplicatedAndReversed_endsAsInOrderApplication();
    void cleanupTestCase();

private:
    // Every afterSale.List page of the sync window, straight from the platform, in update_time order.
    QList<QList<store::TicketRecord>> fetchAllPages();

    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<TempDb> m_temp;
    store::Database m_db;
    sync::SyncOptions m_options;
};

void TstSyncConvergence::initTestCase()
{
    sandbox::SandboxOptions o;
    o.seed = 7;
    o.tickets = 2000;
    m_sandbox = std::make_unique<SandboxHarness>(o, QDateTime::currentSecsSinceEpoch());
    m_client = std::make_unique<Client>(*m_sandbox);
    m_temp = std::make_unique<TempDb>();
    ANXIN_VERIFY_OK(m_temp->open(m_db));
    m_options = testSyncOptions(100);
    // This test is about tickets: keep the per-object fetches out of the counts and the time.
    m_options.details = false;
    m_options.products = false;
    m_options.routes = false;
}

void TstSyncConvergence::cleanupTestCase()
{
    m_db.close();
}

void TstSyncConvergence::fullSync_freshDatabase_cachesEverySandboxTicketAtItsVersion()
{
    const auto expected = sandboxTickets(*m_sandbox);
    QVERIFY2(expected.size() > 1000, "the sandbox shop should hold most of its 2000 tickets in 90 days");
    QElapsedTimer timer;
    timer.start();
    const auto report = runPull(*m_client, m_db, m_options);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    qInfo("full sync: %d tickets in %d pages, %lld ms", report.ticketsInserted, report.pages, timer.elapsed());

    const auto cached = cachedTickets(m_db, m_client->shopId());
    QVERIFY2(cached == expected, qPrintable(describeDiff(expected, cached)));
    QCOMPARE(report.ticketsInserted, int(expected.size()));
    QCOMPARE(report.ticketsStale, 0);

    // Cross-check with the platform's own answer: afterSale.List's total over the same window.
    platform::AfterSaleListRequest req;
    const qint64 now = m_sandbox->now();
    req.updateStartTime = now - 90 * 86400 + 60;
    req.updateEndTime = now + 5;
    req.page = 0;
    req.size = 1;
    const auto r = callAndWait(*m_client, platform::AfterSaleListRequest::kMethod, req.toParams().value());
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(platform::parseAfterSaleList(r.data).value().total, qint64(expected.size()));

    const auto cursor = store::CursorRepository(m_db).get(m_client->shopId(), QStringLiteral("tickets"));
    QVERIFY(cursor.ok() && cursor.value().has_value());
    QCOMPARE(cursor.value()->cursorPage, 0);
    QVERIFY(cursor.value()->cursorTime <= now + 5);
    QVERIFY(cursor.value()->cursorTime >= now - 3600);
}

void TstSyncConvergence::secondSync_nothingChanged_onePageAndNothingUpdated()
{
    const qint64 listBefore = methodCalls(counters(*m_sandbox), QStringLiteral("afterSale.List"));
    const auto report = runPull(*m_client, m_db, m_options);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    const qint64 listCalls = methodCalls(counters(*m_sandbox), QStringLiteral("afterSale.List")) - listBefore;
    QCOMPARE(listCalls, 1); // the overlap window fits one page
    QCOMPARE(report.ticketsInserted, 0);
    QCOMPARE(report.ticketsUpdated, 0);
    const auto expected = sandboxTickets(*m_sandbox);
    const auto cached = cachedTickets(m_db, m_client->shopId());
    QVERIFY2(cached == expected, qPrintable(describeDiff(expected, cached)));
}

void TstSyncConvergence::incrementalSync_afterDeadlinesPass_picksUpExactlyTheChangedTickets()
{
    const auto before = sandboxTickets(*m_sandbox);
    // 6 h: tickets whose deadline + the platform's 2 h grace falls inside get decided by the platform.
    const Answer clock = m_sandbox->control("POST", QStringLiteral("/__sandbox/clock"),
                                            QJsonObject{{QStringLiteral("advance_s"), 6 * 3600}});
    QCOMPARE(clock.httpStatus, 200);
    const auto after = sandboxTickets(*m_sandbox);
    int changed = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            continue; // (none: the sandbox is not live)
        if (!(before.value(it.key()) == it.value()))
            ++changed;
    }
    QCOMPARE(after.size(), before.size());
    QVERIFY2(changed > 0, "6 h should move some deadlines past their grace");

    const qint64 listBefore = methodCalls(counters(*m_sandbox), QStringLiteral("afterSale.List"));
    const auto report = runPull(*m_client, m_db, m_options);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    qInfo("incremental: %d tickets changed on the platform, %d updated, %d pages", changed, report.ticketsUpdated,
          report.pages);
    QCOMPARE(report.ticketsInserted, 0);
    QCOMPARE(report.ticketsUpdated, changed);
    QCOMPARE(report.ticketsStale, 0);
    const qint64 listCalls = methodCalls(counters(*m_sandbox), QStringLiteral("afterSale.List")) - listBefore;
    QVERIFY2(listCalls <= changed / m_options.pageSize + 2, qPrintable(QString::number(listCalls)));
    const auto cached = cachedTickets(m_db, m_client->shopId());
    QVERIFY2(cached == after, qPrintable(describeDiff(after, cached)));
}

QList<QList<store::TicketRecord>> TstSyncConvergence::fetchAllPages()
{
    QList<QList<store::TicketRecord>> pages;
    const qint64 now = m_sandbox->now();
    for (int page = 0; page < 100; ++page) {
        platform::AfterSaleListRequest req;
        req.updateStartTime = now - 90 * 86400 + 60;
        req.updateEndTime = now + 5;
        req.orderBy = {{platform::AfterSaleListRequest::SortField::UpdateTime, true}};
        req.page = page;
        req.size = 100;
        const auto r = callAndWait(*m_client, platform::AfterSaleListRequest::kMethod, req.toParams().value());
        if (!r.ok())
            return {};
        const auto parsed = platform::parseAfterSaleList(r.data);
        if (!parsed)
            return {};
        QList<store::TicketRecord> rows;
        for (const auto &item : parsed->items)
            rows << sync::toTicketRecord(item, m_client->shopId(), 1);
        pages << rows;
        if (!parsed->hasMore)
            break;
    }
    return pages;
}

void TstSyncConvergence::upsert_pagesDuplicatedAndReversed_endsAsInOrderApplication()
{
    // Two generations of the same tickets: pages as the platform sent them now, then after 2 more days.
    const auto oldPages = fetchAllPages();
    QVERIFY(!oldPages.isEmpty());
    m_sandbox->advance(2 * 86400);
    const auto newPages = fetchAllPages();
    QVERIFY(!newPages.isEmpty());
    const auto platformNow = sandboxTickets(*m_sandbox);

    // In order: old generation, then new.
    TempDb inOrderFile;
    store::Database inOrder;
    ANXIN_VERIFY_OK(inOrderFile.open(inOrder));
    for (const auto &page : oldPages + newPages)
        ANXIN_VERIFY_OK(store::TicketRepository(inOrder).upsertBatch(page));

    // Duplicated and reordered: the new generation's pages last-first, each twice, then the old ones (late
    // deliveries of older versions), also reversed and twice.
    TempDb shuffledFile;
    store::Database shuffled;
    ANXIN_VERIFY_OK(shuffledFile.open(shuffled));
    int stale = 0;
    for (const auto &generation : {newPages, oldPages}) {
        for (qsizetype i = generation.size() - 1; i >= 0; --i) {
            for (int copy = 0; copy < 2; ++copy) {
                const auto stats = store::TicketRepository(shuffled).upsertBatch(generation.at(i));
                ANXIN_VERIFY_OK(stats);
                stale += stats->stale;
            }
        }
    }
    QVERIFY2(stale > 0, "older versions arrived late: some must have been refused as stale");

    const auto a = cachedTickets(inOrder, m_client->shopId());
    const auto b = cachedTickets(shuffled, m_client->shopId());
    QVERIFY2(a == b, qPrintable(describeDiff(a, b)));
    // Both equal the platform now (every ticket that is still in the 90-day window).
    for (auto it = platformNow.cbegin(); it != platformNow.cend(); ++it)
        QVERIFY2(b.value(it.key()) == it.value(), qPrintable(it.key()));
    // Whole rows, not just the version: the raw JSON of the newest version won everywhere.
    const QString sql = QStringLiteral("SELECT aftersale_id, aftersale_status, update_time, status_deadline, "
                                       "final_time, raw_json FROM tickets ORDER BY aftersale_id");
    QCOMPARE(rows(shuffled, sql), rows(inOrder, sql));
}

ANXIN_TEST_GUILESS_MAIN(TstSyncConvergence)
#include "tst_sync_convergence.moc"

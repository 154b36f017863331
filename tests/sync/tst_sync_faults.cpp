// Network faults during a sync (issue #4, "Tests"): a connection dropped mid-page, 429/503 with Retry-After,
// token expiry with eight requests in flight, and a write applied by the platform whose answer was lost.

#include "../store/tempdb.h"
#include "platform/requests.h"
#include "sandbox/sandboxstate.h"
#include "store/cursorrepository.h"
#include "store/outboxrepository.h"
#include "synctestsupport.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace anxin;
using namespace anxin::test;

class TstSyncFaults : public QObject
{
    Q_OBJECT
private slots:
    void pull_connectionDroppedMidPageNoRetry_cursorUnchangedAndPageAppliedOnceLater();
    void pull_connectionDroppedMidPageWithRetry_retriesAndAppliesEveryPageOnce();
    void call_retryAfter_noRequestBeforeItAndBoundedAttempts_data();
    void call_retryAfter_noRequestBeforeItAndBoundedAttempts();
    void pull_rateLimitedPageWithRetryAfter_waitsThenCompletes();
    void details_rateLimitedOnEveryAttempt_sentOnceMoreThenTheRunStops();
    void pages_rateLimitedOnEveryAttempt_sentOnceMoreThenTheRunStops();
    void calls_tokenExpiresWithEightInFlight_exactlyOneRefreshAndAllSucceed();
    void push_writeAppliedButAnswerLost_readBackDoneAppliedOnce_data();
    void push_writeAppliedButAnswerLost_readBackDoneAppliedOnce();
};

namespace {

std::unique_ptr<SandboxHarness> makeSandbox(int tickets, quint64 seed = 3)
{
    sandbox::SandboxOptions o;
    o.seed = seed;
    o.tickets = tickets;
    return std::make_unique<SandboxHarness>(o, QDateTime::currentSecsSinceEpoch());
}

sync::SyncOptions ticketsOnly(int pageSize)
{
    sync::SyncOptions o = testSyncOptions(pageSize);
    o.orders = o.details = o.products = o.routes = o.reputation = false;
    return o;
}

QJsonObject detailParams(const QString &id)
{
    platform::AfterSaleDetailRequest req;
    req.afterSaleId = id;
    return req.toParams().value();
}

} // namespace

// ---- connection dropped mid-page --------------------------------------------------------------------------

void TstSyncFaults::pull_connectionDroppedMidPageNoRetry_cursorUnchangedAndPageAppliedOnceLater()
{
    auto sandbox = makeSandbox(300);
    Client noRetry(*sandbox, fastRetry(1));
    TempDb temp;
    store::Database db;
    ANXIN_VERIFY_OK(temp.open(db));
    const int pageSize = 20;
    auto options = ticketsOnly(pageSize);
    options.walkWindowSecs = 0; // one window: the cursor moves with every page
    const auto expected = sandboxTickets(*sandbox);
    QVERIFY(expected.size() > 5 * pageSize);

    // After the second page is committed, the next afterSale.List answer is cut in half.
    sync::ShopSyncer syncer(noRetry.shopId(), noRetry.api(), &db, options);
    std::optional<store::SyncCursor> cursorBefore;
    QMap<QString, TicketState> cachedBefore;
    QObject::connect(&syncer, &sync::ShopSyncer::progress, &syncer, [&](const sync::SyncProgress &p) {
        // The ticket walk: "history" on a first sync (after the open tickets), "tickets" afterwards.
        if (p.stage != QLatin1String("history") || p.done != 2 * pageSize || cursorBefore)
            return;
        cursorBefore = store::CursorRepository(db).get(noRetry.shopId(), QStringLiteral("tickets")).value();
        cachedBefore = cachedTickets(db, noRetry.shopId());
        sandbox::FaultRule drop;
        drop.kind = sandbox::FaultKind::DropMidBody;
        drop.method = QStringLiteral("afterSale.List");
        sandbox->state().faults().add(drop);
    });
    const auto first = runSyncer(syncer);
    QVERIFY(cursorBefore.has_value());
    QVERIFY2(!first.ok(), "a cut answer with no retries left must stop the sync");
    QVERIFY2(first.error.kind == core::Error::Kind::Network || first.error.kind == core::Error::Kind::Malformed,
             qPrintable(first.error.message));
    QCOMPARE(counters(*sandbox).value(QLatin1String("faults_injected")).toInteger(), 1);

    // Nothing of the cut page, and the cursor still where the last applied page left it.
    const auto cursorAfter = store::CursorRepository(db).get(noRetry.shopId(), QStringLiteral("tickets")).value();
    QVERIFY(cursorAfter.has_value());
    QCOMPARE(cursorAfter->cursorTime, cursorBefore->cursorTime);
    QCOMPARE(cursorAfter->cursorPage, cursorBefore->cursorPage);
    QCOMPARE(cachedTickets(db, noRetry.shopId()), cachedBefore);
    QCOMPARE(first.ticketsInserted, int(cachedBefore.size()));
    // The walk's two pages, after the open tickets' pages (a first sync fetches the open work first).
    QVERIFY(first.openFirst);
    QCOMPARE(first.pages, 2 + std::max(1, (first.openTickets + pageSize - 1) / pageSize));

    // A later clean sync resumes at the cursor and applies the page exactly once.
    Client client(*sandbox);
    const auto second = runPull(client, db, options);
    QVERIFY2(second.ok(), qPrintable(second.error.message));
    const auto cached = cachedTickets(db, client.shopId());
    QVERIFY2(cached == expected, qPrintable(describeDiff(expected, cached)));
    QCOMPARE(first.ticketsInserted + second.ticketsInserted, int(expected.size()));
    QCOMPARE(second.ticketsStale, 0);
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM tickets")), qint64(expected.size()));
}

void TstSyncFaults::pull_connectionDroppedMidPageWithRetry_retriesAndAppliesEveryPageOnce()
{
    auto sandbox = makeSandbox(300);
    Client client(*sandbox, fastRetry(3));
    TempDb temp;
    store::Database db;
    ANXIN_VERIFY_OK(temp.open(db));
    const int pageSize = 20;
    const auto options = ticketsOnly(pageSize);
    const auto expected = sandboxTickets(*sandbox);

    sync::ShopSyncer syncer(client.shopId(), client.api(), &db, options);
    bool injected = false;
    QObject::connect(&syncer, &sync::ShopSyncer::progress, &syncer, [&](const sync::SyncProgress &p) {
        // Windows of the walk read side by side: after about two pages of them.
        if (p.stage == QLatin1String("history") && p.done >= 2 * pageSize && !injected) {
            injected = true;
            sandbox::FaultRule drop;
            drop.kind = sandbox::FaultKind::DropMidBody;
            drop.method = QStringLiteral("afterSale.List");
            sandbox->state().faults().add(drop);
        }
    });
    const auto report = runSyncer(syncer);
    QVERIFY(injected);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    const auto c = counters(*sandbox);
    QCOMPARE(c.value(QLatin1String("faults_injected")).toInteger(), 1);
    // One List call per applied page, plus the one that was cut.
    QCOMPARE(methodCalls(c, QStringLiteral("afterSale.List")), qint64(report.pages) + 1);
    QCOMPARE(report.ticketsInserted, int(expected.size()));
    QCOMPARE(report.ticketsStale, 0);
    const auto cached = cachedTickets(db, client.shopId());
    QVERIFY2(cached == expected, qPrintable(describeDiff(expected, cached)));
}

// ---- 429 / 503 with Retry-After ----------------------------------------------------------------------------

void TstSyncFaults::call_retryAfter_noRequestBeforeItAndBoundedAttempts_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::newRow("http 429") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("rate_limit")},
                                             {QStringLiteral("http429"), true},
                                             {QStringLiteral("retry_after"), 1}};
    QTest::newRow("http 503") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("http_5xx")},
                                             {QStringLiteral("status"), 503},
                                             {QStringLiteral("retry_after"), 1}};
}

void TstSyncFaults::call_retryAfter_noRequestBeforeItAndBoundedAttempts()
{
    QFETCH(QJsonObject, fault);
    auto sandbox = makeSandbox(50);
    const QString id = sandboxTickets(*sandbox).firstKey();
    const int maxAttempts = 3;
    Client client(*sandbox, fastRetry(maxAttempts));
    // Token first, so only afterSale.Detail attempts are timed.
    QVERIFY(callAndWait(client, "afterSale.Detail", detailParams(id)).ok());

    QList<qint64> answeredAt; // per attempt, ms since the call started
    QObject::connect(client.api(), &platform::ApiClient::requestFinished, client.api(),
                     [&](const QByteArray &method, int, int, qint64 elapsedMs) {
                         if (method == "afterSale.Detail")
                             answeredAt << elapsedMs;
                     });

    // One refusal: the retry waits at least Retry-After (1 s) after the refusal arrived, then succeeds.
    QJsonObject once = fault;
    once.insert(QStringLiteral("method"), QStringLiteral("afterSale.Detail"));
    once.insert(QStringLiteral("count"), 1);
    QVERIFY(injectFault(*sandbox, once));
    qint64 before = methodCalls(counters(*sandbox), QStringLiteral("afterSale.Detail"));
    auto r = callAndWait(client, "afterSale.Detail", detailParams(id));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(answeredAt.size(), 2);
    QVERIFY2(
        answeredAt.at(1) - answeredAt.at(0) >= 1000,
        qPrintable(QStringLiteral("retry answered %1 ms after the refusal").arg(answeredAt.at(1) - answeredAt.at(0))));
    QCOMPARE(methodCalls(counters(*sandbox), QStringLiteral("afterSale.Detail")) - before, 2);

    // Refused every time: exactly maxAttempts requests, each at least Retry-After after the previous refusal.
    answeredAt.clear();
    QJsonObject always = once;
    always.insert(QStringLiteral("count"), 100);
    QVERIFY(injectFault(*sandbox, always));
    before = methodCalls(counters(*sandbox), QStringLiteral("afterSale.Detail"));
    QElapsedTimer timer;
    timer.start();
    r = callAndWait(client, "afterSale.Detail", detailParams(id));
    QVERIFY(!r.ok());
    QCOMPARE(r.attempts, maxAttempts);
    QCOMPARE(methodCalls(counters(*sandbox), QStringLiteral("afterSale.Detail")) - before, qint64(maxAttempts));
    QCOMPARE(answeredAt.size(), maxAttempts);
    for (int i = 1; i < maxAttempts; ++i)
        QVERIFY2(answeredAt.at(i) - answeredAt.at(i - 1) >= 1000, qPrintable(QString::number(i)));
    QVERIFY(timer.elapsed() >= (maxAttempts - 1) * 1000);
    QVERIFY2(timer.elapsed() < (maxAttempts - 1) * 1000 + 3000, "bounded: no hidden extra waits or attempts");
    sandbox->control("DELETE", QStringLiteral("/__sandbox/faults"));
}

void TstSyncFaults::pull_rateLimitedPageWithRetryAfter_waitsThenCompletes()
{
    auto sandbox = makeSandbox(200);
    Client client(*sandbox);
    TempDb temp;
    store::Database db;
    ANXIN_VERIFY_OK(temp.open(db));
    const auto expected = sandboxTickets(*sandbox);
    QVERIFY(injectFault(*sandbox, QJsonObject{{QStringLiteral("kind"), QStringLiteral("rate_limit")},
                                              {QStringLiteral("http429"), true},
                                              {QStringLiteral("retry_after"), 1},
                                              {QStringLiteral("method"), QStringLiteral("afterSale.List")}}));
    QElapsedTimer timer;
    timer.start();
    const auto report = runPull(client, db, ticketsOnly(50));
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    QVERIFY(timer.elapsed() >= 1000);
    QCOMPARE(methodCalls(counters(*sandbox), QStringLiteral("afterSale.List")), qint64(report.pages) + 1);
    QCOMPARE(cachedTickets(db, client.shopId()), expected);
}

// A detail refused by the rate limit on every attempt (sent in a burst, before the pace was learned) is sent once more
// at the pace learned; the run stops over it only when that is refused too.
void TstSyncFaults::details_rateLimitedOnEveryAttempt_sentOnceMoreThenTheRunStops()
{
    auto sandbox = makeSandbox(60);
    Client client(*sandbox, fastRetry(1));
    TempDb temp;
    store::Database db;
    ANXIN_VERIFY_OK(temp.open(db));
    sync::SyncOptions options = ticketsOnly(50);
    options.details = true;
    const QJsonObject refused{{QStringLiteral("kind"), QStringLiteral("rate_limit")},
                              {QStringLiteral("method"), QStringLiteral("afterSale.Detail")},
                              {QStringLiteral("count"), 1}};
    QVERIFY(injectFault(*sandbox, refused));
    const auto report = runPull(client, db, options);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    QCOMPARE(report.rateLimited, 1);
    QVERIFY(report.details > 0);
    QCOMPARE(report.itemsRefused, 0);
    const qint64 details = methodCalls(counters(*sandbox), QStringLiteral("afterSale.Detail"));
    QCOMPARE(details, qint64(report.details) + 1);

    // Refused on both rounds: the run stops as rate-limited (and the next one fetches it).
    ANXIN_VERIFY_OK(db.exec(QStringLiteral("DELETE FROM ticket_detail")));
    QJsonObject always = refused;
    always.insert(QStringLiteral("count"), 1000);
    QVERIFY(injectFault(*sandbox, always));
    const auto stopped = runPull(client, db, options);
    QCOMPARE(stopped.error.kind, core::Error::Kind::RateLimited);
    QCOMPARE(stopped.itemsRefused, 0);
    sandbox->control("DELETE", QStringLiteral("/__sandbox/faults"));
    const auto again = runPull(client, db, options);
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QVERIFY(again.details > 0);
}

// A page (the open tickets' or a walk's) gets what a detail gets: refused by the rate limit on every attempt (here
// its only one), it is sent once more at the pace learned by then; refused again, the run stops as rate-limited. A
// burst of windows before the pace was known used to stop a whole sync over one page.
void TstSyncFaults::pages_rateLimitedOnEveryAttempt_sentOnceMoreThenTheRunStops()
{
    auto sandbox = makeSandbox(60);
    Client client(*sandbox, fastRetry(1));
    TempDb temp;
    store::Database db;
    ANXIN_VERIFY_OK(temp.open(db));
    const sync::SyncOptions options = ticketsOnly(20);
    const QJsonObject refused{{QStringLiteral("kind"), QStringLiteral("rate_limit")},
                              {QStringLiteral("method"), QStringLiteral("afterSale.List")},
                              {QStringLiteral("count"), 1}};
    QVERIFY(injectFault(*sandbox, refused)); // the first sync's first page: the open tickets'
    const auto first = runPull(client, db, options);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QVERIFY(first.openFirst);
    QCOMPARE(first.rateLimited, 1);

    QVERIFY(injectFault(*sandbox, refused)); // the next sync's first page: its walk's
    const auto second = runPull(client, db, options);
    QVERIFY2(second.ok(), qPrintable(second.error.message));
    QVERIFY(!second.openFirst);
    QCOMPARE(cachedTickets(db, client.shopId()), sandboxTickets(*sandbox));

    QJsonObject twice = refused;
    twice.insert(QStringLiteral("count"), 2);
    QVERIFY(injectFault(*sandbox, twice));
    const auto stopped = runPull(client, db, options);
    QCOMPARE(stopped.error.kind, core::Error::Kind::RateLimited);
}

// ---- token expiry with eight requests in flight -------------------------------------------------------------

void TstSyncFaults::calls_tokenExpiresWithEightInFlight_exactlyOneRefreshAndAllSucceed()
{
    auto sandbox = makeSandbox(100);
    const QStringList ids = sandboxTickets(*sandbox).keys().mid(0, 8);
    QCOMPARE(ids.size(), 8);
    Client client(*sandbox);
    QVERIFY(callAndWait(client, "afterSale.rejectReasonCodeList", {}).ok()); // holds a token now
    const QJsonObject c0 = counters(*sandbox);
    const int refreshes0 = client.tokens()->refreshesStarted();
    const int creates0 = client.tokens()->createsStarted();

    // The first Detail to arrive expires the token for real; every Detail answer is held 300 ms so all eight
    // are sent (with the old token) before any answer comes back.
    QVERIFY(injectFault(*sandbox, QJsonObject{{QStringLiteral("kind"), QStringLiteral("token_expiry")},
                                              {QStringLiteral("method"), QStringLiteral("afterSale.Detail")}}));
    QVERIFY(injectFault(*sandbox, QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                                              {QStringLiteral("latency_ms"), 300},
                                              {QStringLiteral("count"), 8},
                                              {QStringLiteral("method"), QStringLiteral("afterSale.Detail")}}));
    QList<platform::CallResult> results;
    QObject context;
    for (const QString &id : ids)
        client.api()->call("afterSale.Detail", detailParams(id), {}, &context,
                           [&](const platform::CallResult &r) { results << r; });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 8, 15000);

    for (const auto &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    const QJsonObject c1 = counters(*sandbox);
    const auto delta = [&](const char *key) {
        return c1.value(QLatin1String(key)).toInteger() - c0.value(QLatin1String(key)).toInteger();
    };
    QCOMPARE(delta("refreshes"), 1);
    QCOMPARE(delta("token_creates"), 0);
    QCOMPARE(client.tokens()->refreshesStarted() - refreshes0, 1);
    QCOMPARE(client.tokens()->createsStarted() - creates0, 0);
    // All eight really met the expired token (8 refusals), and each went again exactly once.
    QCOMPARE(c1.value(QLatin1String("codes")).toObject().value(QLatin1String("40003")).toInteger() -
                 c0.value(QLatin1String("codes")).toObject().value(QLatin1String("40003")).toInteger(),
             8);
    QCOMPARE(methodCalls(c1, QStringLiteral("afterSale.Detail")) - methodCalls(c0, QStringLiteral("afterSale.Detail")),
             16);
}

// ---- a write applied, its answer lost ---------------------------------------------------------------------

void TstSyncFaults::push_writeAppliedButAnswerLost_readBackDoneAppliedOnce_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::newRow("drop_after_write") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop_after_write")}};
    QTest::newRow("http_5xx applied") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("http_5xx")},
                                                     {QStringLiteral("apply"), true}};
    QTest::newRow("platform_5xx applied")
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("platform_5xx")}, {QStringLiteral("apply"), true}};
}

void TstSyncFaults::push_writeAppliedButAnswerLost_readBackDoneAppliedOnce()
{
    QFETCH(QJsonObject, fault);
    auto sandbox = makeSandbox(400);
    Client client(*sandbox);
    TempDb temp;
    store::Database db;
    ANXIN_VERIFY_OK(temp.open(db));
    const auto options = ticketsOnly(100);
    QVERIFY(runPull(client, db, options).ok());
    const QStringList candidates = approvableTickets(db, sandbox->now());
    QVERIFY(!candidates.isEmpty());
    const QString id = candidates.first();
    const qint64 outboxId = approve(db, id);
    QVERIFY(outboxId > 0);

    const QJsonObject c0 = counters(*sandbox);
    fault.insert(QStringLiteral("method"), QStringLiteral("afterSale.operate"));
    QVERIFY(injectFault(*sandbox, fault));
    const auto report = runFullSync(client, db, options);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    const QJsonObject c1 = counters(*sandbox);

    const auto entry = store::OutboxRepository(db).get(outboxId).value();
    QVERIFY(entry.has_value());
    qInfo("operate calls %lld, audit trail: %s",
          methodCalls(c1, QStringLiteral("afterSale.operate")) - methodCalls(c0, QStringLiteral("afterSale.operate")),
          qPrintable(rows(db, QStringLiteral("SELECT action FROM audit_log ORDER BY seq")).join(QLatin1Char(','))));
    QCOMPARE(store::OutboxRepository::stateName(entry->state), "done");
    QCOMPARE(c1.value(QLatin1String("faults_injected")).toInteger() -
                 c0.value(QLatin1String("faults_injected")).toInteger(),
             1);
    // Applied exactly once on the platform.
    QCOMPARE(c1.value(QLatin1String("operate_items_applied")).toInteger() -
                 c0.value(QLatin1String("operate_items_applied")).toInteger(),
             1);
    QCOMPARE(c1.value(QLatin1String("writes_applied")).toInteger() -
                 c0.value(QLatin1String("writes_applied")).toInteger(),
             1);
    // Read back (afterSale.Detail) before anything else was decided about it.
    QVERIFY(methodCalls(c1, QStringLiteral("afterSale.Detail")) > methodCalls(c0, QStringLiteral("afterSale.Detail")));
    QCOMPARE(platformTicket(*sandbox, id).status, 12);
    const auto cached = cachedTickets(db, client.shopId());
    QCOMPARE(cached.value(id), platformTicket(*sandbox, id));
}

ANXIN_TEST_GUILESS_MAIN(TstSyncFaults)
#include "tst_sync_faults.moc"

// Open work first (issue #36, step 2): a first sync, or one after a long offline spell, puts every open ticket and
// its detail in the cache before it walks the shop's history; the history then comes in by update_time. While it
// loads the shop is marked (live auto-approve rules wait); a completed walk clears the mark. Real SQLite, real HTTP
// over loopback to the sandbox, under its default rate limit.

#include "../store/tempdb.h"
#include "platform/requests.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/world.h"
#include "store/cursorrepository.h"
#include "synctestsupport.h"
#include "testmain.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace anxin;
using namespace anxin::test;

class TstSyncOpenFirst : public QObject
{
    Q_OBJECT
private slots:
    void firstSync_openTicketsWithDetailsBeforeHistory();
    void caughtUp_noOpenPass_longOffline_openFirstAgain();
    void historyInterrupted_markStays_nextSyncFinishesIt();
    void slowConnection_moreDetailsInFlight();
    void denseWindow_readInPartsSideBySide_nothingMissed();
    void cancelledDuringTheOpenPass_stopsAtOnce();
};

namespace {

std::unique_ptr<SandboxHarness> makeSandbox(int tickets, quint64 seed = 7)
{
    sandbox::SandboxOptions o;
    o.seed = seed;
    o.tickets = tickets;
    return std::make_unique<SandboxHarness>(o, QDateTime::currentSecsSinceEpoch());
}

// The tickets awaiting someone's step (the open statuses); an appeal under the platform's arbitration is open too
// but comes with the history.
QSet<QString> openOnThePlatform(SandboxHarness &sandbox)
{
    QSet<QString> open;
    const auto all = sandboxTickets(sandbox);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it->finalTime == 0 && platform::kOpenAftersaleStatuses.contains(it->status))
            open.insert(it.key());
    }
    return open;
}

// The orders placed in the last week still awaiting shipment (paid, not or only partly shipped): the Shipping board's
// work. A presale's order may be older; it comes with the history.
QSet<QString> awaitingShipment(SandboxHarness &sandbox)
{
    auto &state = sandbox.state();
    state.catchUp();
    const qint64 since = state.clock().nowSecs() - 7 * 86400;
    QSet<QString> out;
    const auto &world = state.world();
    for (quint32 idx : world.shopOrders.at(0)) {
        const auto &o = world.orders.at(idx);
        if (qint64(o.createTime) >= since && (o.status == 2 || o.status == 101 || o.status == 105))
            out.insert(QString::number(o.id));
    }
    return out;
}

QSet<QString> set(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

bool loadingHistory(store::Database &db, const QString &shopId)
{
    auto shops = sync::shopsLoadingHistory(db);
    return shops && shops->contains(shopId);
}

} // namespace

void TstSyncOpenFirst::firstSync_openTicketsWithDetailsBeforeHistory()
{
    auto sandbox = makeSandbox(600);
    const QSet<QString> open = openOnThePlatform(*sandbox);
    const int all = int(sandboxTickets(*sandbox).size());
    QVERIFY2(open.size() > 100 && open.size() < all / 2, "the shop needs open work and more history than it");
    Client client(*sandbox);
    TempDb temp;
    store::Database db;
    ANXIN_VERIFY_OK(temp.open(db));
    sync::SyncOptions options = testSyncOptions(50);
    options.maxDetails = 5; // the budget of closed tickets' details: the open ones are never held to it

    // What the cache holds when the history walk begins: the views reload then.
    sync::ShopSyncer syncer(client.shopId(), client.api(), &db, options);
    QStringList stages;
    const QSet<QString> toShip = awaitingShipment(*sandbox);
    QVERIFY2(toShip.size() > 20, "the shop needs orders to ship");
    QSet<QString> openCached, detailed, ordersCached;
    int cachedAtHistory = -1;
    qint64 ordersAtHistory = -1;
    bool markedAtHistory = false;
    // The open tickets' details run beside the history walks (another method, its own rate limit): they end with
    // their own last reading, and every open ticket has its detail then.
    int detailsEnded = 0;
    bool historyBeforeDetailsEnded = false;
    int closedDetailsEarly = 0;
    int readings = 0, firstDetailsReading = -1, lastOpenReading = -1;
    connect(&syncer, &sync::ShopSyncer::progress, this, [&](const sync::SyncProgress &p) {
        if (stages.isEmpty() || stages.last() != p.stage)
            stages << p.stage;
        ++readings;
        if (p.stage == QLatin1String("open"))
            lastOpenReading = readings;
        if (p.stage == QLatin1String("details") && firstDetailsReading < 0)
            firstDetailsReading = readings;
        if (p.stage == QLatin1String("details") && p.beside && p.ended) {
            ++detailsEnded;
            QCOMPARE(p.done, p.total);
            detailed = set(rows(db, QStringLiteral("SELECT aftersale_id FROM ticket_detail")));
        }
        if (p.stage == QLatin1String("details") && !p.beside && detailsEnded == 0)
            ++closedDetailsEarly; // a detail of the history's before the open ones all came
        if (p.stage != QLatin1String("history") || cachedAtHistory >= 0)
            return;
        historyBeforeDetailsEnded = detailsEnded == 0;
        openCached = set(rows(db, QStringLiteral("SELECT aftersale_id FROM tickets WHERE final_time = 0")));
        cachedAtHistory = int(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM tickets")));
        ordersCached = set(rows(db, QStringLiteral("SELECT order_id FROM orders")));
        ordersAtHistory = ordersCached.size();
        markedAtHistory = loadingHistory(db, client.shopId());
    });
    const auto report = runSyncer(syncer, 180000);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    qInfo() << "stages:" << stages.join(QLatin1Char(' ')) << "open:" << open.size() << "ready after"
            << report.openReadyMs << "ms of" << report.elapsedMs;

    QVERIFY2(cachedAtHistory >= 0, qPrintable(stages.join(QLatin1Char(' '))));
    QVERIFY(stages.indexOf(QStringLiteral("open")) >= 0);
    QVERIFY(stages.indexOf(QStringLiteral("open")) < stages.indexOf(QStringLiteral("history")));
    QVERIFY(stages.indexOf(QStringLiteral("details")) < stages.indexOf(QStringLiteral("history")));
    // The open tickets' details start as the first open page lands, while the other pages come (an agent acts on
    // those first); this week's orders come beside them: every one awaiting shipment, before the history.
    QVERIFY(stages.indexOf(QStringLiteral("open")) < stages.indexOf(QStringLiteral("details")));
    QVERIFY2(report.pages > 1 && firstDetailsReading < lastOpenReading,
             qPrintable(QStringLiteral("details began at reading %1, the last open page at %2")
                            .arg(firstDetailsReading)
                            .arg(lastOpenReading)));
    QVERIFY(stages.indexOf(QStringLiteral("details")) < stages.indexOf(QStringLiteral("recent_orders")));
    QVERIFY(stages.indexOf(QStringLiteral("recent_orders")) < stages.indexOf(QStringLiteral("history")));
    QVERIFY2(ordersCached.contains(toShip),
             qPrintable(QStringLiteral("%1 of %2 orders awaiting shipment cached before the history")
                            .arg((ordersCached & toShip).size())
                            .arg(toShip.size())));
    QVERIFY2(ordersAtHistory < scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM orders")),
             "the rest of the orders came with the history");
    QVERIFY2(openCached.contains(open), qPrintable(QStringLiteral("%1 of %2 open tickets cached before the history")
                                                       .arg((openCached & open).size())
                                                       .arg(open.size())));
    QVERIFY2(
        detailed.contains(open),
        qPrintable(
            QStringLiteral("%1 of %2 open tickets with their detail").arg((detailed & open).size()).arg(open.size())));
    QVERIFY2(cachedAtHistory < all, "the history came after the open work");
    QVERIFY(markedAtHistory);
    QCOMPARE(detailsEnded, 1);
    QVERIFY2(historyBeforeDetailsEnded, "the history walk waits for the open tickets' details");
    QCOMPARE(closedDetailsEarly, 0);

    QVERIFY(report.openFirst);
    QCOMPARE(report.openTickets, int(open.size()));
    QVERIFY(report.openReadyMs > 0 && report.openReadyMs < report.elapsedMs);
    QCOMPARE(cachedTickets(db, client.shopId()), sandboxTickets(*sandbox)); // the whole history after the walk
    QVERIFY(!loadingHistory(db, client.shopId()));
    QVERIFY(report.details >= open.size());
}

void TstSyncOpenFirst::caughtUp_noOpenPass_longOffline_openFirstAgain()
{
    auto sandbox = makeSandbox(300, 9);
    Client client(*sandbox);
    TempDb temp;
    store::Database db;
    ANXIN_VERIFY_OK(temp.open(db));
    const auto options = testSyncOptions(100);
    const auto first = runPull(client, db, options, 120000);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QVERIFY(first.openFirst);

    // Caught up: the walk alone, nothing marked.
    const auto second = runPull(client, db, options, 120000);
    QVERIFY2(second.ok(), qPrintable(second.error.message));
    QVERIFY(!second.openFirst);
    QCOMPARE(second.openTickets, 0);
    QCOMPARE(second.openReadyMs, -1);

    // Two days without a connection: the walk is far behind, the open work comes first again.
    ANXIN_VERIFY_OK(db.exec(QStringLiteral("UPDATE sync_cursors SET cursor_time = cursor_time - 2 * 86400 "
                                           "WHERE stream = 'tickets'")));
    const auto back = runPull(client, db, options, 120000);
    QVERIFY2(back.ok(), qPrintable(back.error.message));
    QVERIFY(back.openFirst);
    QCOMPARE(back.openTickets, int(openOnThePlatform(*sandbox).size()));
    QVERIFY(!loadingHistory(db, client.shopId()));
    QCOMPARE(cachedTickets(db, client.shopId()), sandboxTickets(*sandbox));
}

void TstSyncOpenFirst::historyInterrupted_markStays_nextSyncFinishesIt()
{
    auto sandbox = makeSandbox(400, 13);
    Client client(*sandbox);
    TempDb temp;
    store::Database db;
    ANXIN_VERIFY_OK(temp.open(db));
    const auto options = testSyncOptions(20);
    {
        // The connection drops during the history walk (here: the agent cancels it after its third page).
        sync::ShopSyncer syncer(client.shopId(), client.api(), &db, options);
        int historyPages = 0;
        connect(&syncer, &sync::ShopSyncer::progress, this, [&](const sync::SyncProgress &p) {
            if (p.stage == QLatin1String("history") && p.done > 0 && ++historyPages == 3)
                syncer.cancel();
        });
        const auto cut = runSyncer(syncer, 120000);
        QCOMPARE(cut.error.kind, core::Error::Kind::Cancelled);
        QVERIFY(cut.openFirst);
    }
    QVERIFY(loadingHistory(db, client.shopId()));
    QVERIFY(cachedTickets(db, client.shopId()) != sandboxTickets(*sandbox));

    // The walk stopped far back in the history: the next sync fetches the open work first again (it may have moved
    // meanwhile), then goes on with the walk where it stopped; the completed walk clears the mark.
    const auto next = runPull(client, db, options, 120000);
    QVERIFY2(next.ok(), qPrintable(next.error.message));
    QVERIFY(next.openFirst);
    QVERIFY(next.ticketsInserted > 0);
    QVERIFY(!loadingHistory(db, client.shopId()));
    QCOMPARE(cachedTickets(db, client.shopId()), sandboxTickets(*sandbox));
}

void TstSyncOpenFirst::slowConnection_moreDetailsInFlight()
{
    // 150 ms a detail: four in flight would reach 27 a second of the platform's 100; the sync keeps more in flight
    // while the answers are clean.
    auto sandbox = makeSandbox(400, 17);
    QVERIFY(injectFault(*sandbox, QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                                              {QStringLiteral("method"), QStringLiteral("afterSale.Detail")},
                                              {QStringLiteral("latency_ms"), 150},
                                              {QStringLiteral("ratio"), 1}}));
    Client client(*sandbox);
    TempDb temp;
    store::Database db;
    ANXIN_VERIFY_OK(temp.open(db));
    const auto report = runPull(client, db, testSyncOptions(100), 120000);
    QVERIFY2(report.ok(), qPrintable(report.error.message));
    QVERIFY(report.details > 50);
    QVERIFY2(report.concurrency > 4 && report.concurrency <= 16, qPrintable(QString::number(report.concurrency)));
}

void TstSyncOpenFirst::denseWindow_readInPartsSideBySide_nothingMissed()
{
    // A shop's last days hold most of its rows (orders updated by shipping and signing, tickets by their steps): the
    // newest three-day window of this one holds a quarter of its tickets and a fifth of its orders, dozens of pages
    // that were read one after another after everything else was done. Split in parts on its first answer, it is
    // read side by side, and the cache ends exactly as a walk that never splits leaves it.
    auto sandbox = makeSandbox(1500, 23);
    Client client(*sandbox);
    auto options = testSyncOptions(20);
    TempDb wholeTemp;
    store::Database whole;
    ANXIN_VERIFY_OK(wholeTemp.open(whole));
    options.splitWindowAbovePages = 0;
    const auto unsplit = runPull(client, whole, options, 180000);
    QVERIFY2(unsplit.ok(), qPrintable(unsplit.error.message));

    TempDb partsTemp;
    store::Database parts;
    ANXIN_VERIFY_OK(partsTemp.open(parts));
    options.splitWindowAbovePages = 4;
    const auto split = runPull(client, parts, options, 180000);
    QVERIFY2(split.ok(), qPrintable(split.error.message));
    qInfo() << "windows:" << unsplit.windows << "unsplit," << split.windows << "split;" << unsplit.pages << "and"
            << split.pages << "pages";
    QVERIFY2(split.windows > unsplit.windows + 4, "the dense windows were read in parts");

    QCOMPARE(cachedTickets(parts, client.shopId()), sandboxTickets(*sandbox));
    QCOMPARE(cachedTickets(whole, client.shopId()), sandboxTickets(*sandbox));
    const QString orders = QStringLiteral("SELECT order_id, update_time, order_status FROM orders ORDER BY order_id");
    const QStringList expected = rows(whole, orders);
    QVERIFY(expected.size() > 1500);
    QCOMPARE(rows(parts, orders), expected);
    // The walks' cursors end where an unsplit walk's end, at the end of the newest part (not at a part's boundary,
    // days back): the next sync starts from the same place (this run began a little later, its end is later too).
    const QString cursors = QStringLiteral("SELECT stream, cursor_time FROM sync_cursors ORDER BY stream");
    const QStringList wholeCursors = rows(whole, cursors);
    const QStringList partsCursors = rows(parts, cursors);
    QCOMPARE(partsCursors.size(), wholeCursors.size());
    for (int i = 0; i < wholeCursors.size(); ++i) {
        const QStringList a = wholeCursors.at(i).split(QLatin1Char('|'));
        const QStringList b = partsCursors.at(i).split(QLatin1Char('|'));
        QCOMPARE(b.first(), a.first());
        QVERIFY2(b.last().toLongLong() >= a.last().toLongLong() &&
                     b.last().toLongLong() - a.last().toLongLong() < split.elapsedMs / 1000 + 120,
                 qPrintable(partsCursors.at(i) + QStringLiteral(" against ") + wholeCursors.at(i)));
    }
}

void TstSyncOpenFirst::cancelledDuringTheOpenPass_stopsAtOnce()
{
    // The agent cancels as the first page of open tickets arrives: the pages after it are not started, the run ends
    // as cancelled (it used to wait for pages that were never asked for), and the next sync fetches the open work.
    auto sandbox = makeSandbox(400, 19);
    Client client(*sandbox);
    TempDb temp;
    store::Database db;
    ANXIN_VERIFY_OK(temp.open(db));
    const auto options = testSyncOptions(20);
    sync::ShopSyncer syncer(client.shopId(), client.api(), &db, options);
    connect(&syncer, &sync::ShopSyncer::progress, this, [&](const sync::SyncProgress &p) {
        if (p.stage == QLatin1String("open") && p.done > 0)
            syncer.cancel();
    });
    const auto cut = runSyncer(syncer, 30000);
    QCOMPARE(cut.error.kind, core::Error::Kind::Cancelled);
    QCOMPARE(cut.pages, 1);
    QVERIFY(loadingHistory(db, client.shopId()));
    const auto next = runPull(client, db, options, 120000);
    QVERIFY2(next.ok(), qPrintable(next.error.message));
    QVERIFY(next.openFirst);
    QCOMPARE(next.openTickets, int(openOnThePlatform(*sandbox).size()));
    QCOMPARE(cachedTickets(db, client.shopId()), sandboxTickets(*sandbox));
}

ANXIN_TEST_GUILESS_MAIN(TstSyncOpenFirst)
#include "tst_sync_openfirst.moc"

// One poller per shop for a team (issue #35, step 2), at the sync level: real SQLite caches, the real ApiClient over
// loopback to the sandbox, and a real PostgreSQL team database. The poller publishes every answer it pulls; another
// desk copies them into its own cache without one platform call for the shop's data and ends with the same cache;
// a desk away for hours catches up from the feed; when the lease moves the new poller goes on where the feed left
// off (nothing fetched twice); a team database that fails never stops a desk's sync.
#include "../store/tempdb.h"
#include "../sync/synctestsupport.h"
#include "pgserver.h"
#include "sandbox/sandboxstate.h"
#include "sync/answers.h"
#include "sync/syncrun.h"
#include "team/pollers.h"
#include "team/teamdatabase.h"
#include "team/teamfeed.h"
#include "testmain.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace anxin;
using namespace anxin::test;
using Role = sync::SyncReport::TeamRole;

namespace {

constexpr int kLeaseSecs = 30;

// Every platform call that pulls shop data (decisions and images are not counted).
const QStringList kDataMethods{QStringLiteral("afterSale.List"),
                               QStringLiteral("order.searchList"),
                               QStringLiteral("afterSale.Detail"),
                               QStringLiteral("product.detail"),
                               QStringLiteral("logistics.trackNoRouteDetail"),
                               QStringLiteral("shop.reputation"),
                               QStringLiteral("afterSale.rejectReasonCodeList")};

qint64 dataCalls(SandboxHarness &sandbox)
{
    const QJsonObject c = counters(sandbox);
    qint64 n = 0;
    for (const QString &m : kDataMethods)
        n += methodCalls(c, m);
    return n;
}

// A desk of the team: its own cache, its own platform client and token, its own connection to the feed.
struct Desk
{
    Desk(SandboxHarness &sandbox, const QString &url, const QString &deskId)
        : client(sandbox)
        , id(deskId)
    {
        QVERIFY(temp.open(db).ok());
        auto f = team::TeamFeed::open(url, deskId, deskId, kLeaseSecs);
        QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
        feed = std::move(f.value());
    }
    sync::SyncReport sync(core::ShopFeed *with)
    {
        sync::SyncOptions options = testSyncOptions(50);
        sync::SyncRun run(client.shopId(), client.api(), &db, options);
        run.setFeed(with);
        sync::SyncReport out;
        out.error = core::Error::make(core::Error::Kind::Timeout, QStringLiteral("sync did not finish"));
        QEventLoop loop;
        QObject::connect(&run, &sync::SyncRun::finished, &loop, [&](const sync::SyncReport &r) {
            out = r;
            loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, &run, &sync::SyncRun::start);
        loop.exec();
        return out;
    }
    sync::SyncReport sync() { return sync(feed.get()); }

    Client client;
    QString id;
    TempDb temp;
    store::Database db;
    std::unique_ptr<team::TeamFeed> feed;
};

// What a desk's cache holds of the shop, table by table, for "the same cache" comparisons.
QStringList cacheRows(const store::Database &db)
{
    QStringList out;
    out << rows(db, QStringLiteral("SELECT * FROM tickets ORDER BY aftersale_id"));
    out << rows(db, QStringLiteral("SELECT * FROM orders ORDER BY order_id"));
    out << rows(db, QStringLiteral("SELECT * FROM order_lines ORDER BY sku_order_id"));
    out << rows(db, QStringLiteral("SELECT * FROM ticket_detail ORDER BY aftersale_id"));
    out << rows(db, QStringLiteral("SELECT aftersale_id, idx, url FROM evidence ORDER BY aftersale_id, idx"));
    out << rows(db, QStringLiteral("SELECT * FROM platform_logs ORDER BY aftersale_id, seq"));
    out << rows(db, QStringLiteral("SELECT * FROM products ORDER BY product_id"));
    out << rows(db, QStringLiteral("SELECT * FROM score_snapshots ORDER BY day"));
    out << rows(db, QStringLiteral("SELECT * FROM reject_reasons ORDER BY code"));
    return out;
}

} // namespace

class TstTeamFeed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void poller_publishes_followerCopies_sameCache_noPlatformCallsForData();
    void awayForHours_catchesUpFromTheFeed_withoutPlatformHistory();
    void leaseMoves_newPollerGoesOnWhereTheFeedIs_nothingFetchedTwice();
    void feedPruned_deskOlderThanTheFeed_pullsItselfOnce_thenCopies();
    void teamDatabaseGone_deskPullsItsShopItself();

private:
    PgServer m_server;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<Desk> m_a;
    std::unique_ptr<Desk> m_b;
};

void TstTeamFeed::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    sandbox::SandboxOptions o;
    o.seed = 11;
    o.tickets = 600;
    m_sandbox = std::make_unique<SandboxHarness>(o, QDateTime::currentSecsSinceEpoch());
    m_a = std::make_unique<Desk>(*m_sandbox, m_server.url(), QStringLiteral("desk-a"));
    m_b = std::make_unique<Desk>(*m_sandbox, m_server.url(), QStringLiteral("desk-b"));
}

void TstTeamFeed::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    m_server.stop();
}

void TstTeamFeed::poller_publishes_followerCopies_sameCache_noPlatformCallsForData()
{
    const auto a = m_a->sync();
    QVERIFY2(a.ok(), qPrintable(a.error.message));
    QCOMPARE(a.teamRole, Role::Poller);
    QVERIFY(a.ticketsInserted > 300);
    QVERIFY(a.details > 0);
    QVERIFY(a.published >= a.pages + a.details);

    const qint64 before = dataCalls(*m_sandbox);
    const auto b = m_b->sync();
    QVERIFY2(b.ok(), qPrintable(b.error.message));
    QCOMPARE(b.teamRole, Role::Follower);
    QCOMPARE(b.copied, a.published);
    QCOMPARE(dataCalls(*m_sandbox) - before, 0);

    QCOMPARE(cacheRows(m_b->db), cacheRows(m_a->db));
    const auto expected = sandboxTickets(*m_sandbox);
    const auto cached = cachedTickets(m_b->db, m_b->client.shopId());
    QVERIFY2(cached == expected, qPrintable(describeDiff(expected, cached)));

    // Nothing new: the follower copies nothing and calls nothing.
    const auto again = m_b->sync();
    QVERIFY(again.ok());
    QCOMPARE(again.copied, 0);
    QCOMPARE(dataCalls(*m_sandbox) - before, 0);
}

void TstTeamFeed::awayForHours_catchesUpFromTheFeed_withoutPlatformHistory()
{
    // Desk B is away (on a train) while the platform's clock runs six hours, a day and more: deadlines pass and
    // the platform decides tickets; desk A polls after each step.
    for (qint64 step : {6 * 3600, 86400, 2 * 86400}) {
        m_sandbox->advance(step);
        const auto a = m_a->sync();
        QVERIFY2(a.ok(), qPrintable(a.error.message));
        QCOMPARE(a.teamRole, Role::Poller);
    }
    const qint64 before = dataCalls(*m_sandbox);
    const auto b = m_b->sync();
    QVERIFY2(b.ok(), qPrintable(b.error.message));
    QCOMPARE(b.teamRole, Role::Follower);
    QVERIFY(b.copied > 0);
    QCOMPARE(dataCalls(*m_sandbox) - before, 0);
    QCOMPARE(cacheRows(m_b->db), cacheRows(m_a->db));
    const auto expected = sandboxTickets(*m_sandbox);
    const auto cached = cachedTickets(m_b->db, m_b->client.shopId());
    QVERIFY2(cached == expected, qPrintable(describeDiff(expected, cached)));
}

void TstTeamFeed::leaseMoves_newPollerGoesOnWhereTheFeedIs_nothingFetchedTwice()
{
    // Desk A quits: its lease ends, and desk B's next sync takes the shop.
    team::TeamDatabase admin;
    QVERIFY(admin.open(m_server.url()).ok());
    QVERIFY(team::Pollers(admin).release(m_a->client.shopId(), m_a->id).ok());
    m_sandbox->advance(6 * 3600);

    const QJsonObject before = counters(*m_sandbox);
    const auto b = m_b->sync();
    QVERIFY2(b.ok(), qPrintable(b.error.message));
    QCOMPARE(b.teamRole, Role::Poller);
    const QJsonObject after = counters(*m_sandbox);
    const qint64 lists =
        methodCalls(after, QStringLiteral("afterSale.List")) - methodCalls(before, QStringLiteral("afterSale.List"));
    const qint64 details = methodCalls(after, QStringLiteral("afterSale.Detail")) -
                           methodCalls(before, QStringLiteral("afterSale.Detail"));
    // Only what changed since desk A's last page: a few pages, not the 90-day walk (600 tickets, 12+ pages).
    QVERIFY2(lists <= 3, qPrintable(QString::number(lists)));
    QVERIFY2(details <= b.ticketsInserted + b.ticketsUpdated,
             qPrintable(QStringLiteral("%1 details for %2 changed tickets")
                            .arg(details)
                            .arg(b.ticketsInserted + b.ticketsUpdated)));
    auto expected = sandboxTickets(*m_sandbox);
    QVERIFY2(cachedTickets(m_b->db, m_b->client.shopId()) == expected,
             qPrintable(describeDiff(expected, cachedTickets(m_b->db, m_b->client.shopId()))));

    // Desk A, back, is a follower now and copies what desk B published.
    const qint64 calls = dataCalls(*m_sandbox);
    const auto a = m_a->sync();
    QVERIFY2(a.ok(), qPrintable(a.error.message));
    QCOMPARE(a.teamRole, Role::Follower);
    QCOMPARE(a.copied, b.published);
    QCOMPARE(dataCalls(*m_sandbox) - calls, 0);
    QCOMPARE(cacheRows(m_a->db), cacheRows(m_b->db));
}

// The feed keeps two weeks (and the newest answer of each kind, where a new poller goes on). A desk whose cache is
// older than that (a new desk, or one back from a long leave) sees the gap in the versions: it does not apply the
// rest as if it were whole, it pulls the shop itself once and copies from the feed's head afterwards.
void TstTeamFeed::feedPruned_deskOlderThanTheFeed_pullsItselfOnce_thenCopies()
{
    team::TeamDatabase admin;
    QVERIFY(admin.open(m_server.url()).ok());
    const QString shop = m_b->client.shopId();
    QSqlQuery q(admin.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE shop_feed SET published_at = published_at - interval '20 days'")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT kind) FROM shop_feed")) && q.next());
    const int kinds = q.value(0).toInt();
    QVERIFY(kinds >= 4);
    // Desk B, the poller, prunes after its first good poll (of this connection: B restarted), then once an hour.
    auto reopened = team::TeamFeed::open(m_server.url(), m_b->id, m_b->id, kLeaseSecs);
    QVERIFY(reopened.ok());
    m_b->feed = std::move(reopened.value());
    m_sandbox->advance(3600);
    const auto b = m_b->sync();
    QVERIFY2(b.ok(), qPrintable(b.error.message));
    QCOMPARE(b.teamRole, Role::Poller);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT kind) FROM shop_feed WHERE published_at < now() - "
                                  "interval '14 days'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), q.value(1).toInt()); // the old ones left: the newest of each kind only
    QVERIFY(q.value(0).toInt() <= kinds);

    // A new desk: the feed no longer starts at version 1.
    Desk c(*m_sandbox, m_server.url(), QStringLiteral("desk-c"));
    const qint64 before = dataCalls(*m_sandbox);
    const auto first = c.sync();
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QCOMPARE(first.teamRole, Role::Alone);
    QVERIFY(first.feedGap);
    QCOMPARE(first.teamError.kind, core::Error::Kind::None);
    QVERIFY(dataCalls(*m_sandbox) - before > 0);
    auto expected = sandboxTickets(*m_sandbox);
    QVERIFY2(cachedTickets(c.db, shop) == expected, qPrintable(describeDiff(expected, cachedTickets(c.db, shop))));

    // From now on it follows: nothing new, nothing copied, nothing called; then B's next poll reaches it.
    const qint64 calls = dataCalls(*m_sandbox);
    const auto second = c.sync();
    QVERIFY2(second.ok(), qPrintable(second.error.message));
    QCOMPARE(second.teamRole, Role::Follower);
    QVERIFY(!second.feedGap);
    QCOMPARE(second.copied, 0);
    QCOMPARE(dataCalls(*m_sandbox) - calls, 0);
    m_sandbox->advance(6 * 3600);
    QVERIFY(m_b->sync().ok());
    const qint64 calls2 = dataCalls(*m_sandbox);
    const auto third = c.sync();
    QVERIFY2(third.ok(), qPrintable(third.error.message));
    QCOMPARE(third.teamRole, Role::Follower);
    QVERIFY(third.copied > 0);
    QCOMPARE(dataCalls(*m_sandbox) - calls2, 0);
    expected = sandboxTickets(*m_sandbox);
    QVERIFY2(cachedTickets(c.db, shop) == expected, qPrintable(describeDiff(expected, cachedTickets(c.db, shop))));
}

void TstTeamFeed::teamDatabaseGone_deskPullsItsShopItself()
{
    m_sandbox->advance(6 * 3600);
    QVERIFY(m_server.stop(true));
    const qint64 before = dataCalls(*m_sandbox);
    const auto a = m_a->sync();
    QVERIFY2(a.ok(), qPrintable(a.error.message));
    QCOMPARE(a.teamRole, Role::Alone);
    QVERIFY(a.teamError.kind != core::Error::Kind::None);
    QVERIFY(dataCalls(*m_sandbox) - before > 0);
    const auto expected = sandboxTickets(*m_sandbox);
    const auto cached = cachedTickets(m_a->db, m_a->client.shopId());
    QVERIFY2(cached == expected, qPrintable(describeDiff(expected, cached)));
    QVERIFY(m_server.restart());
}

ANXIN_TEST_MAIN(TstTeamFeed)
#include "tst_team_feed.moc"

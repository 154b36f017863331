// A desk's live link to the team database (issue #34): what one desk claims another sees through LISTEN/NOTIFY
// (well before a heartbeat), a released or lapsed ticket passes to the desk that has it open, a take-over is
// recorded with its reason in the hash-chained team audit, and a team database that goes away never blocks a desk:
// it says offline, keeps its open ticket as its intention and, back online, shows a claim taken meanwhile by
// another desk instead of overwriting it.
#include "pgserver.h"
#include "team/claims.h"
#include "team/pollers.h"
#include "team/teamaudit.h"
#include "team/teamdatabase.h"
#include "team/teamfeed.h"
#include "team/teamlink.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace anxin;
using anxin::team::TeamSnapshot;
using anxin::test::PgServer;

namespace {

const QString kShop = QStringLiteral("1234567");

team::TeamLinkOptions options(int heartbeatMs, int retryMs = 200)
{
    team::TeamLinkOptions o;
    o.leaseSecs = 30;
    o.heartbeatMs = heartbeatMs;
    o.retryMs = retryMs;
    o.maxRetryMs = retryMs;
    return o;
}

QString holderOn(const team::TeamLink &link, const QString &ticket)
{
    const auto c = link.claimOn(ticket);
    return c ? c->agent : QString();
}

} // namespace

class TstTeamLink : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void claim_seenByOtherDesk_throughNotify_beforeAnyHeartbeat();
    void released_passesToTheDeskThatHasItOpen();
    void lapsedLease_movesToTheWaitingDesk();
    void takeOver_recordedWithReason_inTheChainedTeamAudit();
    void teamAudit_editBehindTheTriggers_caughtByVerify();
    void serverGone_offlineNeverBlocks_reconnectShowsClaimTakenMeanwhile();
    void pollers_onePerShop_handedOnWhenItsDeskQuitsOrGoesQuiet();
    void pollerWhosePollsFail_losesTheShopToAnotherDesk();

private:
    PgServer m_server;
};

void TstTeamLink::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TstTeamLink::cleanupTestCase()
{
    m_server.stop();
}

void TstTeamLink::claim_seenByOtherDesk_throughNotify_beforeAnyHeartbeat()
{
    team::TeamLink a;
    team::TeamLink b;
    a.start(m_server.url(), QStringLiteral("desk-a"), QStringLiteral("小王"), options(600000));
    b.start(m_server.url(), QStringLiteral("desk-b"), QStringLiteral("李娜"), options(600000));
    QTRY_COMPARE(a.state(), TeamSnapshot::State::Online);
    QTRY_COMPARE(b.state(), TeamSnapshot::State::Online);
    const QString ticket = QStringLiteral("7300000000000000301");
    a.setFocus(ticket, kShop);
    QTRY_VERIFY(a.isMine(ticket));
    // B's heartbeat is ten minutes away: only the notification can tell it.
    QTRY_COMPARE_WITH_TIMEOUT(holderOn(b, ticket), QStringLiteral("小王"), 5000);
    QVERIFY(b.heldByOther(ticket).has_value());
    QCOMPARE(b.heldByOther(ticket)->deskId, QStringLiteral("desk-a"));
    QVERIFY(!a.heldByOther(ticket).has_value());
    // A moves on: its claim ends, and B sees that too.
    a.setFocus(QString(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!b.claimOn(ticket).has_value(), 5000);
}

void TstTeamLink::released_passesToTheDeskThatHasItOpen()
{
    team::TeamLink a;
    team::TeamLink b;
    a.start(m_server.url(), QStringLiteral("desk-a"), QStringLiteral("小王"), options(600000));
    b.start(m_server.url(), QStringLiteral("desk-b"), QStringLiteral("李娜"), options(600000));
    const QString ticket = QStringLiteral("7300000000000000302");
    a.setFocus(ticket, kShop);
    QTRY_VERIFY(a.isMine(ticket));
    b.setFocus(ticket, kShop); // B opens it too: it sees A has it, and does not take it
    QTRY_COMPARE(holderOn(b, ticket), QStringLiteral("小王"));
    QTest::qWait(300);
    QVERIFY(a.isMine(ticket));
    a.setFocus(QStringLiteral("7300000000000000303"), kShop); // A moves on: B, waiting on it, gets it
    QTRY_VERIFY_WITH_TIMEOUT(b.isMine(ticket), 5000);
    QTRY_COMPARE(holderOn(a, ticket), QStringLiteral("李娜"));
}

void TstTeamLink::lapsedLease_movesToTheWaitingDesk()
{
    // A desk that dies keeps no heartbeat: its claim (a 1 s lease here) lapses on the server's clock.
    team::TeamDatabase dead;
    QVERIFY(dead.open(m_server.url()).ok());
    const QString ticket = QStringLiteral("7300000000000000304");
    QVERIFY(team::Claims(dead).claim(ticket, kShop, QStringLiteral("desk-dead"), QStringLiteral("老周"), 1)->mine);
    dead.close();
    team::TeamLink b;
    b.start(m_server.url(), QStringLiteral("desk-b"), QStringLiteral("李娜"), options(300));
    b.setFocus(ticket, kShop);
    QTRY_COMPARE(holderOn(b, ticket), QStringLiteral("老周"));
    QTRY_VERIFY_WITH_TIMEOUT(b.isMine(ticket), 5000);
}

void TstTeamLink::takeOver_recordedWithReason_inTheChainedTeamAudit()
{
    team::TeamLink a;
    team::TeamLink b;
    a.start(m_server.url(), QStringLiteral("desk-a"), QStringLiteral("小王"), options(600000));
    b.start(m_server.url(), QStringLiteral("desk-b"), QStringLiteral("李娜"), options(600000));
    const QString ticket = QStringLiteral("7300000000000000305");
    a.setFocus(ticket, kShop);
    QTRY_VERIFY(a.isMine(ticket));
    b.setFocus(ticket, kShop);
    QTRY_COMPARE(holderOn(b, ticket), QStringLiteral("小王"));

    QSignalSpy refused(&b, &team::TeamLink::takeOverFinished);
    b.takeOver(ticket, kShop, QStringLiteral("  "));
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(1).toBool(), false); // no reason, no take-over
    QVERIFY(a.isMine(ticket));

    QSignalSpy done(&b, &team::TeamLink::takeOverFinished);
    b.takeOver(ticket, kShop, QStringLiteral("小王去吃饭了，买家在催"));
    QTRY_COMPARE(done.count(), 1);
    QVERIFY2(done.at(0).at(1).toBool(), qPrintable(done.at(0).at(2).toString()));
    QTRY_VERIFY(b.isMine(ticket));
    QTRY_COMPARE_WITH_TIMEOUT(holderOn(a, ticket), QStringLiteral("李娜"), 5000); // A is told
    QTest::qWait(300);
    QVERIFY(b.isMine(ticket)); // A, with the ticket still open, does not take it back

    team::TeamDatabase db;
    QVERIFY(db.open(m_server.url()).ok());
    team::TeamAudit audit(db);
    const auto entries = audit.list(1, 100);
    QVERIFY(entries.ok());
    QVERIFY(!entries->isEmpty());
    const team::TeamAuditEntry &e = entries->last();
    QCOMPARE(e.action, QStringLiteral("claim.take_over"));
    QCOMPARE(e.subject, ticket);
    QCOMPARE(e.deskId, QStringLiteral("desk-b"));
    QCOMPARE(e.agent, QStringLiteral("李娜"));
    const QJsonObject detail = QJsonDocument::fromJson(e.detailJson.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("reason")).toString(), QStringLiteral("小王去吃饭了，买家在催"));
    QCOMPARE(detail.value(QStringLiteral("from_agent")).toString(), QStringLiteral("小王"));
    QCOMPARE(detail.value(QStringLiteral("from_desk")).toString(), QStringLiteral("desk-a"));
    QCOMPARE(detail.value(QStringLiteral("from_live")).toBool(), true);
    const auto intact = audit.verify();
    QVERIFY(intact.ok());
    QVERIFY(!intact->has_value());
}

void TstTeamLink::teamAudit_editBehindTheTriggers_caughtByVerify()
{
    team::TeamDatabase db;
    QVERIFY(db.open(m_server.url()).ok());
    team::TeamAudit audit(db);
    for (int i = 0; i < 3; ++i) {
        team::TeamAuditEntry e;
        e.deskId = QStringLiteral("desk-a");
        e.agent = QStringLiteral("小王");
        e.action = QStringLiteral("test.entry");
        e.subject = QString::number(i);
        QVERIFY(audit.append(e).ok());
    }
    const auto all = audit.list(1, 1000);
    QVERIFY(all.ok());
    const qint64 victim = all->at(all->size() - 2).seq;
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE team_audit SET agent = 'x' WHERE seq = %1").arg(victim))); // refused
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE team_audit DISABLE TRIGGER team_audit_no_edit")));
    QVERIFY(q.exec(QStringLiteral("UPDATE team_audit SET agent = '老周' WHERE seq = %1").arg(victim)));
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE team_audit ENABLE TRIGGER team_audit_no_edit")));
    const auto broken = audit.verify();
    QVERIFY(broken.ok());
    QVERIFY(broken->has_value());
    QCOMPARE(broken->value(), victim);
    // Put back, so the chain is whole for whatever runs after.
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE team_audit DISABLE TRIGGER team_audit_no_edit")));
    QVERIFY(q.exec(QStringLiteral("UPDATE team_audit SET agent = '小王' WHERE seq = %1").arg(victim)));
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE team_audit ENABLE TRIGGER team_audit_no_edit")));
    QVERIFY(!audit.verify()->has_value());
}

void TstTeamLink::serverGone_offlineNeverBlocks_reconnectShowsClaimTakenMeanwhile()
{
    team::TeamLink a;
    team::TeamLink b;
    // A comes back slowly (retry 3 s), B quickly: B claims first what both opened while the server was away.
    a.start(m_server.url(), QStringLiteral("desk-a"), QStringLiteral("小王"), options(300, 3000));
    b.start(m_server.url(), QStringLiteral("desk-b"), QStringLiteral("李娜"), options(300, 200));
    const QString mine = QStringLiteral("7300000000000000306");
    a.setFocus(mine, kShop);
    QTRY_VERIFY(a.isMine(mine));
    QTRY_COMPARE(holderOn(b, mine), QStringLiteral("小王"));

    QVERIFY2(m_server.stop(true), qPrintable(m_server.error()));
    QTRY_COMPARE_WITH_TIMEOUT(a.state(), TeamSnapshot::State::Offline, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(b.state(), TeamSnapshot::State::Offline, 10000);
    QVERIFY(!a.error().isEmpty());
    QVERIFY(!b.heldByOther(mine).has_value()); // offline, nothing stands between B and deciding
    const QString contested = QStringLiteral("7300000000000000307");
    a.setFocus(contested, kShop); // both agents open it while the team database is away
    b.setFocus(contested, kShop);
    QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    QTRY_VERIFY_WITH_TIMEOUT(b.isMine(contested), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(a.state(), TeamSnapshot::State::Online, 15000);
    QCOMPARE(holderOn(a, contested), QStringLiteral("李娜")); // shown to A, not overwritten
    QVERIFY(a.heldByOther(contested).has_value());
    QTest::qWait(600);
    QVERIFY(b.isMine(contested));
    // A's claim from before the outage was on the ticket it left: released on reconnect, not kept.
    QTRY_VERIFY(!a.claimOn(mine).has_value());
}

// Issue #35, step 1: one desk pulls a shop for the team; the others see which and how fresh; the shop passes on
// at once when its poller quits, and within the lease when it goes quiet.
void TstTeamLink::pollers_onePerShop_handedOnWhenItsDeskQuitsOrGoesQuiet()
{
    const QString shop = QStringLiteral("shop-poll");
    auto a = std::make_unique<team::TeamLink>();
    team::TeamLink b;
    a->setPolledShops({shop});
    b.setPolledShops({shop});
    a->start(m_server.url(), QStringLiteral("desk-pa"), QStringLiteral("小王"), options(600000));
    QTRY_VERIFY_WITH_TIMEOUT(a->isPoller(shop), 5000);
    b.start(m_server.url(), QStringLiteral("desk-pb"), QStringLiteral("李娜"), options(600000));
    QTRY_COMPARE_WITH_TIMEOUT(b.state(), TeamSnapshot::State::Online, 5000);
    QTRY_VERIFY(b.pollerOf(shop).has_value());
    QCOMPARE(b.pollerOf(shop)->agent, QStringLiteral("小王")); // one poller: B leaves A's live lease alone
    QVERIFY(!b.isPoller(shop));
    // A polls (its sync records it through the feed); B learns when (the notification carries it, long before B's
    // next heartbeat), and that the feed moved.
    team::TeamDatabase side;
    QVERIFY(side.open(m_server.url()).ok());
    QSignalSpy advanced(&b, &team::TeamLink::feedAdvanced);
    auto feedA = team::TeamFeed::open(m_server.url(), QStringLiteral("desk-pa"), QStringLiteral("小王"), 30);
    QVERIFY(feedA.ok());
    QVERIFY(feedA.value()->takePoll(shop).value());
    core::FeedEntry entry;
    entry.kind = QStringLiteral("reasons");
    entry.data = "[]";
    QCOMPARE(feedA.value()->publish(shop, entry).value(), 1);
    QVERIFY(feedA.value()->recordPoll(shop, true).ok());
    QTRY_VERIFY_WITH_TIMEOUT(b.pollerOf(shop) && b.pollerOf(shop)->lastPollAt > 0, 5000);
    QVERIFY(b.pollerOf(shop)->lastPollOk);
    QTRY_VERIFY_WITH_TIMEOUT(!advanced.isEmpty(), 5000);
    QCOMPARE(advanced.first().first().toString(), shop);
    QVERIFY(team::Pollers(side).recordPoll(shop, QStringLiteral("desk-pb"), false).ok()); // not the poller: nothing
    QTest::qWait(300);
    QVERIFY(b.pollerOf(shop)->lastPollOk);
    // B sent decisions: it asks the shop's poller to poll now, and A hears it at once.
    QSignalSpy wanted(a.get(), &team::TeamLink::pollWanted);
    b.askForPoll(shop);
    QTRY_VERIFY_WITH_TIMEOUT(!wanted.isEmpty(), 5000);
    QCOMPARE(wanted.first().first().toString(), shop);
    feedA.value().reset();
    // A quits: the shop passes to B at once.
    a.reset();
    QTRY_VERIFY_WITH_TIMEOUT(b.isPoller(shop), 3000);

    // A poller that goes quiet (a dead desk, a 1 s lease) loses the shop on the server's clock.
    const QString quiet = QStringLiteral("shop-quiet");
    team::TeamDatabase dead;
    QVERIFY(dead.open(m_server.url()).ok());
    QVERIFY(team::Claims(dead).heartbeat(QStringLiteral("desk-dead"), QStringLiteral("老周"), 1).ok());
    QVERIFY(team::Pollers(dead).acquire(quiet, QStringLiteral("desk-dead"), QStringLiteral("老周"), 1)->mine);
    dead.close();
    team::TeamLink c;
    c.setPolledShops({quiet});
    c.start(m_server.url(), QStringLiteral("desk-pc"), QStringLiteral("阿梅"), options(300));
    QTRY_VERIFY_WITH_TIMEOUT(c.pollerOf(quiet).has_value(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(c.isPoller(quiet), 5000);
    QCOMPARE(c.pollerOf(quiet)->lastPollAt, 0); // a new poller has not polled yet
}

// A desk whose platform token broke (or whose own network to the platform is down) still beats its heartbeat; it
// must not keep the shop from a desk that can poll it. Its heartbeat no longer renews the shop after a failed
// poll, so the lease lapses and another desk takes it; a desk that polls well keeps it.
void TstTeamLink::pollerWhosePollsFail_losesTheShopToAnotherDesk()
{
    const QString shop = QStringLiteral("shop-broken-token");
    team::TeamLinkOptions quick = options(250);
    quick.leaseSecs = 1;
    team::TeamLink d;
    d.setPolledShops({shop});
    d.start(m_server.url(), QStringLiteral("desk-pd"), QStringLiteral("老周"), quick);
    QTRY_VERIFY_WITH_TIMEOUT(d.isPoller(shop), 5000);
    auto feedD = team::TeamFeed::open(m_server.url(), QStringLiteral("desk-pd"), QStringLiteral("老周"), 1);
    QVERIFY(feedD.ok());
    QVERIFY(feedD.value()->takePoll(shop).value());
    QVERIFY(feedD.value()->recordPoll(shop, true).ok());
    team::TeamLink e;
    e.setPolledShops({shop});
    e.start(m_server.url(), QStringLiteral("desk-pe"), QStringLiteral("阿梅"), quick);
    QTRY_COMPARE_WITH_TIMEOUT(e.state(), TeamSnapshot::State::Online, 5000);
    // Polling well, D keeps the shop through several lease lengths on its heartbeat alone.
    QTest::qWait(2500);
    QVERIFY(d.isPoller(shop));
    QTRY_VERIFY_WITH_TIMEOUT(e.pollerOf(shop) && e.pollerOf(shop)->deskId == QStringLiteral("desk-pd"), 3000);
    // D's poll fails: within about a lease, E holds the shop, and D's heartbeat leaves E's lease alone.
    QVERIFY(feedD.value()->recordPoll(shop, false).ok());
    QTRY_VERIFY_WITH_TIMEOUT(e.isPoller(shop), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isPoller(shop), 3000);
    QTest::qWait(2500);
    QVERIFY(e.isPoller(shop));
    // D's next sync may still take the shop back once nobody holds it (a team of one keeps trying): E quits.
    e.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!d.pollerOf(shop).has_value() || d.pollerOf(shop)->deskId != QStringLiteral("desk-pe"),
                             5000);
    QVERIFY(feedD.value()->takePoll(shop).value());
}

ANXIN_TEST_GUILESS_MAIN(TstTeamLink)
#include "tst_team_link.moc"

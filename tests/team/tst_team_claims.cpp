// Claims on the team database (issue #34, step 2's core): a ticket is never held by two desks, a lease lapses when
// its desk goes quiet and the ticket can then be taken, a live claim of another desk names who has it, two desks
// racing for the same tickets win each exactly once, and a team database that goes away is a clear "unreachable",
// with every committed claim back after it restarts.
#include "pgserver.h"
#include "team/claims.h"
#include "team/teamdatabase.h"
#include "testmain.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace anxin;
using anxin::test::PgServer;

class TstTeamClaims : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void open_badUrl_usageErrorNamesTheForm();
    void open_freshDatabase_migratedOnceByTwoDesks();
    void claim_heldByOther_namesHolder_untilLeaseLapses();
    void claim_twoDesksRacing_eachTicketWonOnce();
    void serverGone_unreachable_claimsBackAfterRestart();

private:
    PgServer m_server;
};

void TstTeamClaims::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TstTeamClaims::cleanupTestCase()
{
    m_server.stop();
}

void TstTeamClaims::open_badUrl_usageErrorNamesTheForm()
{
    team::TeamDatabase db;
    const auto st = db.open(QStringLiteral("mysql://root:hunter2@host/db"));
    QVERIFY(!st);
    QCOMPARE(st.error().kind, core::Error::Kind::Usage);
    QVERIFY(st.error().message.contains(QLatin1String("postgresql://")));
    QVERIFY(!st.error().message.contains(QLatin1String("hunter2"))); // never the password
}

void TstTeamClaims::open_freshDatabase_migratedOnceByTwoDesks()
{
    team::TeamDatabase a;
    team::TeamDatabase b;
    QVERIFY2(a.open(m_server.url()).ok(), "desk A opens");
    QVERIFY2(b.open(m_server.url()).ok(), "desk B opens");
    QCOMPARE(a.schemaVersion(), team::TeamDatabase::knownVersion());
    QCOMPARE(b.schemaVersion(), team::TeamDatabase::knownVersion());
}

void TstTeamClaims::claim_heldByOther_namesHolder_untilLeaseLapses()
{
    team::TeamDatabase a;
    team::TeamDatabase b;
    QVERIFY(a.open(m_server.url()).ok());
    QVERIFY(b.open(m_server.url()).ok());
    team::Claims onA(a);
    team::Claims onB(b);
    const QString ticket = QStringLiteral("7300000000000000101");
    auto first = onA.claim(ticket, QStringLiteral("1234567"), QStringLiteral("desk-a"), QStringLiteral("小王"), 30);
    QVERIFY(first.ok());
    QVERIFY(first->mine);
    auto second = onB.claim(ticket, QStringLiteral("1234567"), QStringLiteral("desk-b"), QStringLiteral("李娜"), 30);
    QVERIFY(second.ok());
    QVERIFY(!second->mine);
    QCOMPARE(second->holder.agent, QStringLiteral("小王"));
    QCOMPARE(second->holder.deskId, QStringLiteral("desk-a"));
    // Claiming again renews its own claim, keeping when it began.
    auto again = onA.claim(ticket, QStringLiteral("1234567"), QStringLiteral("desk-a"), QStringLiteral("小王"), 30);
    QVERIFY(again.ok() && again->mine);
    QCOMPARE(again->holder.claimedAt, first->holder.claimedAt);

    // A short lease, no heartbeat: once it lapses (the server's clock), the other desk takes the ticket.
    const QString quiet = QStringLiteral("7300000000000000102");
    QVERIFY(onA.claim(quiet, QStringLiteral("1234567"), QStringLiteral("desk-a"), QStringLiteral("小王"), 1)->mine);
    QVERIFY(!onB.claim(quiet, QStringLiteral("1234567"), QStringLiteral("desk-b"), QStringLiteral("李娜"), 30)->mine);
    QTest::qWait(1500);
    auto taken = onB.claim(quiet, QStringLiteral("1234567"), QStringLiteral("desk-b"), QStringLiteral("李娜"), 30);
    QVERIFY(taken.ok() && taken->mine);
    QCOMPARE(taken->holder.agent, QStringLiteral("李娜"));
    QVERIFY(!onA.claim(quiet, QStringLiteral("1234567"), QStringLiteral("desk-a"), QStringLiteral("小王"), 30)->mine);
    // Released, it is free again.
    QVERIFY(onB.release(quiet, QStringLiteral("desk-b")).ok());
    QVERIFY(onA.claim(quiet, QStringLiteral("1234567"), QStringLiteral("desk-a"), QStringLiteral("小王"), 30)->mine);
    const auto live = onB.live();
    QVERIFY(live.ok());
    QCOMPARE(live->size(), 2);
}

void TstTeamClaims::claim_twoDesksRacing_eachTicketWonOnce()
{
    constexpr int kTickets = 60;
    std::atomic<int> won{0};
    std::atomic<int> failures{0};
    auto desk = [&](const QString &deskId) {
        team::TeamDatabase db; // one connection per thread
        if (!db.open(m_server.url())) {
            ++failures;
            return;
        }
        team::Claims claims(db);
        for (int i = 0; i < kTickets; ++i) {
            auto r = claims.claim(QStringLiteral("race-%1").arg(i), QStringLiteral("1234567"), deskId, deskId, 60);
            if (!r)
                ++failures;
            else if (r->mine)
                ++won;
        }
    };
    std::thread a(desk, QStringLiteral("desk-race-a"));
    std::thread b(desk, QStringLiteral("desk-race-b"));
    a.join();
    b.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(won.load(), kTickets);
    team::TeamDatabase check;
    QVERIFY(check.open(m_server.url()).ok());
    int raced = 0;
    const auto live = team::Claims(check).live(); // keep the Result alive for the loop
    QVERIFY(live.ok());
    for (const team::Claim &c : live.value())
        raced += c.aftersaleId.startsWith(QLatin1String("race-")) ? 1 : 0;
    QCOMPARE(raced, kTickets);
}

void TstTeamClaims::serverGone_unreachable_claimsBackAfterRestart()
{
    team::TeamDatabase a;
    QVERIFY(a.open(m_server.url()).ok());
    team::Claims claims(a);
    const QString ticket = QStringLiteral("7300000000000000199");
    QVERIFY(
        claims.claim(ticket, QStringLiteral("1234567"), QStringLiteral("desk-a"), QStringLiteral("小王"), 600)->mine);
    QVERIFY2(m_server.stop(true), qPrintable(m_server.error()));
    const auto down = claims.claim(QStringLiteral("7300000000000000200"), QStringLiteral("1234567"),
                                   QStringLiteral("desk-a"), QStringLiteral("小王"), 600);
    QVERIFY(!down);
    QCOMPARE(down.error().kind, core::Error::Kind::Network);
    QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    team::TeamDatabase back;
    QVERIFY(back.open(m_server.url()).ok());
    bool found = false;
    const auto live = team::Claims(back).live(); // keep the Result alive for the loop
    QVERIFY(live.ok());
    for (const team::Claim &c : live.value())
        found = found || (c.aftersaleId == ticket && c.agent == QStringLiteral("小王"));
    QVERIFY(found);
}

ANXIN_TEST_GUILESS_MAIN(TstTeamClaims)
#include "tst_team_claims.moc"

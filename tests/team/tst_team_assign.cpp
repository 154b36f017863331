// Splitting a shop's open queue among the agents on shift (issue #34, step 3) on a real PostgreSQL: 100 tickets
// over 3 agents by deadline (everyone's queue starts with what is due first, loads differ by one at most), the
// capacity per agent respected with the rest left unassigned, closed tickets dropped, a second split adding only
// what is new, two desks splitting at once never assigning one ticket twice, and every split in the team audit.
#include "pgserver.h"
#include "team/assignments.h"
#include "team/claims.h"
#include "team/teamaudit.h"
#include "team/teamdatabase.h"
#include "testmain.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace anxin;
using anxin::test::PgServer;

namespace {

QList<team::QueuedTicket> tickets(const QString &prefix, int n, qint64 firstDeadline)
{
    QList<team::QueuedTicket> out;
    for (int i = 0; i < n; ++i)
        out << team::QueuedTicket{QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0')),
                                  firstDeadline + i * 60};
    // Handed over in no particular order: the split orders by deadline itself.
    std::shuffle(out.begin(), out.end(), *QRandomGenerator::global());
    return out;
}

} // namespace

class TstTeamAssign : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void split_100Over3Agents_byDeadline_balanced();
    void split_capacity_restLeftUnassigned_closedDropped_againOnlyNew();
    void split_twoDesksAtOnce_eachTicketAssignedOnce();
    void agentsOnShift_areTheDesksSeenLately();

private:
    PgServer m_server;
};

void TstTeamAssign::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TstTeamAssign::cleanupTestCase()
{
    m_server.stop();
}

void TstTeamAssign::split_100Over3Agents_byDeadline_balanced()
{
    team::TeamDatabase db;
    QVERIFY(db.open(m_server.url()).ok());
    team::Assignments assignments(db);
    const QStringList agents{QStringLiteral("小王"), QStringLiteral("李娜"), QStringLiteral("老周")};
    const auto report = assignments.split(QStringLiteral("shop-a"), tickets(QStringLiteral("a"), 100, 1'800'000'000),
                                          agents, 50, QStringLiteral("desk-lead"), QStringLiteral("店长"));
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->assigned, 100);
    QCOMPARE(report->unassigned, 0);
    const auto list = assignments.list(QStringLiteral("shop-a"));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 100);
    QHash<QString, QList<int>> ranks; // each agent's tickets as their place in deadline order
    for (int rank = 0; rank < list->size(); ++rank)
        ranks[list->at(rank).agent] << rank;
    QCOMPARE(ranks.size(), 3);
    for (const QString &a : agents) {
        const QList<int> &mine = ranks.value(a);
        QVERIFY2(mine.size() == 33 || mine.size() == 34, qPrintable(a));
        // Dealt in turn by deadline: an agent's i-th ticket is among tickets 3i … 3i+2 of the whole queue.
        for (int i = 0; i < mine.size(); ++i)
            QVERIFY2(mine.at(i) >= 3 * i && mine.at(i) <= 3 * i + 2,
                     qPrintable(QStringLiteral("%1's ticket %2 is at %3").arg(a).arg(i).arg(mine.at(i))));
    }
    // The split is in the team audit, with its numbers.
    const auto audit = team::TeamAudit(db).list(1, 1000);
    QVERIFY(audit.ok() && !audit->isEmpty());
    QCOMPARE(audit->last().action, QStringLiteral("queue.split"));
    QCOMPARE(audit->last().subject, QStringLiteral("shop-a"));
    QCOMPARE(audit->last().agent, QStringLiteral("店长"));
    QVERIFY(audit->last().detailJson.contains(QStringLiteral("\"assigned\":100")));
}

void TstTeamAssign::split_capacity_restLeftUnassigned_closedDropped_againOnlyNew()
{
    team::TeamDatabase db;
    QVERIFY(db.open(m_server.url()).ok());
    team::Assignments assignments(db);
    const QStringList agents{QStringLiteral("小王"), QStringLiteral("李娜"), QStringLiteral("老周")};
    QList<team::QueuedTicket> open = tickets(QStringLiteral("b"), 100, 1'800'000'000);
    auto first = assignments.split(QStringLiteral("shop-b"), open, agents, 20, QStringLiteral("desk-lead"),
                                   QStringLiteral("店长"));
    QVERIFY(first.ok());
    QCOMPARE(first->assigned, 60);
    QCOMPARE(first->unassigned, 40);
    // The 60 assigned are the 60 due first.
    auto list = assignments.list(QStringLiteral("shop-b"));
    QVERIFY(list.ok());
    qint64 latestAssigned = 0;
    for (const team::Assignment &a : list.value())
        latestAssigned = std::max(latestAssigned, a.deadline);
    QCOMPARE(latestAssigned, 1'800'000'000 + 59 * 60);

    // Ten of the assigned are closed (decided); the next split drops them and fills the room they left.
    std::sort(open.begin(), open.end(),
              [](const team::QueuedTicket &x, const team::QueuedTicket &y) { return x.deadline < y.deadline; });
    const QList<team::QueuedTicket> stillOpen = open.mid(10);
    auto second = assignments.split(QStringLiteral("shop-b"), stillOpen, agents, 20, QStringLiteral("desk-lead"),
                                    QStringLiteral("店长"));
    QVERIFY(second.ok());
    QCOMPARE(second->closed, 10);
    QCOMPARE(second->assigned, 10);
    QCOMPARE(second->unassigned, 30);
    list = assignments.list(QStringLiteral("shop-b"));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 60);
    for (const team::Assignment &a : list.value())
        QVERIFY(a.deadline >= 1'800'000'000 + 10 * 60); // the closed ones are gone
    // Splitting again with nothing changed assigns nothing.
    auto third = assignments.split(QStringLiteral("shop-b"), stillOpen, agents, 20, QStringLiteral("desk-lead"),
                                   QStringLiteral("店长"));
    QVERIFY(third.ok());
    QCOMPARE(third->assigned, 0);
    QCOMPARE(third->closed, 0);
}

void TstTeamAssign::split_twoDesksAtOnce_eachTicketAssignedOnce()
{
    const QList<team::QueuedTicket> open = tickets(QStringLiteral("c"), 300, 1'800'000'000);
    std::atomic<int> assigned{0};
    std::atomic<int> failures{0};
    auto desk = [&](const QString &deskId, const QStringList &agents) {
        team::TeamDatabase db;
        if (!db.open(m_server.url())) {
            ++failures;
            return;
        }
        auto r = team::Assignments(db).split(QStringLiteral("shop-c"), open, agents, 1000, deskId, deskId);
        if (!r)
            ++failures;
        else
            assigned += r->assigned;
    };
    std::thread a(desk, QStringLiteral("desk-a"), QStringList{QStringLiteral("小王"), QStringLiteral("李娜")});
    std::thread b(desk, QStringLiteral("desk-b"), QStringList{QStringLiteral("老周"), QStringLiteral("阿梅")});
    a.join();
    b.join();
    QCOMPARE(failures.load(), 0);
    team::TeamDatabase db;
    QVERIFY(db.open(m_server.url()).ok());
    const auto list = team::Assignments(db).list(QStringLiteral("shop-c"));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 300); // the primary key: one agent per ticket
    QCOMPARE(assigned.load(), 300);
}

void TstTeamAssign::agentsOnShift_areTheDesksSeenLately()
{
    team::TeamDatabase db;
    QVERIFY(db.open(m_server.url()).ok());
    team::Claims claims(db);
    QVERIFY(claims.heartbeat(QStringLiteral("desk-1"), QStringLiteral("小王"), 60).ok());
    QVERIFY(claims.heartbeat(QStringLiteral("desk-2"), QStringLiteral("李娜"), 60).ok());
    auto on = team::Assignments(db).agentsOnShift(60);
    QVERIFY(on.ok());
    QVERIFY(on->contains(QStringLiteral("小王")));
    QVERIFY(on->contains(QStringLiteral("李娜")));
    QTest::qWait(1200);
    QVERIFY(claims.heartbeat(QStringLiteral("desk-2"), QStringLiteral("李娜"), 60).ok());
    on = team::Assignments(db).agentsOnShift(1);
    QVERIFY(on.ok());
    QCOMPARE(on.value(), QStringList{QStringLiteral("李娜")});
}

ANXIN_TEST_GUILESS_MAIN(TstTeamAssign)
#include "tst_team_assign.moc"

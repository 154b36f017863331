// Team mode's ground (issue #34, step 1): a real PostgreSQL server started for the test in a temporary directory
// (as the unprivileged postgres account when run as root), reached through Qt's QPSQL driver over loopback. What
// the team features build on works here: transactions, LISTEN/NOTIFY between two connections, and a server killed
// like a crashed host and started again keeps what was committed.
#include "pgserver.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using anxin::test::PgServer;

class TstTeamPgServer : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void server_startsConnectsCommitsNotifiesAndSurvivesAKill();

private:
    QSqlDatabase connect(const PgServer &server, const QString &name);
};

void TstTeamPgServer::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase TstTeamPgServer::connect(const PgServer &server, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host());
    db.setPort(server.port());
    db.setUserName(server.user());
    db.setDatabaseName(server.database());
    db.open();
    return db;
}

void TstTeamPgServer::server_startsConnectsCommitsNotifiesAndSurvivesAKill()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's QPSQL driver is missing: run scripts/setup-deps (libqt6sql6-psql)");
    PgServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QVERIFY(server.url().startsWith(QStringLiteral("postgresql://anxin@127.0.0.1:")));
    {
        QSqlDatabase a = connect(server, QStringLiteral("a"));
        QVERIFY2(a.isOpen(), qPrintable(a.lastError().text()));
        QSqlQuery q(a);
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE claims (aftersale_id text PRIMARY KEY, agent text NOT NULL)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(a.transaction());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO claims VALUES ('7300000000000001486', '小王')")));
        QVERIFY(a.commit());

        // LISTEN on one connection, NOTIFY from another: what live presence will ride on.
        QSqlDatabase b = connect(server, QStringLiteral("b"));
        QVERIFY2(b.isOpen(), qPrintable(b.lastError().text()));
        QVERIFY(a.driver()->subscribeToNotification(QStringLiteral("team")));
        QSignalSpy heard(a.driver(), &QSqlDriver::notification);
        QSqlQuery n(b);
        QVERIFY2(n.exec(QStringLiteral("NOTIFY team, 'claimed 7300000000000001486'")),
                 qPrintable(n.lastError().text()));
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 10000);
        QCOMPARE(heard.first().at(0).toString(), QStringLiteral("team"));
        QCOMPARE(heard.first().at(2).toString(), QStringLiteral("claimed 7300000000000001486"));
        a.close();
        b.close();
    }

    // Killed like a crashed host: connections fail; started again, the committed row is there.
    QVERIFY2(server.stop(true), qPrintable(server.error()));
    {
        QSqlDatabase gone = connect(server, QStringLiteral("gone"));
        QVERIFY(!gone.isOpen());
    }
    QVERIFY2(server.restart(), qPrintable(server.error()));
    QSqlDatabase again = connect(server, QStringLiteral("again"));
    QVERIFY2(again.isOpen(), qPrintable(again.lastError().text()));
    QSqlQuery q(again);
    QVERIFY(q.exec(QStringLiteral("SELECT agent FROM claims WHERE aftersale_id = '7300000000000001486'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("小王"));
    again.close();
    QVERIFY2(server.stop(), qPrintable(server.error()));
}

ANXIN_TEST_GUILESS_MAIN(TstTeamPgServer)
#include "tst_team_pgserver.moc"

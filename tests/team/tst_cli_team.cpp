// anxin-cli team (issue #34, step 6) against a real PostgreSQL server: two desk profiles connect to one team
// database; a ticket one desk is on is refused to the other (exit 4, naming who has it) until released; `team status
// --json` says who is on which ticket; the password is never written to the profile.
#include "pgserver.h"
#include "testmain.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace anxin;

class TstCliTeam : public QObject
{
    Q_OBJECT
private slots:
    void team_twoDesks_claimRefusedToTheOtherUntilReleased();

private:
    test::CliRun cli(const QString &desk, const QStringList &args)
    {
        return test::runCli(m_work.filePath(desk), args, QProcessEnvironment::systemEnvironment());
    }
    QTemporaryDir m_work;
};

void TstCliTeam::team_twoDesks_claimRefusedToTheOtherUntilReleased()
{
    test::PgServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    // Not connected yet: a clear usage error.
    QCOMPARE(cli(QStringLiteral("desk-a"), {QStringLiteral("team"), QStringLiteral("status")}).exitCode, 2);
    QString withPassword = server.url();
    withPassword.replace(QStringLiteral("anxin@"), QStringLiteral("anxin:s3cret-pw@")); // trust auth ignores it
    for (const QString desk : {QStringLiteral("desk-a"), QStringLiteral("desk-b")}) {
        const auto r =
            cli(desk, {QStringLiteral("--json"), QStringLiteral("team"), QStringLiteral("connect"), withPassword});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.json().value(QLatin1String("desk_id")).toString().isEmpty());
        QFile settings(m_work.filePath(desk) + QStringLiteral("/settings.ini"));
        if (settings.open(QIODevice::ReadOnly))
            QVERIFY(!settings.readAll().contains("s3cret-pw"));
    }
    const QString ticket = QStringLiteral("7300000000000001486");
    auto a = cli(QStringLiteral("desk-a"), {QStringLiteral("team"), QStringLiteral("claim"), ticket,
                                            QStringLiteral("--actor"), QStringLiteral("小王")});
    QVERIFY2(a.exitCode == 0, a.err.right(400).constData());
    auto b = cli(QStringLiteral("desk-b"), {QStringLiteral("--json"), QStringLiteral("team"), QStringLiteral("claim"),
                                            ticket, QStringLiteral("--actor"), QStringLiteral("李娜")});
    QCOMPARE(b.exitCode, 4);
    QVERIFY2(b.err.contains("team.claimed") && b.err.contains("小王"), b.err.constData());
    const auto status =
        cli(QStringLiteral("desk-b"), {QStringLiteral("--json"), QStringLiteral("team"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 0);
    const QJsonArray claims = status.json().value(QLatin1String("claims")).toArray();
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.first().toObject().value(QLatin1String("agent")).toString(), QStringLiteral("小王"));
    QCOMPARE(claims.first().toObject().value(QLatin1String("aftersale_id")).toString(), ticket);
    // B cannot release A's claim; A can, and then B gets it.
    QCOMPARE(cli(QStringLiteral("desk-b"), {QStringLiteral("team"), QStringLiteral("release"), ticket}).exitCode, 0);
    QCOMPARE(cli(QStringLiteral("desk-b"), {QStringLiteral("team"), QStringLiteral("claim"), ticket}).exitCode, 4);
    QCOMPARE(cli(QStringLiteral("desk-a"), {QStringLiteral("team"), QStringLiteral("release"), ticket}).exitCode, 0);
    b = cli(QStringLiteral("desk-b"), {QStringLiteral("team"), QStringLiteral("claim"), ticket,
                                       QStringLiteral("--actor"), QStringLiteral("李娜")});
    QVERIFY2(b.exitCode == 0, b.err.constData());
    // The team database gone: exit 3 (network), not a hang.
    QVERIFY(server.stop(true));
    const auto down = cli(QStringLiteral("desk-a"), {QStringLiteral("team"), QStringLiteral("status")});
    QCOMPARE(down.exitCode, 3);
}

ANXIN_TEST_GUILESS_MAIN(TstCliTeam)
#include "tst_cli_team.moc"

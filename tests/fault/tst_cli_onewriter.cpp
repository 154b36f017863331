// One writer per profile (issue #27, step 3), with two real processes: Anxin Desk running on a profile (it syncs
// and sends the decisions queued by anxin-cli), and anxin-cli beside it. A writing command (sync, decide) waits a
// moment, then exits 7 naming the desk, and touches nothing; a reading one (status) runs alongside. Once the desk
// is closed, anxin-cli syncs: nothing was marked unknown, nothing applied twice.
#include "testmain.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace anxin;

namespace {

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANXIN_SECRET_STORE"), QStringLiteral("file"));
    env.insert(QStringLiteral("ANXIN_APP_SECRET"), QStringLiteral("demo-secret-0123456789"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ANXIN_LOCK_WAIT_MS"), QStringLiteral("1500"));
    env.remove(QStringLiteral("ANXIN_NOW"));
    return env;
}

using test::readFile;

} // namespace

class TstCliOneWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void deskRunning_cliWritersRefusedReadersRun_nothingUnknownNothingTwice();

private:
    test::CliRun cli(const QStringList &args) { return test::runCli(m_profile, args, environment()); }
    QJsonObject control(const QByteArray &verb, const QString &path)
    {
        return test::sandboxControl(m_base, verb, path);
    }
    QStringList outboxStates();

    QTemporaryDir m_work;
    QString m_profile;
    QProcess m_sandbox;
    QString m_base;
};

void TstCliOneWriter::initTestCase()
{
    m_profile = m_work.filePath(QStringLiteral("profile"));
    m_base = test::startSandbox(
        m_sandbox, m_work.path(),
        {QStringLiteral("--seed"), QStringLiteral("41"), QStringLiteral("--tickets"), QStringLiteral("300")});
    QVERIFY(!m_base.isEmpty());
}

void TstCliOneWriter::cleanupTestCase()
{
    test::stopSandbox(m_sandbox);
}

// The state of every outbox entry, read-only beside whoever writes.
QStringList TstCliOneWriter::outboxStates()
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_profile + QStringLiteral("/anxin.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT state FROM outbox ORDER BY id"));
            while (q.next())
                out << q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return out;
}

void TstCliOneWriter::deskRunning_cliWritersRefusedReadersRun_nothingUnknownNothingTwice()
{
    const test::CliRun connect =
        cli({QStringLiteral("connect"), QStringLiteral("--gateway"), m_base, QStringLiteral("--app-key"),
             QStringLiteral("7000000000000000001"), QStringLiteral("--shop-id"), QStringLiteral("1234567")});
    QVERIFY2(connect.exitCode == 0, connect.err.constData());
    const test::CliRun first = cli({QStringLiteral("sync")});
    QVERIFY2(first.exitCode == 0 || first.exitCode == 6, first.err.constData());

    QStringList ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pick"));
        db.setDatabaseName(m_profile + QStringLiteral("/anxin.db"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT aftersale_id FROM tickets WHERE aftersale_status = 6 AND final_time = 0 "
                                      "AND aftersale_type IN (1, 2, 6) AND status_deadline > strftime('%s','now') + "
                                      "21600 ORDER BY aftersale_id LIMIT 4")));
        while (q.next())
            ids << q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pick"));
    QCOMPARE(ids.size(), 4);
    for (const QString &id : ids.mid(0, 3)) {
        const test::CliRun d = cli({QStringLiteral("decide"), id, QStringLiteral("--approve")});
        QVERIFY2(d.exitCode == 0, d.err.constData());
    }
    QCOMPARE(outboxStates(), QStringList(3, QStringLiteral("pending")));
    const qint64 appliedBefore =
        control("GET", QStringLiteral("/__sandbox/counters")).value(QLatin1String("operate_items_applied")).toInteger();

    // The desk opens the profile, syncs and sends the three decisions.
    QProcess desk;
    desk.setProcessEnvironment(environment());
    desk.setStandardOutputFile(m_work.filePath(QStringLiteral("desk.log")));
    desk.setStandardErrorFile(m_work.filePath(QStringLiteral("desk.log")), QIODevice::Append);
    desk.start(test::binaryPath(QStringLiteral("anxin-desk")), {QStringLiteral("--profile"), m_profile});
    QVERIFY(desk.waitForStarted());
    const QString holderFile = m_profile + QStringLiteral("/anxin-desk.lock.holder");
    QTRY_VERIFY_WITH_TIMEOUT(readFile(holderFile).contains("Anxin Desk"), 30000);

    // Beside it: a writing command waits, then exits 7 naming the desk, having changed nothing.
    const test::CliRun sync = cli({QStringLiteral("sync")});
    QCOMPARE(sync.exitCode, 7);
    QVERIFY2(sync.err.contains("Anxin Desk") && sync.err.contains("try again"), sync.err.constData());
    QVERIFY2(sync.ms >= 1400, qPrintable(QString::number(sync.ms)));
    const test::CliRun decide = cli({QStringLiteral("decide"), ids.at(3), QStringLiteral("--approve")});
    QCOMPARE(decide.exitCode, 7);
    // A reading command runs alongside.
    const test::CliRun status = cli({QStringLiteral("--json"), QStringLiteral("status")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QVERIFY(!QJsonDocument::fromJson(status.out).object().isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(outboxStates() == QStringList(3, QStringLiteral("done")), 90000);
    desk.terminate();
    QVERIFY(desk.waitForFinished(20000));

    // The desk is gone: anxin-cli writes again; nothing unknown, nothing sent twice, the refused decide never queued.
    const test::CliRun after = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QVERIFY2(after.exitCode == 0 || after.exitCode == 6, after.err.constData());
    QCOMPARE(QJsonDocument::fromJson(after.out).object().value(QLatin1String("decisions_done")).toInt(), 0);
    QCOMPARE(outboxStates(), QStringList(3, QStringLiteral("done")));
    const qint64 appliedAfter =
        control("GET", QStringLiteral("/__sandbox/counters")).value(QLatin1String("operate_items_applied")).toInteger();
    QCOMPARE(appliedAfter - appliedBefore, qint64(3));
}

ANXIN_TEST_GUILESS_MAIN(TstCliOneWriter)
#include "tst_cli_onewriter.moc"

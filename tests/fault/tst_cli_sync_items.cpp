// anxin-cli sync against the anxin-sandbox process with every item fault of issue #25 switched on: evidence on
// a host that never answers, two deleted products, an unknown tracking number, one decision refused inside a
// batch and a partial answer without per-item results. The sync completes, exits 6 "completed with N items
// refused", `status` lists them; a second sync neither stalls nor repeats what succeeded.
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

using Run = test::CliRun;

class TstCliSyncItems : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sync_everyItemFault_completesReportsRefusalsAndResumes();

private:
    Run cli(const QStringList &args);
    QJsonObject control(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return test::sandboxControl(m_base, verb, path, body);
    }

    QTemporaryDir m_work;
    QProcess m_sandbox;
    QString m_base;
};

void TstCliSyncItems::initTestCase()
{
    m_base = test::startSandbox(
        m_sandbox, m_work.path(),
        {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--tickets"), QStringLiteral("300")});
    QVERIFY(!m_base.isEmpty());
}

void TstCliSyncItems::cleanupTestCase()
{
    test::stopSandbox(m_sandbox);
}

Run TstCliSyncItems::cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANXIN_SECRET_STORE"), QStringLiteral("file"));
    env.insert(QStringLiteral("ANXIN_APP_SECRET"), QStringLiteral("demo-secret-0123456789"));
    return test::runCli(m_work.filePath(QStringLiteral("profile")), args, env);
}

void TstCliSyncItems::sync_everyItemFault_completesReportsRefusalsAndResumes()
{
    const Run connect =
        cli({QStringLiteral("connect"), QStringLiteral("--gateway"), m_base, QStringLiteral("--app-key"),
             QStringLiteral("7000000000000000001"), QStringLiteral("--shop-id"), QStringLiteral("1234567")});
    QVERIFY2(connect.exitCode == 0, connect.err.constData());

    const QList<QJsonObject> faults{
        {{QStringLiteral("kind"), QStringLiteral("image_host")}, {QStringLiteral("host"), QStringLiteral("silent")}},
        {{QStringLiteral("kind"), QStringLiteral("deleted_product")}, {QStringLiteral("count"), 2}},
        {{QStringLiteral("kind"), QStringLiteral("unknown_tracking")}, {QStringLiteral("count"), 1}},
        {{QStringLiteral("kind"), QStringLiteral("refuse_item")}, {QStringLiteral("count"), 1}},
        {{QStringLiteral("kind"), QStringLiteral("operate_no_items")}, {QStringLiteral("count"), 1}},
    };
    for (const QJsonObject &f : faults)
        QVERIFY2(control("POST", QStringLiteral("/__sandbox/faults"), f).value(QLatin1String("ok")).toBool(),
                 qPrintable(f.value(QLatin1String("kind")).toString()));

    const Run first = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QVERIFY2(first.exitCode == 6, qPrintable(QStringLiteral("exit %1: %2 %3")
                                                 .arg(first.exitCode)
                                                 .arg(QString::fromUtf8(first.out), QString::fromUtf8(first.err))));
    const QJsonObject r1 = first.json();
    QVERIFY(r1.value(QLatin1String("ok")).toBool());
    QCOMPARE(r1.value(QLatin1String("items_refused")).toInt(), 3);
    QVERIFY(r1.value(QLatin1String("images_failed")).toInt() > 0);
    QCOMPARE(r1.value(QLatin1String("images")).toInt(), 0);
    QVERIFY(r1.value(QLatin1String("details")).toInt() > 0);
    qInfo("first sync: %lld ms, %d images not downloaded", first.ms, r1.value(QLatin1String("images_failed")).toInt());

    const Run status = cli({QStringLiteral("--json"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 0);
    int products = 0, routes = 0, images = 0;
    for (const QJsonValue &v : status.json().value(QLatin1String("item_failures")).toArray()) {
        const QString kind = v.toObject().value(QLatin1String("kind")).toString();
        products += kind == QLatin1String("product");
        routes += kind == QLatin1String("route");
        images += kind == QLatin1String("image");
    }
    QCOMPARE(products, 2);
    QCOMPARE(routes, 1);
    QCOMPARE(images, r1.value(QLatin1String("images_failed")).toInt());
    const Run text = cli({QStringLiteral("status")});
    QVERIFY2(text.out.contains("not fetched"), text.out.constData());

    // Three approvals in one batch: the platform refuses the middle one, then answers the batch of the other two
    // with 10001 and no per-item results. All three settle; the sync still completes.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    db.setDatabaseName(m_work.filePath(QStringLiteral("profile")) + QStringLiteral("/anxin.db"));
    QStringList ids;
    {
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT aftersale_id FROM tickets WHERE aftersale_status = 6 AND final_time = 0 "
                                      "AND aftersale_type IN (1, 2, 6) AND status_deadline > strftime('%s','now') + "
                                      "21600 ORDER BY aftersale_id LIMIT 3")));
        while (q.next())
            ids << q.value(0).toString();
    }
    QCOMPARE(ids.size(), 3);
    for (const QString &id : ids) {
        const Run d = cli({QStringLiteral("decide"), id, QStringLiteral("--approve")});
        QVERIFY2(d.exitCode == 0, d.err.constData());
    }

    // The second sync: no stall on the dead host (its images wait out their back-off), nothing repeated.
    const QJsonObject before = control("GET", QStringLiteral("/__sandbox/counters"));
    const Run second = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    const QJsonObject r2 = second.json();
    QVERIFY2(second.exitCode == 0 || second.exitCode == 6, second.err.constData());
    QVERIFY(r2.value(QLatin1String("ok")).toBool());
    QCOMPARE(r2.value(QLatin1String("items_refused")).toInt(), 0); // the refused wait out their back-off
    QCOMPARE(r2.value(QLatin1String("images_failed")).toInt(), 0);
    QCOMPARE(r2.value(QLatin1String("decisions_done")).toInt() + r2.value(QLatin1String("decisions_failed")).toInt(),
             3);
    QVERIFY(r2.value(QLatin1String("decisions_failed")).toInt() >= 1); // the refused approval stands refused
    QVERIFY2(second.ms < first.ms + 10000,
             qPrintable(QStringLiteral("%1 ms after %2 ms").arg(second.ms).arg(first.ms)));
    const QJsonObject after = control("GET", QStringLiteral("/__sandbox/counters"));
    const auto calls = [](const QJsonObject &c, const char *m) {
        return c.value(QLatin1String("calls")).toObject().value(QLatin1String(m)).toInt();
    };
    QCOMPARE(calls(after, "product.detail") - calls(before, "product.detail"), 0);
    QCOMPARE(after.value(QLatin1String("operate_items_applied")).toInteger() -
                 before.value(QLatin1String("operate_items_applied")).toInteger(),
             qint64(r2.value(QLatin1String("decisions_done")).toInt()));

    {
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight', 'unknown')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    db.close();
}

} // namespace

ANXIN_TEST_GUILESS_MAIN(TstCliSyncItems)
#include "tst_cli_sync_items.moc"

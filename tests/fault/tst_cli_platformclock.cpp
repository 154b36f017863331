// anxin-cli follows the platform's clock (issue #26, step 1): with anxin-sandbox running two hours ahead of this
// computer, `anxin-cli shipping --json` counts every order's seconds_left on the platform's clock (learned by
// `sync`, kept in the profile), so an order two hours overdue never shows "2 h left". And (step 4) an order the
// platform sends without a promised ship time is held to the rules' default, labelled as estimated.
#include "testmain.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace anxin;

class TstCliPlatformClock : public QObject
{
    Q_OBJECT
private slots:
    void shipping_platformTwoHoursAhead_secondsLeftOnThePlatformClock();
    void shipping_orderWithoutPromise_estimatedFromPayment();
};

namespace {

using Run = test::CliRun;

Run cli(const QString &profile, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANXIN_SECRET_STORE"), QStringLiteral("file"));
    env.insert(QStringLiteral("ANXIN_APP_SECRET"), QStringLiteral("demo-secret-0123456789"));
    env.remove(QStringLiteral("ANXIN_NOW"));
    return test::runCli(profile, args, env);
}

qint64 sandboxNow(const QString &base)
{
    return test::sandboxControl(base, "GET", QStringLiteral("/__sandbox/clock"))
        .value(QLatin1String("now"))
        .toInteger();
}

} // namespace

void TstCliPlatformClock::shipping_platformTwoHoursAhead_secondsLeftOnThePlatformClock()
{
    constexpr qint64 kAhead = 2 * 3600;
    QTemporaryDir work;
    QProcess sandbox;
    const QString base = test::startSandbox(
        sandbox, work.path(),
        {QStringLiteral("--seed"), QStringLiteral("19"), QStringLiteral("--tickets"), QStringLiteral("300"),
         QStringLiteral("--now"), QString::number(QDateTime::currentSecsSinceEpoch() + kAhead)});
    QVERIFY(!base.isEmpty());
    const QString profile = work.filePath(QStringLiteral("profile"));

    const Run connect =
        cli(profile, {QStringLiteral("connect"), QStringLiteral("--gateway"), base, QStringLiteral("--app-key"),
                      QStringLiteral("7000000000000000001"), QStringLiteral("--shop-id"), QStringLiteral("1234567")});
    QVERIFY2(connect.exitCode == 0, connect.err.constData());
    const Run sync = cli(profile, {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());

    const qint64 before = sandboxNow(base);
    const Run shipping = cli(profile, {QStringLiteral("--json"), QStringLiteral("shipping")});
    const qint64 after = sandboxNow(base);
    QVERIFY2(shipping.exitCode == 0, shipping.err.constData());
    QVERIFY(qAbs(before - QDateTime::currentSecsSinceEpoch() - kAhead) <= 5);
    const QJsonArray orders = QJsonDocument::fromJson(shipping.out).array();
    QVERIFY2(orders.size() > 5, shipping.out.left(300).constData());
    for (const QJsonValue &v : orders) {
        const QJsonObject o = v.toObject();
        const qint64 shipBy = o.value(QLatin1String("exp_ship_time")).toInteger();
        const qint64 left = o.value(QLatin1String("seconds_left")).toInteger();
        // The platform's now when the command ran lies in [before, after] (give or take the Date header's second).
        QVERIFY2(left <= shipBy - before + 2 && left >= shipBy - after - 2,
                 qPrintable(QStringLiteral("order %1: %2 s left, the platform says %3")
                                .arg(o.value(QLatin1String("shop_order_id")).toString())
                                .arg(left)
                                .arg(shipBy - before)));
    }
    QVERIFY(test::stopSandbox(sandbox));
}

void TstCliPlatformClock::shipping_orderWithoutPromise_estimatedFromPayment()
{
    QTemporaryDir work;
    QProcess sandbox;
    const QString base = test::startSandbox(
        sandbox, work.path(),
        {QStringLiteral("--seed"), QStringLiteral("23"), QStringLiteral("--tickets"), QStringLiteral("300")});
    QVERIFY(!base.isEmpty());
    const QString profile = work.filePath(QStringLiteral("profile"));
    const QJsonObject fault{{QStringLiteral("kind"), QStringLiteral("no_promise")}, {QStringLiteral("count"), 3}};
    QVERIFY(test::sandboxControl(base, "POST", QStringLiteral("/__sandbox/faults"), fault)
                .value(QLatin1String("ok"))
                .toBool());

    const Run connect =
        cli(profile, {QStringLiteral("connect"), QStringLiteral("--gateway"), base, QStringLiteral("--app-key"),
                      QStringLiteral("7000000000000000001"), QStringLiteral("--shop-id"), QStringLiteral("1234567")});
    QVERIFY2(connect.exitCode == 0, connect.err.constData());
    const Run sync = cli(profile, {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QStringList withheld;
    for (const QJsonValue &f : test::sandboxControl(base, "GET", QStringLiteral("/__sandbox/faults"))
                                   .value(QLatin1String("faults"))
                                   .toArray()) {
        if (f.toObject().value(QLatin1String("kind")).toString() == QLatin1String("no_promise"))
            for (const QJsonValue &id : f.toObject().value(QLatin1String("orders")).toArray())
                withheld << id.toString();
    }
    QCOMPARE(withheld.size(), 3);

    const qint64 now = sandboxNow(base);
    const Run shipping = cli(profile, {QStringLiteral("--json"), QStringLiteral("shipping")});
    QVERIFY2(shipping.exitCode == 0, shipping.err.constData());
    QStringList estimated;
    for (const QJsonValue &v : QJsonDocument::fromJson(shipping.out).array()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("shop_order_id")).toString();
        const qint64 shipBy = o.value(QLatin1String("exp_ship_time")).toInteger();
        const qint64 payTime = o.value(QLatin1String("pay_time")).toInteger();
        QVERIFY2(shipBy > now - 90 * 86400, qPrintable(id)); // nothing held to 1970
        if (!o.value(QLatin1String("promise_estimated")).toBool())
            continue;
        estimated << id;
        const qint64 rule = o.value(QLatin1String("presale")).toBool() ? 45 * 86400 : 48 * 3600;
        QCOMPARE(shipBy, payTime + rule);
        QVERIFY(qAbs(o.value(QLatin1String("seconds_left")).toInteger() - (shipBy - now)) <= 5);
    }
    estimated.sort();
    withheld.sort();
    QCOMPARE(estimated, withheld);
    const Run text = cli(profile, {QStringLiteral("shipping")});
    QCOMPARE(text.out.count("estimated-promise"), 3);

    QVERIFY(test::stopSandbox(sandbox));
}

ANXIN_TEST_GUILESS_MAIN(TstCliPlatformClock)
#include "tst_cli_platformclock.moc"

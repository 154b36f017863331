// The deterministic generator: same seed → same bytes; scale to 1 000 000 tickets; live arrivals.
#include "sandbox/generator.h"
#include "sandbox/sandboxstate.h"
#include "sandboxharness.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace anxin::test;

class TstSandboxGenerator : public QObject
{
    Q_OBJECT

private slots:
    void reset_sameSeed_identicalListAndDetailBytes();
    void reset_otherSeed_differentData();
    void generate_sameOptions_identicalWorld();
    void generate_manyShops_eachHasItsCredentialsAndData();
    void generate_oneMillionTickets_fastAndServable();
    void live_tick_addsOpenTicketsAndOrders();
};

namespace {

constexpr qint64 kNow = 1750000000;

QList<QByteArray> snapshot(SandboxHarness &h, quint64 seed)
{
    const Answer r = h.control("POST", QStringLiteral("/__sandbox/reset"),
                               {{QStringLiteral("seed"), qint64(seed)},
                                {QStringLiteral("tickets"), 500},
                                {QStringLiteral("now"), kNow},
                                {QStringLiteral("freeze"), true}});
    if (r.httpStatus != 200)
        qWarning("reset failed: %s", r.body.constData());
    h.forgetToken();
    QList<QByteArray> out;
    out << h.callAuthed("afterSale.List", R"({"order_by":["status_deadline asc"],"page":1,"size":50})").body;
    out << h.callAuthed("afterSale.Detail", R"({"after_sale_id":"7300000000000000031","need_operation_record":true})")
               .body;
    out << h.callAuthed("order.searchList",
                        "{\"create_time_start\":" + QByteArray::number(kNow - 86400 * 30) + ",\"size\":20}")
               .body;
    return out;
}

} // namespace

void TstSandboxGenerator::reset_sameSeed_identicalListAndDetailBytes()
{
    SandboxHarness h({}, kNow);
    const QList<QByteArray> a = snapshot(h, 42);
    const QList<QByteArray> b = snapshot(h, 42);
    QCOMPARE(a.size(), 3);
    for (int i = 0; i < a.size(); ++i) {
        QVERIFY(a[i].contains("\"code\":10000"));
        QCOMPARE(a[i], b[i]);
    }
}

void TstSandboxGenerator::reset_otherSeed_differentData()
{
    SandboxHarness h({}, kNow);
    const QList<QByteArray> a = snapshot(h, 42);
    const QList<QByteArray> c = snapshot(h, 43);
    QVERIFY(a[0] != c[0]);
}

void TstSandboxGenerator::generate_sameOptions_identicalWorld()
{
    anxin::sandbox::SandboxOptions o;
    o.seed = 7;
    o.shops = 3;
    o.tickets = 3000;
    const anxin::sandbox::World a = anxin::sandbox::Generator::generate(o, kNow);
    const anxin::sandbox::World b = anxin::sandbox::Generator::generate(o, kNow);
    QCOMPARE(a.tickets.size(), size_t(3000));
    QCOMPARE(a.tickets.size(), b.tickets.size());
    QCOMPARE(a.orders.size(), b.orders.size());
    QVERIFY(std::memcmp(a.tickets.data(), b.tickets.data(), a.tickets.size() * sizeof(anxin::sandbox::Ticket)) == 0);
    for (size_t i = 0; i < a.orders.size(); ++i)
        QVERIFY(a.orders[i].id == b.orders[i].id && a.orders[i].payTime == b.orders[i].payTime);
}

void TstSandboxGenerator::generate_manyShops_eachHasItsCredentialsAndData()
{
    anxin::sandbox::SandboxOptions o;
    o.shops = 3;
    o.tickets = 300;
    SandboxHarness h(o, kNow);
    const QJsonArray shops =
        h.control("GET", QStringLiteral("/__sandbox/shops")).json.value(QLatin1String("shops")).toArray();
    QCOMPARE(shops.size(), 3);
    QCOMPARE(shops.at(1).toObject().value(QLatin1String("app_key")).toString(), QStringLiteral("7000000000000000002"));
    QCOMPARE(shops.at(1).toObject().value(QLatin1String("shop_id")).toString(), QStringLiteral("1234568"));
    CallOptions c;
    c.appKey = shops.at(1).toObject().value(QLatin1String("app_key")).toString().toLatin1();
    c.secret = shops.at(1).toObject().value(QLatin1String("app_secret")).toString().toLatin1();
    const Answer t =
        h.call("token.create", R"({"code":"","grant_type":"authorization_self","shop_id":"1234568"})", {}, c);
    QCOMPARE(t.code(), 10000);
    const QByteArray token = t.data().value(QLatin1String("access_token")).toString().toLatin1();
    const Answer l = h.call("afterSale.List", R"({"size":5})", token, c);
    QCOMPARE(l.code(), 10000);
    QCOMPARE(l.data().value(QLatin1String("total")).toInteger(), 100);
    // A token of shop 2 is not valid for shop 1's app key.
    QCOMPARE(h.call("afterSale.List", R"({"size":5})", h.accessToken(), c).code(), 40003);
}

void TstSandboxGenerator::generate_oneMillionTickets_fastAndServable()
{
    SandboxHarness h({}, kNow);
    QElapsedTimer timer;
    timer.start();
    const Answer r = h.control("POST", QStringLiteral("/__sandbox/reset"),
                               {{QStringLiteral("tickets"), 1000000}, {QStringLiteral("shops"), 2}});
    const qint64 ms = timer.elapsed();
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.json.value(QLatin1String("tickets")).toInteger(), 1000000);
    qInfo("generated 1 000 000 tickets and %lld orders in %lld ms", r.json.value(QLatin1String("orders")).toInteger(),
          ms);
    QVERIFY2(ms < 8000, qPrintable(QString::number(ms)));
    h.forgetToken();
    timer.restart();
    const Answer page = h.callAuthed(
        "afterSale.List", R"({"order_by":["status_deadline asc"],"size":100,"standard_aftersale_status":[6]})");
    QCOMPARE(page.code(), 10000);
    QCOMPARE(page.data().value(QLatin1String("items")).toArray().size(), 100);
    QCOMPARE(
        h.callAuthed("afterSale.List", R"({"page":400,"size":100})").data().value(QLatin1String("total")).toInteger(),
        500000);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TstSandboxGenerator::live_tick_addsOpenTicketsAndOrders()
{
    SandboxHarness h({}, kNow);
    const qsizetype tickets = qsizetype(h.state().world().tickets.size());
    const qsizetype orders = qsizetype(h.state().world().orders.size());
    const QByteArray since = QByteArray::number(h.now());
    const Answer a = h.control("POST", QStringLiteral("/__sandbox/live/tick"), {{QStringLiteral("count"), 30}});
    QCOMPARE(a.httpStatus, 200);
    const qsizetype newTickets = qsizetype(h.state().world().tickets.size()) - tickets;
    QVERIFY(newTickets > 0);
    QCOMPARE(qsizetype(h.state().world().orders.size()) - orders, 30);
    const Answer l = h.callAuthed("afterSale.List",
                                  R"({"order_by":["update_time asc"],"size":100,"update_start_time":)" + since + "}");
    QCOMPARE(l.data().value(QLatin1String("total")).toInteger(), newTickets);
    for (const QJsonValue &v : l.data().value(QLatin1String("items")).toArray()) {
        const QJsonObject i = v.toObject().value(QLatin1String("aftersale_info")).toObject();
        QCOMPARE(i.value(QLatin1String("aftersale_status")).toInt(), 6);
        QVERIFY(i.value(QLatin1String("status_deadline")).toInteger() > h.now());
        // New ids are findable by Detail.
        QCOMPARE(
            h.callAuthed("afterSale.Detail",
                         "{\"after_sale_id\":\"" + i.value(QLatin1String("aftersale_id")).toString().toLatin1() + "\"}")
                .code(),
            10000);
    }
}

ANXIN_TEST_GUILESS_MAIN(TstSandboxGenerator)
#include "tst_sandbox_generator.moc"

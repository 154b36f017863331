// The Shipping board's store queries over a real SQLite file with a fixed "now", and anxin-cli shipping's JSON
// contract (ANXIN_NOW) over the same kind of cache.
#include "core/shipping.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/orderrepository.h"
#include "store/shippingrepository.h"
#include "store/syncqueuerepository.h"
#include "store/ticketrepository.h"
#include "sync/mapping.h"
#include "tempdb.h"
#include "testmain.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace anxin;
using namespace anxin::store;
using anxin::test::TempDb;

namespace {

constexpr qint64 kNow = 1763700000;
constexpr qint64 kH = 3600;
constexpr qint64 kDay = 86400;

OrderRecord awaiting(const QString &id, qint64 expShip, const QString &shop = QStringLiteral("s1"))
{
    OrderRecord o;
    o.orderId = id;
    o.shopId = shop;
    o.orderStatus = 2;
    o.payTime = expShip - 48 * kH;
    o.updateTime = o.payTime;
    o.expShipTime = expShip;
    o.payAmount = 1990;
    o.lines = {OrderLineRecord{id, id + QStringLiteral("-1"), QStringLiteral("p1"), QStringLiteral("新鲜榴莲 ") + id,
                               20, 1, 1990, expShip, 0, 0}};
    return o;
}

OrderRecord shipped(const QString &id, qint64 shipTime)
{
    OrderRecord o = awaiting(id, shipTime + 20 * kH);
    o.orderStatus = 3;
    o.shipTime = shipTime;
    o.updateTime = shipTime;
    o.trackingNo = QStringLiteral("SF") + id;
    o.companyCode = QStringLiteral("shunfeng");
    o.companyName = QStringLiteral("顺丰");
    return o;
}

} // namespace

class TstShippingRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void page_bandEdges_matchCoreBands();
    void bandFilter_edges_selectExactlyTheirRows();
    void pickupOverdue_exactly24h_withScan_notChecked();
    void presale_usesPromisedDate_andFilter();
    void filters_shopAndSearch();
    void sort_whitelistAndDirections();
    void queryPlan_usesBoardIndex();
    void routes_saveAndRead_recordPickup();
    void routeDue_signedBeforeItsPickupWasRead_readOnceMore();
    void forecastInputs_queueAndPace();
    void cli_shippingJson_contract();
    void noPromise_rulesDefaultStoredAndMarked();
    void refundBeforeShipping_countedPerOrder_andInTheCli();
    void noPromise_migrationEstimatesCachedOrders();

private:
    ShippingFilter filter() const
    {
        ShippingFilter f;
        f.now = kNow;
        f.pickupWindowSecs = 24 * kH;
        return f;
    }
    QStringList ids(const ShippingFilter &f, const ShippingSort &s = {}) const
    {
        QStringList out;
        const auto rows = ShippingRepository(*m_db).page(f, s, 0, 1000);
        if (!rows) {
            qWarning() << "page failed:" << rows.error().message;
            return {QStringLiteral("<error>")};
        }
        for (const auto &r : rows.value())
            out << r.orderId;
        return out;
    }
    void seedEdges();

    std::unique_ptr<TempDb> m_tmp;
    std::unique_ptr<Database> m_db;
};

void TstShippingRepository::init()
{
    m_tmp = std::make_unique<TempDb>();
    m_db = std::make_unique<Database>();
    ANXIN_VERIFY_OK(m_tmp->open(*m_db));
}

void TstShippingRepository::cleanup()
{
    m_db.reset();
    m_tmp.reset();
}

void TstShippingRepository::seedEdges()
{
    ANXIN_VERIFY_OK(OrderRepository(*m_db).upsertBatch({
        awaiting(QStringLiteral("e-1d"), kNow - kDay),
        awaiting(QStringLiteral("e-1s"), kNow - 1),
        awaiting(QStringLiteral("e0"), kNow),
        awaiting(QStringLiteral("e4h-1"), kNow + 4 * kH - 1),
        awaiting(QStringLiteral("e4h"), kNow + 4 * kH),
        awaiting(QStringLiteral("e12h-1"), kNow + 12 * kH - 1),
        awaiting(QStringLiteral("e12h"), kNow + 12 * kH),
        awaiting(QStringLiteral("e24h-1"), kNow + 24 * kH - 1),
        awaiting(QStringLiteral("e24h"), kNow + 24 * kH),
    }));
}

void TstShippingRepository::page_bandEdges_matchCoreBands()
{
    seedEdges();
    const auto rows = ShippingRepository(*m_db).page(filter(), {}, 0, 100);
    ANXIN_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 9);
    QCOMPARE(rows->first().orderId, QStringLiteral("e-1d")); // soonest promise first
    const QHash<QString, QByteArray> expected{
        {QStringLiteral("e-1d"), "overdue"}, {QStringLiteral("e-1s"), "overdue"}, {QStringLiteral("e0"), "4h"},
        {QStringLiteral("e4h-1"), "4h"},     {QStringLiteral("e4h"), "12h"},      {QStringLiteral("e12h-1"), "12h"},
        {QStringLiteral("e12h"), "24h"},     {QStringLiteral("e24h-1"), "24h"},   {QStringLiteral("e24h"), "later"}};
    for (const auto &r : rows.value())
        QCOMPARE(QByteArray(core::shipBandKey(core::shipBand(r.shipBy - kNow))), expected.value(r.orderId));
    const auto counts = ShippingRepository(*m_db).bandCounts(filter());
    ANXIN_VERIFY_OK(counts);
    QCOMPARE(counts->value(int(core::ShipBand::Overdue)), 2);
    QCOMPARE(counts->value(int(core::ShipBand::Under4h)), 2);
    QCOMPARE(counts->value(int(core::ShipBand::Under12h)), 2);
    QCOMPARE(counts->value(int(core::ShipBand::Under24h)), 2);
    QCOMPARE(counts->value(int(core::ShipBand::Later)), 1);
    QCOMPARE(counts->value(-1), 0);
}

void TstShippingRepository::bandFilter_edges_selectExactlyTheirRows()
{
    seedEdges();
    auto f = filter();
    f.bands = {core::ShipBand::Overdue};
    QCOMPARE(ids(f), (QStringList{QStringLiteral("e-1d"), QStringLiteral("e-1s")}));
    f.bands = {core::ShipBand::Under4h};
    QCOMPARE(ids(f), (QStringList{QStringLiteral("e0"), QStringLiteral("e4h-1")}));
    f.bands = {core::ShipBand::Under12h};
    QCOMPARE(ids(f), (QStringList{QStringLiteral("e4h"), QStringLiteral("e12h-1")}));
    f.bands = {core::ShipBand::Under24h};
    QCOMPARE(ids(f), (QStringList{QStringLiteral("e12h"), QStringLiteral("e24h-1")}));
    f.bands = {core::ShipBand::Later};
    QCOMPARE(ids(f), QStringList{QStringLiteral("e24h")});
    f.bands = {core::ShipBand::Overdue, core::ShipBand::Later};
    QCOMPARE(ShippingRepository(*m_db).count(f).value(), 3);
}

void TstShippingRepository::pickupOverdue_exactly24h_withScan_notChecked()
{
    OrderRecord exact = shipped(QStringLiteral("p-exact"), kNow - 24 * kH);
    OrderRecord late = shipped(QStringLiteral("p-late"), kNow - 24 * kH - 1);
    OrderRecord scanned = shipped(QStringLiteral("p-scan"), kNow - 3 * kDay);
    OrderRecord unchecked = shipped(QStringLiteral("p-unchecked"), kNow - 3 * kDay);
    OrderRecord signedFor = shipped(QStringLiteral("p-signed"), kNow - 3 * kDay);
    signedFor.signTime = kNow - kDay;
    OrderRecord done = shipped(QStringLiteral("p-completed"), kNow - 3 * kDay);
    done.orderStatus = 5;
    ANXIN_VERIFY_OK(OrderRepository(*m_db).upsertBatch({exact, late, scanned, unchecked, signedFor, done}));
    ShippingRepository repo(*m_db);
    for (const QString &id : {QStringLiteral("p-exact"), QStringLiteral("p-late"), QStringLiteral("p-signed"),
                              QStringLiteral("p-completed")})
        ANXIN_VERIFY_OK(repo.saveRoute(id, {}, 0, kNow - 600));
    ANXIN_VERIFY_OK(repo.saveRoute(QStringLiteral("p-scan"),
                                   {RouteNodeRecord{0, kNow - 3 * kDay + 3600, QStringLiteral("快件已揽收"),
                                                    QStringLiteral("1"), QStringLiteral("揽收")}},
                                   kNow - 3 * kDay + 3600, kNow - 600));
    // Only the one past the window, asked and still without a scan.
    QCOMPARE(ids(filter()), QStringList{QStringLiteral("p-late")});
    const auto rows = repo.page(filter(), {}, 0, 10).value();
    const auto &r = rows.first();
    QVERIFY(core::pickupOverdue(r.orderStatus, r.shipTime, r.pickupTime, r.signTime, r.routeCheckedAt, kNow, 24 * kH));
    QCOMPARE(repo.bandCounts(filter()).value().value(-1), 1);
    // One second later the one shipped exactly 24 h ago joins.
    auto f = filter();
    f.now = kNow + 1;
    QCOMPARE(ids(f), (QStringList{QStringLiteral("p-late"), QStringLiteral("p-exact")})); // by promise
    // Pickup filter both ways.
    seedEdges();
    f = filter();
    f.pickupOverdue = true;
    QCOMPARE(ids(f), QStringList{QStringLiteral("p-late")});
    f.pickupOverdue = false;
    QCOMPARE(ShippingRepository(*m_db).count(f).value(), 9);
}

void TstShippingRepository::presale_usesPromisedDate_andFilter()
{
    OrderRecord pre = awaiting(QStringLiteral("pre"), kNow + 2 * kH); // exp_ship_time says "< 4 h"
    pre.presellType = 1;
    pre.appointmentShipTime = kNow + 10 * kDay; // but the presale promise is 10 days out
    OrderRecord stock = awaiting(QStringLiteral("stock"), kNow + 3 * kH);
    stock.appointmentShipTime = kNow + 10 * kDay; // ignored for an in-stock order
    ANXIN_VERIFY_OK(OrderRepository(*m_db).upsertBatch({pre, stock}));
    const auto rows = ShippingRepository(*m_db).page(filter(), {}, 0, 10).value();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).orderId, QStringLiteral("stock"));
    QCOMPARE(rows.at(1).orderId, QStringLiteral("pre"));
    QCOMPARE(rows.at(1).shipBy, core::shipPromise(1, kNow + 2 * kH, kNow + 10 * kDay));
    QCOMPARE(rows.at(1).expShipTime, kNow + 2 * kH);
    auto f = filter();
    f.presale = true;
    QCOMPARE(ids(f), QStringList{QStringLiteral("pre")});
    f.presale = false;
    QCOMPARE(ids(f), QStringList{QStringLiteral("stock")});
    f = filter();
    f.bands = {core::ShipBand::Later};
    QCOMPARE(ids(f), QStringList{QStringLiteral("pre")});
}

void TstShippingRepository::filters_shopAndSearch()
{
    ANXIN_VERIFY_OK(
        OrderRepository(*m_db).upsertBatch({awaiting(QStringLiteral("6901"), kNow + kH),
                                            awaiting(QStringLiteral("6902"), kNow + 2 * kH, QStringLiteral("s2")),
                                            awaiting(QStringLiteral("7003"), kNow + 3 * kH)}));
    auto f = filter();
    f.shopIds = {QStringLiteral("s2")};
    QCOMPARE(ids(f), QStringList{QStringLiteral("6902")});
    f = filter();
    f.text = QStringLiteral("690");
    QCOMPARE(ids(f), (QStringList{QStringLiteral("6901"), QStringLiteral("6902")}));
    f.text = QStringLiteral("榴莲 7003");
    QCOMPARE(ids(f), QStringList{QStringLiteral("7003")});
    f.text = QStringLiteral("100%_");
    QCOMPARE(ids(f), QStringList{});
}

void TstShippingRepository::sort_whitelistAndDirections()
{
    OrderRecord a = awaiting(QStringLiteral("a"), kNow + kH);
    a.payAmount = 500;
    OrderRecord b = awaiting(QStringLiteral("b"), kNow + 2 * kH);
    b.payAmount = 900;
    OrderRecord c = awaiting(QStringLiteral("c"), kNow + 3 * kH);
    c.payAmount = 100;
    ANXIN_VERIFY_OK(OrderRepository(*m_db).upsertBatch({a, b, c}));
    QCOMPARE(ids(filter(), ShippingSort{QStringLiteral("pay_amount"), true}),
             (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(ids(filter(), ShippingSort{QStringLiteral("ship_by"), true}),
             (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    const auto bad =
        ShippingRepository(*m_db).page(filter(), ShippingSort{QStringLiteral("1; DROP TABLE x"), false}, 0, 10);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, core::Error::Kind::Usage);
}

// The repository names the partial index (INDEXED BY): SQLite refuses the query if the WHERE stops implying the
// index's condition, and the default order must come from the index, not a sort of 200 000 rows.
void TstShippingRepository::queryPlan_usesBoardIndex()
{
    seedEdges();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT o.order_id FROM orders o INDEXED BY orders_board WHERE (o.order_status IN (2, 101, "
        "105) OR "
        "(o.order_status = 3 AND o.ship_time > 0 AND o.pickup_time = 0 AND o.sign_time = 0)) AND "
        "(o.order_status IN (2, 101, 105) OR (o.order_status = 3 AND o.route_checked_at > 0 AND o.ship_time < 5)) "
        "ORDER BY o.ship_by")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QLatin1String("orders_board")), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
}

void TstShippingRepository::routeDue_signedBeforeItsPickupWasRead_readOnceMore()
{
    // A desk away for days: the parcel was scanned and signed for between two syncs. Its route still holds the
    // pickup scan (the 24 h pickup rate counts it); signed, it must be read once more, then never again.
    OrderRecord away = shipped(QStringLiteral("away"), kNow - 3 * kDay);
    away.signTime = kNow - kDay;
    away.updateTime = away.signTime;
    OrderRecord known = shipped(QStringLiteral("known"), kNow - 3 * kDay);
    known.signTime = kNow - kDay;
    ANXIN_VERIFY_OK(OrderRepository(*m_db).upsertBatch({away, known}));
    SyncQueueRepository queue(*m_db);
    ANXIN_VERIFY_OK(queue.recordRouteCheck(QStringLiteral("away"), 0, kNow - 3 * kDay + 2 * kH)); // before the scan
    ANXIN_VERIFY_OK(queue.recordRouteCheck(QStringLiteral("known"), 0, kNow - kDay + kH));        // after signing
    const auto due = [&queue] {
        QStringList ids;
        const auto r = queue.ordersNeedingRoute(QStringLiteral("s1"), kNow, kH, 100);
        for (const RouteCheck &c : r.value())
            ids << c.orderId;
        return ids;
    };
    QCOMPARE(due(), QStringList{QStringLiteral("away")});
    ANXIN_VERIFY_OK(queue.recordRouteCheck(QStringLiteral("away"), kNow - 3 * kDay + 5 * kH, kNow));
    QCOMPARE(due(), QStringList());
    QCOMPARE(OrderRepository(*m_db).get(QStringLiteral("away")).value()->pickupTime, kNow - 3 * kDay + 5 * kH);
}

void TstShippingRepository::routes_saveAndRead_recordPickup()
{
    ANXIN_VERIFY_OK(OrderRepository(*m_db).upsertBatch({shipped(QStringLiteral("r1"), kNow - 2 * kDay)}));
    ShippingRepository repo(*m_db);
    const QList<RouteNodeRecord> nodes{
        {0, kNow - 2 * kDay + 600, QStringLiteral("快件已揽收"), QStringLiteral("1"), QStringLiteral("已揽收")},
        {1, kNow - kDay, QStringLiteral("到达杭州转运中心"), QStringLiteral("2"), QStringLiteral("运输中")}};
    ANXIN_VERIFY_OK(repo.saveRoute(QStringLiteral("r1"), nodes, kNow - 2 * kDay + 600, kNow - 60));
    auto read = repo.route(QStringLiteral("r1"));
    ANXIN_VERIFY_OK(read);
    QCOMPARE(read->size(), 2);
    QCOMPARE(read->at(1).content, QStringLiteral("到达杭州转运中心"));
    const auto o = OrderRepository(*m_db).get(QStringLiteral("r1")).value();
    QCOMPARE(o->pickupTime, kNow - 2 * kDay + 600);
    // A later fetch replaces the route and never erases a known pickup scan.
    ANXIN_VERIFY_OK(repo.saveRoute(QStringLiteral("r1"), {nodes.at(1)}, 0, kNow));
    QCOMPARE(repo.route(QStringLiteral("r1"))->size(), 1);
    QCOMPARE(OrderRepository(*m_db).get(QStringLiteral("r1")).value()->pickupTime, kNow - 2 * kDay + 600);
}

void TstShippingRepository::forecastInputs_queueAndPace()
{
    QList<OrderRecord> rows{awaiting(QStringLiteral("q2"), kNow + 2 * kH), awaiting(QStringLiteral("q1"), kNow + kH),
                            awaiting(QStringLiteral("other"), kNow, QStringLiteral("s2"))};
    for (int i = 0; i < 5; ++i)
        rows << shipped(QStringLiteral("done%1").arg(i), kNow - (i + 1) * 10 * kH); // 10 h, 20 h, ... 50 h ago
    ANXIN_VERIFY_OK(OrderRepository(*m_db).upsertBatch(rows));
    ShippingRepository repo(*m_db);
    const auto queues = repo.queues();
    ANXIN_VERIFY_OK(queues);
    QCOMPARE(queues->size(), 2);
    QCOMPARE(queues->value(QStringLiteral("s1")).promises, (QList<qint64>{kNow + kH, kNow + 2 * kH}));
    QCOMPARE(queues->value(QStringLiteral("s1")).orderIds, (QStringList{QStringLiteral("q1"), QStringLiteral("q2")}));
    QCOMPARE(queues->value(QStringLiteral("s2")).orderIds, QStringList{QStringLiteral("other")});
    QCOMPARE(repo.shippedBetween(QStringLiteral("s1"), kNow - 3 * kDay, kNow).value(), 5);
    QCOMPARE(repo.shippedBetween(QStringLiteral("s1"), kNow - kDay, kNow).value(), 2);
    QCOMPARE(repo.boardShops().value(), (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
}

void TstShippingRepository::cli_shippingJson_contract()
{
    seedEdges();
    OrderRecord late = shipped(QStringLiteral("p-late"), kNow - 30 * kH);
    OrderRecord pre = awaiting(QStringLiteral("pre"), kNow + 2 * kH);
    pre.presellType = 2;
    pre.appointmentShipTime = kNow + 5 * kDay;
    ANXIN_VERIFY_OK(OrderRepository(*m_db).upsertBatch({late, pre}));
    ANXIN_VERIFY_OK(ShippingRepository(*m_db).saveRoute(QStringLiteral("p-late"), {}, 0, kNow - 600));
    m_db.reset(); // the CLI opens the same file

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANXIN_NOW"), QString::number(kNow));
    p.setProcessEnvironment(env);
    p.start(test::binaryPath(QStringLiteral("anxin-cli")),
            {QStringLiteral("--profile"), m_tmp->dir(), QStringLiteral("shipping"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &err);
    QVERIFY2(doc.isArray(), qPrintable(err.errorString()));
    const QJsonArray list = doc.array();
    QCOMPARE(list.size(), 11);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const char *key :
             {"shop_order_id", "exp_ship_time", "seconds_left", "band", "presale", "shipped", "pickup_overdue"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("seconds_left")).toInteger(),
                 o.value(QStringLiteral("exp_ship_time")).toInteger() - kNow);
        byId.insert(o.value(QStringLiteral("shop_order_id")).toString(), o);
    }
    QCOMPARE(list.first().toObject().value(QStringLiteral("shop_order_id")).toString(), QStringLiteral("e-1d"));
    QCOMPARE(byId.value(QStringLiteral("e-1s")).value(QStringLiteral("band")).toString(), QStringLiteral("overdue"));
    QCOMPARE(byId.value(QStringLiteral("e-1s")).value(QStringLiteral("seconds_left")).toInteger(), -1);
    QCOMPARE(byId.value(QStringLiteral("e0")).value(QStringLiteral("band")).toString(), QStringLiteral("4h"));
    QCOMPARE(byId.value(QStringLiteral("e4h")).value(QStringLiteral("band")).toString(), QStringLiteral("12h"));
    QCOMPARE(byId.value(QStringLiteral("e12h")).value(QStringLiteral("band")).toString(), QStringLiteral("24h"));
    QCOMPARE(byId.value(QStringLiteral("e24h-1")).value(QStringLiteral("band")).toString(), QStringLiteral("24h"));
    QCOMPARE(byId.value(QStringLiteral("e24h")).value(QStringLiteral("band")).toString(), QStringLiteral("later"));
    const QJsonObject preJson = byId.value(QStringLiteral("pre"));
    QCOMPARE(preJson.value(QStringLiteral("presale")).toBool(), true);
    QCOMPARE(preJson.value(QStringLiteral("exp_ship_time")).toInteger(), kNow + 5 * kDay);
    QCOMPARE(preJson.value(QStringLiteral("band")).toString(), QStringLiteral("later"));
    const QJsonObject lateJson = byId.value(QStringLiteral("p-late"));
    QCOMPARE(lateJson.value(QStringLiteral("shipped")).toBool(), true);
    QCOMPARE(lateJson.value(QStringLiteral("pickup_overdue")).toBool(), true);
    QCOMPARE(byId.value(QStringLiteral("e0")).value(QStringLiteral("shipped")).toBool(), false);
    QCOMPARE(byId.value(QStringLiteral("e0")).value(QStringLiteral("pickup_overdue")).toBool(), false);

    // --band narrows; a bad band is a usage error (exit 2).
    p.start(test::binaryPath(QStringLiteral("anxin-cli")),
            {QStringLiteral("--profile"), m_tmp->dir(), QStringLiteral("shipping"), QStringLiteral("--band"),
             QStringLiteral("overdue"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).array().size(), 3); // e-1d, e-1s, p-late
    p.start(test::binaryPath(QStringLiteral("anxin-cli")),
            {QStringLiteral("--profile"), m_tmp->dir(), QStringLiteral("shipping"), QStringLiteral("--band"),
             QStringLiteral("soon")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
}

// An order the platform sends without exp_ship_time is held to the rules' default (48 h after payment; a presale
// without its date: 45 days), marked as estimated, not to 1970 ("overdue by 57 years").
void TstShippingRepository::noPromise_rulesDefaultStoredAndMarked()
{
    platform::Order stock;
    stock.orderId = QStringLiteral("9001");
    stock.shopId = QStringLiteral("s1");
    stock.orderStatus = 2;
    stock.payTime = kNow - 10 * kH;
    stock.updateTime = stock.payTime;
    stock.presellType = 0;
    platform::Order presale = stock;
    presale.orderId = QStringLiteral("9002");
    presale.presellType = 1;
    platform::Order promised = stock;
    promised.orderId = QStringLiteral("9003");
    promised.expShipTime = kNow + 5 * kH;
    QList<OrderRecord> rows;
    for (const platform::Order &o : {stock, presale, promised})
        rows << sync::toOrderRecord(o, QStringLiteral("s1"));
    QCOMPARE(rows[0].expShipTime, stock.payTime + 48 * kH);
    QVERIFY(rows[0].promiseEstimated);
    QCOMPARE(rows[1].expShipTime, presale.payTime + 45 * kDay);
    QVERIFY(rows[1].promiseEstimated);
    QCOMPARE(rows[2].expShipTime, kNow + 5 * kH);
    QVERIFY(!rows[2].promiseEstimated);
    ANXIN_VERIFY_OK(OrderRepository(*m_db).upsertBatch(rows));

    const auto page = ShippingRepository(*m_db).page(filter(), ShippingSort{}, 0, 10);
    ANXIN_VERIFY_OK(page);
    QCOMPARE(page->size(), 3);
    QHash<QString, ShippingRow> byId;
    for (const ShippingRow &r : page.value())
        byId.insert(r.orderId, r);
    QCOMPARE(byId[QStringLiteral("9001")].shipBy, stock.payTime + 48 * kH);
    QVERIFY(byId[QStringLiteral("9001")].promiseEstimated);
    QCOMPARE(core::shipBand(byId[QStringLiteral("9001")].shipBy - kNow), core::ShipBand::Later);
    QVERIFY(byId[QStringLiteral("9002")].promiseEstimated);
    QVERIFY(!byId[QStringLiteral("9003")].promiseEstimated);

    // The platform sends the promise later: the estimate gives way to it.
    platform::Order later = stock;
    later.updateTime += 60;
    later.expShipTime = kNow + 2 * kH;
    ANXIN_VERIFY_OK(OrderRepository(*m_db).upsertBatch({sync::toOrderRecord(later, QStringLiteral("s1"))}));
    QCOMPARE(TempDb::scalar(*m_db, QStringLiteral("SELECT promise_estimated || ':' || exp_ship_time FROM orders "
                                                  "WHERE order_id = '9001'"))
                 .toString(),
             QStringLiteral("0:%1").arg(kNow + 2 * kH));
}

void TstShippingRepository::noPromise_migrationEstimatesCachedOrders()
{
    cleanup();
    TempDb tmp;
    const auto builtin = Migrator::builtin();
    ANXIN_VERIFY_OK(builtin);
    {
        Database old;
        Database::Options o;
        o.migrations = builtin.value().mid(0, 9);
        ANXIN_VERIFY_OK(tmp.open(old, o));
        QVERIFY(
            old.exec(QStringLiteral(
                         "INSERT INTO orders (order_id, shop_id, order_status, pay_time, update_time, exp_ship_time, "
                         "presell_type, appointment_ship_time) VALUES ('a', 's1', 2, %1, %1, 0, 0, 0), "
                         "('b', 's1', 2, %1, %1, 0, 2, 0), ('c', 's1', 2, %1, %1, 0, 1, %2), "
                         "('d', 's1', 2, %1, %1, %2, 0, 0), ('e', 's1', 1, 0, %1, 0, 0, 0)")
                         .arg(kNow)
                         .arg(kNow + 3 * kDay))
                .ok());
    }
    Database db;
    ANXIN_VERIFY_OK(tmp.open(db));
    QStringList got;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT order_id, exp_ship_time - pay_time, promise_estimated, ship_by - pay_time "
                                  "FROM orders WHERE pay_time > 0 ORDER BY order_id")));
    while (q.next())
        got << QStringLiteral("%1 %2 %3 %4")
                   .arg(q.value(0).toString())
                   .arg(q.value(1).toLongLong())
                   .arg(q.value(2).toInt())
                   .arg(q.value(3).toLongLong());
    QCOMPARE(got, (QStringList{QStringLiteral("a 172800 1 172800"), QStringLiteral("b 3888000 1 3888000"),
                               QStringLiteral("c -%1 0 259200").arg(kNow), QStringLiteral("d 259200 0 259200")}));
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT exp_ship_time FROM orders WHERE order_id = 'e'")).toInt(), 0);
}

// The buyer's refund requests before shipping (type 2) of an order awaiting shipment: open ones say "hold it",
// refunded ones "do not ship" (the platform's order status lags until the next order page), per order, and the CLI
// says the same. Other types and other orders' tickets do not count.
void TstShippingRepository::refundBeforeShipping_countedPerOrder_andInTheCli()
{
    OrderRecord twoLines = awaiting(QStringLiteral("two-lines"), kNow + 13 * kH);
    twoLines.lines << OrderLineRecord{twoLines.orderId,
                                      twoLines.orderId + QStringLiteral("-2"),
                                      QStringLiteral("p2"),
                                      QStringLiteral("山竹"),
                                      20,
                                      1,
                                      990,
                                      twoLines.expShipTime,
                                      0,
                                      0};
    ANXIN_VERIFY_OK(OrderRepository(*m_db).upsertBatch({awaiting(QStringLiteral("asked"), kNow + 10 * kH),
                                                        awaiting(QStringLiteral("refunded"), kNow + 11 * kH),
                                                        awaiting(QStringLiteral("plain"), kNow + 12 * kH), twoLines}));
    auto ticket = [](const QString &id, const QString &order, int type, int status, qint64 final) {
        TicketRecord t = test::makeTicket(id, kNow - 600);
        t.shopOrderId = order;
        t.skuOrderId = order + QStringLiteral("-1");
        t.aftersaleType = type;
        t.aftersaleStatus = status;
        t.finalTime = final;
        return t;
    };
    ANXIN_VERIFY_OK(TicketRepository(*m_db).upsertBatch(
        {ticket(QStringLiteral("7300000000000000001"), QStringLiteral("asked"), 2, 6, 0),
         ticket(QStringLiteral("7300000000000000002"), QStringLiteral("refunded"), 2, 12, kNow - 300),
         // A refund-only after shipping (type 1) and a closed request leave "plain" plain.
         ticket(QStringLiteral("7300000000000000003"), QStringLiteral("plain"), 1, 6, 0),
         ticket(QStringLiteral("7300000000000000004"), QStringLiteral("plain"), 2, 28, kNow - 100),
         // Two refunds of the same line of a two-line order: one line refunded, the other still to ship.
         ticket(QStringLiteral("7300000000000000005"), QStringLiteral("two-lines"), 2, 12, kNow - 300),
         ticket(QStringLiteral("7300000000000000006"), QStringLiteral("two-lines"), 2, 12, kNow - 200)}));
    const auto rows = ShippingRepository(*m_db).page(filter(), {}, 0, 10);
    ANXIN_VERIFY_OK(rows);
    QHash<QString, ShippingRow> byId;
    for (const ShippingRow &r : rows.value())
        byId.insert(r.orderId, r);
    QCOMPARE(byId.value(QStringLiteral("asked")).refundsOpen, 1);
    QCOMPARE(byId.value(QStringLiteral("asked")).linesRefunded, 0);
    QCOMPARE(byId.value(QStringLiteral("refunded")).refundsOpen, 0);
    QCOMPARE(byId.value(QStringLiteral("refunded")).linesRefunded, 1);
    QCOMPARE(byId.value(QStringLiteral("plain")).refundsOpen, 0);
    QCOMPARE(byId.value(QStringLiteral("plain")).linesRefunded, 0);
    QCOMPARE(byId.value(QStringLiteral("two-lines")).linesRefunded, 1);
    QCOMPARE(byId.value(QStringLiteral("two-lines")).lineCount, 2);
    m_db.reset(); // the CLI opens the same file

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANXIN_NOW"), QString::number(kNow));
    const test::CliRun listed = test::runCli(m_tmp->dir(), {QStringLiteral("shipping"), QStringLiteral("--json")}, env);
    QCOMPARE(listed.exitCode, 0);
    QHash<QString, QString> hold;
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).array())
        hold.insert(v[QLatin1String("shop_order_id")].toString(), v[QLatin1String("refund_hold")].toString());
    QCOMPARE(hold.value(QStringLiteral("asked")), QStringLiteral("requested"));
    QCOMPARE(hold.value(QStringLiteral("refunded")), QStringLiteral("refunded"));
    QCOMPARE(hold.value(QStringLiteral("two-lines")), QStringLiteral("partly_refunded"));
    QCOMPARE(hold.value(QStringLiteral("plain")), QStringLiteral("none"));
}

ANXIN_TEST_GUILESS_MAIN(TstShippingRepository)
#include "tst_shippingrepository.moc"

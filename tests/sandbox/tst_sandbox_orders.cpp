// order.searchList / orderDetail, logistics routes, batchDecrypt, product.detail, shop.reputation (§6-§7).
#include "sandbox/orderjson.h"
#include "sandbox/sandboxstate.h"
#include "sandboxharness.h"
#include "testmain.h"

#include <QJsonArray>
#include <QTest>

using namespace anxin::test;

class TstSandboxOrders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_withoutStartTime_isRejected();
    void search_moreThan90DaysBack_is40004();
    void search_pagingAndLimits_followContract();
    void search_orderByUpdateAsc_isSorted();
    void search_order_hasEveryContractField();
    void search_awaitingShipment_includesOverdueAndPresale();
    void detail_returnsShopOrderDetail();
    void route_shippedOrder_hasPickupScanNode();
    void route_falseShipment_hasNoPickupScan();
    void decrypt_ciphertext_roundTripsAndFlagsBadItems();
    void decrypt_moreThan50_is40004();
    void product_flags_followCategory();
    void reputation_scores_areStringsWithin0to100();

private:
    QJsonArray search(const QByteArray &paramJson);
    std::unique_ptr<SandboxHarness> m_h;
};

namespace {

constexpr qint64 kNow = 1750000000;

QByteArray since(qint64 secs)
{
    return QByteArray::number(kNow - secs);
}

} // namespace

void TstSandboxOrders::initTestCase()
{
    anxin::sandbox::SandboxOptions o;
    o.tickets = 600;
    m_h = std::make_unique<SandboxHarness>(o, kNow);
}

QJsonArray TstSandboxOrders::search(const QByteArray &paramJson)
{
    const Answer a = m_h->callAuthed("order.searchList", paramJson);
    if (a.code() != 10000)
        qWarning("searchList: %s", a.body.constData());
    return a.data().value(QLatin1String("shop_order_list")).toArray();
}

void TstSandboxOrders::search_withoutStartTime_isRejected()
{
    const Answer a = m_h->callAuthed("order.searchList", R"({"size":10})");
    QVERIFY(a.code() == 40002 || a.code() == 40004);
    QCOMPARE(m_h->callAuthed("order.searchList", R"({"size":10,"update_time_start":)" + since(3600) + "}").code(),
             10000);
}

void TstSandboxOrders::search_moreThan90DaysBack_is40004()
{
    QCOMPARE(m_h->callAuthed("order.searchList", R"({"create_time_start":)" + since(90 * 86400) + "}").code(), 10000);
    QCOMPARE(m_h->callAuthed("order.searchList", R"({"create_time_start":)" + since(90 * 86400 + 1) + "}").code(),
             40004);
}

void TstSandboxOrders::search_pagingAndLimits_followContract()
{
    QCOMPARE(m_h->callAuthed("order.searchList", R"({"create_time_start":)" + since(86400) + R"(,"size":101})").code(),
             40004);
    QCOMPARE(
        m_h->callAuthed("order.searchList", R"({"create_time_start":)" + since(86400) + R"(,"page":501,"size":100})")
            .code(),
        40004);
    const Answer a =
        m_h->callAuthed("order.searchList", R"({"create_time_start":)" + since(90 * 86400) + R"(,"page":1,"size":50})");
    QCOMPARE(a.code(), 10000);
    QCOMPARE(a.data().value(QLatin1String("shop_order_list")).toArray().size(), 50);
    QVERIFY(a.data().value(QLatin1String("total")).toInteger() > 100);
    QVERIFY(a.data().value(QLatin1String("has_more")).toBool());
}

void TstSandboxOrders::search_orderByUpdateAsc_isSorted()
{
    const QJsonArray list = search(R"({"order_asc":true,"order_by":"update_time","size":100,"update_time_start":)" +
                                   since(30 * 86400) + "}");
    QVERIFY(list.size() > 10);
    for (qsizetype i = 1; i < list.size(); ++i) {
        QVERIFY(list.at(i - 1).toObject().value(QLatin1String("update_time")).toInteger() <=
                list.at(i).toObject().value(QLatin1String("update_time")).toInteger());
    }
    QCOMPARE(m_h->callAuthed("order.searchList", R"({"create_time_start":)" + since(86400) + R"(,"order_by":"price"})")
                 .code(),
             40004);
}

void TstSandboxOrders::search_order_hasEveryContractField()
{
    const QJsonArray list = search(R"({"create_time_start":)" + since(20 * 86400) + R"(,"size":30})");
    QCOMPARE(list.size(), 30);
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const char *k : {"order_id",
                              "order_status",
                              "create_time",
                              "pay_time",
                              "update_time",
                              "exp_ship_time",
                              "ship_time",
                              "appointment_ship_time",
                              "presell_type",
                              "order_amount",
                              "pay_amount",
                              "post_amount",
                              "post_insurance_amount",
                              "mask_post_receiver",
                              "mask_post_tel",
                              "mask_post_addr",
                              "encrypt_post_receiver",
                              "encrypt_post_tel",
                              "post_addr",
                              "logistics_info",
                              "sku_order_list"})
            QVERIFY2(o.contains(QLatin1String(k)), k);
        QVERIFY(o.value(QLatin1String("order_id")).isString());
        QVERIFY(o.value(QLatin1String("mask_post_tel")).toString().contains(QLatin1String("****")));
        QVERIFY(o.value(QLatin1String("mask_post_receiver")).toString().endsWith(QLatin1String("**")));
        QVERIFY(o.value(QLatin1String("encrypt_post_tel")).toString().startsWith(QLatin1Char('#')));
        QVERIFY(o.value(QLatin1String("post_addr"))
                    .toObject()
                    .value(QLatin1String("encrypt_detail"))
                    .toString()
                    .startsWith(QLatin1Char('#')));
        const QJsonObject sku = o.value(QLatin1String("sku_order_list")).toArray().at(0).toObject();
        for (const char *k : {"order_id", "product_id", "product_name", "first_cid", "item_num", "pay_amount",
                              "exp_ship_time", "pre_sale_type", "logistics_receipt_time"})
            QVERIFY2(sku.contains(QLatin1String(k)), k);
    }
}

void TstSandboxOrders::search_awaitingShipment_includesOverdueAndPresale()
{
    const QJsonArray list = search(R"({"create_time_start":)" + since(89 * 86400) + R"(,"order_status":2,"size":100})");
    QVERIFY(!list.isEmpty());
    int overdue = 0, upcoming = 0;
    for (const QJsonValue &v : list) {
        const qint64 exp = v.toObject().value(QLatin1String("exp_ship_time")).toInteger();
        QVERIFY(exp >= v.toObject().value(QLatin1String("pay_time")).toInteger());
        (exp < kNow ? overdue : upcoming)++;
    }
    QVERIFY(overdue > 0);
    QVERIFY(upcoming > 0);
    int presale = 0;
    for (const auto &o : m_h->state().world().orders)
        presale += o.presellType ? 1 : 0;
    QVERIFY(presale > 0);
}

void TstSandboxOrders::detail_returnsShopOrderDetail()
{
    const QJsonArray list = search(R"({"create_time_start":)" + since(86400 * 10) + R"(,"size":1})");
    const QByteArray id = list.at(0).toObject().value(QLatin1String("order_id")).toString().toLatin1();
    const Answer a = m_h->callAuthed("order.orderDetail", R"({"shop_order_id":")" + id + R"("})");
    QCOMPARE(a.code(), 10000);
    QCOMPARE(a.data().value(QLatin1String("shop_order_detail")).toObject(), list.at(0).toObject());
    QCOMPARE(m_h->callAuthed("order.orderDetail", R"({"shop_order_id":"1"})").code(), 40004);
}

void TstSandboxOrders::route_shippedOrder_hasPickupScanNode()
{
    const auto &w = m_h->state().world();
    const anxin::sandbox::Order *picked = nullptr;
    for (const auto &o : w.orders) {
        if (o.signTime && o.pickupTime && !(o.flags & anxin::sandbox::kOrderNoPickupScan)) {
            picked = &o;
            break;
        }
    }
    QVERIFY(picked);
    const QByteArray no = anxin::sandbox::OrderJson::trackingNo(*picked).toLatin1();
    const QByteArray code = anxin::sandbox::catalogue::carriers()[picked->carrier].code;
    const Answer a = m_h->callAuthed("logistics.trackNoRouteDetail",
                                     R"({"logistics_code":")" + code + R"(","track_no":")" + no + R"("})");
    QCOMPARE(a.code(), 10000);
    const QJsonArray nodes = a.data().value(QLatin1String("route__node_list")).toArray();
    QVERIFY(nodes.size() >= 3);
    bool pickup = false;
    for (const QJsonValue &n : nodes) {
        for (const char *k : {"content", "timestamp", "state", "state_description"})
            QVERIFY2(n.toObject().contains(QLatin1String(k)), k);
        pickup = pickup || n.toObject().value(QLatin1String("content")).toString().contains(QStringLiteral("揽收"));
    }
    QVERIFY(pickup);
    QCOMPARE(
        m_h->callAuthed("logistics.trackNoRouteDetail", R"({"logistics_code":"zhongtong","track_no":"NOPE1"})").code(),
        40004);
}

void TstSandboxOrders::route_falseShipment_hasNoPickupScan()
{
    const auto &w = m_h->state().world();
    const anxin::sandbox::Order *unscanned = nullptr;
    for (const auto &o : w.orders) {
        if (o.flags & anxin::sandbox::kOrderNoPickupScan) {
            unscanned = &o;
            break;
        }
    }
    QVERIFY(unscanned);
    QVERIFY(unscanned->shipTime != 0);
    const QByteArray no = anxin::sandbox::OrderJson::trackingNo(*unscanned).toLatin1();
    const QByteArray code = anxin::sandbox::catalogue::carriers()[unscanned->carrier].code;
    const Answer a = m_h->callAuthed("logistics.trackNoRouteDetail",
                                     R"({"logistics_code":")" + code + R"(","track_no":")" + no + R"("})");
    QCOMPARE(a.code(), 10000);
    const QJsonArray nodes = a.data().value(QLatin1String("route__node_list")).toArray();
    QCOMPARE(nodes.size(), 1);
    QVERIFY(!nodes.at(0).toObject().value(QLatin1String("content")).toString().contains(QStringLiteral("揽收")));
}

void TstSandboxOrders::decrypt_ciphertext_roundTripsAndFlagsBadItems()
{
    const QJsonObject order = search(R"({"create_time_start":)" + since(86400 * 10) + R"(,"size":1})").at(0).toObject();
    const QByteArray id = order.value(QLatin1String("order_id")).toString().toLatin1();
    const QByteArray tel = order.value(QLatin1String("encrypt_post_tel")).toString().toLatin1();
    const QByteArray name = order.value(QLatin1String("encrypt_post_receiver")).toString().toLatin1();
    const QByteArray body = R"({"cipher_infos":[{"auth_id":")" + id + R"(","cipher_text":")" + tel +
                            R"("},{"auth_id":")" + id + R"(","cipher_text":")" + name + R"("}]})";
    Answer a = m_h->callAuthed("order.batchDecrypt", body);
    QCOMPARE(a.code(), 10000);
    const QJsonArray infos = a.data().value(QLatin1String("decrypt_infos")).toArray();
    QCOMPARE(infos.size(), 2);
    const QString plainTel = infos.at(0).toObject().value(QLatin1String("decrypt_text")).toString();
    QCOMPARE(plainTel.size(), 11);
    const QString masked = order.value(QLatin1String("mask_post_tel")).toString();
    QCOMPARE(plainTel.left(3), masked.left(3));
    QCOMPARE(plainTel.right(4), masked.right(4));
    QCOMPARE(infos.at(0).toObject().value(QLatin1String("err_no")).toInt(), 0);
    QCOMPARE(infos.at(1).toObject().value(QLatin1String("decrypt_text")).toString().left(1),
             order.value(QLatin1String("mask_post_receiver")).toString().left(1));
    // A garbled ciphertext gets an err_no, the batch is a partial failure.
    a = m_h->callAuthed("order.batchDecrypt", R"({"cipher_infos":[{"auth_id":")" + id +
                                                  R"(","cipher_text":"#bad#00"},{"auth_id":")" + id +
                                                  R"(","cipher_text":")" + tel + R"("}]})");
    QCOMPARE(a.code(), 10001);
    const QJsonArray mixed = a.data().value(QLatin1String("decrypt_infos")).toArray();
    QVERIFY(mixed.at(0).toObject().value(QLatin1String("err_no")).toInt() != 0);
    QCOMPARE(mixed.at(1).toObject().value(QLatin1String("err_no")).toInt(), 0);
}

void TstSandboxOrders::decrypt_moreThan50_is40004()
{
    QByteArray body = R"({"cipher_infos":[)";
    for (int i = 0; i < 51; ++i)
        body += (i ? "," : "") + QByteArray(R"({"auth_id":"1","cipher_text":"#x#0"})");
    body += "]}";
    QCOMPARE(m_h->callAuthed("order.batchDecrypt", body).code(), 40004);
}

void TstSandboxOrders::product_flags_followCategory()
{
    int freshCovered = 0, freshUncovered = 0, beautyCovered = 0, beautyUncovered = 0;
    const auto entries = anxin::sandbox::catalogue::entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        const qint64 pid = anxin::sandbox::World::productId(0, int(i));
        const Answer a = m_h->callAuthed("product.detail", R"({"product_id":")" + QByteArray::number(pid) + R"("})");
        QCOMPARE(a.code(), 10000);
        const QJsonObject svc = a.data().value(QLatin1String("after_sale_service")).toObject();
        for (const char *k : {"supply_7day_return", "support_allergy_returnV2", "damaged_order_return"})
            QVERIFY(svc.value(QLatin1String(k)).toInt() == 0 || svc.value(QLatin1String(k)).toInt() == 1);
        QVERIFY(!a.data().value(QLatin1String("first_cname")).toString().isEmpty());
        if (anxin::sandbox::catalogue::isFresh(entries[i].kind))
            (svc.value(QLatin1String("damaged_order_return")).toInt() ? freshCovered : freshUncovered)++;
        if (anxin::sandbox::catalogue::isBeauty(entries[i].kind))
            (svc.value(QLatin1String("support_allergy_returnV2")).toInt() ? beautyCovered : beautyUncovered)++;
    }
    QVERIFY(freshCovered > freshUncovered && freshUncovered > 0);
    QVERIFY(beautyCovered > beautyUncovered && beautyUncovered > 0);
    QCOMPARE(m_h->callAuthed("product.detail", R"({"product_id":"42"})").code(), 40004);
}

void TstSandboxOrders::reputation_scores_areStringsWithin0to100()
{
    const Answer a = m_h->callAuthed("shop.reputation", "{}");
    QCOMPARE(a.code(), 10000);
    for (const char *k : {"shop_score", "product_score", "logistics_score", "service_score"}) {
        const QJsonValue v = a.data().value(QLatin1String(k));
        QVERIFY2(v.isString(), k);
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        QVERIFY(ok && d >= 0 && d <= 100);
    }
    QCOMPARE(a.data().value(QLatin1String("shop_id")).toString(), QStringLiteral("1234567"));
    QVERIFY(!a.data().value(QLatin1String("shop_name")).toString().isEmpty());
}

ANXIN_TEST_GUILESS_MAIN(TstSandboxOrders)
#include "tst_sandbox_orders.moc"

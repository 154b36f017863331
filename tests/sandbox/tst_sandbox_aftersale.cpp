// afterSale.List / afterSale.Detail (contract §5) and the generated after-sales data.
#include "sandbox/sandboxstate.h"
#include "sandboxharness.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace anxin::test;

class TstSandboxAftersale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list_sizeOver100_is40004();
    void list_pageTimesSizeOver50000_is40004();
    void list_pagingThroughAll_coversEachTicketOnce();
    void list_statusFilter_returnsOnlyThoseStatuses();
    void list_typeAmountRiskArbitrateFilters_apply();
    void list_applyTimeWindow_endIsExclusive();
    void list_idFilters_findOneTicket();
    void list_orderByDeadlineAsc_isSorted();
    void list_badOrderBy_is40004();
    void list_updateWindowWithoutUpdateAsc_is40004();
    void list_updateWindow_returnsOnlyChangedTickets();
    void list_item_hasEveryContractField();
    void detail_spelling_usesAfterSaleNamesAndIntegerIds();
    void detail_idAsStringOrInteger_bothAccepted();
    void detail_unknownId_is40004();
    void detail_evidenceUrls_servePngImages();
    void data_seedCases_arePresent();
    void data_everyTypeAndStatus_isPresent();
    void data_openDeadlines_spreadAroundNow();
    void data_expressRefunds_areDecidedInZeroSeconds();

private:
    QJsonArray items(const QByteArray &paramJson);
    std::unique_ptr<SandboxHarness> m_h;
};

namespace {

constexpr qint64 kNow = 1750000000;

QJsonObject info(const QJsonValue &item)
{
    return item.toObject().value(QLatin1String("aftersale_info")).toObject();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

} // namespace

void TstSandboxAftersale::initTestCase()
{
    anxin::sandbox::SandboxOptions o;
    o.tickets = 1200;
    m_h = std::make_unique<SandboxHarness>(o, kNow);
}

QJsonArray TstSandboxAftersale::items(const QByteArray &paramJson)
{
    const Answer a = m_h->callAuthed("afterSale.List", paramJson);
    if (a.code() != 10000)
        qWarning("List failed: %s", a.body.constData());
    return a.data().value(QLatin1String("items")).toArray();
}

void TstSandboxAftersale::list_sizeOver100_is40004()
{
    QCOMPARE(m_h->callAuthed("afterSale.List", R"({"size":100})").code(), 10000);
    const Answer a = m_h->callAuthed("afterSale.List", R"({"size":101})");
    QCOMPARE(a.code(), 40004);
    QCOMPARE(a.subCode(), QStringLiteral("isv.parameter-invalid:size"));
    QCOMPARE(m_h->callAuthed("afterSale.List", R"({"size":0})").code(), 40004);
}

void TstSandboxAftersale::list_pageTimesSizeOver50000_is40004()
{
    QCOMPARE(m_h->callAuthed("afterSale.List", R"({"page":500,"size":100})").code(), 10000);
    QCOMPARE(m_h->callAuthed("afterSale.List", R"({"page":501,"size":100})").code(), 40004);
    QCOMPARE(m_h->callAuthed("afterSale.List", R"({"page":-1,"size":10})").code(), 40004);
}

void TstSandboxAftersale::list_pagingThroughAll_coversEachTicketOnce()
{
    QSet<QString> ids;
    qint64 total = -1;
    for (int page = 0; page < 100; ++page) {
        const Answer a = m_h->callAuthed("afterSale.List", QByteArray(R"({"order_by":["apply_time desc"],"page":)") +
                                                               QByteArray::number(page) + R"(,"size":97})");
        QCOMPARE(a.code(), 10000);
        total = num(a.data(), "total");
        const QJsonArray list = a.data().value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : list) {
            const QString id = info(v).value(QLatin1String("aftersale_id")).toString();
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
        }
        if (!a.data().value(QLatin1String("has_more")).toBool())
            break;
    }
    QCOMPARE(total, 1200);
    QCOMPARE(ids.size(), 1200);
}

void TstSandboxAftersale::list_statusFilter_returnsOnlyThoseStatuses()
{
    const QJsonArray list = items(R"({"size":100,"standard_aftersale_status":[7,11]})");
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &v : list) {
        const qint64 s = num(info(v), "aftersale_status");
        QVERIFY2(s == 7 || s == 11, qPrintable(QString::number(s)));
    }
}

void TstSandboxAftersale::list_typeAmountRiskArbitrateFilters_apply()
{
    QJsonArray list = items(R"({"aftersale_type":2,"amount_end":5000,"amount_start":1000,"size":100})");
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &v : list) {
        QCOMPARE(num(info(v), "aftersale_type"), 2);
        QVERIFY(num(info(v), "refund_amount") >= 1000 && num(info(v), "refund_amount") <= 5000);
    }
    list = items(R"({"risk_flag":1,"size":100})");
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &v : list)
        QVERIFY(num(info(v), "risk_decision_code") != 0);
    list = items(R"({"arbitrate_status":[1,3],"size":100})");
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &v : list)
        QVERIFY(num(info(v), "arbitrate_status") == 1 || num(info(v), "arbitrate_status") == 3);
}

void TstSandboxAftersale::list_applyTimeWindow_endIsExclusive()
{
    const QJsonArray first = items(R"({"order_by":["apply_time desc"],"size":1})");
    const qint64 t = num(info(first.at(0)), "apply_time");
    QJsonArray list = items(QByteArray(R"({"end_time":)") + QByteArray::number(t) + R"(,"size":100,"start_time":)" +
                            QByteArray::number(t - 86400) + "}");
    for (const QJsonValue &v : list)
        QVERIFY(num(info(v), "apply_time") < t && num(info(v), "apply_time") >= t - 86400);
    list = items(QByteArray(R"({"end_time":)") + QByteArray::number(t + 1) + R"(,"size":100,"start_time":)" +
                 QByteArray::number(t) + "}");
    QVERIFY(!list.isEmpty());
}

void TstSandboxAftersale::list_idFilters_findOneTicket()
{
    QJsonArray list = items(R"({"aftersale_id":"7300000000000000017"})");
    QCOMPARE(list.size(), 1);
    QCOMPARE(info(list.at(0)).value(QLatin1String("aftersale_id")).toString(), QStringLiteral("7300000000000000017"));
    const QString orderId = list.at(0)
                                .toObject()
                                .value(QLatin1String("order_info"))
                                .toObject()
                                .value(QLatin1String("shop_order_id"))
                                .toString();
    list = items(QByteArray(R"({"order_id":")") + orderId.toLatin1() + "\"}");
    QCOMPARE(list.size(), 1);
}

void TstSandboxAftersale::list_orderByDeadlineAsc_isSorted()
{
    const QJsonArray list =
        items(R"({"order_by":["status_deadline asc"],"size":100,"standard_aftersale_status":[6,7,11,13]})");
    QVERIFY(list.size() > 10);
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY(num(info(list.at(i - 1)), "status_deadline") <= num(info(list.at(i)), "status_deadline"));
    const QJsonArray desc = items(R"({"order_by":["update_time desc"],"size":50})");
    for (qsizetype i = 1; i < desc.size(); ++i)
        QVERIFY(num(info(desc.at(i - 1)), "update_time") >= num(info(desc.at(i)), "update_time"));
}

void TstSandboxAftersale::list_badOrderBy_is40004()
{
    QCOMPARE(m_h->callAuthed("afterSale.List", R"({"order_by":["price asc"]})").code(), 40004);
    QCOMPARE(m_h->callAuthed("afterSale.List", R"({"order_by":["apply_time sideways"]})").code(), 40004);
}

void TstSandboxAftersale::list_updateWindowWithoutUpdateAsc_is40004()
{
    const QByteArray start = QByteArray::number(kNow - 3600);
    QCOMPARE(m_h->callAuthed("afterSale.List", R"({"update_start_time":)" + start + "}").code(), 40004);
    QCOMPARE(m_h->callAuthed("afterSale.List", R"({"order_by":["update_time desc"],"update_start_time":)" + start + "}")
                 .code(),
             40004);
    QCOMPARE(m_h->callAuthed("afterSale.List", R"({"order_by":["update_time asc"],"update_start_time":)" + start + "}")
                 .code(),
             10000);
}

void TstSandboxAftersale::list_updateWindow_returnsOnlyChangedTickets()
{
    anxin::sandbox::SandboxOptions o;
    o.tickets = 300;
    SandboxHarness h(o, kNow);
    const QByteArray since = QByteArray::number(h.now() + 1);
    h.advance(10);
    // Nothing changed after "since" yet (the clock moved but no deadline passed in 10 s)...
    Answer a = h.callAuthed("afterSale.List",
                            R"({"order_by":["update_time asc"],"size":100,"update_start_time":)" + since + "}");
    const qint64 before = num(a.data(), "total");
    // ...then one write: exactly that ticket appears.
    const QJsonArray open =
        h.callAuthed("afterSale.List", R"({"aftersale_type":2,"size":1,"standard_aftersale_status":[6]})")
            .data()
            .value(QLatin1String("items"))
            .toArray();
    QVERIFY(!open.isEmpty());
    const QByteArray id = info(open.at(0)).value(QLatin1String("aftersale_id")).toString().toLatin1();
    QCOMPARE(h.callAuthed("afterSale.operate", R"({"items":[{"aftersale_id":")" + id + R"("}],"type":201})").code(),
             10000);
    a = h.callAuthed("afterSale.List",
                     R"({"order_by":["update_time asc"],"size":100,"update_start_time":)" + since + "}");
    QCOMPARE(num(a.data(), "total"), before + 1);
    bool found = false;
    for (const QJsonValue &v : a.data().value(QLatin1String("items")).toArray())
        found = found || info(v).value(QLatin1String("aftersale_id")).toString().toLatin1() == id;
    QVERIFY(found);
}

void TstSandboxAftersale::list_item_hasEveryContractField()
{
    const QJsonArray list = items(R"({"size":20})");
    QCOMPARE(list.size(), 20);
    for (const QJsonValue &v : list) {
        const QJsonObject item = v.toObject();
        for (const char *k : {"aftersale_info", "order_info", "text_part", "seller_logs"})
            QVERIFY2(item.contains(QLatin1String(k)), k);
        const QJsonObject a = info(v);
        for (const char *k : {"aftersale_id",
                              "aftersale_type",
                              "aftersale_status",
                              "apply_time",
                              "update_time",
                              "status_deadline",
                              "refund_amount",
                              "refund_post_amount",
                              "aftersale_num",
                              "reason_second_labels",
                              "refund_type",
                              "refund_status",
                              "arbitrate_status",
                              "got_pkg",
                              "return_logistics_code",
                              "order_logistics",
                              "risk_decision_code",
                              "risk_decision_reason",
                              "aftersale_tags",
                              "auto_audit_bits",
                              "aftersale_status_to_final_time",
                              "remark"})
            QVERIFY2(a.contains(QLatin1String(k)), k);
        QVERIFY(a.value(QLatin1String("aftersale_id")).isString());
        const QJsonObject label = a.value(QLatin1String("reason_second_labels")).toArray().at(0).toObject();
        QVERIFY(label.contains(QLatin1String("code")) && label.contains(QLatin1String("name")));
        const QJsonObject order = item.value(QLatin1String("order_info")).toObject();
        QVERIFY(order.value(QLatin1String("shop_order_id")).isString());
        const QJsonObject sku = order.value(QLatin1String("related_order_info")).toArray().at(0).toObject();
        for (const char *k : {"sku_order_id", "product_id", "product_name", "product_image", "sku_spec", "pay_amount",
                              "item_num", "order_status"})
            QVERIFY2(sku.contains(QLatin1String(k)), k);
        const QJsonObject text = item.value(QLatin1String("text_part")).toObject();
        QVERIFY(text.contains(QLatin1String("reason_text")) && text.contains(QLatin1String("bad_item_text")));
    }
}

void TstSandboxAftersale::detail_spelling_usesAfterSaleNamesAndIntegerIds()
{
    const Answer a =
        m_h->callAuthed("afterSale.Detail", R"({"after_sale_id":"7300000000000000024","need_operation_record":true})");
    QCOMPARE(a.code(), 10000);
    const QJsonObject process = a.data().value(QLatin1String("process_info")).toObject();
    const QJsonObject i = process.value(QLatin1String("after_sale_info")).toObject();
    QVERIFY(i.value(QLatin1String("after_sale_id")).isDouble());
    QCOMPARE(i.value(QLatin1String("after_sale_id")).toInteger(), 7300000000000000024LL); // exact, no double
    QVERIFY(a.body.contains("\"after_sale_id\":7300000000000000024"));
    for (const char *k :
         {"after_sale_type", "after_sale_status", "reason_code", "reason_remark", "evidence", "return_method",
          "apply_role", "status_deadline", "refund_amount", "apply_time", "update_time"})
        QVERIFY2(i.contains(QLatin1String(k)), k);
    QVERIFY(!i.contains(QLatin1String("aftersale_type")));
    QCOMPARE(i.value(QLatin1String("reason_code")).toInt(), 34);
    const QJsonArray logs = process.value(QLatin1String("record_logs_list")).toArray();
    QVERIFY(logs.size() >= 3);
    for (const char *k : {"operator", "time", "text", "images", "action", "role"})
        QVERIFY2(logs.at(0).toObject().contains(QLatin1String(k)), k);
    QVERIFY(process.contains(QLatin1String("arbitrate_info")));
    QVERIFY(a.data().contains(QLatin1String("order_info")));
}

void TstSandboxAftersale::detail_idAsStringOrInteger_bothAccepted()
{
    const Answer s = m_h->callAuthed("afterSale.Detail", R"({"after_sale_id":"7300000000000000017"})");
    const Answer i = m_h->callAuthed("afterSale.Detail", R"({"after_sale_id":7300000000000000017})");
    QCOMPARE(s.code(), 10000);
    QCOMPARE(i.code(), 10000);
    QCOMPARE(s.data(), i.data());
    QCOMPARE(m_h->callAuthed("afterSale.Detail", R"({"after_sale_id":7.3e18})").code(), 40004);
}

void TstSandboxAftersale::detail_unknownId_is40004()
{
    const Answer a = m_h->callAuthed("afterSale.Detail", R"({"after_sale_id":"7300000000000000001"})");
    QCOMPARE(a.code(), 40004);
    QCOMPARE(m_h->callAuthed("afterSale.Detail", "{}").code(), 40002);
}

void TstSandboxAftersale::detail_evidenceUrls_servePngImages()
{
    const Answer a = m_h->callAuthed("afterSale.Detail", R"({"after_sale_id":"7300000000000000017"})");
    const QJsonArray evidence = a.data()
                                    .value(QLatin1String("process_info"))
                                    .toObject()
                                    .value(QLatin1String("after_sale_info"))
                                    .toObject()
                                    .value(QLatin1String("evidence"))
                                    .toArray();
    QCOMPARE(evidence.size(), 3);
    const Answer img = m_h->get(evidence.at(0).toString());
    QCOMPARE(img.httpStatus, 200);
    QCOMPARE(img.header("Content-Type"), QByteArray("image/png"));
    QVERIFY(img.body.startsWith("\x89PNG"));
    QCOMPARE(m_h->get(evidence.at(0).toString()).body, img.body); // stable per URL
    QVERIFY(m_h->get(evidence.at(1).toString()).body != img.body);
}

void TstSandboxAftersale::data_seedCases_arePresent()
{
    const anxin::sandbox::World &w = m_h->state().world();
    const anxin::sandbox::Ticket &durian = w.tickets[size_t(w.findTicket(7300000000000000017LL))];
    const anxin::sandbox::Order &dOrder = w.orders[durian.order];
    QCOMPARE(int(durian.status), 12);
    QCOMPARE(durian.refundAmount, 36800);
    QCOMPARE(qint64(durian.applyTime) - dOrder.signTime, 4 * 3600);
    QVERIFY(durian.evidence > 0);
    const anxin::sandbox::Ticket &allergy = w.tickets[size_t(w.findTicket(7300000000000000024LL))];
    QCOMPARE(allergy.refundAmount, 149000);
    QCOMPARE((qint64(allergy.applyTime) - w.orders[allergy.order].signTime) / 86400, 29);
    // The product flags that make them eligible.
    const Answer p = m_h->callAuthed("product.detail", R"({"product_id":"3580000000000000196"})");
    QCOMPARE(p.data()
                 .value(QLatin1String("after_sale_service"))
                 .toObject()
                 .value(QLatin1String("support_allergy_returnV2"))
                 .toInt(),
             1);
}

void TstSandboxAftersale::data_everyTypeAndStatus_isPresent()
{
    QSet<int> types;
    QSet<int> statuses;
    QSet<int> reasons;
    int exempt = 0;
    int partial = 0;
    for (const anxin::sandbox::Ticket &t : m_h->state().world().tickets) {
        types.insert(t.type);
        statuses.insert(t.status);
        reasons.insert(anxin::sandbox::catalogue::reasons()[t.reason].code);
        exempt += (t.flags & anxin::sandbox::kFlagExempt) ? 1 : 0;
        partial += t.badTotal ? 1 : 0;
    }
    QCOMPARE(types, (QSet<int>{0, 1, 2, 3, 6, 7, 8}));
    QCOMPARE(statuses, (QSet<int>{6, 7, 11, 12, 13, 14, 27, 28, 29}));
    for (int code : {34, 26, 19, 21, 27})
        QVERIFY2(reasons.contains(code), qPrintable(QString::number(code)));
    QVERIFY(exempt > 0);
    QVERIFY(partial > 0);
    const QJsonArray tagged = items(R"({"size":100})");
    QVERIFY(QJsonDocument(tagged).toJson().contains(QStringLiteral("坏果 ").toUtf8()) || partial > 0);
}

void TstSandboxAftersale::data_openDeadlines_spreadAroundNow()
{
    int overdue = 0, hour = 0, four = 0, day = 0, later = 0;
    const qint64 now = m_h->now();
    for (const anxin::sandbox::Ticket &t : m_h->state().world().tickets) {
        if (t.finalTime != 0 || t.deadline == 0)
            continue;
        const qint64 left = qint64(t.deadline) - now;
        if (left < 0)
            ++overdue;
        else if (left < 3600)
            ++hour;
        else if (left < 4 * 3600)
            ++four;
        else if (left < 86400)
            ++day;
        else
            ++later;
    }
    QVERIFY(overdue > 0);
    QVERIFY(hour > 0);
    QVERIFY(four > 0);
    QVERIFY(day > 0);
    QVERIFY(later > 0);
}

void TstSandboxAftersale::data_expressRefunds_areDecidedInZeroSeconds()
{
    const QJsonArray list = items(R"({"aftersale_type":2,"size":100,"standard_aftersale_status":[12]})");
    int express = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject a = info(v);
        if (!QJsonDocument(a.value(QLatin1String("aftersale_tags")).toArray())
                 .toJson()
                 .contains(QStringLiteral("极速退款").toUtf8()))
            continue;
        ++express;
        QCOMPARE(num(a, "aftersale_status_to_final_time"), num(a, "apply_time"));
    }
    QVERIFY(express > 0);
}

ANXIN_TEST_GUILESS_MAIN(TstSandboxAftersale)
#include "tst_sandbox_aftersale.moc"

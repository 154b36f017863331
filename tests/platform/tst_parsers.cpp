#include "platform/canonicaljson.h"
#include "platform/errors.h"
#include "platform/parsers.h"
#include "platform/requests.h"
#include "testmain.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace anxin;
using namespace anxin::platform;
using Kind = core::Error::Kind;

Q_DECLARE_METATYPE(anxin::platform::PlatformFault)
Q_DECLARE_METATYPE(anxin::core::Error::Kind)

namespace {

QString dataDir()
{
    const QString env = qEnvironmentVariable("ANXIN_SOURCE_DIR");
    return (env.isEmpty() ? QStringLiteral(ANXIN_SOURCE_DIR_FALLBACK) : env) + QStringLiteral("/tests/data/platform/");
}

QByteArray sample(const char *name)
{
    QFile f(dataDir() + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open sample %s", qPrintable(f.fileName()));
    return f.readAll();
}

// The `data` of a sample envelope (the envelope itself must parse).
QJsonValue sampleData(const char *name)
{
    const auto env = parseEnvelope(sample(name));
    if (!env.ok())
        qFatal("sample %s: %s", name, qPrintable(env.error().message));
    return env->data;
}

QJsonValue json(const QByteArray &text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test json: %s in %s", qPrintable(err.errorString()), text.constData());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

// A list page with one item whose aftersale_info is `info` (raw JSON members, without braces).
QJsonValue pageWithInfo(const QByteArray &info)
{
    return json("{\"items\":[{\"aftersale_info\":{" + info + "}}],\"total\":1,\"page\":0,\"size\":10}");
}

const QByteArray kMinimalInfo = "\"aftersale_id\":\"1\",\"aftersale_status\":6,\"update_time\":1700000000";

// The error message of a failed Result, "" for a success (QVERIFY2 evaluates its message eagerly).
template <class T>
QString why(const core::Result<T> &r)
{
    return r.ok() ? QString() : r.error().message;
}

QJsonObject params(const core::Result<QJsonObject> &r)
{
    if (!r.ok())
        qFatal("unexpected request error: %s", qPrintable(why(r)));
    return r.value();
}

} // namespace

// Declared before the definitions: moc 6.4 loses track of classes whose bodies hold raw string literals.
class TestParsers : public QObject
{
    Q_OBJECT
private slots:
    // envelope
    void envelope_success_readsEveryField();
    void envelope_codeAsDigitString_tolerated();
    void envelope_invalid_malformedWithPath_data();
    void envelope_invalid_malformedWithPath();
    // after-sales list
    void afterSaleList_sample_everyField();
    void afterSaleList_missingOptionalFields_defaults();
    void afterSaleList_unknownFields_ignored();
    void afterSaleList_wrongType_failsPageWithPath_data();
    void afterSaleList_wrongType_failsPageWithPath();
    void optionalTime_malformed_skippedNotFailingThePage();
    void afterSaleList_lenientOptionalForms_accepted();
    void afterSaleList_idForms_data();
    void afterSaleList_idForms();
    void afterSaleList_itemsNullOrMissing_emptyOrMalformed();
    void afterSaleList_over100Items_malformed();
    void afterSaleList_hasMoreAbsent_computedFromTotal();
    void afterSaleList_rawJson_reparsesToSameItem();
    void afterSaleList_errorMessage_neverQuotesValue();
    // after-sales detail and writes
    void afterSaleDetail_sample_everyField();
    void afterSaleDetail_aftersaleSpelling_accepted();
    void afterSaleDetail_missingAfterSaleInfo_malformed();
    void afterSaleDetail_shopRemarks_parsedOldestFirst();
    void operate_sample_perItemResults();
    void operate_missingStatusCode_malformed();
    void rejectReasons_sample_everyField();
    void rejectReasons_badEvidenceNeed_malformed();
    // orders, logistics, product
    void orderSearch_sample_everyField();
    void orderSearch_otherListNames_accepted();
    void orderDetail_sample_everyField();
    void order_missingRequired_malformed();
    void trackRoute_sample_everyField();
    void batchDecrypt_sample_everyField();
    void productDetail_sample_everyField();
    void productDetail_flagsAtTopLevel_accepted();
    // reputation, token
    void reputation_sample_scores();
    void parseScore_edgeCases_data();
    void parseScore_edgeCases();
    void token_sample_everyField();
    void token_missingOrEmptyRequired_malformedWithoutSecret();
    // sign-for time
    void signForTime_afterSaleAndOrder();
    // errors
    void classify_contractTable_data();
    void classify_contractTable();
    void mapPlatformError_kindsAndFields();
    // requests
    void requests_afterSaleList_workedExample();
    void requests_afterSaleList_updateWindow_needsUpdateTimeAsc();
    void requests_afterSaleList_bounds();
    void requests_omitUnsetMembers();
    void requests_ids_19DigitsExact_andValidated();
    void requests_operate_limitsAndRejectFields();
    void requests_submitEvidence_atMost4();
    void requests_addOrderRemark_atMost500Characters();
    void requests_batchDecrypt_atMost50();
    void requests_orderSearch_requiresStartAndLookback();
    void requests_tokens_workedExample();
    void requests_methodNames();
};

void TestParsers::envelope_success_readsEveryField()
{
    const auto env = parseEnvelope(sample("aftersale_list.json"));
    QVERIFY2(env.ok(), qPrintable(why(env)));
    QCOMPARE(env->code, 10000);
    QVERIFY(env->isSuccess());
    QCOMPARE(env->msg, QStringLiteral("success"));
    QCOMPARE(env->subCode, QString());
    QCOMPARE(env->logId, QStringLiteral("20231115101500010203040506070809"));
    QVERIFY(env->data.isObject());

    const auto err = parseEnvelope(
        R"({"code":40003,"msg":"invalid","sub_code":"isv.access-token-expired","sub_msg":"token expired"})");
    QVERIFY(err.ok());
    QCOMPARE(err->code, 40003);
    QCOMPARE(err->subCode, QStringLiteral("isv.access-token-expired"));
    QCOMPARE(err->subMsg, QStringLiteral("token expired"));
    QVERIFY(err->data.isUndefined());
    QVERIFY(!err->isSuccess());
}

void TestParsers::envelope_codeAsDigitString_tolerated()
{
    const auto env = parseEnvelope(R"({"code":"10000","msg":"success","log_id":123,"data":{}})");
    QVERIFY(env.ok());
    QCOMPARE(env->code, 10000);
    QCOMPARE(env->logId, QStringLiteral("123")); // an optional string may arrive as a number
}

void TestParsers::envelope_invalid_malformedWithPath_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("  ") << QStringLiteral("body: empty");
    QTest::newRow("not json") << QByteArray("<html>502</html>") << QStringLiteral("body: invalid JSON");
    QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("body: expected object");
    QTest::newRow("no code") << QByteArray(R"({"msg":"x"})") << QStringLiteral("code: missing required field");
    QTest::newRow("code fraction") << QByteArray(R"({"code":10000.5})") << QStringLiteral("code: expected integer");
    QTest::newRow("code text") << QByteArray(R"({"code":"ok"})") << QStringLiteral("code: expected integer");
    QTest::newRow("code signed text") << QByteArray(R"({"code":"-1"})") << QStringLiteral("code: expected integer");
    QTest::newRow("code huge") << QByteArray(R"({"code":99999999999})") << QStringLiteral("code: expected integer");
    QTest::newRow("msg object") << QByteArray(R"({"code":10000,"msg":{}})") << QStringLiteral("msg: expected string");
    QTest::newRow("truncated") << QByteArray(R"({"code":10000,"data":{"items":[)")
                               << QStringLiteral("body: invalid JSON");
}

void TestParsers::envelope_invalid_malformedWithPath()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto env = parseEnvelope(body);
    QVERIFY(!env.ok());
    QCOMPARE(env.error().kind, Kind::Malformed);
    QVERIFY2(env.error().message.startsWith(message), qPrintable(why(env)));
}

void TestParsers::afterSaleList_sample_everyField()
{
    const auto page = parseAfterSaleList(sampleData("aftersale_list.json"));
    QVERIFY2(page.ok(), qPrintable(why(page)));
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->hasMore, true);
    QCOMPARE(page->total, 57);
    QCOMPARE(page->page, 0);
    QCOMPARE(page->size, 2);

    const AfterSaleListItem &a = page->items.at(0);
    QCOMPARE(a.aftersaleId, QStringLiteral("7301234567890123456"));
    QCOMPARE(a.aftersaleType, 1);
    QCOMPARE(a.aftersaleStatus, 6);
    QCOMPARE(a.applyTime, 1700010000);
    QCOMPARE(a.updateTime, 1700010600);
    QCOMPARE(a.statusDeadline, 1700096400);
    QCOMPARE(a.refundAmount, 36800);
    QCOMPARE(a.refundPostAmount, 0);
    QCOMPARE(a.aftersaleNum, 1);
    QCOMPARE(a.reasonSecondLabels.size(), 1);
    QCOMPARE(a.reasonSecondLabels.at(0).code, 19);
    QCOMPARE(a.reasonSecondLabels.at(0).name, QStringLiteral("商品腐烂/变质"));
    QCOMPARE(a.refundType, 1);
    QCOMPARE(a.refundStatus, 1);
    QCOMPARE(a.arbitrateStatus, 0);
    QCOMPARE(a.gotPkg, 1);
    QCOMPARE(a.returnLogisticsCode, QString());
    QCOMPARE(a.orderLogistics.size(), 2);
    QCOMPARE(a.orderLogistics.at(1).trackingNo, QStringLiteral("SF1400123456789"));
    QCOMPARE(a.orderLogistics.at(1).companyName, QStringLiteral("顺丰速运"));
    QCOMPARE(a.orderLogistics.at(1).logisticsTime, 1699995600);
    QCOMPARE(a.orderLogistics.at(1).logisticsState, 2);
    QCOMPARE(a.riskDecisionCode, 0);
    QCOMPARE(a.riskDecisionReason, QString());
    QCOMPARE(a.aftersaleTags.size(), 1);
    QCOMPARE(a.aftersaleTags.at(0).tagDetail, QStringLiteral("生鲜坏单包赔"));
    QCOMPARE(a.aftersaleTags.at(0).tagDetailText, QStringLiteral("坏单包赔，24小时内申请"));
    QCOMPARE(a.autoAuditBits, (QList<qint64>{1, 4}));
    QCOMPARE(a.aftersaleStatusToFinalTime, 0);
    QCOMPARE(a.remark, QString());
    QCOMPARE(a.orderInfo.shopOrderId, QStringLiteral("6912345678901234567"));
    QCOMPARE(a.orderInfo.relatedOrders.size(), 1);
    const RelatedOrder &ro = a.orderInfo.relatedOrders.at(0);
    QCOMPARE(ro.skuOrderId, QStringLiteral("6912345678901234568"));
    QCOMPARE(ro.productId, QStringLiteral("3601234567890123456"));
    QCOMPARE(ro.productName, QStringLiteral("泰国金枕头榴莲 3-4斤 🍈"));
    QCOMPARE(ro.productImage, QStringLiteral("https://img.example.invalid/durian.jpg"));
    QCOMPARE(ro.skuSpec, QStringList{QStringLiteral("重量:3-4斤")});
    QCOMPARE(ro.payAmount, 36800);
    QCOMPARE(ro.itemNum, 1);
    QCOMPARE(ro.orderStatus, 3);
    QCOMPARE(a.textPart.reasonText, QStringLiteral("榴莲开裂发霉，坏果"));
    QCOMPARE(a.textPart.badItemText, QStringLiteral("坏果 1/1"));
    QCOMPARE(a.sellerLogs.size(), 1);
    QCOMPARE(a.raw.value(QLatin1String("text_part")).toObject().value(QLatin1String("apply_desc")).toString(),
             QStringLiteral("到手就坏了")); // unknown fields survive in raw for storage
    QVERIFY(a.rawJson.contains("7301234567890123456"));

    const AfterSaleListItem &b = page->items.at(1);
    QCOMPARE(b.aftersaleId, QStringLiteral("7123456789012345678"));
    QCOMPARE(b.aftersaleType, 0); // return + refund: 0 is a value, not "absent"
    QCOMPARE(b.aftersaleStatus, 7);
    QCOMPARE(b.refundAmount, 149000);
    QCOMPARE(b.refundPostAmount, 800);
    QCOMPARE(b.refundType, kUnknown); // absent in the sample
    QCOMPARE(b.refundStatus, kUnknown);
    QCOMPARE(b.arbitrateStatus, kUnknown);
    QCOMPARE(b.returnLogisticsCode, QStringLiteral("zhongtong"));
    QCOMPARE(b.riskDecisionCode, 2001);
    QCOMPARE(b.riskDecisionReason, QStringLiteral("近90天多次申请"));
    QCOMPARE(b.remark, QStringLiteral("已同意退货"));
    QCOMPARE(b.orderInfo.relatedOrders.at(0).skuSpec, QStringList{QStringLiteral("30ml")});
    QCOMPARE(b.textPart.badItemText, QString());
    QCOMPARE(signForTime(b), 0);
}

void TestParsers::afterSaleList_missingOptionalFields_defaults()
{
    const auto page = parseAfterSaleList(pageWithInfo(kMinimalInfo));
    QVERIFY2(page.ok(), qPrintable(why(page)));
    const AfterSaleListItem &x = page->items.at(0);
    QCOMPARE(x.aftersaleId, QStringLiteral("1"));
    QCOMPARE(x.aftersaleStatus, 6);
    QCOMPARE(x.updateTime, 1700000000);
    QCOMPARE(x.aftersaleType, kUnknown);
    QCOMPARE(x.applyTime, 0);
    QCOMPARE(x.refundAmount, 0);
    QVERIFY(x.reasonSecondLabels.isEmpty());
    QVERIFY(x.orderLogistics.isEmpty());
    QVERIFY(x.orderInfo.shopOrderId.isEmpty());
    QVERIFY(x.textPart.reasonText.isEmpty());
    QVERIFY(x.sellerLogs.isEmpty());

    // null is "absent" for optional members too
    const auto nulls =
        parseAfterSaleList(pageWithInfo(kMinimalInfo + ",\"refund_amount\":null,\"order_logistics\":null,"
                                                       "\"remark\":null,\"aftersale_type\":null"));
    QVERIFY2(nulls.ok(), qPrintable(why(nulls)));
    QCOMPARE(nulls->items.at(0).aftersaleType, kUnknown);
}

void TestParsers::afterSaleList_unknownFields_ignored()
{
    const auto page = parseAfterSaleList(json(
        "{\"items\":[{\"aftersale_info\":{" + kMinimalInfo +
        ",\"new_thing\":[{\"deep\":{}}]},\"another_block\":42}],\"page\":0,\"size\":10,\"total\":1,\"extra\":true}"));
    QVERIFY2(page.ok(), qPrintable(why(page)));
    QCOMPARE(page->items.size(), 1);
}

void TestParsers::afterSaleList_wrongType_failsPageWithPath_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray ok = "{\"aftersale_info\":{" + kMinimalInfo + "}}";
    auto page = [&](const QByteArray &second) -> QByteArray {
        return "{\"items\":[" + ok + "," + ok + "," + ok + "," + second + "]}";
    };
    QTest::newRow("update_time as string")
        << page(R"({"aftersale_info":{"aftersale_id":"2","aftersale_status":6,"update_time":"1700000000"}})")
        << QStringLiteral("data.items[3].aftersale_info.update_time: expected Unix time in seconds");
    QTest::newRow("update_time missing") << page(R"({"aftersale_info":{"aftersale_id":"2","aftersale_status":6}})")
                                         << QStringLiteral(
                                                "data.items[3].aftersale_info.update_time: missing required field");
    QTest::newRow("status as string")
        << page(R"({"aftersale_info":{"aftersale_id":"2","aftersale_status":"6","update_time":1}})")
        << QStringLiteral("data.items[3].aftersale_info.aftersale_status: expected integer code");
    QTest::newRow("id object") << page(R"({"aftersale_info":{"aftersale_id":{},"aftersale_status":6,"update_time":1}})")
                               << QStringLiteral(
                                      "data.items[3].aftersale_info.aftersale_id: expected id (string or integer)");
    QTest::newRow("no aftersale_info") << page(R"({"order_info":{}})")
                                       << QStringLiteral("data.items[3].aftersale_info: missing required field");
    QTest::newRow("item not object") << page("17") << QStringLiteral("data.items[3]: expected object");
    QTest::newRow("optional amount garbage")
        << page(R"({"aftersale_info":{"aftersale_id":"2","aftersale_status":6,"update_time":1,"refund_amount":"abc"}})")
        << QStringLiteral("data.items[3].aftersale_info.refund_amount: expected non-negative integer");
    QTest::newRow("negative amount")
        << page(R"({"aftersale_info":{"aftersale_id":"2","aftersale_status":6,"update_time":1,"refund_amount":-1}})")
        << QStringLiteral("data.items[3].aftersale_info.refund_amount: expected non-negative integer");
    QTest::newRow("fraction amount")
        << page(R"({"aftersale_info":{"aftersale_id":"2","aftersale_status":6,"update_time":1,"refund_amount":12.5}})")
        << QStringLiteral("data.items[3].aftersale_info.refund_amount: expected non-negative integer");
    QTest::newRow("related order id")
        << page(R"({"aftersale_info":{"aftersale_id":"2","aftersale_status":6,"update_time":1},)"
                R"("order_info":{"related_order_info":[{"sku_order_id":"x1"}]}})")
        << QStringLiteral(
               "data.items[3].order_info.related_order_info[0].sku_order_id: expected id of 1 to 19 decimal digits");
    QTest::newRow("items not array") << QByteArray(R"({"items":{}})") << QStringLiteral("data.items: expected array");
    QTest::newRow("data not object") << QByteArray("[]") << QStringLiteral("data: expected object");
    QTest::newRow("total negative") << QByteArray(R"({"items":[],"total":-3})")
                                    << QStringLiteral("data.total: expected non-negative integer");
}

// Issue #26: a malformed optional time (a nested logistics time as an array, a deadline as words) is read as
// absent and logged; the item and its page stand. Required times and money still fail the page.
void TestParsers::optionalTime_malformed_skippedNotFailingThePage()
{
    const QByteArray ok = "{\"aftersale_info\":{" + kMinimalInfo + "}}";
    const auto page = parseAfterSaleList(
        json("{\"items\":[" + ok + "," +
             R"({"aftersale_info":{"aftersale_id":"2","aftersale_status":6,"update_time":1,"status_deadline":"明天",)"
             R"("apply_time":"2026-03-08 02:30:00","order_logistics":[{},{"logistics_time":[]}]}})" +
             "]}"));
    QVERIFY2(page.ok(), qPrintable(why(page)));
    QCOMPARE(page->items.size(), 2);
    const auto &info = page->items.at(1);
    QCOMPARE(info.aftersaleId, QStringLiteral("2"));
    QCOMPARE(info.statusDeadline, 0);
    QCOMPARE(info.orderLogistics.size(), 2);
    QCOMPARE(info.orderLogistics.at(1).logisticsTime, 0);
    // A wall time inside New York's spring gap, as a Beijing time: 2026-03-07 18:30 UTC, whatever the zone.
    QCOMPARE(info.applyTime, QDateTime(QDate(2026, 3, 7), QTime(18, 30), Qt::UTC).toSecsSinceEpoch());

    const auto order = parseOrderDetail(json(
        R"({"shop_order_detail":{"order_id":"5","order_status":2,"update_time":9,"pay_time":"2026-03-29 01:30:00",)"
        R"("exp_ship_time":"付款后48小时内"}})"));
    QVERIFY2(order.ok(), qPrintable(why(order)));
    QCOMPARE(order->payTime, QDateTime(QDate(2026, 3, 28), QTime(17, 30), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(order->expShipTime, 0);
}

void TestParsers::afterSaleList_wrongType_failsPageWithPath()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const auto page = parseAfterSaleList(json(data));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, Kind::Malformed);
    QCOMPARE(page.error().message, message);
    QCOMPARE(page.error().detail, message.left(message.indexOf(QLatin1String(": "))));
}

void TestParsers::afterSaleList_lenientOptionalForms_accepted()
{
    const auto page = parseAfterSaleList(pageWithInfo(
        kMinimalInfo + R"(,"refund_amount":"36800","refund_post_amount":" 800 ","apply_time":"2023-11-15 08:00:00",)"
                       R"("got_pkg":true,"aftersale_type":"1","risk_decision_code":"-5","remark":12)"));
    QVERIFY2(page.ok(), qPrintable(why(page)));
    const AfterSaleListItem &x = page->items.at(0);
    QCOMPARE(x.refundAmount, 36800);
    QCOMPARE(x.refundPostAmount, 800);
    QCOMPARE(x.applyTime, 1700006400); // 2023-11-15 08:00:00 UTC+8 == 00:00:00 UTC
    QCOMPARE(x.gotPkg, 1);
    QCOMPARE(x.aftersaleType, 1);
    QCOMPARE(x.riskDecisionCode, -5);
    QCOMPARE(x.remark, QStringLiteral("12"));
}

void TestParsers::afterSaleList_idForms_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QString>("expected"); // empty: an error
    QTest::newRow("string 19 digits") << QByteArray("\"7301234567890123456\"") << QStringLiteral("7301234567890123456");
    QTest::newRow("string above int64") << QByteArray("\"9999999999999999999\"")
                                        << QStringLiteral("9999999999999999999");
    QTest::newRow("string leading zeros") << QByteArray("\"007\"") << QStringLiteral("007");
    QTest::newRow("integer 19 digits exact")
        << QByteArray("7301234567890123457") << QStringLiteral("7301234567890123457");
    QTest::newRow("integer int64 max") << QByteArray("9223372036854775807") << QStringLiteral("9223372036854775807");
    QTest::newRow("integer small") << QByteArray("42") << QStringLiteral("42");
    QTest::newRow("integer above int64") << QByteArray("9223372036854775808") << QString();
    QTest::newRow("integer 20 digits") << QByteArray("12345678901234567890") << QString();
    QTest::newRow("string 20 digits") << QByteArray("\"12345678901234567890\"") << QString();
    QTest::newRow("fraction") << QByteArray("1.5") << QString();
    QTest::newRow("negative integer") << QByteArray("-5") << QString();
    QTest::newRow("negative string") << QByteArray("\"-5\"") << QString();
    QTest::newRow("letters") << QByteArray("\"12a\"") << QString();
    QTest::newRow("spaces") << QByteArray("\" 12\"") << QString();
    QTest::newRow("empty string") << QByteArray("\"\"") << QString();
    QTest::newRow("bool") << QByteArray("true") << QString();
    QTest::newRow("fullwidth digits") << QByteArray("\"\xEF\xBC\x91\"") << QString();
}

void TestParsers::afterSaleList_idForms()
{
    QFETCH(QByteArray, id);
    QFETCH(QString, expected);
    const auto page =
        parseAfterSaleList(pageWithInfo("\"aftersale_id\":" + id + ",\"aftersale_status\":6,\"update_time\":1"));
    if (expected.isEmpty()) {
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, Kind::Malformed);
        QVERIFY2(page.error().message.startsWith(QLatin1String("data.items[0].aftersale_info.aftersale_id: ")),
                 qPrintable(why(page)));
    } else {
        QVERIFY2(page.ok(), qPrintable(why(page)));
        QCOMPARE(page->items.at(0).aftersaleId, expected);
    }
}

void TestParsers::afterSaleList_itemsNullOrMissing_emptyOrMalformed()
{
    const auto nullItems = parseAfterSaleList(json(R"({"items":null,"has_more":false,"total":0})"));
    QVERIFY(nullItems.ok());
    QVERIFY(nullItems->items.isEmpty());
    const auto missing = parseAfterSaleList(json(R"({"has_more":false,"total":0})"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().message, QStringLiteral("data.items: missing required field"));
    const auto noData = parseAfterSaleList(QJsonValue());
    QVERIFY(!noData.ok());
    QCOMPARE(noData.error().message, QStringLiteral("data: missing"));
}

void TestParsers::afterSaleList_over100Items_malformed()
{
    QJsonArray items;
    const QJsonObject item = json("{\"aftersale_info\":{" + kMinimalInfo + "}}").toObject();
    for (int i = 0; i < 100; ++i)
        items.append(item);
    QVERIFY(parseAfterSaleList(QJsonObject{{QStringLiteral("items"), items}}).ok());
    items.append(item);
    const auto page = parseAfterSaleList(QJsonObject{{QStringLiteral("items"), items}});
    QVERIFY(!page.ok());
    QCOMPARE(page.error().message, QStringLiteral("data.items: more than 100 items in one page"));
}

void TestParsers::afterSaleList_hasMoreAbsent_computedFromTotal()
{
    auto hasMore = [](const char *text) { return parseAfterSaleList(json(QByteArray(text)))->hasMore; };
    QCOMPARE(hasMore(R"({"items":[],"page":0,"size":10,"total":11})"), true);
    QCOMPARE(hasMore(R"({"items":[],"page":1,"size":10,"total":20})"), false);
    QCOMPARE(hasMore(R"({"items":[],"page":0,"size":0,"total":5})"), false);
    QCOMPARE(hasMore(R"({"items":[],"page":9223372036854775807,"size":10,"total":5})"), false); // no overflow
    QCOMPARE(hasMore(R"({"items":[],"page":9,"size":10,"total":1000,"has_more":0})"), false);   // as sent wins
}

void TestParsers::afterSaleList_rawJson_reparsesToSameItem()
{
    const auto page = parseAfterSaleList(sampleData("aftersale_list.json"));
    QVERIFY(page.ok());
    for (const AfterSaleListItem &item : page->items) {
        const auto again = parseAfterSaleListItem(item.rawJson);
        QVERIFY2(again.ok(), qPrintable(why(again)));
        QVERIFY(again.value() == item);
        QCOMPARE(again->raw, item.raw);
    }
    QVERIFY(!parseAfterSaleListItem(QByteArray("[]")).ok());
}

void TestParsers::afterSaleList_errorMessage_neverQuotesValue()
{
    const auto page = parseAfterSaleList(pageWithInfo(kMinimalInfo + ",\"remark\":{\"secret\":\"13800138000\"}"));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().message, QStringLiteral("data.items[0].aftersale_info.remark: expected string"));
}

void TestParsers::afterSaleDetail_sample_everyField()
{
    const auto d = parseAfterSaleDetail(sampleData("aftersale_detail.json"));
    QVERIFY2(d.ok(), qPrintable(why(d)));
    QCOMPARE(d->aftersaleId, QStringLiteral("7301234567890123456")); // an integer on the wire, exact
    QCOMPARE(d->aftersaleType, 1);
    QCOMPARE(d->aftersaleStatus, 6);
    QCOMPARE(d->applyTime, 1700010000);
    QCOMPARE(d->updateTime, 1700010600);
    QCOMPARE(d->statusDeadline, 1700096400);
    QCOMPARE(d->refundAmount, 36800);
    QCOMPARE(d->refundPostAmount, 0);
    QCOMPARE(d->aftersaleNum, 1);
    QCOMPARE(d->refundType, 1);
    QCOMPARE(d->refundStatus, 1);
    QCOMPARE(d->arbitrateStatus, 0);
    QCOMPARE(d->gotPkg, 1);
    QCOMPARE(d->riskDecisionCode, 0);
    QCOMPARE(d->aftersaleStatusToFinalTime, 0);
    QCOMPARE(d->reasonCode, 19);
    QCOMPARE(d->reasonRemark, QStringLiteral("榴莲开裂发霉"));
    QCOMPARE(d->evidence, (QStringList{QStringLiteral("https://img.example.invalid/evidence/1.jpg"),
                                       QStringLiteral("https://img.example.invalid/evidence/2.jpg")}));
    QCOMPARE(d->returnMethod, 2);
    QCOMPARE(d->applyRole, 1);
    QCOMPARE(signForTime(d->orderLogistics), 1699995600);
    QCOMPARE(d->recordLogs.size(), 2);
    QCOMPARE(d->recordLogs.at(0).operatorName, QStringLiteral("买家"));
    QCOMPARE(d->recordLogs.at(0).time, 1700010000);
    QCOMPARE(d->recordLogs.at(0).text, QStringLiteral("买家发起仅退款申请"));
    QCOMPARE(d->recordLogs.at(0).images, QStringList{QStringLiteral("https://img.example.invalid/evidence/1.jpg")});
    QCOMPARE(d->recordLogs.at(0).action, QStringLiteral("apply"));
    QCOMPARE(d->recordLogs.at(0).role, QStringLiteral("buyer"));
    QCOMPARE(d->recordLogs.at(1).time, 1700010600); // "2023-11-15 09:10:00" UTC+8
    QCOMPARE(d->recordLogs.at(1).role, QStringLiteral("2"));
    QCOMPARE(d->arbitrateInfo.value(QLatin1String("arbitrate_status")).toInt(), 0);
    QCOMPARE(d->orderInfo.shopOrderId, QStringLiteral("6912345678901234567"));
    QCOMPARE(d->orderInfo.relatedOrders.size(), 1);
    QCOMPARE(d->orderInfo.relatedOrders.at(0).payAmount, 36800);
}

void TestParsers::afterSaleDetail_aftersaleSpelling_accepted()
{
    const auto d = parseAfterSaleDetail(
        json(R"({"process_info":{"after_sale_info":{"aftersale_id":"12","aftersale_status":12,"update_time":5,)"
             R"("aftersale_type":2,"evidence":[{"url":"https://e/1.jpg"}]}}})"));
    QVERIFY2(d.ok(), qPrintable(why(d)));
    QCOMPARE(d->aftersaleId, QStringLiteral("12"));
    QCOMPARE(d->aftersaleStatus, 12);
    QCOMPARE(d->aftersaleType, 2);
    QCOMPARE(d->evidence, QStringList{QStringLiteral("https://e/1.jpg")});
    QVERIFY(d->recordLogs.isEmpty());
}

void TestParsers::afterSaleDetail_missingAfterSaleInfo_malformed()
{
    const auto d = parseAfterSaleDetail(json(R"({"process_info":{}})"));
    QVERIFY(!d.ok());
    QCOMPARE(d.error().message, QStringLiteral("data.process_info.after_sale_info: missing required field"));
    const auto t = parseAfterSaleDetail(
        json(R"({"process_info":{"after_sale_info":{"after_sale_id":1.5,"after_sale_status":6,"update_time":1}}})"));
    QVERIFY(!t.ok());
    QVERIFY(t.error().message.startsWith(
        QLatin1String("data.process_info.after_sale_info.after_sale_id: expected integer id")));
}

void TestParsers::afterSaleDetail_shopRemarks_parsedOldestFirst()
{
    const auto d = parseAfterSaleDetail(json(
        R"({"process_info":{"after_sale_info":{"after_sale_id":"12","after_sale_status":6,"update_time":1700000300,)"
        R"("after_sale_shop_remarks":[{"remark":"〔小王〕已联系买家","create_time":1700000200,"operator":"店长"},)"
        R"({"remark":"平台后台写的备注","create_time":"2023-11-15 06:18:20"}]}}})"));
    QVERIFY2(d.ok(), qPrintable(why(d)));
    QCOMPARE(d->shopRemarks.size(), 2);
    QCOMPARE(d->shopRemarks.at(0),
             (ShopRemark{QStringLiteral("〔小王〕已联系买家"), 1700000200, QStringLiteral("店长")}));
    QCOMPARE(d->shopRemarks.at(1).createTime, 1700000300); // "2023-11-15 06:18:20" UTC+8
    QVERIFY(d->shopRemarks.at(1).operatorName.isEmpty());
    const auto none = parseAfterSaleDetail(
        json(R"({"process_info":{"after_sale_info":{"after_sale_id":"12","after_sale_status":6,"update_time":5}}})"));
    QVERIFY2(none.ok(), qPrintable(why(none)));
    QVERIFY(none->shopRemarks.isEmpty());
    const auto bad =
        parseAfterSaleDetail(json(R"({"process_info":{"after_sale_info":{"after_sale_id":"12",)"
                                  R"("after_sale_status":6,"update_time":5,"after_sale_shop_remarks":{}}}})"));
    QVERIFY(!bad.ok());
}

void TestParsers::operate_sample_perItemResults()
{
    const auto env = parseEnvelope(sample("operate.json"));
    QVERIFY(env.ok());
    QCOMPARE(env->code, kPartialFailureCode);
    const auto r = parseOperateResult(env->data);
    QVERIFY2(r.ok(), qPrintable(why(r)));
    QCOMPARE(r->items.size(), 2);
    QCOMPARE(r->items.at(0).aftersaleId, QStringLiteral("7301234567890123456"));
    QCOMPARE(r->items.at(0).statusCode, 0);
    QCOMPARE(r->items.at(0).statusMsg, QStringLiteral("success"));
    QCOMPARE(r->items.at(1).aftersaleId, QStringLiteral("7123456789012345678"));
    QCOMPARE(r->items.at(1).statusCode, 20309541);
    QCOMPARE(r->items.at(1).statusMsg, QStringLiteral("售后单状态已变更"));
}

void TestParsers::operate_missingStatusCode_malformed()
{
    const auto r = parseOperateResult(json(R"({"items":[{"aftersale_id":"1"}]})"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("data.items[0].status_code: missing required field"));
}

void TestParsers::rejectReasons_sample_everyField()
{
    const auto r = parseRejectReasons(sampleData("reject_reasons.json"));
    QVERIFY2(r.ok(), qPrintable(why(r)));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).rejectReasonCode, 1);
    QCOMPARE(r->at(0).reason, QStringLiteral("买家已签收，商品无质量问题"));
    QCOMPARE(r->at(0).evidenceNeed, true);
    QCOMPARE(r->at(0).evidenceDescription, QStringLiteral("请上传签收及商品完好照片"));
    QCOMPARE(r->at(0).image, QStringLiteral("https://img.example.invalid/sample1.jpg"));
    QCOMPARE(r->at(1).rejectReasonCode, 7);
    QCOMPARE(r->at(1).evidenceNeed, false);
}

void TestParsers::rejectReasons_badEvidenceNeed_malformed()
{
    const auto r = parseRejectReasons(json(R"({"items":[{"reject_reason_code":1,"evidence_need":"maybe"}]})"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.startsWith(QLatin1String("data.items[0].evidence_need: expected flag")));
    QVERIFY(!parseRejectReasons(json(R"({"items":[{"reject_reason_code":"1"}]})")).ok()); // required: strict
}

void TestParsers::orderSearch_sample_everyField()
{
    const auto page = parseOrderSearch(sampleData("order_search.json"));
    QVERIFY2(page.ok(), qPrintable(why(page)));
    QCOMPARE(page->orders.size(), 1);
    QCOMPARE(page->total, 1);
    QCOMPARE(page->size, 100);
    QCOMPARE(page->hasMore, false);
    const Order &o = page->orders.at(0);
    QCOMPARE(o.orderId, QStringLiteral("6912345678901234567"));
    QCOMPARE(o.shopId, QStringLiteral("1234567"));
    QCOMPARE(o.orderStatus, 2);
    QCOMPARE(o.createTime, 1700000000);
    QCOMPARE(o.payTime, 1700000060);
    QCOMPARE(o.updateTime, 1700000120);
    QCOMPARE(o.expShipTime, 1700172860);
    QCOMPARE(o.shipTime, 0);
    QCOMPARE(o.appointmentShipTime, 0);
    QCOMPARE(o.presellType, 0);
    QCOMPARE(o.orderAmount, 36800);
    QCOMPARE(o.payAmount, 36800);
    QCOMPARE(o.postAmount, 0);
    QCOMPARE(o.postInsuranceAmount, 150);
    QCOMPARE(o.maskPostReceiver, QStringLiteral("张**"));
    QCOMPARE(o.maskPostTel, QStringLiteral("138****5678"));
    QCOMPARE(o.maskPostAddr, QStringLiteral("广东省 深圳市 南山区 粤海街道 科技园****"));
    QCOMPARE(o.encryptPostReceiver, QStringLiteral("#Zm9vYmFy#c2VjcmV0#"));
    QCOMPARE(o.encryptPostTel, QStringLiteral("$MTM4MDAxMzgwMDA=$dGVs$"));
    QCOMPARE(o.encryptPostAddrDetail, QStringLiteral("~ZGV0YWls~YWRkcg==~"));
    QCOMPARE(o.doudianOpenId, QStringLiteral("1@#ZDEyMzQ1Njc4OWFiY2RlZg=="));
    QVERIFY(o.logisticsInfo.isEmpty());
    QCOMPARE(o.skuOrders.size(), 1);
    const SkuOrder &s = o.skuOrders.at(0);
    QCOMPARE(s.orderId, QStringLiteral("6912345678901234568"));
    QCOMPARE(s.productId, QStringLiteral("3601234567890123456"));
    QCOMPARE(s.productName, QStringLiteral("泰国金枕头榴莲 3-4斤 🍈"));
    QCOMPARE(s.firstCid, QStringLiteral("20005"));
    QCOMPARE(s.itemNum, 1);
    QCOMPARE(s.payAmount, 36800);
    QCOMPARE(s.expShipTime, 1700172860);
    QCOMPARE(s.preSaleType, 0);
    QCOMPARE(s.logisticsReceiptTime, 0);
    const auto again = parseOrder(QJsonDocument(o.raw).toJson(QJsonDocument::Compact));
    QVERIFY(again.ok());
    QVERIFY(again.value() == o);
    // The buyer's id only counts claims: a shape not expected leaves it empty and keeps the order.
    const auto odd =
        parseOrder(QByteArray(R"({"order_id":"5","order_status":3,"update_time":9,"doudian_open_id":{}})"));
    QVERIFY2(odd.ok(), qPrintable(why(odd)));
    QVERIFY(odd->doudianOpenId.isEmpty());
    QCOMPARE(parseOrder(QByteArray(R"({"order_id":"5","order_status":3,"update_time":9,"doudian_open_id":42})"))
                 ->doudianOpenId,
             QStringLiteral("42"));
}

void TestParsers::orderSearch_otherListNames_accepted()
{
    const QByteArray order = R"({"order_id":"5","order_status":3,"update_time":9})";
    for (const char *key : {"list", "items", "shop_order_list"}) {
        const auto page = parseOrderSearch(json("{\"" + QByteArray(key) + "\":[" + order + "]}"));
        QVERIFY2(page.ok(), key);
        QCOMPARE(page->orders.size(), 1);
    }
    const auto none = parseOrderSearch(json(R"({"total":0})"));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().message, QStringLiteral("data.shop_order_list: missing required field"));
}

void TestParsers::orderDetail_sample_everyField()
{
    const auto o = parseOrderDetail(sampleData("order_detail.json"));
    QVERIFY2(o.ok(), qPrintable(why(o)));
    QCOMPARE(o->orderId, QStringLiteral("6900000000000000001"));
    QCOMPARE(o->orderStatus, 5);
    QCOMPARE(o->shipTime, 1697100000);
    QCOMPARE(o->presellType, 1);
    QCOMPARE(o->maskPostAddr, QStringLiteral("浙江省杭州市西湖区****"));
    QCOMPARE(o->postInsuranceAmount, 0);
    QCOMPARE(o->logisticsInfo.size(), 1);
    QCOMPARE(o->logisticsInfo.at(0).trackingNo, QStringLiteral("ZT7300000000001"));
    QCOMPARE(o->logisticsInfo.at(0).companyName, QStringLiteral("中通快递"));
    QCOMPARE(o->logisticsInfo.at(0).shipTime, 1697100000);
    QCOMPARE(o->skuOrders.at(0).firstCid, QStringLiteral("20029"));
    QCOMPARE(o->skuOrders.at(0).preSaleType, 1);
    QCOMPARE(o->skuOrders.at(0).logisticsReceiptTime, 1697400000);
}

void TestParsers::order_missingRequired_malformed()
{
    const auto a = parseOrderSearch(json(R"({"shop_order_list":[{"order_id":"5","update_time":9}]})"));
    QVERIFY(!a.ok());
    QCOMPARE(a.error().message, QStringLiteral("data.shop_order_list[0].order_status: missing required field"));
    const auto b =
        parseOrderDetail(json(R"({"shop_order_detail":{"order_id":"5","order_status":2,"update_time":"9"}})"));
    QVERIFY(!b.ok());
    QCOMPARE(b.error().message, QStringLiteral("data.shop_order_detail.update_time: expected Unix time in seconds"));
    QVERIFY(!parseOrderDetail(json(R"({"order":{}})")).ok());
}

void TestParsers::trackRoute_sample_everyField()
{
    const auto r = parseTrackRoute(sampleData("route.json"));
    QVERIFY2(r.ok(), qPrintable(why(r)));
    QCOMPARE(r->logisticsCode, QStringLiteral("shunfeng"));
    QCOMPARE(r->trackNo, QStringLiteral("SF1400123456789"));
    QCOMPARE(r->nodes.size(), 2);
    QCOMPARE(r->nodes.at(0).content, QStringLiteral("【深圳市】顺丰速运 已收取快件"));
    QCOMPARE(r->nodes.at(0).timestamp, 1699900000); // a numeric string, accepted for an optional time
    QCOMPARE(r->nodes.at(0).state, QStringLiteral("1"));
    QCOMPARE(r->nodes.at(0).stateDescription, QStringLiteral("已揽收"));
    QCOMPARE(r->nodes.at(1).timestamp, 1699995600);
    QCOMPARE(r->nodes.at(1).state, QStringLiteral("3"));
    const auto single = parseTrackRoute(json(R"({"route_node_list":[{"content":"x"}]})"));
    QVERIFY(single.ok());
    QCOMPARE(single->nodes.size(), 1);
    QVERIFY(parseTrackRoute(json("{}"))->nodes.isEmpty());
}

void TestParsers::batchDecrypt_sample_everyField()
{
    const auto r = parseBatchDecrypt(sampleData("decrypt.json"));
    QVERIFY2(r.ok(), qPrintable(why(r)));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).authId, QStringLiteral("6912345678901234567"));
    QCOMPARE(r->at(0).cipherText, QStringLiteral("#Zm9vYmFy#c2VjcmV0#"));
    QCOMPARE(r->at(0).decryptText, QStringLiteral("张三"));
    QCOMPARE(r->at(0).errNo, 0);
    QCOMPARE(r->at(0).errMsg, QString());
    QCOMPARE(r->at(0).dataType, 1);
    QCOMPARE(r->at(1).errNo, 300008);
    QCOMPARE(r->at(1).errMsg, QStringLiteral("解密额度不足"));
    QCOMPARE(r->at(1).dataType, 2);
    const auto bad = parseBatchDecrypt(json(R"({"decrypt_infos":[{"decrypt_text":"张三"}]})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, QStringLiteral("data.decrypt_infos[0].cipher_text: missing required field"));
}

void TestParsers::productDetail_sample_everyField()
{
    const auto p = parseProductDetail(sampleData("product_detail.json"));
    QVERIFY2(p.ok(), qPrintable(why(p)));
    QCOMPARE(p->productId, QStringLiteral("3601234567890123456"));
    QCOMPARE(p->name, QStringLiteral("泰国金枕头榴莲 3-4斤 🍈"));
    QCOMPARE(p->firstCid, QStringLiteral("20005"));
    QCOMPARE(p->firstCname, QStringLiteral("生鲜"));
    QCOMPARE(p->supply7dayReturn, false);
    QCOMPARE(p->supportAllergyReturnV2, false);
    QCOMPARE(p->damagedOrderReturn, true);
}

void TestParsers::productDetail_flagsAtTopLevel_accepted()
{
    const auto p =
        parseProductDetail(json(R"({"product_id":"9","support_allergy_returnV2":1,"supply_7day_return":"1"})"));
    QVERIFY2(p.ok(), qPrintable(why(p)));
    QCOMPARE(p->supportAllergyReturnV2, true);
    QCOMPARE(p->supply7dayReturn, true);
    QCOMPARE(p->damagedOrderReturn, false);
    QVERIFY(!parseProductDetail(json(R"({"name":"x"})")).ok());
}

void TestParsers::reputation_sample_scores()
{
    const auto r = parseReputation(sampleData("reputation.json"));
    QVERIFY2(r.ok(), qPrintable(why(r)));
    QCOMPARE(r->shopId, QStringLiteral("1234567"));
    QCOMPARE(r->shopName, QStringLiteral("安心鲜果旗舰店"));
    QVERIFY(r->shopScore.ok);
    QCOMPARE(r->shopScore.value, 96.5);
    QCOMPARE(r->shopScore.raw, QStringLiteral("96.5"));
    QVERIFY(r->productScore.ok);
    QCOMPARE(r->productScore.value, 88.0);
    QCOMPARE(r->productScore.raw, QStringLiteral(" 88 "));
    QVERIFY(!r->logisticsScore.ok);
    QVERIFY(!r->serviceScore.ok);
    QCOMPARE(r->serviceScore.raw, QStringLiteral("N/A"));
    const auto missing = parseReputation(json(R"({"shop_name":"x"})"));
    QVERIFY(missing.ok());
    QVERIFY(!missing->shopScore.ok);
    QVERIFY(missing->shopScore.raw.isEmpty());
}

void TestParsers::parseScore_edgeCases_data()
{
    QTest::addColumn<QByteArray>("value"); // JSON text of the value
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("fivePoint");
    QTest::newRow("96.5") << QByteArray("\"96.5\"") << true << 96.5 << false;
    QTest::newRow("spaces") << QByteArray("\" 88 \"") << true << 88.0 << false;
    QTest::newRow("empty") << QByteArray("\"\"") << false << 0.0 << false;
    QTest::newRow("N/A") << QByteArray("\"N/A\"") << false << 0.0 << false;
    QTest::newRow("old scale") << QByteArray("\"4.8\"") << true << 4.8 << true;
    QTest::newRow("zero") << QByteArray("\"0\"") << true << 0.0 << true;
    QTest::newRow("hundred") << QByteArray("\"100\"") << true << 100.0 << false;
    QTest::newRow("above 100") << QByteArray("\"100.5\"") << false << 0.0 << false;
    QTest::newRow("negative") << QByteArray("\"-1\"") << false << 0.0 << false;
    QTest::newRow("percent") << QByteArray("\"96.5%\"") << false << 0.0 << false;
    QTest::newRow("comma decimal") << QByteArray("\"96,5\"") << false << 0.0 << false;
    QTest::newRow("nan") << QByteArray("\"nan\"") << false << 0.0 << false;
    QTest::newRow("inf") << QByteArray("\"inf\"") << false << 0.0 << false;
    QTest::newRow("cjk none") << QByteArray("\"\xE6\x9A\x82\xE6\x97\xA0\"") << false << 0.0 << false;
    QTest::newRow("json number") << QByteArray("92.25") << true << 92.25 << false;
    QTest::newRow("null") << QByteArray("null") << false << 0.0 << false;
    QTest::newRow("object") << QByteArray("{}") << false << 0.0 << false;
}

void TestParsers::parseScore_edgeCases()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, ok);
    QFETCH(double, number);
    QFETCH(bool, fivePoint);
    const QJsonValue v = json("{\"s\":" + value + "}").toObject().value(QLatin1String("s"));
    const Score s = parseScore(v);
    QCOMPARE(s.ok, ok);
    if (ok)
        QCOMPARE(s.value, number);
    QCOMPARE(s.looksFivePointScale, fivePoint);
    if (v.isString())
        QCOMPARE(s.raw, v.toString()); // the raw text is always kept
}

void TestParsers::token_sample_everyField()
{
    const auto t = parseTokenInfo(sampleData("token.json"));
    QVERIFY2(t.ok(), qPrintable(why(t)));
    QCOMPARE(t->accessToken, QStringLiteral("sandbox-access-0000000000000000"));
    QCOMPARE(t->expiresIn, std::chrono::seconds(604800));
    QCOMPARE(t->refreshToken, QStringLiteral("sandbox-refresh-000000000000000"));
    QCOMPARE(t->scope, QStringLiteral("SCOPE"));
    QCOMPARE(t->shopId, QStringLiteral("1234567"));
    QCOMPARE(t->shopName, QStringLiteral("安心鲜果旗舰店"));
}

void TestParsers::token_missingOrEmptyRequired_malformedWithoutSecret()
{
    const auto noRefresh = parseTokenInfo(json(R"({"access_token":"tok-SECRET","expires_in":604800})"));
    QVERIFY(!noRefresh.ok());
    QCOMPARE(noRefresh.error().message, QStringLiteral("data.refresh_token: missing required field"));
    const auto empty = parseTokenInfo(json(R"({"access_token":"","expires_in":604800,"refresh_token":"r"})"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().message, QStringLiteral("data.access_token: expected non-empty string"));
    const auto zero = parseTokenInfo(json(R"({"access_token":"a","expires_in":0,"refresh_token":"r"})"));
    QVERIFY(!zero.ok());
    QCOMPARE(zero.error().message, QStringLiteral("data.expires_in: expected positive number of seconds"));
    const auto text = parseTokenInfo(json(R"({"access_token":"a","expires_in":"604800","refresh_token":"r"})"));
    QVERIFY(!text.ok()); // required: strict
    const auto wrongType =
        parseTokenInfo(json(R"({"access_token":["tok-SECRET"],"expires_in":1,"refresh_token":"r"})"));
    QVERIFY(!wrongType.ok());
    QVERIFY(!wrongType.error().message.contains(QLatin1String("SECRET")));
    QVERIFY(!wrongType.error().detail.contains(QLatin1String("SECRET")));
}

void TestParsers::signForTime_afterSaleAndOrder()
{
    QList<AfterSaleLogistics> l;
    QCOMPARE(signForTime(l), 0);
    l.append({QStringLiteral("SF1"), {}, 1000, 1});
    QCOMPARE(signForTime(l), 0);
    l.append({QStringLiteral("SF1"), {}, 3000, 2});
    l.append({QStringLiteral("SF2"), {}, 2000, 2});
    l.append({QStringLiteral("SF3"), {}, 0, 2});
    QCOMPARE(signForTime(l), 2000); // the earliest non-zero signed entry

    Order o;
    SkuOrder a;
    a.orderId = QStringLiteral("11");
    a.logisticsReceiptTime = 5000;
    SkuOrder b;
    b.orderId = QStringLiteral("12");
    b.logisticsReceiptTime = 4000;
    o.skuOrders = {a, b};
    QCOMPARE(signForTime(o, QStringLiteral("11")), 5000);
    QCOMPARE(signForTime(o), 4000);
    QCOMPARE(signForTime(o, QStringLiteral("13")), 0);
}

void TestParsers::classify_contractTable_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subCode");
    QTest::addColumn<PlatformFault>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("retryable");
    using F = PlatformFault;
    auto row = [](const char *name, int code, const char *sub, F fault, Kind kind, bool retry) {
        QTest::newRow(name) << code << QString::fromUtf8(sub) << fault << kind << retry;
    };
    row("10000 success", 10000, "", F::None, Kind::None, false);
    row("10001 partial", 10001, "", F::None, Kind::None, false);
    row("20000 unavailable", 20000, "isp.service-error", F::Retryable, Kind::Platform, true);
    row("20001 timeout", 20001, "isp.service-error", F::Retryable, Kind::Platform, true);
    row("30001 auth gone", 30001, "dop.authorization-no-existed", F::AuthGone, Kind::Auth, false);
    row("30002 ip", 30002, "isv.invalid_ip", F::Config, Kind::Platform, false);
    row("40001 missing", 40001, "", F::NeverRetry, Kind::Usage, false);
    row("40002 missing", 40002, "", F::NeverRetry, Kind::Usage, false);
    row("40003 token expired", 40003, "isv.access-token-expired", F::TokenExpired, Kind::Auth, true);
    row("40003 token gone", 40003, "isv.access-token-no-existed", F::AuthGone, Kind::Auth, false);
    row("40003 signature", 40003, "isv.signature-invalid", F::ClockOrSignature, Kind::Platform, true);
    row("40003 timestamp", 40003, "isv.timestamp-invalid", F::ClockOrSignature, Kind::Platform, true);
    row("40003 other", 40003, "isv.something-else", F::NeverRetry, Kind::Usage, false);
    row("40004 business param", 40004, "isv.parameter-invalid:10025", F::NeverRetry, Kind::Usage, false);
    row("50002 ticket changed", 50002, "isv.business-failed:20309541", F::Conflict, Kind::Conflict, false);
    row("50002 concurrent refresh", 50002, "isv.business-failed:31012", F::ConcurrentRefresh, Kind::Platform, true);
    row("50002 other", 50002, "isv.business-failed:10001", F::NeverRetry, Kind::Platform, false);
    row("50002 digits not a token", 50002, "isv.business-failed:203095419", F::NeverRetry, Kind::Platform, false);
    row("31012 bare code", 31012, "", F::ConcurrentRefresh, Kind::Platform, true);
    row("60000 rate limited", 60000, "isv.traffic-limited", F::RateLimited, Kind::RateLimited, true);
    row("90000 unknown", 90000, "isp.unknown-error", F::Retryable, Kind::Platform, true);
    row("unlisted code", 12345, "", F::NeverRetry, Kind::Platform, false);
}

void TestParsers::classify_contractTable()
{
    QFETCH(int, code);
    QFETCH(QString, subCode);
    QFETCH(PlatformFault, fault);
    QFETCH(Kind, kind);
    QFETCH(bool, retryable);
    QCOMPARE(classify(code, subCode), fault);
    Envelope env;
    env.code = code;
    env.subCode = subCode;
    env.msg = QStringLiteral("m");
    const core::Error e = mapPlatformError(env);
    QCOMPARE(e.kind, kind);
    QCOMPARE(isRetryable(fault), retryable);
    if (fault != PlatformFault::None) {
        QCOMPARE(e.code, code);
        QCOMPARE(e.subCode, subCode);
        QCOMPARE(faultOf(e), fault);
        QCOMPARE(isRetryable(e), retryable);
    }
}

void TestParsers::mapPlatformError_kindsAndFields()
{
    Envelope env;
    env.code = 40003;
    env.msg = QStringLiteral("invalid platform parameter");
    env.subCode = QStringLiteral("isv.access-token-expired");
    env.subMsg = QStringLiteral("access token expired");
    env.logId = QStringLiteral("L123");
    const core::Error e = mapPlatformError(env);
    QCOMPARE(e.kind, Kind::Auth);
    QCOMPARE(e.message, QStringLiteral("platform error 40003 isv.access-token-expired: invalid platform parameter"));
    QCOMPARE(e.detail, QStringLiteral("access token expired (log_id L123)"));
    QCOMPARE(retryBudget(PlatformFault::TokenExpired), 1);
    QCOMPARE(retryBudget(PlatformFault::RateLimited), -1);
    QCOMPARE(retryBudget(PlatformFault::Conflict), 0);
    QCOMPARE(faultOf(core::Error::make(Kind::Network, QStringLiteral("x"))), PlatformFault::None);
    QCOMPARE(QByteArray(platformFaultName(PlatformFault::ClockOrSignature)), QByteArray("clock_or_signature"));
}

void TestParsers::requests_afterSaleList_workedExample()
{
    AfterSaleListRequest r;
    r.standardAftersaleStatus = {6, 7};
    r.orderBy = {{AfterSaleListRequest::SortField::StatusDeadline, true}};
    r.size = 10;
    QCOMPARE(
        canonicalJson(params(r.toParams())),
        QByteArray(R"({"order_by":["status_deadline asc"],"page":0,"size":10,"standard_aftersale_status":[6,7]})"));
    QCOMPARE(QByteArray(AfterSaleListRequest::kMethod), QByteArray("afterSale.List"));
}

void TestParsers::requests_afterSaleList_updateWindow_needsUpdateTimeAsc()
{
    AfterSaleListRequest r;
    r.updateStartTime = 1700000000;
    r.updateEndTime = 1700003600;
    QCOMPARE(canonicalJson(params(r.toParams())),
             QByteArray(R"({"order_by":["update_time asc"],"page":0,"size":100,"update_end_time":1700003600,)"
                        R"("update_start_time":1700000000})"));
    r.orderBy = {{AfterSaleListRequest::SortField::ApplyTime, false}};
    QCOMPARE(r.toParams().error().kind, Kind::Usage);
    r.orderBy = {{AfterSaleListRequest::SortField::UpdateTime, true},
                 {AfterSaleListRequest::SortField::ApplyTime, false}};
    QCOMPARE(params(r.toParams()).value(QLatin1String("order_by")).toArray(),
             (QJsonArray{QStringLiteral("update_time asc"), QStringLiteral("apply_time desc")}));
}

void TestParsers::requests_afterSaleList_bounds()
{
    AfterSaleListRequest r;
    r.size = 101;
    QCOMPARE(r.toParams().error().kind, Kind::Usage);
    r.size = 0;
    QVERIFY(!r.toParams().ok());
    r.size = 100;
    r.page = 500;
    QVERIFY(r.toParams().ok()); // page * size == 50000
    r.page = 501;
    QCOMPARE(r.toParams().error().kind, Kind::Usage);
    r.page = -1;
    QVERIFY(!r.toParams().ok());
    r.page = 0;
    r.amountStart = -1;
    QVERIFY(!r.toParams().ok());
}

void TestParsers::requests_omitUnsetMembers()
{
    AfterSaleListRequest list;
    QCOMPARE(canonicalJson(params(list.toParams())), QByteArray(R"({"page":0,"size":100})"));
    AfterSaleListRequest all;
    all.aftersaleId = QStringLiteral("7301234567890123456");
    all.orderId = QStringLiteral("6912345678901234567");
    all.aftersaleType = 0;
    all.startTime = 1;
    all.endTime = 2;
    all.amountStart = 0;
    all.amountEnd = 5000;
    all.riskFlag = 1;
    all.arbitrateStatus = {1};
    QCOMPARE(
        canonicalJson(params(all.toParams())),
        QByteArray(R"({"aftersale_id":"7301234567890123456","aftersale_type":0,"amount_end":5000,"amount_start":0,)"
                   R"("arbitrate_status":[1],"end_time":2,"order_id":"6912345678901234567","page":0,"risk_flag":1,)"
                   R"("size":100,"start_time":1})"));

    AfterSaleDetailRequest detail;
    detail.afterSaleId = QStringLiteral("42");
    QCOMPARE(canonicalJson(params(detail.toParams())), QByteArray(R"({"after_sale_id":"42"})"));
    detail.needOperationRecord = true;
    QCOMPARE(canonicalJson(params(detail.toParams())),
             QByteArray(R"({"after_sale_id":"42","need_operation_record":true})"));

    QCOMPARE(canonicalJson(params(RejectReasonListRequest{}.toParams())), QByteArray("{}"));
    QCOMPARE(canonicalJson(params(ReputationRequest{}.toParams())), QByteArray("{}"));

    OperateRequest op;
    op.type = OperateType::AgreeRefund;
    OperateItem item;
    item.aftersaleId = QStringLiteral("7301234567890123456");
    op.items = {item};
    QCOMPARE(canonicalJson(params(op.toParams())),
             QByteArray(R"({"items":[{"aftersale_id":"7301234567890123456"}],"type":201})"));
}

void TestParsers::requests_ids_19DigitsExact_andValidated()
{
    TimeExtendRequest t;
    t.aftersaleId = QStringLiteral("9999999999999999999"); // above int64: a string keeps it exact
    QCOMPARE(canonicalJson(params(t.toParams())), QByteArray(R"({"aftersale_id":"9999999999999999999"})"));
    t.aftersaleId = QStringLiteral("12345678901234567890");
    QCOMPARE(t.toParams().error().kind, Kind::Usage);
    t.aftersaleId = QStringLiteral("12a");
    QVERIFY(!t.toParams().ok());
    t.aftersaleId.clear();
    QVERIFY(!t.toParams().ok());
    OrderDetailRequest o;
    o.shopOrderId = QStringLiteral("6912345678901234567");
    QCOMPARE(canonicalJson(params(o.toParams())), QByteArray(R"({"shop_order_id":"6912345678901234567"})"));
    ProductDetailRequest p;
    p.productId = QStringLiteral("3601234567890123456");
    QCOMPARE(canonicalJson(params(p.toParams())), QByteArray(R"({"product_id":"3601234567890123456"})"));
    TrackRouteRequest tr;
    tr.logisticsCode = QStringLiteral("shunfeng");
    QVERIFY(!tr.toParams().ok());
    tr.trackNo = QStringLiteral("SF1400123456789");
    QCOMPARE(canonicalJson(params(tr.toParams())),
             QByteArray(R"({"logistics_code":"shunfeng","track_no":"SF1400123456789"})"));
}

void TestParsers::requests_operate_limitsAndRejectFields()
{
    OperateRequest op;
    op.type = OperateType::RejectRefund;
    QCOMPARE(op.toParams().error().kind, Kind::Usage); // no items
    OperateItem item;
    item.aftersaleId = QStringLiteral("7301234567890123456");
    item.updateTime = 1700010600;
    op.items = {item};
    QCOMPARE(op.toParams().error().kind, Kind::Usage); // a reject without code, reason, remark
    op.items[0].rejectReasonCode = 1;
    op.items[0].reason = QStringLiteral("买家已签收，商品无质量问题");
    op.items[0].remark = QStringLiteral("见签收照片");
    op.items[0].evidence = {{1, QStringLiteral("https://img.example.invalid/e.jpg"), QString()}};
    QCOMPARE(
        canonicalJson(params(op.toParams())),
        QStringLiteral(
            R"({"items":[{"aftersale_id":"7301234567890123456",)"
            R"("evidence":[{"type":1,"url":"https://img.example.invalid/e.jpg"}],)"
            R"("reason":"买家已签收，商品无质量问题","reject_reason_code":1,"remark":"见签收照片","update_time":1700010600}],"type":202})")
            .toUtf8());
    for (int i = 0; i < 20; ++i)
        op.items.append(op.items.first());
    QCOMPARE(op.items.size(), 21);
    QCOMPARE(op.toParams().error().kind, Kind::Usage);
    op.items.removeLast();
    QVERIFY(op.toParams().ok());

    OperateRequest agree;
    agree.type = OperateType::AgreeReturn;
    agree.items = {item};
    QVERIFY(!agree.toParams().ok()); // needs receiver_address_id
    agree.items[0].receiverAddressId = QStringLiteral("778899");
    QCOMPARE(params(agree.toParams())
                 .value(QLatin1String("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("logistics"))
                 .toObject(),
             (QJsonObject{{QStringLiteral("receiver_address_id"), QStringLiteral("778899")}}));
}

void TestParsers::requests_submitEvidence_atMost4()
{
    SubmitEvidenceRequest r;
    r.aftersaleId = QStringLiteral("1");
    r.comment = QStringLiteral("签收照片");
    r.evidence = {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"), QStringLiteral("u4")};
    QCOMPARE(canonicalJson(params(r.toParams())),
             QStringLiteral(R"({"aftersale_id":"1","comment":"签收照片","evidence":["u1","u2","u3","u4"]})").toUtf8());
    r.evidence.append(QStringLiteral("u5"));
    QCOMPARE(r.toParams().error().kind, Kind::Usage);
}

void TestParsers::requests_addOrderRemark_atMost500Characters()
{
    AddOrderRemarkRequest r;
    r.afterSaleId = QStringLiteral("7301234567890123456");
    QCOMPARE(r.toParams().error().kind, Kind::Usage); // no remark
    r.remark = QString(500, QChar(0x5907));
    const QJsonObject p = params(r.toParams());
    QCOMPARE(p.value(QLatin1String("after_sale_id")).toString(), r.afterSaleId);
    QCOMPARE(p.value(QLatin1String("remark")).toString().size(), 500);
    QVERIFY(!p.contains(QLatin1String("order_id")));
    r.remark += QLatin1Char('x');
    QCOMPARE(r.toParams().error().kind, Kind::Usage);
}

void TestParsers::requests_batchDecrypt_atMost50()
{
    BatchDecryptRequest r;
    QVERIFY(!r.toParams().ok());
    for (int i = 0; i < 50; ++i)
        r.cipherInfos.append({QStringLiteral("6912345678901234567"), QStringLiteral("#c%1#").arg(i)});
    const QJsonObject p = params(r.toParams());
    QCOMPARE(p.value(QLatin1String("cipher_infos")).toArray().size(), 50);
    QCOMPARE(p.value(QLatin1String("cipher_infos")).toArray().at(0).toObject(),
             (QJsonObject{{QStringLiteral("auth_id"), QStringLiteral("6912345678901234567")},
                          {QStringLiteral("cipher_text"), QStringLiteral("#c0#")}}));
    r.cipherInfos.append({QString(), QStringLiteral("#c50#")});
    QCOMPARE(r.toParams().error().kind, Kind::Usage);
}

void TestParsers::requests_orderSearch_requiresStartAndLookback()
{
    OrderSearchRequest r;
    QCOMPARE(r.toParams().error().kind, Kind::Usage);
    r.updateTimeStart = 1700000000;
    r.orderBy = OrderSearchRequest::SortField::UpdateTime;
    r.orderAsc = true;
    r.size = 50;
    QCOMPARE(
        canonicalJson(params(r.toParams())),
        QByteArray(R"({"order_asc":true,"order_by":"update_time","page":0,"size":50,"update_time_start":1700000000})"));
    QVERIFY(r.checkLookback(1700000000 + 89 * 86400).ok());
    QCOMPARE(r.checkLookback(1700000000 + 91 * 86400).error().kind, Kind::Usage);
}

void TestParsers::requests_tokens_workedExample()
{
    TokenCreateRequest c;
    c.shopId = QStringLiteral("1234567");
    QCOMPARE(canonicalJson(params(c.toParams())),
             QByteArray(R"({"code":"","grant_type":"authorization_self","shop_id":"1234567"})"));
    TokenRefreshRequest r;
    QVERIFY(!r.toParams().ok());
    r.refreshToken = QStringLiteral("rt-1");
    QCOMPARE(canonicalJson(params(r.toParams())),
             QByteArray(R"({"grant_type":"refresh_token","refresh_token":"rt-1"})"));
}

void TestParsers::requests_methodNames()
{
    QCOMPARE(QByteArray(AfterSaleDetailRequest::kMethod), QByteArray("afterSale.Detail"));
    QCOMPARE(QByteArray(OperateRequest::kMethod), QByteArray("afterSale.operate"));
    QCOMPARE(QByteArray(RejectReasonListRequest::kMethod), QByteArray("afterSale.rejectReasonCodeList"));
    QCOMPARE(QByteArray(TimeExtendRequest::kMethod), QByteArray("afterSale.timeExtend"));
    QCOMPARE(QByteArray(SubmitEvidenceRequest::kMethod), QByteArray("afterSale.submitEvidence"));
    QCOMPARE(QByteArray(AddOrderRemarkRequest::kMethod), QByteArray("afterSale.addOrderRemark"));
    QCOMPARE(QByteArray(OrderSearchRequest::kMethod), QByteArray("order.searchList"));
    QCOMPARE(QByteArray(OrderDetailRequest::kMethod), QByteArray("order.orderDetail"));
    QCOMPARE(QByteArray(TrackRouteRequest::kMethod), QByteArray("logistics.trackNoRouteDetail"));
    QCOMPARE(QByteArray(BatchDecryptRequest::kMethod), QByteArray("order.batchDecrypt"));
    QCOMPARE(QByteArray(ProductDetailRequest::kMethod), QByteArray("product.detail"));
    QCOMPARE(QByteArray(ReputationRequest::kMethod), QByteArray("shop.reputation"));
    QCOMPARE(QByteArray(TokenCreateRequest::kMethod), QByteArray("token.create"));
    QCOMPARE(QByteArray(TokenRefreshRequest::kMethod), QByteArray("token.refresh"));
}

ANXIN_TEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"

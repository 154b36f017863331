// The gateway rules (contract §1-§3): signing, timestamps, where param_json travels, envelope and errors.
#include "sandbox/sandboxstate.h"
#include "sandboxharness.h"
#include "testmain.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace anxin::test;
using anxin::platform::SignMethod;

class TstSandboxGateway : public QObject
{
    Q_OBJECT

private slots:
    void workedExample_md5Sign_isAccepted();
    void workedExample_hmacSign_isAccepted();
    void workedExample_listSignatures_matchContract();
    void timestamp_allThreeForms_areAccepted();
    void timestamp_skewBeyond300s_isRejected();
    void timestamp_garbage_isRejected();
    void paramJson_inQuery_isVerified();
    void paramJson_inBodyAndQuery_bodyWins();
    void paramJson_absent_isEmptyObject();
    void paramJson_sdkEscapes_verifyAgainstRawString();
    void signature_tampered_isRejected();
    void signature_reserialisedParamJson_isRejected();
    void appKey_unknown_isRejected();
    void method_mismatchWithPath_isRejected();
    void method_unknown_is40004();
    void paramJson_notAnObject_is40004();
    void accessToken_missingOrUnknown_isRejected();
    void response_hasDateContentTypeAndLength();
    void envelope_hasAllFields();
};

namespace {

constexpr qint64 kExampleNow = 1700000000;

anxin::sandbox::SandboxOptions exampleOptions()
{
    anxin::sandbox::SandboxOptions o;
    o.appSecret = "test-secret-0123456789"; // the contract's worked example
    o.tickets = 60;
    return o;
}

const QByteArray kListJson =
    R"({"order_by":["status_deadline asc"],"page":0,"size":10,"standard_aftersale_status":[6,7]})";
const QByteArray kCreateJson = R"({"code":"","grant_type":"authorization_self","shop_id":"1234567"})";

} // namespace

void TstSandboxGateway::workedExample_md5Sign_isAccepted()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    CallOptions o;
    o.timestamp = "1700000000";
    o.overrideSign = "9961e1ea07e76c34c6894576689569fc"; // from the contract, not computed here
    const Answer a = h.call("token.create", kCreateJson, {}, o);
    QCOMPARE(a.httpStatus, 200);
    QCOMPARE(a.code(), 10000);
    QVERIFY(!a.data().value(QLatin1String("access_token")).toString().isEmpty());
}

void TstSandboxGateway::workedExample_hmacSign_isAccepted()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    CallOptions o;
    o.timestamp = "1700000000";
    o.signMethod = SignMethod::HmacSha256;
    o.sendSignMethod = true;
    o.overrideSign = "02eb0a321da50971872f0c8d2d1b8b80224565895e0af35892d0b694a3fe0abe";
    QCOMPARE(h.call("token.create", kCreateJson, {}, o).code(), 10000);
    // The same hmac signature sent as md5 (no sign_method) must fail.
    o.sendSignMethod = false;
    QCOMPARE(h.call("token.create", kCreateJson, {}, o).subCode(), QStringLiteral("isv.signature-invalid"));
}

void TstSandboxGateway::workedExample_listSignatures_matchContract()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    const QByteArray token = h.accessToken();
    CallOptions o;
    o.timestamp = "1700000000";
    o.overrideSign = "6994be42457332cbf4e05ae66fe4b1fd";
    const Answer md5 = h.call("afterSale.List", kListJson, token, o);
    QCOMPARE(md5.code(), 10000);
    QVERIFY(md5.data().value(QLatin1String("items")).isArray());
    o.overrideSign = "a3968c53d47f531df068bc26e7e3ae0e2499004fa1ecbf4bba8008df635c9580";
    o.signMethod = SignMethod::HmacSha256;
    o.sendSignMethod = true;
    QCOMPARE(h.call("afterSale.List", kListJson, token, o).code(), 10000);
}

void TstSandboxGateway::timestamp_allThreeForms_areAccepted()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    const QByteArray token = h.accessToken();
    CallOptions o;
    o.timestamp = "1700000000";
    QCOMPARE(h.call("shop.reputation", "{}", token, o).code(), 10000);
    o.timestamp = "1700000000123";
    QCOMPARE(h.call("shop.reputation", "{}", token, o).code(), 10000);
    // 1700000000 = 2023-11-14 22:13:20 UTC = 2023-11-15 06:13:20 UTC+8
    o.timestamp = "2023-11-15 06:13:20";
    QCOMPARE(h.call("shop.reputation", "{}", token, o).code(), 10000);
    // The same wall time read as UTC would be 8 h off: rejected.
    o.timestamp = "2023-11-14 22:13:20";
    QCOMPARE(h.call("shop.reputation", "{}", token, o).subCode(), QStringLiteral("isv.timestamp-invalid"));
}

void TstSandboxGateway::timestamp_skewBeyond300s_isRejected()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    const QByteArray token = h.accessToken();
    CallOptions o;
    o.timestamp = QByteArray::number(kExampleNow + 300);
    QCOMPARE(h.call("shop.reputation", "{}", token, o).code(), 10000);
    o.timestamp = QByteArray::number(kExampleNow - 300);
    QCOMPARE(h.call("shop.reputation", "{}", token, o).code(), 10000);
    o.timestamp = QByteArray::number(kExampleNow + 301);
    Answer a = h.call("shop.reputation", "{}", token, o);
    QCOMPARE(a.code(), 40003);
    QCOMPARE(a.subCode(), QStringLiteral("isv.timestamp-invalid"));
    o.timestamp = QByteArray::number((kExampleNow - 400) * 1000);
    QCOMPARE(h.call("shop.reputation", "{}", token, o).subCode(), QStringLiteral("isv.timestamp-invalid"));
}

void TstSandboxGateway::timestamp_garbage_isRejected()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    CallOptions o;
    for (const QByteArray &ts : {QByteArray("17000000"), QByteArray("2023/11/15 06:13:20"), QByteArray("abc")}) {
        o.timestamp = ts;
        const Answer a = h.call("token.create", kCreateJson, {}, o);
        QCOMPARE(a.code(), 40003);
        QCOMPARE(a.subCode(), QStringLiteral("isv.timestamp-invalid"));
    }
}

void TstSandboxGateway::paramJson_inQuery_isVerified()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    CallOptions o;
    o.paramInQuery = true;
    const Answer a = h.call("afterSale.List", kListJson, h.accessToken(), o); // contains a space ("+" in the query)
    QCOMPARE(a.code(), 10000);
    QCOMPARE(a.data().value(QLatin1String("size")).toInt(), 10);
}

void TstSandboxGateway::paramJson_inBodyAndQuery_bodyWins()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    CallOptions o;
    o.paramInBoth = true;
    o.queryParamJson = R"({"page":0,"size":3})";
    // Signed over the body: accepted, and the body's size (10) is the one used.
    Answer a = h.call("afterSale.List", kListJson, h.accessToken(), o);
    QCOMPARE(a.code(), 10000);
    QCOMPARE(a.data().value(QLatin1String("size")).toInt(), 10);
    // Signed over the query's param_json while a body is present: the body wins, so the signature fails.
    o.overrideSign = anxin::platform::sign(SignMethod::Md5, h.secret(), h.appKey(), "afterSale.List", o.queryParamJson,
                                           QByteArray::number(h.now()));
    a = h.call("afterSale.List", kListJson, h.accessToken(), o);
    QCOMPARE(a.subCode(), QStringLiteral("isv.signature-invalid"));
}

void TstSandboxGateway::paramJson_absent_isEmptyObject()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    // No body, no query param_json: signed over "{}".
    CallOptions o;
    o.paramInQuery = false;
    const QByteArray token = h.accessToken();
    QNetworkRequest req(h.urlFor("shop.reputation", "{}", token, o));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = h.nam().post(req, QByteArray());
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait(5000));
    const QJsonObject json = parseObject(reply->readAll());
    QCOMPARE(json.value(QLatin1String("code")).toInt(), 10000);
    QVERIFY(!json.value(QLatin1String("data")).toObject().value(QLatin1String("shop_score")).toString().isEmpty());
    reply->deleteLater();
}

void TstSandboxGateway::paramJson_sdkEscapes_verifyAgainstRawString()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    const QByteArray token = h.accessToken();
    Answer a = h.callAuthed("afterSale.List", R"({"size":1,"standard_aftersale_status":[6]})");
    const QByteArray id = a.data()
                              .value(QLatin1String("items"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QLatin1String("aftersale_info"))
                              .toObject()
                              .value(QLatin1String("aftersale_id"))
                              .toString()
                              .toLatin1();
    QVERIFY(!id.isEmpty());
    // Java-style escaping of < > & and an SDK escaping all non-ASCII: the raw string is what is signed.
    const QByteArray escaped =
        R"({"aftersale_id":")" + id + R"(","comment":"\u003cb\u003e\u0026","evidence":["http://x/a.png"]})";
    a = h.call("afterSale.submitEvidence", escaped, token);
    QCOMPARE(a.code(), 10000);
    const QByteArray allAscii =
        R"({"aftersale_id":")" + id + R"(","comment":"\u574f\u679c 2/10","evidence":["http://x/b.png"]})";
    a = h.call("afterSale.submitEvidence", allAscii, token);
    QCOMPARE(a.code(), 10000);
    // The decoded text arrived: the record log carries the real characters.
    a = h.callAuthed("afterSale.Detail", R"({"after_sale_id":)" + id + R"(,"need_operation_record":true})");
    const QByteArray detail = a.body;
    QVERIFY(detail.contains(QStringLiteral("<b>&").toUtf8()));
    QVERIFY(detail.contains(QStringLiteral("坏果 2/10").toUtf8()));
}

void TstSandboxGateway::signature_tampered_isRejected()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    CallOptions o;
    o.overrideSign = "00000000000000000000000000000000";
    Answer a = h.call("token.create", kCreateJson, {}, o);
    QCOMPARE(a.code(), 40003);
    QCOMPARE(a.subCode(), QStringLiteral("isv.signature-invalid"));
    o = {};
    o.secret = "wrong-secret";
    QCOMPARE(h.call("token.create", kCreateJson, {}, o).subCode(), QStringLiteral("isv.signature-invalid"));
}

void TstSandboxGateway::signature_reserialisedParamJson_isRejected()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    // Signed over a different spelling of the same JSON than the one sent: must fail.
    CallOptions o;
    o.overrideSign = anxin::platform::sign(SignMethod::Md5, h.secret(), h.appKey(), "token.create",
                                           R"({"code": "", "grant_type": "authorization_self", "shop_id": "1234567"})",
                                           QByteArray::number(h.now()));
    QCOMPARE(h.call("token.create", kCreateJson, {}, o).subCode(), QStringLiteral("isv.signature-invalid"));
}

void TstSandboxGateway::appKey_unknown_isRejected()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    CallOptions o;
    o.appKey = "7000000000000009999";
    const Answer a = h.call("token.create", kCreateJson, {}, o);
    QCOMPARE(a.code(), 40003);
    QCOMPARE(a.subCode(), QStringLiteral("isv.app-key-invalid"));
}

void TstSandboxGateway::method_mismatchWithPath_isRejected()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    CallOptions o;
    o.queryMethod = "afterSale.Detail";
    const Answer a = h.call("afterSale.List", kListJson, h.accessToken(), o);
    QCOMPARE(a.code(), 40003);
    QCOMPARE(a.subCode(), QStringLiteral("isv.method-mismatch"));
}

void TstSandboxGateway::method_unknown_is40004()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    const Answer a = h.callAuthed("afterSale.Nope", "{}");
    QCOMPARE(a.httpStatus, 200);
    QCOMPARE(a.code(), 40004);
    QCOMPARE(a.subCode(), QStringLiteral("isv.method-not-exist"));
}

void TstSandboxGateway::paramJson_notAnObject_is40004()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    for (const QByteArray &pj : {QByteArray("[1,2]"), QByteArray("{\"page\":"), QByteArray("nope")}) {
        const Answer a = h.callAuthed("afterSale.List", pj);
        QCOMPARE(a.code(), 40004);
        QCOMPARE(a.subCode(), QStringLiteral("isv.parameter-invalid:param_json"));
        QVERIFY(!a.json.value(QLatin1String("sub_msg")).toString().isEmpty());
    }
}

void TstSandboxGateway::accessToken_missingOrUnknown_isRejected()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    Answer a = h.call("afterSale.List", kListJson);
    QCOMPARE(a.code(), 40003);
    QCOMPARE(a.subCode(), QStringLiteral("isv.access-token-no-existed"));
    a = h.call("afterSale.List", kListJson, "not-a-token");
    QCOMPARE(a.subCode(), QStringLiteral("isv.access-token-no-existed"));
}

void TstSandboxGateway::response_hasDateContentTypeAndLength()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    const Answer a = h.call("token.create", kCreateJson);
    QCOMPARE(a.header("Date"), QByteArray("Tue, 14 Nov 2023 22:13:20 GMT")); // the sandbox clock, RFC 7231
    QCOMPARE(a.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(a.header("Content-Length").toLongLong(), a.body.size());
}

void TstSandboxGateway::envelope_hasAllFields()
{
    SandboxHarness h(exampleOptions(), kExampleNow);
    for (const Answer &a : {h.call("token.create", kCreateJson), h.call("afterSale.List", "{}", "bad")}) {
        for (const char *k : {"code", "msg", "sub_code", "sub_msg", "log_id", "data"})
            QVERIFY2(a.json.contains(QLatin1String(k)), k);
    }
}

ANXIN_TEST_GUILESS_MAIN(TstSandboxGateway)
#include "tst_sandbox_gateway.moc"

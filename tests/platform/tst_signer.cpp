#include "platform/canonicaljson.h"
#include "platform/signer.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace anxin::platform;

namespace {
const QByteArray kKey = "7000000000000000001";
const QByteArray kSecret = "test-secret-0123456789";
const QByteArray kTs = "1700000000";

QByteArray canon(const char *json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test json: %s", qPrintable(err.errorString()));
    return doc.isObject() ? canonicalJson(doc.object()) : canonicalJson(QJsonValue(doc.array()));
}
} // namespace

// Declared before the definitions: moc 6.4 loses track of classes whose bodies hold raw string literals.
class TestSigner : public QObject
{
    Q_OBJECT
private slots:
    void workedExample_afterSaleList();
    void workedExample_tokenCreate();
    void canonical_emptyParams_isBraces();
    void canonical_nestedArraysOfObjects_sortedAtEveryDepth();
    void canonical_cjkEmojiAndSpecials_rawUtf8AndMinimalEscapes();
    void canonical_keysSortedByUtf8Bytes_notUtf16();
    void canonical_19DigitIntegers_exact();
    void canonical_booleansNullsAndDoubles();
    void sign_paramJsonSignedAsReceived_escapingMatters();
    void parseSignMethod_acceptsKnown_rejectsOthers();
    void signaturesEqual_comparesExactly();
};

void TestSigner::workedExample_afterSaleList()
{
    QJsonObject p;
    p.insert(QStringLiteral("size"), 10);
    p.insert(QStringLiteral("standard_aftersale_status"), QJsonArray{6, 7});
    p.insert(QStringLiteral("page"), 0);
    p.insert(QStringLiteral("order_by"), QJsonArray{QStringLiteral("status_deadline asc")});
    const QByteArray pj = canonicalJson(p);
    QCOMPARE(
        pj, QByteArray(R"({"order_by":["status_deadline asc"],"page":0,"size":10,"standard_aftersale_status":[6,7]})"));
    QCOMPARE(sign(SignMethod::Md5, kSecret, kKey, "afterSale.List", pj, kTs),
             QByteArray("6994be42457332cbf4e05ae66fe4b1fd"));
    QCOMPARE(sign(SignMethod::HmacSha256, kSecret, kKey, "afterSale.List", pj, kTs),
             QByteArray("a3968c53d47f531df068bc26e7e3ae0e2499004fa1ecbf4bba8008df635c9580"));
}

void TestSigner::workedExample_tokenCreate()
{
    QJsonObject p{{QStringLiteral("shop_id"), QStringLiteral("1234567")},
                  {QStringLiteral("grant_type"), QStringLiteral("authorization_self")},
                  {QStringLiteral("code"), QString()}};
    const QByteArray pj = canonicalJson(p);
    QCOMPARE(pj, QByteArray(R"({"code":"","grant_type":"authorization_self","shop_id":"1234567"})"));
    QCOMPARE(sign(SignMethod::Md5, kSecret, kKey, "token.create", pj, kTs),
             QByteArray("9961e1ea07e76c34c6894576689569fc"));
    QCOMPARE(sign(SignMethod::HmacSha256, kSecret, kKey, "token.create", pj, kTs),
             QByteArray("02eb0a321da50971872f0c8d2d1b8b80224565895e0af35892d0b694a3fe0abe"));
}

void TestSigner::canonical_emptyParams_isBraces()
{
    QCOMPARE(canonicalJson(QJsonObject()), QByteArray("{}"));
}

void TestSigner::canonical_nestedArraysOfObjects_sortedAtEveryDepth()
{
    QCOMPARE(canon(R"({"z":[{"b":1,"a":{"d":[{"y":1,"x":2}],"c":0}}],"a":[]})"),
             QByteArray(R"({"a":[],"z":[{"a":{"c":0,"d":[{"x":2,"y":1}]},"b":1}]})"));
}

void TestSigner::canonical_cjkEmojiAndSpecials_rawUtf8AndMinimalEscapes()
{
    QJsonObject p{{QStringLiteral("remark"), QStringLiteral("坏果 2/10 🍈 <a&b> \"q\" back\\slash\nnew\ttab")}};
    const QByteArray out = canonicalJson(p);
    QCOMPARE(out, QByteArray("{\"remark\":\"") + QStringLiteral("坏果 2/10 🍈").toUtf8() +
                      QByteArray(R"( <a&b> \"q\" back\\slash\nnew\ttab"})"));
    // Control characters other than the named ones become \u00XX.
    QCOMPARE(canonicalJson(QJsonObject{{QStringLiteral("c"), QString(QChar(0x01))}}), QByteArray(R"({"c":"\u0001"})"));
}

void TestSigner::canonical_keysSortedByUtf8Bytes_notUtf16()
{
    // U+FF21 (3 UTF-8 bytes EF BC A1) sorts before U+1F600 (F0 9F 98 80) in UTF-8 byte order, but after
    // it in UTF-16 code units (D83D...). The contract says byte order.
    QJsonObject p{{QStringLiteral("😀"), 1}, {QString(QChar(0xFF21)), 2}, {QStringLiteral("a"), 3}};
    QCOMPARE(canonicalJson(p), QByteArray("{\"a\":3,\"") + QString(QChar(0xFF21)).toUtf8() + "\":2,\"" +
                                   QStringLiteral("😀").toUtf8() + "\":1}");
}

void TestSigner::canonical_19DigitIntegers_exact()
{
    QCOMPARE(canon(R"({"aftersale_id":7123456789012345678,"n":-9223372036854775808})"),
             QByteArray(R"({"aftersale_id":7123456789012345678,"n":-9223372036854775808})"));
    QJsonObject p{{QStringLiteral("id"), qint64(9223372036854775807LL)}};
    QCOMPARE(canonicalJson(p), QByteArray(R"({"id":9223372036854775807})"));
}

void TestSigner::canonical_booleansNullsAndDoubles()
{
    QCOMPARE(canon(R"({"b":true,"f":false,"n":null,"d":1.5,"e":[null]})"),
             QByteArray(R"({"b":true,"d":1.5,"e":[null],"f":false})"));
}

void TestSigner::sign_paramJsonSignedAsReceived_escapingMatters()
{
    // An SDK that escapes non-ASCII signs its own string: the signature differs from ours, and both are
    // verifiable only against the string as it travelled.
    const QByteArray raw = QStringLiteral(R"({"remark":"坏"})").toUtf8();
    const QByteArray escaped = R"({"remark":"\u574f"})";
    QVERIFY(sign(SignMethod::Md5, kSecret, kKey, "m", raw, kTs) !=
            sign(SignMethod::Md5, kSecret, kKey, "m", escaped, kTs));
}

void TestSigner::parseSignMethod_acceptsKnown_rejectsOthers()
{
    SignMethod m;
    QVERIFY(parseSignMethod(QString(), &m) && m == SignMethod::Md5);
    QVERIFY(parseSignMethod(QStringLiteral("hmac-sha256"), &m) && m == SignMethod::HmacSha256);
    QVERIFY(!parseSignMethod(QStringLiteral("sha1"), &m));
}

void TestSigner::signaturesEqual_comparesExactly()
{
    QVERIFY(signaturesEqual("abc", "abc"));
    QVERIFY(!signaturesEqual("abc", "abd"));
    QVERIFY(!signaturesEqual("abc", "ab"));
}

ANXIN_TEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"

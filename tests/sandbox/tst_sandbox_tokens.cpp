// token.create / token.refresh lifetimes and rotation (contract §4), driven by the sandbox clock.
#include "sandbox/sandboxstate.h"
#include "sandboxharness.h"
#include "testmain.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace anxin::test;

class TstSandboxTokens : public QObject
{
    Q_OBJECT

private slots:
    void create_validShop_returnsPairWithDurations();
    void create_otherShopId_is30001();
    void create_wrongGrantType_is40004();
    void refresh_earlierThanLastHour_returnsSamePair();
    void refresh_inLastHour_rotatesAndOldPairLivesOneHour();
    void refresh_afterAccessExpiry_rotatesAndOldPairIsDead();
    void refresh_afterRefreshExpiry_isRejected();
    void access_after7Days_isExpired();
    void refresh_concurrent_oneGets31012();
    void refresh_retryAfterWindow_getsWinnersPair();

private:
    static QByteArray refreshJson(const QByteArray &token);
};

namespace {

constexpr qint64 kNow = 1750000000;
constexpr qint64 kDay = 86400;

anxin::sandbox::SandboxOptions small()
{
    anxin::sandbox::SandboxOptions o;
    o.tickets = 20;
    return o;
}

QString field(const Answer &a, const char *key)
{
    return a.data().value(QLatin1String(key)).toString();
}

} // namespace

QByteArray TstSandboxTokens::refreshJson(const QByteArray &token)
{
    return R"({"grant_type":"refresh_token","refresh_token":")" + token + R"("})";
}

void TstSandboxTokens::create_validShop_returnsPairWithDurations()
{
    SandboxHarness h(small(), kNow);
    const Answer a = h.call("token.create", R"({"code":"","grant_type":"authorization_self","shop_id":"1234567"})");
    QCOMPARE(a.code(), 10000);
    QCOMPARE(a.data().value(QLatin1String("expires_in")).toInteger(), 7 * kDay); // a duration, not a time
    QVERIFY(!field(a, "access_token").isEmpty());
    QVERIFY(!field(a, "refresh_token").isEmpty());
    QVERIFY(field(a, "access_token") != field(a, "refresh_token"));
    QCOMPARE(field(a, "shop_id"), QStringLiteral("1234567"));
    QVERIFY(!field(a, "shop_name").isEmpty());
    QVERIFY(a.data().contains(QLatin1String("scope")));
    QCOMPARE(h.state().counters().tokenCreates, 1);
}

void TstSandboxTokens::create_otherShopId_is30001()
{
    SandboxHarness h(small(), kNow);
    const Answer a = h.call("token.create", R"({"code":"","grant_type":"authorization_self","shop_id":"999"})");
    QCOMPARE(a.code(), 30001);
}

void TstSandboxTokens::create_wrongGrantType_is40004()
{
    SandboxHarness h(small(), kNow);
    const Answer a = h.call("token.create", R"({"code":"","grant_type":"authorization_code","shop_id":"1234567"})");
    QCOMPARE(a.code(), 40004);
}

void TstSandboxTokens::refresh_earlierThanLastHour_returnsSamePair()
{
    SandboxHarness h(small(), kNow);
    h.state().refreshWindowMs = 0;
    const QByteArray access = h.accessToken();
    h.advance(7 * kDay - 3601);
    const Answer a = h.call("token.refresh", refreshJson(h.refreshToken()));
    QCOMPARE(a.code(), 10000);
    QCOMPARE(field(a, "access_token").toLatin1(), access);
    QCOMPARE(field(a, "refresh_token").toLatin1(), h.refreshToken());
    QCOMPARE(a.data().value(QLatin1String("expires_in")).toInteger(), 3601);
}

void TstSandboxTokens::refresh_inLastHour_rotatesAndOldPairLivesOneHour()
{
    SandboxHarness h(small(), kNow);
    h.state().refreshWindowMs = 0;
    const QByteArray oldAccess = h.accessToken();
    h.advance(7 * kDay - 1800); // 30 min left
    const Answer a = h.call("token.refresh", refreshJson(h.refreshToken()));
    QCOMPARE(a.code(), 10000);
    const QByteArray newAccess = field(a, "access_token").toLatin1();
    QVERIFY(newAccess != oldAccess);
    QCOMPARE(a.data().value(QLatin1String("expires_in")).toInteger(), 7 * kDay);
    // The old token keeps working for one more hour, even past its own 7 days...
    h.advance(3000);
    QCOMPARE(h.call("shop.reputation", "{}", oldAccess).code(), 10000);
    // ...and not after.
    h.advance(601);
    const Answer old = h.call("shop.reputation", "{}", oldAccess);
    QCOMPARE(old.code(), 40003);
    QCOMPARE(old.subCode(), QStringLiteral("isv.access-token-expired"));
    QCOMPARE(h.call("shop.reputation", "{}", newAccess).code(), 10000);
}

void TstSandboxTokens::refresh_afterAccessExpiry_rotatesAndOldPairIsDead()
{
    SandboxHarness h(small(), kNow);
    h.state().refreshWindowMs = 0;
    const QByteArray oldAccess = h.accessToken();
    const QByteArray oldRefresh = h.refreshToken();
    h.advance(8 * kDay);
    QCOMPARE(h.call("shop.reputation", "{}", oldAccess).subCode(), QStringLiteral("isv.access-token-expired"));
    const Answer a = h.call("token.refresh", refreshJson(oldRefresh));
    QCOMPARE(a.code(), 10000);
    QVERIFY(field(a, "access_token").toLatin1() != oldAccess);
    QCOMPARE(h.call("shop.reputation", "{}", field(a, "access_token").toLatin1()).code(), 10000);
    // The old pair is dead at once: its refresh token no longer works.
    QCOMPARE(h.call("token.refresh", refreshJson(oldRefresh)).code(), 40003);
    QCOMPARE(h.call("shop.reputation", "{}", oldAccess).code(), 40003);
}

void TstSandboxTokens::refresh_afterRefreshExpiry_isRejected()
{
    SandboxHarness h(small(), kNow);
    h.state().refreshWindowMs = 0;
    h.accessToken();
    h.advance(14 * kDay + 1);
    const Answer a = h.call("token.refresh", refreshJson(h.refreshToken()));
    QCOMPARE(a.code(), 40003);
    QCOMPARE(a.subCode(), QStringLiteral("isv.refresh-token-expired"));
    QCOMPARE(h.call("token.refresh", refreshJson("unknown")).subCode(), QStringLiteral("isv.refresh-token-no-existed"));
}

void TstSandboxTokens::access_after7Days_isExpired()
{
    SandboxHarness h(small(), kNow);
    const QByteArray access = h.accessToken();
    h.advance(7 * kDay - 1);
    QCOMPARE(h.call("shop.reputation", "{}", access).code(), 10000);
    h.advance(1);
    QCOMPARE(h.call("shop.reputation", "{}", access).subCode(), QStringLiteral("isv.access-token-expired"));
}

void TstSandboxTokens::refresh_concurrent_oneGets31012()
{
    SandboxHarness h(small(), kNow);
    h.state().refreshWindowMs = 300;
    h.accessToken();
    h.advance(7 * kDay - 600);
    const QByteArray body = refreshJson(h.refreshToken());
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 2; ++i) {
        QNetworkRequest req(h.urlFor("token.refresh", body, {}, {}));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        replies << h.nam().post(req, body);
    }
    for (QNetworkReply *r : replies) {
        if (!r->isFinished())
            QVERIFY(QSignalSpy(r, &QNetworkReply::finished).wait(5000));
    }
    QList<int> codes;
    QStringList subs;
    for (QNetworkReply *r : replies) {
        const QJsonObject json = parseObject(r->readAll());
        codes << json.value(QLatin1String("code")).toInt();
        subs << json.value(QLatin1String("sub_code")).toString();
        r->deleteLater();
    }
    std::sort(codes.begin(), codes.end());
    QCOMPARE(codes, (QList<int>{10000, 50002}));
    QVERIFY(subs.contains(QStringLiteral("isv.business-failed:31012")));
    QCOMPARE(h.state().counters().refreshes, 1);
}

void TstSandboxTokens::refresh_retryAfterWindow_getsWinnersPair()
{
    SandboxHarness h(small(), kNow);
    h.state().refreshWindowMs = 150;
    h.accessToken();
    h.advance(7 * kDay - 600);
    const QByteArray body = refreshJson(h.refreshToken());
    const Answer first = h.call("token.refresh", body);
    QCOMPARE(first.code(), 10000);
    QTest::qWait(200);
    const Answer retry = h.call("token.refresh", body); // old refresh token, inside its grace hour
    QCOMPARE(retry.code(), 10000);
    QCOMPARE(field(retry, "access_token"), field(first, "access_token"));
    QCOMPARE(h.state().counters().rotations, 1);
}

ANXIN_TEST_GUILESS_MAIN(TstSandboxTokens)
#include "tst_sandbox_tokens.moc"

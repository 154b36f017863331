// TokenManager + ApiClient against the sandbox's token rules (contract §4): single-flight refresh, rotation in
// the last hour with the old pair's grace hour, fallback to token.create once the refresh token is dead, and
// the one retry of a 31012 concurrent refresh.
#include "clientrig.h"
#include "platform/requests.h"
#include "sandbox/sandboxstate.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace anxin::test;
using namespace anxin::platform;
using anxin::core::Error;
using anxin::platform::CallResult;

class TstClientTokens : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eightConcurrent_noTokenYet_exactlyOneCreate();
    void eightConcurrent_tokenExpiredAtPlatform_exactlyOneRefreshAllSucceed();
    void eightConcurrent_tokenKnownExpired_exactlyOneRefreshAllSucceed();
    void refresh_inLastHour_newPairAndOldPairValidOneMoreHour();
    void refreshTokenDead_atPlatform_fallsBackToCreate();
    void refreshTokenExpired_locally_createsWithoutTryingRefresh();
    void concurrentRefresh_31012_retriedOnceAndBothGetNewPair();

private:
    void warmUp();
    std::unique_ptr<ClientRig> m_rig;
};

namespace {

#define VERIFY_OK(r) QVERIFY2((r).ok(), describe(r).constData())

constexpr qint64 kDay = 86400;
const QString kReputation = QStringLiteral("shop.reputation");

int failures(const QList<CallResult> &results)
{
    int n = 0;
    for (const CallResult &r : results) {
        if (!r.ok()) {
            qWarning("%s", describe(r).constData());
            ++n;
        }
    }
    return n;
}

} // namespace

void TstClientTokens::init()
{
    RigOptions o;
    o.tickets = 100;
    m_rig = std::make_unique<ClientRig>(o);
}

void TstClientTokens::cleanup()
{
    m_rig.reset();
}

void TstClientTokens::warmUp()
{
    const CallResult r = m_rig->call(ReputationRequest{});
    if (!r.ok())
        qWarning("warm-up failed: %s", describe(r).constData());
    m_rig->resetCounters();
}

void TstClientTokens::eightConcurrent_noTokenYet_exactlyOneCreate()
{
    const auto results = m_rig->callConcurrently(8, "shop.reputation", {});
    QCOMPARE(failures(results), 0);
    QCOMPARE(m_rig->counter("token_creates"), 1);
    QCOMPARE(m_rig->tokens().createsStarted(), 1);
    QCOMPARE(m_rig->calls(kReputation), 8);
}

void TstClientTokens::eightConcurrent_tokenExpiredAtPlatform_exactlyOneRefreshAllSucceed()
{
    warmUp();
    const QByteArray old = m_rig->tokens().current().accessToken;
    // The platform expires the token at the first call; the client's clock still thinks it valid, so all eight
    // go out with it and all eight come back isv.access-token-expired.
    QVERIFY(m_rig->fault(
        {{QStringLiteral("kind"), QStringLiteral("token_expiry")}, {QStringLiteral("method"), kReputation}}));
    const auto results = m_rig->callConcurrently(8, "shop.reputation", {});
    QCOMPARE(failures(results), 0);
    QCOMPARE(m_rig->codeCount(40003), 8);
    QCOMPARE(m_rig->counter("refreshes"), 1);
    QCOMPARE(m_rig->calls(QStringLiteral("token.refresh")), 1);
    QCOMPARE(m_rig->counter("token_creates"), 0);
    QCOMPARE(m_rig->tokens().refreshesStarted(), 1);
    QCOMPARE(m_rig->calls(kReputation), 16);
    for (const CallResult &r : results)
        QCOMPARE(r.attempts, 2);
    QVERIFY(m_rig->tokens().current().accessToken != old);
}

void TstClientTokens::eightConcurrent_tokenKnownExpired_exactlyOneRefreshAllSucceed()
{
    warmUp();
    const QByteArray old = m_rig->tokens().current().accessToken;
    m_rig->advance(7 * kDay + 60); // access dead on both sides, refresh token alive
    const auto results = m_rig->callConcurrently(8, "shop.reputation", {});
    QCOMPARE(failures(results), 0);
    QCOMPARE(m_rig->counter("refreshes"), 1);
    QCOMPARE(m_rig->counter("rotations"), 1);
    QCOMPARE(m_rig->counter("token_creates"), 0);
    QCOMPARE(m_rig->tokens().refreshesStarted(), 1);
    QCOMPARE(m_rig->calls(kReputation), 8); // nobody tried the dead token
    QCOMPARE(m_rig->codeCount(40003), 0);
    QVERIFY(m_rig->tokens().current().accessToken != old);
}

void TstClientTokens::refresh_inLastHour_newPairAndOldPairValidOneMoreHour()
{
    warmUp();
    const TokenSet old = m_rig->tokens().current();
    m_rig->advance(7 * kDay - 1800); // 30 minutes left
    QSignalSpy changed(&m_rig->tokens(), &TokenManager::tokensChanged);
    // The call goes on with the current token; the manager renews in the background.
    const CallResult r = m_rig->call(ReputationRequest{});
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 1);
    QVERIFY(changed.wait(5000) || changed.count() == 1);
    QCOMPARE(changed.count(), 1);
    const TokenSet fresh = m_rig->tokens().current();
    QVERIFY(fresh.accessToken != old.accessToken);
    QVERIFY(fresh.refreshToken != old.refreshToken);
    QCOMPARE(m_rig->counter("rotations"), 1);
    QCOMPARE(m_rig->tokens().refreshesStarted(), 1);
    QCOMPARE(fresh.accessExpiresAtMs, m_rig->clock().nowMsecs() + 7 * kDay * 1000);

    // The old pair stays valid for one more hour (past its own expiry), then dies; the new one lives on.
    m_rig->advance(3000);
    QCOMPARE(m_rig->sandbox().call("shop.reputation", "{}", old.accessToken).code(), 10000);
    m_rig->advance(601);
    QCOMPARE(m_rig->sandbox().call("shop.reputation", "{}", old.accessToken).code(), 40003);
    QCOMPARE(m_rig->sandbox().call("shop.reputation", "{}", fresh.accessToken).code(), 10000);
    const CallResult after = m_rig->call(ReputationRequest{});
    VERIFY_OK(after);
    QCOMPARE(after.attempts, 1);
    QCOMPARE(m_rig->tokens().refreshesStarted(), 1);
}

void TstClientTokens::refreshTokenDead_atPlatform_fallsBackToCreate()
{
    warmUp();
    // The client believes its refresh token lives longer than it does at the platform (e.g. stored by an older
    // build): the platform refuses the refresh, and a self-use app creates a fresh pair instead.
    TokenSet believed = m_rig->tokens().current();
    believed.refreshExpiresAtMs += 30 * kDay * 1000;
    QVERIFY(m_rig->store().write(m_rig->tokens().secretKey(), believed.toJson()).ok());
    TokenManager reloaded(&m_rig->api(), &m_rig->store(), QString::fromLatin1(anxin::sandbox::kDemoShopId));
    m_rig->api().setTokenProvider(&reloaded);
    QSignalSpy lost(&reloaded, &TokenManager::authorizationLost);

    m_rig->advance(14 * kDay + 60); // both tokens dead at the platform
    const CallResult r = m_rig->call(ReputationRequest{});
    m_rig->api().setTokenProvider(&m_rig->tokens());
    VERIFY_OK(r);
    QCOMPARE(reloaded.refreshesStarted(), 1);
    QCOMPARE(reloaded.createsStarted(), 1);
    QCOMPARE(m_rig->calls(QStringLiteral("token.refresh")), 1);
    QCOMPARE(m_rig->counter("refreshes"), 0);
    QCOMPARE(m_rig->counter("token_creates"), 1);
    QCOMPARE(lost.count(), 0);
    QVERIFY(reloaded.current().accessToken != believed.accessToken);
    QCOMPARE(TokenSet::fromJson(m_rig->store().read(reloaded.secretKey()).value()).accessToken,
             reloaded.current().accessToken);
}

void TstClientTokens::refreshTokenExpired_locally_createsWithoutTryingRefresh()
{
    warmUp();
    m_rig->advance(14 * kDay + 60);
    const CallResult r = m_rig->call(ReputationRequest{});
    VERIFY_OK(r);
    QCOMPARE(m_rig->calls(QStringLiteral("token.refresh")), 0);
    QCOMPARE(m_rig->counter("token_creates"), 1);
    QCOMPARE(m_rig->tokens().createsStarted(), 2);
    QCOMPARE(m_rig->tokens().refreshesStarted(), 0);
}

void TstClientTokens::concurrentRefresh_31012_retriedOnceAndBothGetNewPair()
{
    warmUp();
    const TokenSet old = m_rig->tokens().current();
    // A second client of the same shop (another ApiClient, the same stored pair) refreshing at the same moment:
    // the platform lets one refresh through and answers the other 50002 isv.business-failed:31012.
    ApiConfig config = m_rig->api().config();
    ApiClient otherApi(config, std::shared_ptr<anxin::core::Clock>(&m_rig->clock(), [](anxin::core::Clock *) {}));
    otherApi.setRandomSource(&maxJitter);
    TokenManager other(&otherApi, &m_rig->store(), QString::fromLatin1(anxin::sandbox::kDemoShopId));
    otherApi.setTokenProvider(&other);

    m_rig->advance(7 * kDay - 600); // inside the last hour: each manager renews in the background
    QSignalSpy firstChanged(&m_rig->tokens(), &TokenManager::tokensChanged);
    QSignalSpy otherChanged(&other, &TokenManager::tokensChanged);
    QSignalSpy lost(&other, &TokenManager::authorizationLost);
    QSignalSpy lostFirst(&m_rig->tokens(), &TokenManager::authorizationLost);
    int answered = 0;
    QObject ctx;
    for (ApiClient *api : {&m_rig->api(), &otherApi}) {
        api->call("shop.reputation", {}, anxin::platform::CallOptions{}, &ctx, [&answered](const CallResult &r) {
            if (r.ok())
                ++answered;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(firstChanged.count() + otherChanged.count(), 2, 5000);
    QCOMPARE(m_rig->tokens().refreshesStarted(), 1);
    QCOMPARE(other.refreshesStarted(), 1);
    QCOMPARE(m_rig->codeCount(50002), 1);                       // one 31012
    QCOMPARE(m_rig->calls(QStringLiteral("token.refresh")), 3); // two refreshes + the one retry
    QCOMPARE(m_rig->counter("rotations"), 1);                   // the retry got the winner's pair
    QCOMPARE(m_rig->counter("token_creates"), 0);
    QCOMPARE(lost.count() + lostFirst.count(), 0);
    QVERIFY(m_rig->tokens().current().accessToken != old.accessToken);
    QCOMPARE(other.current().accessToken, m_rig->tokens().current().accessToken);
    QCOMPARE(other.current().refreshToken, m_rig->tokens().current().refreshToken);
}

ANXIN_TEST_GUILESS_MAIN(TstClientTokens)
#include "tst_client_tokens.moc"

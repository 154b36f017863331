// The client learns the platform's clock from the Date header, resyncs once on isv.timestamp-invalid and
// retries once; a second timestamp failure in the same call is final. Sandbox and client run on real time here.
#include "clientrig.h"
#include "platform/requests.h"
#include "sandbox/sandboxstate.h"
#include "testmain.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace anxin::test;
using namespace anxin::platform;
using anxin::core::Error;
using anxin::platform::CallResult;

class TstClientClock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void platformClockAheadOneHour_firstCallResyncsOnceThenSucceeds();
    void platformClockAheadOneHour_offsetLearnedFromAnyAnswer();
    void secondTimestampFailureInSameCall_notRetriedAgain();
    void wrongSecret_signatureInvalid_resyncedOnceThenStops();

private:
    void setSandboxClock(qint64 secs);
    std::unique_ptr<ClientRig> m_rig;
};

namespace {

#define VERIFY_OK(r) QVERIFY2((r).ok(), describe(r).constData())

constexpr qint64 kHourMs = 3600'000;

QJsonObject createParams()
{
    TokenCreateRequest req;
    req.shopId = QString::fromLatin1(anxin::sandbox::kDemoShopId);
    return req.toParams().value();
}

} // namespace

void TstClientClock::init()
{
    RigOptions o;
    o.frozenNow = 0; // real time on both sides
    o.tickets = 50;
    m_rig = std::make_unique<ClientRig>(o);
}

void TstClientClock::cleanup()
{
    m_rig.reset();
}

void TstClientClock::setSandboxClock(qint64 secs)
{
    const Answer a =
        m_rig->sandbox().control("POST", QStringLiteral("/__sandbox/clock"), {{QStringLiteral("set"), secs}});
    QCOMPARE(a.httpStatus, 200);
}

void TstClientClock::platformClockAheadOneHour_firstCallResyncsOnceThenSucceeds()
{
    setSandboxClock(QDateTime::currentSecsSinceEpoch() + 3600);
    m_rig->resetCounters();
    QSignalSpy offsetChanged(&m_rig->api(), &ApiClient::clockOffsetChanged);
    // The first call (token.create, made by the TokenManager) goes out an hour behind: refused
    // isv.timestamp-invalid, resynced from that answer's Date header, retried once, accepted.
    const CallResult r = m_rig->call(ReputationRequest{});
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_rig->calls(QStringLiteral("token.create")), 2);
    QCOMPARE(m_rig->codeCount(40003), 1);
    QCOMPARE(m_rig->calls(QStringLiteral("shop.reputation")), 1);
    QVERIFY(offsetChanged.count() >= 1);
    const qint64 offset = m_rig->api().clockOffsetMs();
    QVERIFY2(qAbs(offset - kHourMs) <= 2000, qPrintable(QString::number(offset)));
    QCOMPARE(offsetChanged.last().at(0).toLongLong(), offset);
    // The platform clock the client now uses agrees with the sandbox's.
    QVERIFY(qAbs(m_rig->api().platformNowMsecs() - m_rig->sandbox().state().clock().nowMsecs()) <= 2000);
    // Tokens are timed on the platform clock: 7 days from the platform's now.
    const qint64 expiresAt = m_rig->tokens().current().accessExpiresAtMs;
    QVERIFY(qAbs(expiresAt - (m_rig->sandbox().state().clock().nowMsecs() + 7 * 24 * kHourMs)) <= 5000);
}

void TstClientClock::platformClockAheadOneHour_offsetLearnedFromAnyAnswer()
{
    // The offset is learned from the first answer's Date header; a direct call with the right offset already
    // in place is never refused.
    setSandboxClock(QDateTime::currentSecsSinceEpoch() + 3600);
    const CallResult first = m_rig->call("token.create", createParams(), anxin::platform::CallOptions{false, false});
    VERIFY_OK(first);
    QCOMPARE(first.attempts, 2);
    m_rig->resetCounters();
    const CallResult second = m_rig->call("token.create", createParams(), anxin::platform::CallOptions{false, false});
    VERIFY_OK(second);
    QCOMPARE(second.attempts, 1);
    QCOMPARE(m_rig->codeCount(40003), 0);
    // The platform's clock moves back to real time: learnt again (then one more resync for the call that
    // discovers it).
    setSandboxClock(QDateTime::currentSecsSinceEpoch());
    const CallResult third = m_rig->call("token.create", createParams(), anxin::platform::CallOptions{false, false});
    VERIFY_OK(third);
    QCOMPARE(third.attempts, 2);
    QVERIFY2(qAbs(m_rig->api().clockOffsetMs()) <= 2000, qPrintable(QString::number(m_rig->api().clockOffsetMs())));
}

void TstClientClock::secondTimestampFailureInSameCall_notRetriedAgain()
{
    setSandboxClock(QDateTime::currentSecsSinceEpoch() + 3600);
    m_rig->resetCounters();
    // The local clock steps by an hour every time the client adjusts its offset (an unstable clock): the
    // resynced retry is refused for its timestamp again, and the call stops there.
    QObject ctx;
    QObject::connect(&m_rig->api(), &ApiClient::clockOffsetChanged, &ctx,
                     [this](qint64) { m_rig->clock().shift(kHourMs); });
    const CallResult r = m_rig->call("token.create", createParams(), anxin::platform::CallOptions{false, false});
    QVERIFY(!r.ok());
    QCOMPARE(r.error.code, 40003);
    QCOMPARE(r.subCode, QStringLiteral("isv.timestamp-invalid"));
    QCOMPARE(r.error.kind, Error::Kind::Platform);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(m_rig->calls(QStringLiteral("token.create")), 2);
    QCOMPARE(m_rig->codeCount(40003), 2);
}

void TstClientClock::wrongSecret_signatureInvalid_resyncedOnceThenStops()
{
    m_rig->api().setAppSecret("not-the-secret");
    m_rig->resetCounters();
    const CallResult r = m_rig->call("token.create", createParams(), anxin::platform::CallOptions{false, false});
    QVERIFY(!r.ok());
    QCOMPARE(r.subCode, QStringLiteral("isv.signature-invalid"));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(m_rig->calls(QStringLiteral("token.create")), 2);
}

ANXIN_TEST_GUILESS_MAIN(TstClientClock)
#include "tst_client_clock.moc"

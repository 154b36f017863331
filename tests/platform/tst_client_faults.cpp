// Every fault kind of the sandbox (/__sandbox/faults) against the real ApiClient: what the client reports, how
// often it asked (sandbox counters), and how long it waited. Small RetryPolicy values (clientrig.h: 4 attempts,
// delays 20/40/80 ms) keep it fast.
#include "clientrig.h"
#include "platform/parsers.h"
#include "platform/requests.h"
#include "sandbox/sandboxstate.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

using namespace anxin::test;
using namespace anxin::platform;
using anxin::core::Error;
using anxin::platform::CallResult;
namespace sb = anxin::sandbox;

class TstClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rateLimit_once_retriedNoEarlierThanRetryAfterThenSucceeds_data();
    void rateLimit_once_retriedNoEarlierThanRetryAfterThenSucceeds();
    void rateLimit_persisting_boundedAttemptsThenRateLimited_data();
    void rateLimit_persisting_boundedAttemptsThenRateLimited();
    void qpsLimit_learnedFromTheFirstRefusals_thenNeverExceeded_everyCallServed();
    void rateLimit_onWrite_retriedBecauseNothingWasApplied();
    void serverError_onRead_retriedWithBackoffThenSucceeds_data();
    void serverError_onRead_retriedWithBackoffThenSucceeds();
    void serverError_persistingOnRead_stopsAfterMaxAttempts_data();
    void serverError_persistingOnRead_stopsAfterMaxAttempts();
    void fault_onWrite_notResentAndOutcomeUnknown_data();
    void fault_onWrite_notResentAndOutcomeUnknown();
    void latency_beyondTransferTimeout_readTimesOutThenRetrySucceeds();
    void latency_persisting_timeoutErrorAfterMaxAttempts();
    void latency_twelveCallsOfOneMethodAtOnce_allInFlightTogether();
    void dropMidBody_onRead_networkErrorThenRetrySucceeds();
    void dropAfterWrite_onWrite_outcomeUnknownAndNotResentByQt();
    void dropAfterWrite_submitEvidence_neverAppliedTwiceOrReportedAsSuccess();
    void dropAfterWrite_onRead_answeredByExactlyOneMoreRequest();
    void malformedJson_onRead_retriedThenSucceeds();
    void malformedJson_persisting_malformedErrorAfterMaxAttempts();
    void tokenExpiry_midSession_exactlyOneRefreshAndCallSucceeds();
    void oversizedPage_paddedItems_parserRefusesMoreThan100();
    void oversizedPage_paddedSmallPage_parsedWithinLimits();
    void oversizedPage_huge12MB_refusedWhileDownloadingThenRetried();
    void oversizedPage_hugePersisting_malformedNotUnbounded();
    void oversizedPage_huge_acceptedWhenTheCapIsRaised();

private:
    void warmUp(); // a token first, so token.create is not part of what a test counts
    QString refundOnlyTicketInReview();
    OperateRequest agree(const QString &id) const;
    std::unique_ptr<ClientRig> m_rig;
};

namespace {

#define VERIFY_OK(r) QVERIFY2((r).ok(), describe(r).constData())

const QString kList = QStringLiteral("afterSale.List");
const QString kOperate = QStringLiteral("afterSale.operate");
const QString kReputation = QStringLiteral("shop.reputation");

QJsonObject spec(const char *kind, std::initializer_list<std::pair<const char *, QJsonValue>> extra = {})
{
    QJsonObject o{{QStringLiteral("kind"), QLatin1String(kind)}};
    for (const auto &[k, v] : extra)
        o.insert(QLatin1String(k), v);
    return o;
}

AfterSaleListRequest smallList()
{
    AfterSaleListRequest r;
    r.size = 5;
    return r;
}

} // namespace

void TstClientFaults::init()
{
    m_rig = std::make_unique<ClientRig>();
}

void TstClientFaults::cleanup()
{
    m_rig.reset();
}

void TstClientFaults::warmUp()
{
    const CallResult r = m_rig->call(ReputationRequest{});
    if (!r.ok())
        qWarning("warm-up failed: %s", describe(r).constData());
    m_rig->resetCounters();
}

QString TstClientFaults::refundOnlyTicketInReview()
{
    return m_rig->ticketId(m_rig->findTicket([](const sb::Ticket &t) { return t.status == 6 && t.type == 1; }));
}

OperateRequest TstClientFaults::agree(const QString &id) const
{
    OperateRequest op;
    op.type = OperateType::AgreeRefund;
    OperateItem item;
    item.aftersaleId = id;
    item.remark = QStringLiteral("同意退款");
    op.items = {item};
    return op;
}

void TstClientFaults::rateLimit_once_retriedNoEarlierThanRetryAfterThenSucceeds_data()
{
    QTest::addColumn<bool>("http429");
    QTest::newRow("code 60000") << false;
    QTest::newRow("HTTP 429") << true;
}

void TstClientFaults::rateLimit_once_retriedNoEarlierThanRetryAfterThenSucceeds()
{
    QFETCH(bool, http429);
    warmUp();
    QVERIFY(m_rig->fault(spec("rate_limit", {{"http429", http429}, {"retry_after", 1}, {"method", kReputation}})));
    AttemptLog log(m_rig->api());
    const CallResult r = m_rig->call(ReputationRequest{});
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(m_rig->calls(kReputation), 2);
    const auto attempts = log.of("shop.reputation");
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).http, http429 ? 429 : 200);
    QCOMPARE(attempts.at(0).code, http429 ? 0 : 60000);
    QCOMPARE(attempts.at(1).code, 10000);
    // The second request left no earlier than Retry-After (1 s) after the first answer.
    const qint64 gap = attempts.at(1).atMs - attempts.at(0).atMs;
    QVERIFY2(gap >= 1000, qPrintable(QString::number(gap)));
    QVERIFY2(gap < 1000 + 20 + 1000, qPrintable(QString::number(gap))); // floor + at most baseDelay jitter (+slack)
}

// Issue #36: the platform's limit is unknown to the client. The sandbox allows 20 shop.reputation calls a second;
// the client fires 60 at once (more than it ever would: a sync keeps a few in flight). The first refusals teach the
// pace; every call is served; the next 60, fired at once again, go out at that pace and none is refused.
void TstClientFaults::qpsLimit_learnedFromTheFirstRefusals_thenNeverExceeded_everyCallServed()
{
    RigOptions o;
    o.retry.maxAttempts = 5;
    m_rig = std::make_unique<ClientRig>(o);
    warmUp();
    const Answer set = m_rig->sandbox().control("POST", QStringLiteral("/__sandbox/limits"),
                                                {{QStringLiteral("methods"), QJsonObject{{kReputation, 20}}}});
    QCOMPARE(set.httpStatus, 200);
    QObject context;
    const auto burst = [&](int n) {
        int served = 0;
        int failed = 0;
        QEventLoop loop;
        for (int i = 0; i < n; ++i) {
            m_rig->api().call(ReputationRequest::kMethod, ReputationRequest{}.toParams().value(), {}, &context,
                              [&](const CallResult &r) {
                                  (r.ok() ? served : failed) += 1;
                                  if (served + failed == n)
                                      loop.quit();
                              });
        }
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        return std::pair{served, failed};
    };
    const auto limitedSoFar = [&] {
        return m_rig->sandbox()
            .control("GET", QStringLiteral("/__sandbox/counters"))
            .json.value(QLatin1String("limited"))
            .toObject()
            .value(kReputation)
            .toInt();
    };
    const auto [served1, failed1] = burst(60);
    QCOMPARE(served1, 60);
    QCOMPARE(failed1, 0);
    const int learning = limitedSoFar();
    QVERIFY2(learning > 0, "the sandbox's limit was never reached: the test proves nothing");
    const double pace = m_rig->api().pacer().pace(ReputationRequest::kMethod);
    QVERIFY2(pace > 10 && pace <= 20, qPrintable(QString::number(pace)));

    QElapsedTimer timer;
    timer.start();
    const auto [served2, failed2] = burst(60);
    QCOMPARE(served2, 60);
    QCOMPARE(failed2, 0);
    QCOMPARE(limitedSoFar() - learning, 0);
    QCOMPARE(m_rig->api().rateLimitedAnswers(),
             qint64(learning)); // what the client counts is what the platform refused
    // Paced, not flooded: 60 calls at under 20 a second take about three seconds.
    QVERIFY2(timer.elapsed() >= 2500, qPrintable(QString::number(timer.elapsed())));
}

void TstClientFaults::rateLimit_persisting_boundedAttemptsThenRateLimited_data()
{
    QTest::addColumn<bool>("http429");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("code 60000, no Retry-After") << false << 0;
    QTest::newRow("HTTP 429, Retry-After 1") << true << 1;
}

void TstClientFaults::rateLimit_persisting_boundedAttemptsThenRateLimited()
{
    QFETCH(bool, http429);
    QFETCH(int, retryAfter);
    m_rig.reset();
    RigOptions o;
    o.retry.maxAttempts = 3;
    m_rig = std::make_unique<ClientRig>(o);
    warmUp();
    QVERIFY(m_rig->fault(spec(
        "rate_limit", {{"http429", http429}, {"retry_after", retryAfter}, {"count", 50}, {"method", kReputation}})));
    QElapsedTimer timer;
    timer.start();
    const CallResult r = m_rig->call(ReputationRequest{});
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::RateLimited);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(m_rig->calls(kReputation), 3);
    QVERIFY(timer.elapsed() >= 2 * retryAfter * 1000);
    if (!http429)
        QCOMPARE(r.error.code, 60000);
}

void TstClientFaults::rateLimit_onWrite_retriedBecauseNothingWasApplied()
{
    warmUp();
    const QString id = refundOnlyTicketInReview();
    QVERIFY(m_rig->fault(spec("rate_limit", {{"method", kOperate}})));
    const CallResult r = m_rig->call(agree(id), true);
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 2);
    QVERIFY(!r.outcomeUnknown);
    QCOMPARE(m_rig->calls(kOperate), 2);
    QCOMPARE(m_rig->counter("writes_applied"), 1);
}

void TstClientFaults::serverError_onRead_retriedWithBackoffThenSucceeds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("http_5xx") << QStringLiteral("http_5xx");
    QTest::newRow("platform_5xx") << QStringLiteral("platform_5xx");
}

void TstClientFaults::serverError_onRead_retriedWithBackoffThenSucceeds()
{
    QFETCH(QString, kind);
    warmUp();
    QVERIFY(m_rig->fault(spec(kind.toLatin1().constData(), {{"count", 2}, {"method", kList}})));
    AttemptLog log(m_rig->api());
    const CallResult r = m_rig->call(smallList());
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(m_rig->calls(kList), 3);
    const auto attempts = log.of("afterSale.List");
    QCOMPARE(attempts.size(), 3);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(attempts.at(i).http, kind == QLatin1String("http_5xx") ? 503 : 200);
        QCOMPARE(attempts.at(i).code, kind == QLatin1String("http_5xx") ? 0 : 20000);
    }
    // Exponential backoff: each wait at least the policy's delay for that attempt (20 ms, then 40 ms).
    const RetryPolicy policy = fastRetry();
    for (int i = 1; i < 3; ++i) {
        const qint64 gap = attempts.at(i).atMs - attempts.at(i - 1).atMs;
        QVERIFY2(gap >= policy.delayMs(i, std::nullopt, &maxJitter), qPrintable(QString::number(gap)));
    }
    QVERIFY(parseAfterSaleList(r.data).ok());
}

void TstClientFaults::serverError_persistingOnRead_stopsAfterMaxAttempts_data()
{
    serverError_onRead_retriedWithBackoffThenSucceeds_data();
}

void TstClientFaults::serverError_persistingOnRead_stopsAfterMaxAttempts()
{
    QFETCH(QString, kind);
    warmUp();
    QVERIFY(m_rig->fault(spec(kind.toLatin1().constData(), {{"count", 50}, {"method", kList}})));
    const CallResult r = m_rig->call(smallList());
    QVERIFY(!r.ok());
    QCOMPARE(r.attempts, fastRetry().maxAttempts);
    QCOMPARE(m_rig->calls(kList), fastRetry().maxAttempts);
    if (kind == QLatin1String("http_5xx")) {
        QCOMPARE(r.error.kind, Error::Kind::Network);
        QCOMPARE(r.error.code, 503);
    } else {
        QCOMPARE(r.error.kind, Error::Kind::Platform);
        QCOMPARE(r.error.code, 20000);
        QCOMPARE(r.subCode, QStringLiteral("isp.service-error"));
    }
}

void TstClientFaults::fault_onWrite_notResentAndOutcomeUnknown_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<int>("kind");      // Error::Kind the client reports
    QTest::addColumn<int>("timeoutMs"); // the client's transfer timeout
    const auto row = [](const char *name, QJsonObject f, bool applied, Error::Kind kind, int timeoutMs = 400) {
        f.insert(QStringLiteral("method"), kOperate);
        QTest::newRow(name) << f << applied << int(kind) << timeoutMs;
    };
    row("http_5xx before applying", spec("http_5xx"), false, Error::Kind::Network);
    row("http_5xx after applying", spec("http_5xx", {{"apply", true}}), true, Error::Kind::Network);
    row("platform_5xx before applying", spec("platform_5xx"), false, Error::Kind::Platform);
    row("platform_5xx after applying", spec("platform_5xx", {{"apply", true}}), true, Error::Kind::Platform);
    row("drop_mid_body", spec("drop_mid_body"), true, Error::Kind::Network);
    row("malformed_json", spec("malformed_json"), true, Error::Kind::Malformed);
    // The cap must be what stops it, not a transfer timeout shorter than a slow machine needs to send 8 MiB.
    row("oversized answer (12 MB)", spec("oversized_page", {{"huge", true}}), true, Error::Kind::Malformed, 10000);
    row("latency beyond the transfer timeout", spec("latency", {{"latency_ms", 1500}}), true, Error::Kind::Timeout);
}

void TstClientFaults::fault_onWrite_notResentAndOutcomeUnknown()
{
    QFETCH(QJsonObject, fault);
    QFETCH(bool, applied);
    QFETCH(int, kind);
    QFETCH(int, timeoutMs);
    m_rig.reset();
    RigOptions o;
    o.transferTimeoutMs = timeoutMs;
    m_rig = std::make_unique<ClientRig>(o);
    warmUp();
    const int idx = m_rig->findTicket([](const sb::Ticket &t) { return t.status == 6 && t.type == 1; });
    QVERIFY(idx >= 0);
    QVERIFY(m_rig->fault(fault));
    const qint64 sent = m_rig->api().requestsSent();
    const CallResult r = m_rig->call(agree(m_rig->ticketId(idx)), true);
    QVERIFY2(!r.ok(), "a write without a definite answer must never be reported as done");
    QVERIFY2(r.outcomeUnknown, describe(r).constData());
    QCOMPARE(int(r.error.kind), kind);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_rig->api().requestsSent() - sent, 1);
    QCOMPARE(m_rig->calls(kOperate), 1); // the sandbox saw exactly one operate: nothing resent it
    QCOMPARE(m_rig->counter("writes_applied"), applied ? 1 : 0);
    QCOMPARE(int(m_rig->world().tickets[size_t(idx)].status), applied ? 12 : 6);
    // §8: the caller reads the ticket back before ever resending.
    AfterSaleDetailRequest back;
    back.afterSaleId = m_rig->ticketId(idx);
    const CallResult d = m_rig->call(back);
    VERIFY_OK(d);
    QCOMPARE(parseAfterSaleDetail(d.data)->aftersaleStatus, applied ? 12 : 6);
}

void TstClientFaults::latency_beyondTransferTimeout_readTimesOutThenRetrySucceeds()
{
    m_rig.reset();
    RigOptions o;
    o.transferTimeoutMs = 300;
    m_rig = std::make_unique<ClientRig>(o);
    warmUp();
    QVERIFY(m_rig->fault(spec("latency", {{"latency_ms", 1200}, {"method", kList}})));
    AttemptLog log(m_rig->api());
    QElapsedTimer timer;
    timer.start();
    const CallResult r = m_rig->call(smallList());
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(m_rig->calls(kList), 2);
    const auto attempts = log.of("afterSale.List");
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).http, 0); // no answer: the transfer timeout cut it
    QVERIFY(attempts.at(0).atMs >= 250);
    QVERIFY(timer.elapsed() < 1200); // did not wait for the slow answer
}

// Over a slow connection a method's calls in flight set its pace (twelve calls of 60 ms: 200 a second). Qt opens at
// most six connections to a host per network manager, which capped every method together at six calls a latency;
// twelve calls started together must all be in flight at once, and another method's calls beside them too.
void TstClientFaults::latency_twelveCallsOfOneMethodAtOnce_allInFlightTogether()
{
    warmUp();
    QVERIFY(m_rig->fault(spec("latency", {{"latency_ms", 400}, {"ratio", 1}})));
    m_rig->resetCounters();
    const auto results = m_rig->callConcurrently(12, "shop.reputation", {});
    QCOMPARE(results.size(), 12);
    for (const CallResult &r : results)
        VERIFY_OK(r);
    QVERIFY2(m_rig->counter("peak_connections") >= 12, qPrintable(QString::number(m_rig->counter("peak_connections"))));
}

void TstClientFaults::latency_persisting_timeoutErrorAfterMaxAttempts()
{
    m_rig.reset();
    RigOptions o;
    o.transferTimeoutMs = 200;
    o.retry.maxAttempts = 3;
    m_rig = std::make_unique<ClientRig>(o);
    warmUp();
    QVERIFY(m_rig->fault(spec("latency", {{"latency_ms", 1000}, {"count", 50}, {"method", kList}})));
    const CallResult r = m_rig->call(smallList());
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Timeout);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(m_rig->calls(kList), 3);
}

void TstClientFaults::dropMidBody_onRead_networkErrorThenRetrySucceeds()
{
    warmUp();
    QVERIFY(m_rig->fault(spec("drop_mid_body", {{"method", kList}})));
    AttemptLog log(m_rig->api());
    const CallResult r = m_rig->call(smallList());
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(m_rig->calls(kList), 2);
    const auto attempts = log.of("afterSale.List");
    QCOMPARE(attempts.size(), 2);
    QVERIFY(attempts.at(0).code != 10000); // the half answer was never taken for a whole one
    const auto page = parseAfterSaleList(r.data);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 5);
}

void TstClientFaults::dropAfterWrite_onWrite_outcomeUnknownAndNotResentByQt()
{
    warmUp();
    const int idx = m_rig->findTicket([](const sb::Ticket &t) { return t.status == 6 && t.type == 1; });
    QVERIFY(idx >= 0);
    QVERIFY(m_rig->fault(spec("drop_after_write", {{"method", kOperate}})));
    const qint64 sent = m_rig->api().requestsSent();
    const CallResult r = m_rig->call(agree(m_rig->ticketId(idx)), true);
    QVERIFY2(!r.ok(), "an unanswered write must never be reported as done");
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_rig->api().requestsSent() - sent, 1); // ApiClient itself never resends a write
    QCOMPARE(m_rig->counter("writes_applied"), 1);
    QCOMPARE(int(m_rig->world().tickets[size_t(idx)].status), 12);
    // ApiClient hands Qt a write body that cannot be replayed, so Qt's HTTP layer cannot silently re-send the
    // POST after the kept-alive connection closed unanswered (before that fix it did, every time, and the copy
    // met the decided ticket: 20309542). The client sees the dropped connection: outcome unknown, one request.
    QVERIFY2(r.outcomeUnknown, describe(r).constData());
    QCOMPARE(r.error.kind, Error::Kind::Network);
    QCOMPARE(m_rig->calls(kOperate), 1);
}

void TstClientFaults::dropAfterWrite_submitEvidence_neverAppliedTwiceOrReportedAsSuccess()
{
    // A write with no state precondition: a second copy would be applied again, not refused. ApiClient must not
    // let anything (its own retry or the HTTP stack) send it twice, and must not report it as done.
    warmUp();
    const int idx = m_rig->findTicket([](const sb::Ticket &t) { return t.status == 6; });
    QVERIFY(idx >= 0);
    QVERIFY(m_rig->fault(spec("drop_after_write", {{"method", QStringLiteral("afterSale.submitEvidence")}})));
    SubmitEvidenceRequest req;
    req.aftersaleId = m_rig->ticketId(idx);
    req.comment = QStringLiteral("补充开箱视频");
    req.evidence = {QStringLiteral("https://example.com/e/1.png")};
    const CallResult r = m_rig->call(req, true);
    QCOMPARE(m_rig->counter("writes_applied"), 1);
    QCOMPARE(m_rig->calls(QStringLiteral("afterSale.submitEvidence")), 1);
    QVERIFY2(!r.ok(), "an unanswered write must never be reported as done");
    QVERIFY(r.outcomeUnknown);
    QCOMPARE(r.error.kind, Error::Kind::Network);
    QCOMPARE(r.attempts, 1);
}

void TstClientFaults::dropAfterWrite_onRead_answeredByExactlyOneMoreRequest()
{
    warmUp();
    QVERIFY(m_rig->fault(spec("drop_after_write", {{"method", kList}})));
    const CallResult r = m_rig->call(smallList());
    VERIFY_OK(r);
    // Either Qt re-sent it silently (attempts 1) or ApiClient retried (attempts 2): one extra request either way.
    QVERIFY(r.attempts == 1 || r.attempts == 2);
    QCOMPARE(m_rig->calls(kList), 2);
}

void TstClientFaults::malformedJson_onRead_retriedThenSucceeds()
{
    warmUp();
    QVERIFY(m_rig->fault(spec("malformed_json", {{"method", kList}})));
    AttemptLog log(m_rig->api());
    const CallResult r = m_rig->call(smallList());
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(m_rig->calls(kList), 2);
    QCOMPARE(log.of("afterSale.List").at(0).code, -1); // -1: the envelope did not parse
    QVERIFY(parseAfterSaleList(r.data).ok());
}

void TstClientFaults::malformedJson_persisting_malformedErrorAfterMaxAttempts()
{
    warmUp();
    QVERIFY(m_rig->fault(spec("malformed_json", {{"count", 50}, {"method", kList}})));
    const CallResult r = m_rig->call(smallList());
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Malformed);
    QCOMPARE(r.attempts, fastRetry().maxAttempts);
    QCOMPARE(m_rig->calls(kList), fastRetry().maxAttempts);
}

void TstClientFaults::tokenExpiry_midSession_exactlyOneRefreshAndCallSucceeds()
{
    warmUp();
    const QByteArray oldToken = m_rig->tokens().current().accessToken;
    QVERIFY(m_rig->fault(spec("token_expiry", {{"method", kReputation}})));
    const CallResult r = m_rig->call(ReputationRequest{});
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(m_rig->counter("refreshes"), 1);
    QCOMPARE(m_rig->counter("token_creates"), 0);
    QCOMPARE(m_rig->calls(QStringLiteral("token.refresh")), 1);
    QCOMPARE(m_rig->calls(kReputation), 2);
    QCOMPARE(m_rig->tokens().refreshesStarted(), 1);
    QVERIFY(m_rig->tokens().current().accessToken != oldToken);
    // The new token is the one in the store, and it keeps working.
    QCOMPARE(TokenSet::fromJson(m_rig->store().read(m_rig->tokens().secretKey()).value()).accessToken,
             m_rig->tokens().current().accessToken);
    const CallResult again = m_rig->call(ReputationRequest{});
    VERIFY_OK(again);
    QCOMPARE(again.attempts, 1);
}

void TstClientFaults::oversizedPage_paddedItems_parserRefusesMoreThan100()
{
    warmUp();
    QVERIFY(m_rig->fault(spec("oversized_page", {{"method", kList}})));
    AfterSaleListRequest full;
    full.size = 100;
    const CallResult r = m_rig->call(full);
    VERIFY_OK(r); // the envelope is fine; the page is not
    QVERIFY(r.data.toObject().value(QLatin1String("items")).toArray().size() > 100);
    const auto page = parseAfterSaleList(r.data);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, Error::Kind::Malformed);
    QVERIFY2(page.error().message.contains(QLatin1String("items")), qPrintable(page.error().message));

    QVERIFY(m_rig->fault(spec("oversized_page", {{"method", QStringLiteral("order.searchList")}})));
    OrderSearchRequest orders;
    orders.createTimeStart = m_rig->sandbox().now() - 60 * 86400;
    orders.size = 100;
    const CallResult o = m_rig->call(orders);
    VERIFY_OK(o);
    const auto opage = parseOrderSearch(o.data);
    QVERIFY(!opage.ok());
    QCOMPARE(opage.error().kind, Error::Kind::Malformed);
}

void TstClientFaults::oversizedPage_paddedSmallPage_parsedWithinLimits()
{
    warmUp();
    QVERIFY(m_rig->fault(spec("oversized_page", {{"method", kList}})));
    const CallResult r = m_rig->call(smallList()); // size 5: the sandbox sends 10
    VERIFY_OK(r);
    const auto page = parseAfterSaleList(r.data);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 10); // within the contract's 100: accepted as sent (duplicates included)
}

void TstClientFaults::oversizedPage_huge12MB_refusedWhileDownloadingThenRetried()
{
    warmUp();
    QVERIFY(m_rig->fault(spec("oversized_page", {{"huge", true}, {"method", kReputation}})));
    AttemptLog log(m_rig->api());
    const CallResult r = m_rig->call(ReputationRequest{});
    VERIFY_OK(r);
    // The 12 MB answer is over the client's answer cap (ApiConfig::maxAnswerBytes, 8 MiB): refused as Malformed
    // while downloading, and the read retried.
    QCOMPARE(r.attempts, 2);
    QCOMPARE(log.of("shop.reputation").at(0).code, -1);
    QVERIFY(parseReputation(r.data).ok());
}

void TstClientFaults::oversizedPage_hugePersisting_malformedNotUnbounded()
{
    m_rig.reset();
    RigOptions o;
    o.retry.maxAttempts = 2;
    m_rig = std::make_unique<ClientRig>(o);
    warmUp();
    QVERIFY(m_rig->fault(spec("oversized_page", {{"huge", true}, {"count", 50}, {"method", kReputation}})));
    const CallResult r = m_rig->call(ReputationRequest{});
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Malformed);
    QCOMPARE(r.attempts, 2);
    QVERIFY2(r.error.message.contains(QLatin1String("larger than")), qPrintable(r.error.message));
    QVERIFY(r.data.isUndefined() || r.data.isNull());
}

void TstClientFaults::oversizedPage_huge_acceptedWhenTheCapIsRaised()
{
    // The cap, not the fault itself, is what refuses the answer: raised above 12 MB, it is read and parsed.
    m_rig.reset();
    RigOptions o;
    o.maxAnswerBytes = 64 * 1024 * 1024;
    m_rig = std::make_unique<ClientRig>(o);
    warmUp();
    QVERIFY(m_rig->fault(spec("oversized_page", {{"huge", true}, {"method", kReputation}})));
    const CallResult r = m_rig->call(ReputationRequest{});
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.data.toObject().value(QLatin1String("padding")).toString().size() >= 12 * 1024 * 1024);
    QVERIFY(parseReputation(r.data).ok()); // the unknown member is ignored
}

ANXIN_TEST_GUILESS_MAIN(TstClientFaults)
#include "tst_client_faults.moc"

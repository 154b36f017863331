// The client's pace under a rate limit the platform does not publish (issue #36): a simulated gateway with the
// sandbox's rule (at most L calls of a method in any second) and a client that always has more to send, on
// simulated time. The pacer must find the limit, stay near it without exceeding it much, recover from a refusal
// that said little, and hold back for a Retry-After.
#include "platform/callpacer.h"
#include "testmain.h"

#include <QTest>

#include <deque>

using anxin::platform::CallPacer;

namespace {

const QByteArray kMethod = QByteArrayLiteral("afterSale.Detail");

struct Gateway
{
    int limit;
    std::deque<qint64> window;
    bool admit(qint64 now)
    {
        while (!window.empty() && window.front() <= now - 1000)
            window.pop_front();
        if (int(window.size()) >= limit)
            return false;
        window.push_back(now);
        return true;
    }
};

struct Run
{
    int served = 0;
    int refused = 0;
    int refusedAfterFirstSecond = 0;
};

// `inFlight` calls always outstanding, each answered `latencyMs` after it is sent; from `from` to `to`.
Run drive(CallPacer &pacer, Gateway &gateway, qint64 from, qint64 to, int inFlight, int latencyMs)
{
    Run run;
    // Like ApiClient: a call takes its slot, waits for it if need be, then goes without asking again.
    std::vector<qint64> sendAt(size_t(inFlight), from);
    std::vector<bool> slotTaken(size_t(inFlight), false);
    for (qint64 now = from; now < to; ++now) {
        for (size_t i = 0; i < sendAt.size(); ++i) {
            qint64 &next = sendAt[i];
            if (next > now)
                continue;
            if (!slotTaken[i]) {
                if (const qint64 wait = pacer.reserve(kMethod, now); wait > 0) {
                    slotTaken[i] = true;
                    next = now + wait;
                    continue;
                }
            }
            slotTaken[i] = false;
            const bool ok = gateway.admit(now);
            const qint64 answeredAt = now + latencyMs;
            if (ok) {
                pacer.admitted(kMethod, answeredAt);
                ++run.served;
            } else {
                pacer.limited(kMethod, std::nullopt, answeredAt);
                ++run.refused;
                if (now >= from + 1000)
                    ++run.refusedAfterFirstSecond;
            }
            next = answeredAt;
        }
    }
    return run;
}

} // namespace

class TstCallPacer : public QObject
{
    Q_OBJECT
private slots:
    void noRefusal_noPace();
    void findsTheLimit_staysNearIt_fewRefusals();
    void limitRaised_paceFollows();
    void lonelyRefusal_recoversInSeconds();
    void burstLateInTheSecond_retriesWaitForItsRoom();
    void retryAfter_holdsTheMethodBack();
    void sharedPerAppKey();
};

void TstCallPacer::noRefusal_noPace()
{
    CallPacer pacer;
    for (qint64 t = 0; t < 1000; ++t) {
        QCOMPARE(pacer.reserve(kMethod, t), 0);
        pacer.admitted(kMethod, t);
    }
    QCOMPARE(pacer.pace(kMethod), 0.0);
}

void TstCallPacer::findsTheLimit_staysNearIt_fewRefusals()
{
    for (int limit : {5, 20, 100, 400}) {
        CallPacer pacer;
        Gateway gateway{limit, {}};
        const Run run = drive(pacer, gateway, 0, 60000, 8, 3);
        // At least 85 % of what the limit allows over the minute, and refusals after the first second rare.
        const double share = double(run.served) / (60.0 * limit);
        QVERIFY2(share >= 0.85, qPrintable(QStringLiteral("limit %1: %2 %% served").arg(limit).arg(share * 100)));
        // Held under the limit once learned: a refusal only when the pace probes for a raised limit (every 10 s).
        QVERIFY2(run.refusedAfterFirstSecond <= 12,
                 qPrintable(QStringLiteral("limit %1: %2 refused after the first second, %3 served")
                                .arg(limit)
                                .arg(run.refusedAfterFirstSecond)
                                .arg(run.served)));
        QVERIFY(pacer.pace(kMethod) > 0);
    }
}

void TstCallPacer::limitRaised_paceFollows()
{
    CallPacer pacer;
    Gateway gateway{20, {}};
    drive(pacer, gateway, 0, 20000, 8, 3);
    const double before = pacer.pace(kMethod);
    QVERIFY2(before < 20, qPrintable(QString::number(before)));
    gateway.limit = 80;
    const Run run = drive(pacer, gateway, 20000, 80000, 8, 3);
    // The pace climbs past the old limit by probing (10 % every 10 s clean), never by flooding the gateway.
    QVERIFY2(pacer.pace(kMethod) > 30, qPrintable(QString::number(pacer.pace(kMethod))));
    QVERIFY2(run.served >= 1.2 * 60 * 20, qPrintable(QString::number(run.served)));
    QCOMPARE(run.refused, 0);
}

void TstCallPacer::lonelyRefusal_recoversInSeconds()
{
    // One 60000 after a quiet spell (another program of the same app spent the second): the pace it sets is a
    // guess, and a gateway with room to spare must see the client back at full speed within seconds.
    CallPacer pacer;
    pacer.limited(kMethod, std::nullopt, 0);
    QVERIFY(pacer.pace(kMethod) > 0);
    Gateway gateway{1000, {}};
    const Run run = drive(pacer, gateway, 0, 15000, 2, 3); // at most about 666 calls a second
    QCOMPARE(run.refused, 0);
    const Run later = drive(pacer, gateway, 15000, 16000, 2, 3);
    QVERIFY2(later.served >= 600, qPrintable(QString::number(later.served)));
}

void TstCallPacer::burstLateInTheSecond_retriesWaitForItsRoom()
{
    // The platform's second filled unevenly: calls spread over most of it, then a burst at its end (many requests
    // in flight and no latency, before any refusal taught the pace). Once refused, the client must not send until
    // the platform's second has room again: sending at the pace from the first call's expiry on, its retries met
    // a second still full of the burst and were refused again, and a call refused on every attempt stopped a sync.
    CallPacer pacer;
    Gateway gateway{100, {}};
    const Run spread = drive(pacer, gateway, 0, 900, 1, 18);
    QCOMPARE(spread.refused, 0);
    const Run burst = drive(pacer, gateway, 900, 1100, 16, 1);
    QVERIFY(burst.refused > 0);
    const Run after = drive(pacer, gateway, 1100, 2000, 16, 1);
    const Run steady = drive(pacer, gateway, 2000, 6000, 16, 1);
    QVERIFY2(
        after.refused + steady.refused <= 2,
        qPrintable(QStringLiteral("%1 refused in the next second, %2 after").arg(after.refused).arg(steady.refused)));
    // And the pace comes back to the held share of the limit.
    QVERIFY2(steady.served >= 0.85 * 4 * 100, qPrintable(QString::number(steady.served)));
}

void TstCallPacer::retryAfter_holdsTheMethodBack()
{
    CallPacer pacer;
    pacer.limited(kMethod, 3000, 1000);
    QVERIFY(pacer.reserve(kMethod, 1000) >= 3000);
    QCOMPARE(pacer.reserve("order.searchList", 1000), 0); // another method is not held back
}

void TstCallPacer::sharedPerAppKey()
{
    const auto a = CallPacer::forApp("app-1");
    const auto b = CallPacer::forApp("app-1");
    const auto c = CallPacer::forApp("app-2");
    QCOMPARE(a.get(), b.get());
    QVERIFY(a.get() != c.get());
}

ANXIN_TEST_GUILESS_MAIN(TstCallPacer)
#include "tst_callpacer.moc"

#pragma once

// The real client stack (ApiClient + TokenManager + MemorySecretStore) wired to the in-process sandbox over
// loopback, for the client<->sandbox tests (tst_client_*). Everything runs on the test's thread: calls are
// driven to completion with a nested QEventLoop bounded by a timeout.
#include "core/clock.h"
#include "platform/apiclient.h"
#include "platform/retrypolicy.h"
#include "platform/secretstore.h"
#include "platform/tokenmanager.h"
#include "sandbox/world.h"
#include "sandboxharness.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace anxin::test {

inline constexpr qint64 kRigNow = 1750000000; // the frozen sandbox time most tests run at

// A wall clock for the client that is either frozen (moves only when told) or real time, plus a shift.
class TestClock final : public anxin::core::Clock
{
public:
    explicit TestClock(qint64 frozenMs) // frozenMs == 0: real time
        : m_frozenMs(frozenMs)
    {}
    qint64 nowMsecs() const override;
    void shift(qint64 deltaMs) { m_shiftMs += deltaMs; }

private:
    qint64 m_frozenMs;
    qint64 m_shiftMs = 0;
};

// Small, deterministic retry values so fault tests are fast: delays 20, 40, 80 ms (the jitter source returns
// its upper bound), at most 4 attempts, Retry-After honoured up to 5 s.
anxin::platform::RetryPolicy fastRetry();
qint64 maxJitter(qint64 bound);

struct RigOptions
{
    qint64 frozenNow = kRigNow; // 0: sandbox and client both on real time
    int tickets = 200;
    anxin::platform::SignMethod signMethod = anxin::platform::SignMethod::Md5;
    anxin::platform::RetryPolicy retry = fastRetry();
    int transferTimeoutMs = 5000;
    qint64 maxAnswerBytes = anxin::platform::ApiConfig{}.maxAnswerBytes;
};

class ClientRig
{
public:
    explicit ClientRig(const RigOptions &options = {});
    ~ClientRig();

    SandboxHarness &sandbox() { return *m_sandbox; }
    anxin::sandbox::World &world();
    anxin::platform::ApiClient &api() { return *m_api; }
    anxin::platform::TokenManager &tokens() { return *m_tokens; }
    anxin::platform::MemorySecretStore &store() { return *m_store; }
    TestClock &clock() { return *m_clock; }

    // One logical call through the real ApiClient, waited for (at most timeoutMs; then error Kind::Internal).
    anxin::platform::CallResult call(const QByteArray &method, const QJsonObject &params,
                                     anxin::platform::CallOptions options = {}, int timeoutMs = 15000);
    // A typed request: toParams() first (a Usage error is returned without any request going out).
    template <class Request>
    anxin::platform::CallResult call(const Request &request, bool write = false, int timeoutMs = 15000)
    {
        const auto params = request.toParams();
        if (!params) {
            anxin::platform::CallResult r;
            r.error = params.error();
            return r;
        }
        return call(Request::kMethod, params.value(), anxin::platform::CallOptions{write, true}, timeoutMs);
    }
    // `count` identical calls started together (before any answer can arrive); returns once all finished.
    QList<anxin::platform::CallResult> callConcurrently(int count, const QByteArray &method, const QJsonObject &params,
                                                        int timeoutMs = 15000);
    // A plain GET through ApiClient::fetchBlob.
    anxin::core::Result<QByteArray> fetchBlob(const QUrl &url, qint64 maxBytes, int timeoutMs = 15000);

    // Control endpoints. fault() returns false (with a warning) when the sandbox refused the spec.
    bool fault(const QJsonObject &spec);
    QJsonObject counters();
    qint64 counter(const char *name);    // a top-level counter: refreshes, token_creates, writes_applied...
    qint64 calls(const QString &method); // calls{method}
    qint64 codeCount(int code);          // codes{code}
    void resetCounters();
    // Moves the sandbox clock and the client's clock together (the client then needs no resync).
    void advance(qint64 secs);

    // Index into world().tickets of the first ticket of shop 0 matching `pred`, -1 if none.
    template <class Pred>
    int findTicket(Pred pred);
    QString ticketId(int index);

private:
    RigOptions m_options;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::shared_ptr<TestClock> m_clock;
    std::unique_ptr<anxin::platform::MemorySecretStore> m_store;
    std::unique_ptr<anxin::platform::ApiClient> m_api;
    std::unique_ptr<anxin::platform::TokenManager> m_tokens;
};

// "kind=Platform code=40004 sub=... attempts=1 unknown=0: message" for failure messages.
QByteArray describe(const anxin::platform::CallResult &r);
QByteArray describe(const anxin::core::Error &e);

// Records when each attempt's answer arrived (ApiClient::requestFinished), for timing assertions.
class AttemptLog
{
public:
    explicit AttemptLog(anxin::platform::ApiClient &api);
    struct Entry
    {
        QByteArray method;
        int http = 0;
        int code = 0;
        qint64 atMs = 0; // since the log was created
    };
    QList<Entry> entries;
    QList<Entry> of(const QByteArray &method) const;

private:
    QElapsedTimer m_timer;
    QObject m_context;
};

template <class Pred>
int ClientRig::findTicket(Pred pred)
{
    const auto &tickets = world().tickets;
    for (size_t i = 0; i < tickets.size(); ++i) {
        if (tickets[i].shop == 0 && pred(tickets[i]))
            return int(i);
    }
    return -1;
}

} // namespace anxin::test

#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "platform/callpacer.h"
#include "platform/retrypolicy.h"
#include "platform/signer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace anxin::platform {

struct ApiConfig
{
    QUrl gateway; // e.g. https://openapi-fxg.jinritemai.com or the sandbox's loopback URL
    QByteArray appKey;
    QByteArray appSecret; // held in memory only; comes from the SecretStore
    SignMethod signMethod = SignMethod::Md5;
    int transferTimeoutMs = 30'000;
    // An answer larger than this is refused while it downloads (Kind::Malformed): a page of 100 items is a few
    // hundred KB, so this only stops a broken or hostile gateway from making the client buffer without bound.
    qint64 maxAnswerBytes = 8 * 1024 * 1024;
    RetryPolicy retry;
    // The pace of this app key's calls; empty: the one every client of the app key in this process shares
    // (CallPacer::forApp). A test rig passes its own so one test's learned pace never slows the next.
    std::shared_ptr<CallPacer> pacer;
};

struct CallOptions
{
    bool write = false;     // a write is never resent blindly: failure after sending = outcome unknown
    bool needsToken = true; // false for token.create / token.refresh
};

// The outcome of one logical call (all its attempts). `error.kind == None` means code 10000 (or 10001,
// a partial batch whose per-item results are in `data`).
struct CallResult
{
    core::Error error;
    int code = 0;
    QString subCode;
    QString logId;
    QJsonValue data;
    int attempts = 0;
    bool outcomeUnknown = false; // a write that may or may not have been applied: read back before resending
    bool ok() const { return error.kind == core::Error::Kind::None; }
};

// Error::subCode of a call refused because the gateway's TLS certificate or handshake did not check out.
inline constexpr char kTlsSubCode[] = "tls";

// Supplies access tokens; the TokenManager implements it. Callbacks run on the client's thread.
class TokenProvider
{
public:
    using TokenCallback = std::function<void(core::Result<QByteArray>)>;
    virtual ~TokenProvider() = default;
    virtual void withToken(QObject *context, TokenCallback callback) = 0;
    // The platform said `staleToken` expired: refresh once (single-flight) unless that already happened.
    virtual void tokenRejected(const QByteArray &staleToken, QObject *context, TokenCallback callback) = 0;
};

// The one choke point for every platform request: builds the canonical param_json, signs it, stamps the
// token and a request id, enforces the transfer timeout, parses the envelope, maps codes to typed errors,
// retries reads by the RetryPolicy, refreshes an expired token once, and resyncs its clock from the server's
// Date header (once per call on a timestamp error). Every call goes out at its app key's pace (CallPacer): a
// rate-limited call (60000, HTTP 429) waits for the method's next slot and is sent again, writes too (nothing was
// applied). Owns the QNetworkAccessManager. Lives on one thread.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CallResult &)>;

    // `clock` is the wall clock for request timestamps (never ANXIN_NOW's fixed clock); `uniform` is the
    // jitter's random source (tests pass a deterministic one).
    ApiClient(ApiConfig config, std::shared_ptr<core::Clock> clock, QObject *parent = nullptr);
    ~ApiClient() override;

    void setTokenProvider(TokenProvider *provider) { m_tokens = provider; }
    void setRandomSource(RetryPolicy::Uniform uniform) { m_uniform = std::move(uniform); }
    const ApiConfig &config() const { return m_config; }
    void setAppSecret(const QByteArray &secret);

    // Sends `method` (e.g. "afterSale.List"); `done` runs once, on this thread, unless `context` died.
    void call(const QByteArray &method, const QJsonObject &params, CallOptions options, QObject *context,
              Callback done);

    // Plain GET of a platform-served file (evidence images): same manager, timeout and logging as API calls.
    using BlobCallback = std::function<void(core::Result<QByteArray>)>;
    // `timeoutMs` bounds the wait for each byte, from the connect on (0: the API calls' transfer timeout). A
    // transport fault gives an error with code 0; an HTTP refusal carries the HTTP status as its code.
    void fetchBlob(const QUrl &url, qint64 maxBytes, int timeoutMs, QObject *context, BlobCallback done);

    // Milliseconds to add to the local clock to get the platform's clock (learned from Date headers).
    qint64 clockOffsetMs() const { return m_offsetMs; }
    // True once an answer's Date header was read: before that the offset is a guess (0).
    bool clockLearned() const { return m_clockLearned; }
    qint64 platformNowMsecs() const;
    qint64 requestsSent() const { return m_requestsSent; }
    // Answers that were the platform's rate limit (60000, HTTP 429); each call was sent again at the pace learned.
    qint64 rateLimitedAnswers() const { return m_rateLimited; }
    // ... of calls of `method` only.
    qint64 rateLimitedAnswers(const QByteArray &method) const { return m_rateLimitedBy.value(method); }
    // The pace this client's app key is held to, shared with every other client of the same app key.
    const CallPacer &pacer() const { return *m_pacer; }

signals:
    void requestFinished(const QByteArray &method, int httpStatus, int code, qint64 elapsedMs);
    void clockOffsetChanged(qint64 offsetMs);

private:
    struct Pending;
    void attempt(const std::shared_ptr<Pending> &p);
    void send(const std::shared_ptr<Pending> &p, const QByteArray &token);
    void handleReply(const std::shared_ptr<Pending> &p, QNetworkReply *reply);
    // The platform answered a call of `method`: its pace learns whether the rate limit refused it.
    void notePace(const QByteArray &method, bool rateLimited, std::optional<qint64> retryAfterMs);
    void retryLater(const std::shared_ptr<Pending> &p, std::optional<qint64> retryAfterMs);
    void finish(const std::shared_ptr<Pending> &p, CallResult result);
    bool learnClock(QNetworkReply *reply, bool force);
    // The manager a call of `method` goes through (see m_lanes).
    QNetworkAccessManager *managerFor(const QByteArray &method);

    ApiConfig m_config;
    std::shared_ptr<core::Clock> m_clock;
    QNetworkAccessManager *m_nam; // evidence images and other plain downloads
    // Qt opens at most six connections to one host per manager, so over a slow network six calls in flight cap the
    // rate (six calls of 60 ms: 100 a second, for every method together). Each method has managers of its own (the
    // platform limits each method on its own), another one opened while every one has six calls in flight.
    QHash<QByteArray, QList<QNetworkAccessManager *>> m_lanes;
    QHash<QNetworkAccessManager *, int> m_inFlight;
    TokenProvider *m_tokens = nullptr;
    RetryPolicy::Uniform m_uniform;
    qint64 m_offsetMs = 0;
    bool m_clockLearned = false;
    qint64 m_requestsSent = 0;
    qint64 m_rateLimited = 0;
    QHash<QByteArray, qint64> m_rateLimitedBy;
    std::shared_ptr<CallPacer> m_pacer;
};

} // namespace anxin::platform

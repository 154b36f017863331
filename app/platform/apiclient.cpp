#include "platform/apiclient.h"

#include "core/logging.h"
#include "platform/canonicaljson.h"
#include "platform/errors.h"
#include "platform/parsers.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cstring>

namespace anxin::platform {

using core::Error;

namespace {
constexpr char kTooLarge[] = "anxin_answer_too_large"; // set on a reply aborted for exceeding maxAnswerBytes

// The body of a write: readable once, never rewound. Qt's HTTP layer silently re-sends a request whose kept-alive
// connection closed before any answer byte; for a write that may re-apply it (§8: never resend blindly). Unbuffered
// and not rewindable, the resend fails with ContentReSendError instead, and the write becomes outcome unknown.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
} // namespace

struct ApiClient::Pending
{
    QByteArray method;
    QByteArray paramJson;
    CallOptions options;
    QPointer<QObject> context;
    Callback done;
    int attempts = 0;
    bool tokenRefreshed = false; // refresh-and-retry happens once per call
    bool clockResynced = false;  // resync-and-retry happens once per call
    bool concurrentRetried = false;
    bool slotTaken = false; // waited for the method's slot: this attempt goes out now
    QByteArray token;
    QElapsedTimer elapsed;
    qint64 slotWaitMs = 0; // waited for the method's slots, all attempts (lcNetTiming)
    QElapsedTimer sent;    // this attempt's time on the wire
};

ApiClient::ApiClient(ApiConfig config, std::shared_ptr<core::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(std::move(clock))
    , m_nam(new QNetworkAccessManager(this))
    , m_pacer(m_config.pacer ? m_config.pacer : CallPacer::forApp(m_config.appKey))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    core::LogRedactor::addSecret(QString::fromUtf8(m_config.appSecret));
}

ApiClient::~ApiClient() = default;

void ApiClient::setAppSecret(const QByteArray &secret)
{
    m_config.appSecret = secret;
    core::LogRedactor::addSecret(QString::fromUtf8(secret));
}

qint64 ApiClient::platformNowMsecs() const
{
    return m_clock->nowMsecs() + m_offsetMs;
}

void ApiClient::call(const QByteArray &method, const QJsonObject &params, CallOptions options, QObject *context,
                     Callback done)
{
    auto p = std::make_shared<Pending>();
    p->method = method;
    p->paramJson = canonicalJson(params);
    p->options = options;
    p->context = context;
    p->done = std::move(done);
    p->elapsed.start();
    attempt(p);
}

void ApiClient::attempt(const std::shared_ptr<Pending> &p)
{
    if (!p->context)
        return; // the caller is gone: nothing to deliver to, nothing more to send
    // The method's pace under the platform's rate limit: wait for the slot, then go.
    if (!p->slotTaken) {
        if (const qint64 wait = m_pacer->reserve(p->method); wait > 0) {
            p->slotWaitMs += wait;
            p->slotTaken = true;
            QTimer::singleShot(std::chrono::milliseconds(wait), Qt::PreciseTimer, this,
                               [this, p] { attempt(p); }); // a coarse timer may fire 5 % early
            return;
        }
    }
    p->slotTaken = false;
    if (!p->options.needsToken) {
        send(p, {});
        return;
    }
    if (!m_tokens) {
        finish(p, CallResult{Error::make(Error::Kind::Auth, QStringLiteral("no token provider configured")),
                             0,
                             {},
                             {},
                             {},
                             p->attempts,
                             false});
        return;
    }
    m_tokens->withToken(this, [this, p](core::Result<QByteArray> token) {
        if (!token) {
            finish(p, CallResult{token.error(), 0, {}, {}, {}, p->attempts, false});
            return;
        }
        send(p, token.value());
    });
}

void ApiClient::send(const std::shared_ptr<Pending> &p, const QByteArray &token)
{
    p->token = token;
    ++p->attempts;
    const QByteArray timestamp = QByteArray::number(platformNowMsecs() / 1000);
    const QByteArray signature =
        sign(m_config.signMethod, m_config.appSecret, m_config.appKey, p->method, p->paramJson, timestamp);

    QUrl url = m_config.gateway;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    path += QString::fromLatin1(p->method).replace(QLatin1Char('.'), QLatin1Char('/'));
    url.setPath(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("app_key"), QString::fromLatin1(m_config.appKey));
    query.addQueryItem(QStringLiteral("method"), QString::fromLatin1(p->method));
    query.addQueryItem(QStringLiteral("v"), QStringLiteral("2"));
    query.addQueryItem(QStringLiteral("timestamp"), QString::fromLatin1(timestamp));
    query.addQueryItem(QStringLiteral("sign"), QString::fromLatin1(signature));
    query.addQueryItem(QStringLiteral("sign_method"), signMethodName(m_config.signMethod));
    if (!token.isEmpty())
        query.addQueryItem(QStringLiteral("access_token"), QString::fromLatin1(token));
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.setRawHeader("X-Request-Id", requestId);
    request.setTransferTimeout(m_config.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    ++m_requestsSent;
    qCDebug(lcNet) << "→" << p->method << "attempt" << p->attempts << "request" << requestId;
    p->sent.start();
    QNetworkReply *reply = nullptr;
    QNetworkAccessManager *nam = managerFor(p->method);
    ++m_inFlight[nam];
    if (p->options.write) {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, p->paramJson.size());
        auto *body = new OneShotBody(p->paramJson);
        reply = nam->post(request, body);
        body->setParent(reply);
    } else {
        reply = nam->post(request, p->paramJson);
    }
    const qint64 maxBytes = m_config.maxAnswerBytes;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, maxBytes](qint64 received, qint64 total) {
        if (maxBytes > 0 && (received > maxBytes || total > maxBytes) && !reply->property(kTooLarge).toBool()) {
            reply->setProperty(kTooLarge, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, p, reply, nam] {
        const int inFlight = m_inFlight.value(nam);
        --m_inFlight[nam];
        reply->deleteLater();
        if (!lcNetTiming().isDebugEnabled())
            return handleReply(p, reply);
        // Read before the answer is handled: a retry sends the next attempt from inside it.
        const qint64 wireMs = p->sent.elapsed();
        const int attempt = p->attempts;
        const qint64 slotWaitMs = p->slotWaitMs;
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QElapsedTimer handling;
        handling.start();
        handleReply(p, reply);
        qCDebug(lcNetTiming).nospace().noquote()
            << p->method << " attempt " << attempt << ": " << slotWaitMs << " ms for its slot, " << wireMs
            << " ms on the wire (HTTP " << http << ", " << inFlight << " in flight on its connections), handled in "
            << handling.elapsed() << " ms";
    });
}

QNetworkAccessManager *ApiClient::managerFor(const QByteArray &method)
{
    constexpr int kConnectionsPerManager = 6; // Qt's limit per host
    constexpr int kMaxManagersPerMethod = 3;  // 18 calls in flight: more than a lane ever keeps (16)
    QList<QNetworkAccessManager *> &lane = m_lanes[method];
    QNetworkAccessManager *idlest = nullptr;
    for (QNetworkAccessManager *nam : std::as_const(lane)) {
        if (!idlest || m_inFlight.value(nam) < m_inFlight.value(idlest))
            idlest = nam;
    }
    if (!idlest || (m_inFlight.value(idlest) >= kConnectionsPerManager && lane.size() < kMaxManagersPerMethod)) {
        idlest = new QNetworkAccessManager(this);
        idlest->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        lane << idlest;
    }
    return idlest;
}

bool ApiClient::learnClock(QNetworkReply *reply, bool force)
{
    const QByteArray date = reply->rawHeader("Date");
    const auto serverMs = parseHttpDate(date);
    if (!serverMs)
        return false;
    m_clockLearned = true;
    // The Date header has one-second resolution: only move for a real skew, or when told we are off.
    const qint64 candidate = *serverMs + 500 - m_clock->nowMsecs();
    if (force || qAbs(candidate - m_offsetMs) > 2000) {
        if (candidate != m_offsetMs) {
            m_offsetMs = candidate;
            qCInfo(lcNet) << "platform clock offset now" << m_offsetMs << "ms";
            emit clockOffsetChanged(m_offsetMs);
        }
        return true;
    }
    return force;
}

void ApiClient::handleReply(const std::shared_ptr<Pending> &p, QNetworkReply *reply)
{
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray body = (http == 200 && netError == QNetworkReply::NoError) ? reply->readAll() : QByteArray();
    const auto retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), m_clock->nowMsecs());
    if (http != 0)
        learnClock(reply, false);

    CallResult result;
    result.attempts = p->attempts;
    const bool write = p->options.write;

    // Aborted for size: the server did answer (a write may have been applied), we refused to buffer it.
    const bool tooLarge = reply->property(kTooLarge).toBool();
    if (tooLarge) {
        emit requestFinished(p->method, http, -1, p->elapsed.elapsed());
        qCWarning(lcNet) << "✗" << p->method << "answer larger than" << m_config.maxAnswerBytes << "bytes";
        result.error = Error::make(Error::Kind::Malformed,
                                   QStringLiteral("answer larger than %1 bytes").arg(m_config.maxAnswerBytes), http);
        if (write) {
            result.outcomeUnknown = true;
        } else if (m_config.retry.canRetry(p->attempts)) {
            retryLater(p, std::nullopt);
            return;
        }
        finish(p, result);
        return;
    }

    // A certificate or handshake failure is fatal: never retried, never overridden (tst_no_ignore_ssl_errors),
    // and nothing was sent, so a write's outcome is known (not applied).
    if (netError == QNetworkReply::SslHandshakeFailedError) {
        emit requestFinished(p->method, 0, 0, p->elapsed.elapsed());
        result.error = Error::make(Error::Kind::Network,
                                   QStringLiteral("TLS check of the gateway failed: %1").arg(reply->errorString()));
        result.error.subCode = QString::fromLatin1(kTlsSubCode);
        qCWarning(lcNet) << "✗" << p->method << result.error.message;
        finish(p, result);
        return;
    }

    // Transport faults: no answer, or a non-200 from a proxy/gateway (handled like code 20000).
    if (netError != QNetworkReply::NoError || http != 200) {
        emit requestFinished(p->method, http, 0, p->elapsed.elapsed());
        const bool timedOut =
            netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError;
        const bool neverSent = http == 0 && (netError == QNetworkReply::ConnectionRefusedError ||
                                             netError == QNetworkReply::HostNotFoundError);
        const bool rateLimited = http == 429;
        if (http != 0)
            notePace(p->method, rateLimited, retryAfter);
        if (rateLimited && m_config.retry.canRetry(p->attempts)) {
            attempt(p);
            return;
        }
        Error err = Error::make(
            timedOut ? Error::Kind::Timeout : (rateLimited ? Error::Kind::RateLimited : Error::Kind::Network),
            http ? QStringLiteral("HTTP %1 from the gateway").arg(http) : reply->errorString(), http);
        qCInfo(lcNet) << "✗" << p->method << "attempt" << p->attempts << err.message;
        if (write && !neverSent && !rateLimited) {
            result.error = err;
            result.outcomeUnknown = true;
            finish(p, result);
            return;
        }
        if (m_config.retry.canRetry(p->attempts)) {
            retryLater(p, retryAfter);
            return;
        }
        result.error = err;
        finish(p, result);
        return;
    }

    auto envelope = parseEnvelope(body);
    if (!envelope) {
        emit requestFinished(p->method, http, -1, p->elapsed.elapsed());
        qCWarning(lcNet) << "✗" << p->method << "malformed answer:" << envelope.error().message;
        result.error = envelope.error();
        result.error.detail = QString::fromUtf8(body.left(300));
        if (write) {
            result.outcomeUnknown = true;
        } else if (m_config.retry.canRetry(p->attempts)) {
            retryLater(p, std::nullopt);
            return;
        }
        finish(p, result);
        return;
    }
    const Envelope &env = envelope.value();
    emit requestFinished(p->method, http, env.code, p->elapsed.elapsed());
    notePace(p->method, classify(env.code, env.subCode) == PlatformFault::RateLimited, retryAfter);
    result.code = env.code;
    result.subCode = env.subCode;
    result.logId = env.logId;
    result.data = env.data;
    if (env.code == 10000 || env.code == 10001) {
        finish(p, result);
        return;
    }
    result.error = mapPlatformError(env);
    qCInfo(lcNet) << "✗" << p->method << "code" << env.code << env.subCode << "log" << env.logId;

    switch (classify(env.code, env.subCode)) {
    case PlatformFault::TokenExpired:
        if (p->options.needsToken && m_tokens && !p->tokenRefreshed) {
            p->tokenRefreshed = true;
            m_tokens->tokenRejected(p->token, this, [this, p](core::Result<QByteArray> token) {
                if (!token) {
                    finish(p, CallResult{token.error(), 0, {}, {}, {}, p->attempts, false});
                    return;
                }
                send(p, token.value());
            });
            return;
        }
        break;
    case PlatformFault::ClockOrSignature:
        if (!p->clockResynced) {
            p->clockResynced = true;
            learnClock(reply, true);
            send(p, p->token);
            return;
        }
        break;
    case PlatformFault::ConcurrentRefresh:
        if (!p->concurrentRetried) {
            p->concurrentRetried = true;
            QTimer::singleShot(200, this, [this, p] { attempt(p); });
            return;
        }
        break;
    case PlatformFault::RateLimited:
        // Refused before anything was applied: safe to send writes again too, at the method's new pace.
        if (m_config.retry.canRetry(p->attempts)) {
            attempt(p);
            return;
        }
        break;
    case PlatformFault::Retryable:
        if (write) {
            result.outcomeUnknown = true;
            break;
        }
        if (m_config.retry.canRetry(p->attempts)) {
            retryLater(p, retryAfter);
            return;
        }
        break;
    case PlatformFault::None:
    case PlatformFault::AuthGone:
    case PlatformFault::Conflict:
    case PlatformFault::NeverRetry:
    case PlatformFault::Config:
        break;
    }
    finish(p, result);
}

void ApiClient::fetchBlob(const QUrl &url, qint64 maxBytes, int timeoutMs, QObject *context, BlobCallback done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : m_config.transferTimeoutMs);
    ++m_requestsSent;
    QNetworkReply *reply = m_nam->get(request);
    QPointer<QObject> ctx(context);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, maxBytes](qint64 received, qint64) {
        if (received > maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, ctx, done = std::move(done), maxBytes] {
        reply->deleteLater();
        if (!ctx)
            return;
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || http != 200) {
            done(Error::make(
                Error::Kind::Network,
                QStringLiteral("cannot download %1: %2").arg(reply->url().toDisplayString(), reply->errorString()),
                http));
            return;
        }
        const QByteArray bytes = reply->readAll();
        if (bytes.size() > maxBytes) {
            done(Error::make(Error::Kind::Malformed, QStringLiteral("file larger than %1 bytes").arg(maxBytes)));
            return;
        }
        done(bytes);
    });
}

void ApiClient::notePace(const QByteArray &method, bool rateLimited, std::optional<qint64> retryAfterMs)
{
    if (!rateLimited)
        return m_pacer->admitted(method);
    ++m_rateLimited;
    ++m_rateLimitedBy[method];
    m_pacer->limited(method, retryAfterMs);
}

void ApiClient::retryLater(const std::shared_ptr<Pending> &p, std::optional<qint64> retryAfterMs)
{
    const qint64 delay = m_config.retry.delayMs(p->attempts, retryAfterMs, m_uniform);
    qCDebug(lcNet) << "retrying" << p->method << "in" << delay << "ms";
    QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, p] { attempt(p); });
}

void ApiClient::finish(const std::shared_ptr<Pending> &p, CallResult result)
{
    result.attempts = p->attempts;
    if (p->context && p->done) {
        auto done = std::move(p->done);
        p->done = nullptr;
        done(result);
    }
}

} // namespace anxin::platform

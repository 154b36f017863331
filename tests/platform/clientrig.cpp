#include "clientrig.h"

#include "sandbox/sandboxstate.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace anxin::test {

using anxin::platform::CallResult;

qint64 TestClock::nowMsecs() const
{
    return (m_frozenMs ? m_frozenMs : QDateTime::currentMSecsSinceEpoch()) + m_shiftMs;
}

qint64 maxJitter(qint64 bound)
{
    return bound;
}

anxin::platform::RetryPolicy fastRetry()
{
    anxin::platform::RetryPolicy p;
    p.maxAttempts = 4;
    p.baseDelayMs = 20;
    p.maxDelayMs = 200;
    p.maxRetryAfterMs = 5000;
    return p;
}

ClientRig::ClientRig(const RigOptions &options)
    : m_options(options)
{
    anxin::sandbox::SandboxOptions so;
    so.tickets = options.tickets;
    m_sandbox = std::make_unique<SandboxHarness>(so, options.frozenNow);
    m_clock = std::make_shared<TestClock>(options.frozenNow * 1000);
    m_store = std::make_unique<anxin::platform::MemorySecretStore>();

    anxin::platform::ApiConfig config;
    config.pacer = std::make_shared<anxin::platform::CallPacer>();
    config.gateway = QUrl(m_sandbox->baseUrl());
    config.appKey = m_sandbox->appKey();
    config.appSecret = m_sandbox->secret();
    config.signMethod = options.signMethod;
    config.transferTimeoutMs = options.transferTimeoutMs;
    config.retry = options.retry;
    config.maxAnswerBytes = options.maxAnswerBytes;
    m_api = std::make_unique<anxin::platform::ApiClient>(config, m_clock);
    m_api->setRandomSource(&maxJitter);
    m_tokens = std::make_unique<anxin::platform::TokenManager>(m_api.get(), m_store.get(),
                                                               QString::fromLatin1(anxin::sandbox::kDemoShopId));
    m_api->setTokenProvider(m_tokens.get());
}

ClientRig::~ClientRig()
{
    m_api->setTokenProvider(nullptr);
    m_tokens.reset();
    m_api.reset();
}

anxin::sandbox::World &ClientRig::world()
{
    return m_sandbox->state().world();
}

CallResult ClientRig::call(const QByteArray &method, const QJsonObject &params, anxin::platform::CallOptions options,
                           int timeoutMs)
{
    std::optional<CallResult> out;
    QEventLoop loop;
    m_api->call(method, params, options, &loop, [&out, &loop](const CallResult &r) {
        out = r;
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out) {
        CallResult r;
        r.error = anxin::core::Error::make(
            anxin::core::Error::Kind::Internal,
            QStringLiteral("test rig: no answer to %1 within %2 ms").arg(QString::fromLatin1(method)).arg(timeoutMs));
        return r;
    }
    return *out;
}

QList<CallResult> ClientRig::callConcurrently(int count, const QByteArray &method, const QJsonObject &params,
                                              int timeoutMs)
{
    QList<std::optional<CallResult>> outs(count);
    int pending = count;
    QEventLoop loop;
    for (int i = 0; i < count; ++i) {
        m_api->call(method, params, anxin::platform::CallOptions{}, &loop,
                    [&outs, &pending, &loop, i](const CallResult &r) {
                        outs[i] = r;
                        if (--pending == 0)
                            loop.quit();
                    });
    }
    if (pending > 0) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QList<CallResult> results;
    for (const auto &o : outs) {
        CallResult r;
        if (o)
            r = *o;
        else
            r.error = anxin::core::Error::make(anxin::core::Error::Kind::Internal,
                                               QStringLiteral("test rig: concurrent call unanswered"));
        results.append(r);
    }
    return results;
}

anxin::core::Result<QByteArray> ClientRig::fetchBlob(const QUrl &url, qint64 maxBytes, int timeoutMs)
{
    std::optional<anxin::core::Result<QByteArray>> out;
    QEventLoop loop;
    m_api->fetchBlob(url, maxBytes, 0, &loop, [&out, &loop](anxin::core::Result<QByteArray> r) {
        out = std::move(r);
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out)
        return anxin::core::Error::make(anxin::core::Error::Kind::Internal, QStringLiteral("test rig: no blob"));
    return *out;
}

bool ClientRig::fault(const QJsonObject &spec)
{
    const Answer a = m_sandbox->control("POST", QStringLiteral("/__sandbox/faults"), spec);
    if (a.httpStatus != 200 || !a.json.value(QLatin1String("ok")).toBool()) {
        qWarning("sandbox refused the fault: %s", a.body.constData());
        return false;
    }
    return true;
}

QJsonObject ClientRig::counters()
{
    return m_sandbox->control("GET", QStringLiteral("/__sandbox/counters")).json;
}

qint64 ClientRig::counter(const char *name)
{
    return counters().value(QLatin1String(name)).toInteger();
}

qint64 ClientRig::calls(const QString &method)
{
    return counters().value(QLatin1String("calls")).toObject().value(method).toInteger();
}

qint64 ClientRig::codeCount(int code)
{
    return counters().value(QLatin1String("codes")).toObject().value(QString::number(code)).toInteger();
}

void ClientRig::resetCounters()
{
    m_sandbox->control("POST", QStringLiteral("/__sandbox/counters/reset"));
}

void ClientRig::advance(qint64 secs)
{
    m_sandbox->advance(secs);
    m_clock->shift(secs * 1000);
}

QString ClientRig::ticketId(int index)
{
    if (index < 0)
        return QStringLiteral("0"); // no such ticket: the call under test then fails loudly
    return QString::number(world().tickets[size_t(index)].id);
}

QByteArray describe(const anxin::core::Error &e)
{
    return QStringLiteral("kind=%1 code=%2 sub=%3: %4 %5")
        .arg(QString::fromLatin1(anxin::core::errorKindName(e.kind)))
        .arg(e.code)
        .arg(e.subCode, e.message, e.detail.left(200))
        .toUtf8();
}

QByteArray describe(const CallResult &r)
{
    return describe(r.error) + " attempts=" + QByteArray::number(r.attempts) +
           " outcomeUnknown=" + QByteArray::number(int(r.outcomeUnknown));
}

AttemptLog::AttemptLog(anxin::platform::ApiClient &api)
{
    m_timer.start();
    QObject::connect(&api, &anxin::platform::ApiClient::requestFinished, &m_context,
                     [this](const QByteArray &method, int http, int code, qint64) {
                         entries.append(Entry{method, http, code, m_timer.elapsed()});
                     });
}

QList<AttemptLog::Entry> AttemptLog::of(const QByteArray &method) const
{
    QList<Entry> out;
    for (const Entry &e : entries) {
        if (e.method == method)
            out.append(e);
    }
    return out;
}

} // namespace anxin::test

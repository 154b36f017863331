#include "sandbox/sandboxserver.h"

#include "core/logging.h"
#include "sandbox/sandboxstate.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>

namespace anxin::sandbox {
namespace {

bool wantsKeepAlive(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("connection", Qt::CaseInsensitive) == 0)
            return value.trimmed().compare("close", Qt::CaseInsensitive) != 0;
    }
    return true;
}

QByteArray methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

// The platform's answer past its rate limit, whether the limit or an injected fault refused the call.
ApiReply trafficLimited()
{
    return ApiReply::error(60000, QStringLiteral("isv.traffic-limited"), QStringLiteral("调用频率超限，请稍后重试"));
}

// Pads a list answer past the requested size (fault oversized_page); a huge body when there is no list.
void oversize(ApiReply &reply, const VerifiedCall &call, bool huge)
{
    for (const char *key : {"items", "shop_order_list"}) {
        QJsonArray list = reply.data.value(QLatin1String(key)).toArray();
        if (huge || list.isEmpty())
            continue;
        const qsizetype target =
            std::max<qsizetype>(call.params.value(QLatin1String("size")).toInt(10), list.size()) + 5;
        for (qsizetype i = 0; list.size() < target; ++i)
            list.append(list.at(i));
        reply.data.insert(QLatin1String(key), list);
        return;
    }
    reply.data.insert(QStringLiteral("padding"), QString(12 * 1024 * 1024, QLatin1Char('x')));
}

QByteArray garble(const QByteArray &body)
{
    QByteArray out = body.left(std::max<qsizetype>(1, body.size() * 2 / 3));
    out += "\x01\xff{\"code\":";
    return out;
}

} // namespace

SandboxServer::SandboxServer(SandboxState &state, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(state)
    , m_api(state)
    , m_control(state, m_images)
{
    connect(&m_liveTimer, &QTimer::timeout, this, [this] { m_state.liveTick(); });
}

bool SandboxServer::listenLoopback(const QHostAddress &address, quint16 port, QString *error)
{
    if (!address.isLoopback()) {
        *error =
            QStringLiteral("refusing to listen on %1: the sandbox only listens on loopback").arg(address.toString());
        return false;
    }
    const quint16 bound = listen(address, port);
    if (bound == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return false;
    }
    m_address = address;
    m_port = bound;
    m_state.setBaseUrl(baseUrl());
    return true;
}

QString SandboxServer::baseUrl() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_address.toString() + QLatin1Char(']')
                             : m_address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

void SandboxServer::setLive(bool live, int intervalMs)
{
    if (live)
        m_liveTimer.start(intervalMs);
    else
        m_liveTimer.stop();
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(socket,
         envelopeResponse(ApiReply::error(40004, QStringLiteral("isv.method-not-exist"), request.url().path()), true),
         0, true);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_state.counters().httpRequests;
    if (!socket->property("anxinSeen").toBool()) {
        socket->setProperty("anxinSeen", true);
        ++m_openConnections;
        m_state.counters().peakConnections = std::max(m_state.counters().peakConnections, m_openConnections);
        connect(socket, &QTcpSocket::disconnected, this, [this] { --m_openConnections; });
    }
    const bool keepAlive = wantsKeepAlive(request);
    if (!socket->peerAddress().isLoopback()) {
        send(socket, http::response(403, "text/plain", "loopback only\n", m_state.clock().nowSecs(), false), 0, false);
        return true;
    }
    if (request.url().path().startsWith(QLatin1String("/__sandbox/")))
        handleControl(request, socket, keepAlive);
    else
        handleApi(request, socket, keepAlive);
    return true;
}

QByteArray SandboxServer::envelopeResponse(const ApiReply &reply, bool keepAlive, const http::Headers &extra)
{
    return http::response(200, http::kJson, reply.envelope(m_state.nextLogId()), m_state.clock().nowSecs(), keepAlive,
                          extra);
}

void SandboxServer::send(QTcpSocket *socket, const QByteArray &bytes, int delayMs, bool keepAlive, Delivery delivery)
{
    QPointer<QTcpSocket> guard(socket);
    const auto deliver = [guard, bytes, keepAlive, delivery] {
        if (!guard)
            return;
        switch (delivery) {
        case Delivery::Full:
            guard->write(bytes);
            if (!keepAlive)
                guard->disconnectFromHost();
            break;
        case Delivery::HalfThenClose: {
            const qsizetype headerEnd = bytes.indexOf("\r\n\r\n") + 4;
            guard->write(bytes.left(headerEnd + (bytes.size() - headerEnd) / 2));
            guard->flush();
            guard->disconnectFromHost();
            break;
        }
        case Delivery::AbortWithoutAnswer:
            guard->abort();
            break;
        }
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, socket, deliver);
    else
        deliver();
}

void SandboxServer::handleControl(const QHttpServerRequest &request, QTcpSocket *socket, bool keepAlive)
{
    m_state.catchUp();
    const QString path = request.url().path();
    const ControlResult r = m_control.handle(methodName(request), path, request.body());
    send(socket, http::response(r.status, r.contentType, r.body, m_state.clock().nowSecs(), !r.stop && keepAlive), 0,
         !r.stop && keepAlive);
    if (!path.startsWith(QLatin1String("/__sandbox/images/")))
        qCInfo(lcSandbox).noquote() << methodName(request) << path << "->" << r.status;
    if (r.stop) {
        socket->flush();
        emit stopRequested();
    }
}

void SandboxServer::handleApi(const QHttpServerRequest &request, QTcpSocket *socket, bool keepAlive)
{
    QElapsedTimer timer;
    timer.start();
    m_state.catchUp();
    const QString method = RequestVerifier::methodFromPath(request.url().path());
    if (request.method() != QHttpServerRequest::Method::Post || method.isEmpty()) {
        const ApiReply r = ApiReply::error(40004, QStringLiteral("isv.method-not-exist"),
                                           QStringLiteral("use POST /{method with '.' replaced by '/'}"));
        send(socket, envelopeResponse(r, keepAlive), 0, keepAlive);
        return;
    }
    Counters &counters = m_state.counters();
    // The platform's rate limit comes first: past it nothing else happens (no fault is used up, nothing applied).
    const QByteArray appKey = QUrlQuery(request.url()).queryItemValue(QStringLiteral("app_key")).toLatin1();
    if (!m_state.rateLimiter().admit(appKey, method)) {
        const ApiReply r = trafficLimited();
        send(socket, envelopeResponse(r, keepAlive), m_state.faults().latencyFor(method), keepAlive);
        ++counters.limited[method];
        ++counters.codes[60000];
        qCInfo(lcSandbox).noquote() << "POST" << method << "->" << 60000 << r.subCode << "(rate limit"
                                    << m_state.rateLimiter().qpsFor(method) << "per second)";
        return;
    }
    ++counters.calls[method];
    const FaultDecision fd = m_state.faults().decide(method);
    const std::optional<FaultRule> &fault = fd.fault;
    if (fault)
        ++counters.faultsInjected;
    const QString faultName = fault ? FaultInjector::kindName(fault->kind) : QString();
    const auto logLine = [&](int code, const QString &sub, const QByteArray &shopId) {
        qCInfo(lcSandbox).noquote() << "POST" << method
                                    << QString(QStringLiteral("shop=") + QString::fromLatin1(shopId)) << "->" << code
                                    << sub << (faultName.isEmpty() ? QString() : QStringLiteral("fault=") + faultName)
                                    << QStringLiteral("(%1 ms)").arg(timer.elapsed());
    };
    http::Headers retryAfter;
    if (fault && fault->retryAfter > 0)
        retryAfter.append({"Retry-After", QByteArray::number(fault->retryAfter)});

    // Faults that answer instead of the platform, before anything is applied.
    if (fault && fault->kind == FaultKind::RateLimit) {
        const ApiReply r = trafficLimited();
        const QByteArray body = r.envelope(m_state.nextLogId());
        send(socket,
             http::response(fault->http429 ? 429 : 200, http::kJson, body, m_state.clock().nowSecs(), keepAlive,
                            retryAfter),
             fd.latencyMs, keepAlive);
        ++counters.codes[60000];
        logLine(fault->http429 ? 429 : 60000, r.subCode, {});
        return;
    }
    const bool failAfter =
        fault && fault->applyWrite && (fault->kind == FaultKind::Http5xx || fault->kind == FaultKind::Platform5xx);
    if (fault && !failAfter && fault->kind == FaultKind::Http5xx) {
        const QByteArray body = "<html><body><h1>" + QByteArray::number(fault->httpStatus) + " " +
                                http::reasonPhrase(fault->httpStatus) + "</h1></body></html>";
        send(socket,
             http::response(fault->httpStatus, "text/html", body, m_state.clock().nowSecs(), keepAlive, retryAfter),
             fd.latencyMs, keepAlive);
        logLine(fault->httpStatus, QStringLiteral("http"), {});
        return;
    }
    if (fault && !failAfter && fault->kind == FaultKind::Platform5xx) {
        const ApiReply r =
            ApiReply::error(20000, QStringLiteral("isp.service-error"), QStringLiteral("服务暂不可用，请稍后重试"));
        send(socket, envelopeResponse(r, keepAlive, retryAfter), fd.latencyMs, keepAlive);
        ++counters.codes[20000];
        logLine(20000, r.subCode, {});
        return;
    }

    VerifiedCall call;
    ApiReply reply = RequestVerifier::verify(m_state, method, request.url().query(QUrl::FullyEncoded).toLatin1(),
                                             request.body(), &call);
    if (reply.ok() && !SandboxApi::isKnownMethod(method))
        reply =
            ApiReply::error(40004, QStringLiteral("isv.method-not-exist"), QStringLiteral("不存在的方法名 ") + method);
    if (reply.ok() && SandboxApi::needsAccessToken(method)) {
        const qint64 now = m_state.clock().nowSecs();
        if (fault && fault->kind == FaultKind::TokenExpiry)
            m_state.tokens().expire(call.accessToken, now);
        int tokenShop = -1;
        switch (m_state.tokens().check(call.accessToken, now, &tokenShop)) {
        case TokenStore::Check::Unknown:
            reply = ApiReply::error(40003, QStringLiteral("isv.access-token-no-existed"),
                                    QStringLiteral("access_token 不存在"));
            break;
        case TokenStore::Check::Expired:
            reply = ApiReply::error(40003, QStringLiteral("isv.access-token-expired"),
                                    QStringLiteral("access_token 已过期"));
            break;
        case TokenStore::Check::Ok:
            if (tokenShop != call.shop)
                reply = ApiReply::error(40003, QStringLiteral("isv.access-token-no-existed"),
                                        QStringLiteral("access_token 不属于该应用"));
            break;
        }
    }
    if (reply.ok())
        reply = m_api.handle(call);
    const QByteArray shopId = call.shop >= 0 ? m_state.world().shops[size_t(call.shop)].shopId : QByteArray();

    int delayMs = fd.latencyMs + reply.delayMs;
    Delivery delivery = Delivery::Full;
    if (failAfter) {
        // The call was applied; the caller only sees a failure: "outcome unknown" (§8).
        if (fault->kind == FaultKind::Http5xx) {
            const QByteArray body = "<html><body><h1>" + QByteArray::number(fault->httpStatus) + "</h1></body></html>";
            send(socket,
                 http::response(fault->httpStatus, "text/html", body, m_state.clock().nowSecs(), keepAlive, retryAfter),
                 delayMs, keepAlive);
            logLine(fault->httpStatus, QStringLiteral("applied=") + QString::number(reply.code), shopId);
            return;
        }
        reply = ApiReply::error(20000, QStringLiteral("isp.service-error"), QStringLiteral("服务暂不可用，请稍后重试"));
    }
    if (fault && fault->kind == FaultKind::OversizedPage && reply.ok())
        oversize(reply, call, fault->huge);
    ++counters.codes[reply.code];
    QByteArray bytes = envelopeResponse(reply, keepAlive, failAfter ? retryAfter : http::Headers{});
    if (fault && fault->kind == FaultKind::MalformedJson) {
        const qsizetype headerEnd = bytes.indexOf("\r\n\r\n") + 4;
        const QByteArray body = garble(bytes.mid(headerEnd));
        bytes = http::response(200, http::kJson, body, m_state.clock().nowSecs(), keepAlive);
    } else if (fault && fault->kind == FaultKind::DropMidBody) {
        delivery = Delivery::HalfThenClose;
    } else if (fault && fault->kind == FaultKind::DropAfterWrite) {
        delivery = Delivery::AbortWithoutAnswer;
    }
    send(socket, bytes, delayMs, keepAlive, delivery);
    logLine(reply.code, reply.subCode, shopId);
}

} // namespace anxin::sandbox

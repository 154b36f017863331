#pragma once

#include "sandbox/controlapi.h"
#include "sandbox/imagerenderer.h"
#include "sandbox/sandboxapi.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace anxin::sandbox {

class SandboxState;

// The HTTP side: writes every HTTP/1.1 answer itself on the raw socket (status line, Date from the sandbox
// clock, Content-Length, keep-alive), so faults can cut a body in half or drop a connection on purpose.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxState &state, QObject *parent = nullptr);

    // Loopback addresses only; port 0 picks a free port. Returns false with a reason otherwise.
    bool listenLoopback(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    // Live mode: a new order or ticket every intervalMs of real time.
    void setLive(bool live, int intervalMs = 3000);

signals:
    // POST /__sandbox/shutdown was answered: the program stops (a test server in a test process ignores it).
    void stopRequested();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Delivery
    {
        Full,
        HalfThenClose,
        AbortWithoutAnswer
    };

    void handleApi(const QHttpServerRequest &request, QTcpSocket *socket, bool keepAlive);
    void handleControl(const QHttpServerRequest &request, QTcpSocket *socket, bool keepAlive);
    void send(QTcpSocket *socket, const QByteArray &bytes, int delayMs, bool keepAlive,
              Delivery delivery = Delivery::Full);
    QByteArray envelopeResponse(const ApiReply &reply, bool keepAlive, const http::Headers &extra = {});

    SandboxState &m_state;
    SandboxApi m_api;
    ImageRenderer m_images;
    ControlApi m_control;
    QTimer m_liveTimer;
    QHostAddress m_address;
    quint16 m_port = 0;
    qint64 m_openConnections = 0; // client connections open now (counted at their first request)
};

} // namespace anxin::sandbox

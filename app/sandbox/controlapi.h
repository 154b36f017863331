#pragma once

#include "sandbox/httpresponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace anxin::sandbox {

class ImageRenderer;
class SandboxState;

struct ControlResult
{
    int status = 200;
    QByteArray contentType = http::kJson;
    QByteArray body;
    bool stop = false; // POST /__sandbox/shutdown: the server stops once this answer is written
};

// The /__sandbox/ endpoints (§9): reset, clock, faults, counters, health, shops, live ticks and images.
// JSON in and out, no signature; the server only listens on loopback.
class ControlApi
{
public:
    ControlApi(SandboxState &state, ImageRenderer &images)
        : m_state(state)
        , m_images(images)
    {}

    ControlResult handle(const QByteArray &httpMethod, const QString &path, const QByteArray &body);

private:
    ControlResult reset(const QJsonObject &in);
    ControlResult clock(const QByteArray &httpMethod, const QJsonObject &in);
    ControlResult faults(const QByteArray &httpMethod, const QJsonObject &in);
    ControlResult image(const QString &path);
    QJsonObject clockJson();

    SandboxState &m_state;
    ImageRenderer &m_images;
};

} // namespace anxin::sandbox

#pragma once

#include "core/result.h"

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace anxin::sandbox {

// "Try the sandbox": runs the anxin-sandbox program installed next to anxin-desk on a free loopback port with the
// documented demo shop (app key 7000000000000000001, secret demo-secret-0123456789, shop 1234567). The process
// stops when this object goes (at the latest when the app exits).
class SandboxProcess : public QObject
{
    Q_OBJECT
public:
    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    // Where the program is looked for: the application's directory, or `ANXIN_SANDBOX_BIN` when set.
    static QString programPath();
    static QString demoAppKey();
    static QString demoShopId();
    static QByteArray demoAppSecret();

    // Starts the program and waits (bounded) until it listens. Returns the gateway URL.
    core::Result<QString> start(int timeoutMs = 15000);
    void stop();
    bool isRunning() const;
    QString gateway() const { return m_gateway; }

private:
    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_gateway;
};

} // namespace anxin::sandbox

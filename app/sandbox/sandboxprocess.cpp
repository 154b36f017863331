#include "sandbox/sandboxprocess.h"

#include "core/logging.h"
#include "sandbox/sandboxoptions.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace anxin::sandbox {

using core::Error;

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::programPath()
{
    const QString overridden = qEnvironmentVariable("ANXIN_SANDBOX_BIN");
    if (!overridden.isEmpty())
        return overridden;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("anxin-sandbox.exe");
#else
    const QString name = QStringLiteral("anxin-sandbox");
#endif
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
}

QString SandboxProcess::demoAppKey()
{
    return QString::fromLatin1(sandbox::kDemoAppKey);
}

QString SandboxProcess::demoShopId()
{
    return QString::fromLatin1(sandbox::kDemoShopId);
}

QByteArray SandboxProcess::demoAppSecret()
{
    return QByteArray(sandbox::kDemoAppSecret);
}

core::Result<QString> SandboxProcess::start(int timeoutMs)
{
    if (isRunning())
        return m_gateway;
    const QString program = programPath();
    if (!QFileInfo(program).isExecutable())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no sandbox program at %1").arg(program));
    m_dir = std::make_unique<QTemporaryDir>();
    const QString portFile = m_dir->filePath(QStringLiteral("port"));
    m_process.start(program, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"),
                              portFile, QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--shops"),
                              QStringLiteral("2"), QStringLiteral("--tickets"), QStringLiteral("600"),
                              QStringLiteral("--live"), QStringLiteral("--app-key"), demoAppKey(),
                              QStringLiteral("--app-secret"), QString::fromLatin1(demoAppSecret()),
                              QStringLiteral("--shop-id"), demoShopId(), QStringLiteral("--stop-on-stdin-eof")});
    if (!m_process.waitForStarted(timeoutMs))
        return Error::make(Error::Kind::Internal,
                           QStringLiteral("the sandbox did not start: %1").arg(m_process.errorString()));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const int port = f.readAll().trimmed().toInt(&ok);
            if (ok && port > 0) {
                m_gateway = QStringLiteral("http://127.0.0.1:%1").arg(port);
                qCInfo(lcSync) << "sandbox listening at" << m_gateway;
                return m_gateway;
            }
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForFinished(50);
    }
    stop();
    return Error::make(Error::Kind::Timeout, QStringLiteral("the sandbox did not start listening in time"));
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // End of standard input stops it on every OS (no signal, which Windows lacks); kill only if it hangs.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    m_gateway.clear();
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

} // namespace anxin::sandbox

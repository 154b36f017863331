#include "testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QThread>
#include <QTimer>

namespace anxin::test {

QString buildDir()
{
    const QString env = qEnvironmentVariable("ANXIN_BUILD_DIR");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../..") : env;
}

QString sourceDir()
{
    return qEnvironmentVariable("ANXIN_SOURCE_DIR");
}

QString binaryPath(const QString &name)
{
    // ctest names each program's file ($<TARGET_FILE:...>, so .exe and app bundles are right on every platform).
    const QString var = QStringLiteral("ANXIN_%1_PATH").arg(name.mid(name.indexOf(QLatin1Char('-')) + 1).toUpper());
    if (const QString path = qEnvironmentVariable(var.toLatin1().constData()); !path.isEmpty())
        return QDir::cleanPath(path);
        // Run by hand: where this build tree puts them.
#ifdef Q_OS_WIN
    const QString file = name + QStringLiteral(".exe");
#else
    const QString file = name;
#endif
    for (const QString &sub :
         {QStringLiteral("/app/sandbox/"), QStringLiteral("/app/cli/"), QStringLiteral("/app/desk/")}) {
        const QString p = buildDir() + sub + file;
        if (QFileInfo::exists(p))
            return QDir::cleanPath(p);
    }
    return {};
}

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QString &profile, const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(binaryPath(QStringLiteral("anxin-cli")), QStringList{QStringLiteral("--profile"), profile} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return CliRun{-2, p.readAllStandardOutput(), p.readAllStandardError(), timer.elapsed()};
    }
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  p.readAllStandardError(), timer.elapsed()};
}

QString startSandbox(QProcess &process, const QString &workDir, const QStringList &args, SandboxStop stop)
{
    const QString portFile = workDir + QStringLiteral("/port");
    process.setStandardOutputFile(workDir + QStringLiteral("/sandbox.log"));
    process.setStandardErrorFile(workDir + QStringLiteral("/sandbox.log"), QIODevice::Append);
    QStringList all{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"), portFile};
    if (stop == SandboxStop::OnStdinEof)
        all << QStringLiteral("--stop-on-stdin-eof");
    process.start(binaryPath(QStringLiteral("anxin-sandbox")), all + args);
    if (!process.waitForStarted())
        return {};
    const QDeadlineTimer deadline(20000);
    while (QFileInfo(portFile).size() <= 0) {
        if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
            return {};
        QThread::msleep(50);
    }
    QFile pf(portFile);
    if (!pf.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(pf.readAll().trimmed());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool stopSandbox(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    process.closeWriteChannel();
    if (process.waitForFinished(10000))
        return process.exitStatus() == QProcess::NormalExit;
    process.kill();
    process.waitForFinished(5000);
    return false;
}

QJsonObject sandboxControl(const QString &base, const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(base + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *r = nam.sendCustomRequest(req, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(r->readAll()).object();
    r->deleteLater();
    return o;
}

} // namespace anxin::test

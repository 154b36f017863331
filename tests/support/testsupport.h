#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QProcess;

namespace anxin::test {

// Directory of the build tree (ANXIN_BUILD_DIR), for locating the sandbox and CLI binaries.
QString buildDir();
QString sourceDir();
// "anxin-cli", "anxin-sandbox" or "anxin-desk": the file ctest names in ANXIN_CLI_PATH (…_SANDBOX_, …_DESK_),
// else where this build tree puts it; empty when not built.
QString binaryPath(const QString &name);

// One anxin-cli run: exit code (-1 crashed, -2 did not finish in time), output and how long it took.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
    QJsonObject json() const;
};
CliRun runCli(const QString &profile, const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 120000);

// How a started sandbox is meant to stop: when its standard input closes (stopSandbox()), or only by
// POST /__sandbox/shutdown or a kill (the tests of those).
enum class SandboxStop
{
    OnStdinEof,
    Explicitly
};
// Starts the anxin-sandbox process on a free loopback port with `args` (its log in workDir/sandbox.log); returns
// its base URL, or "" when it did not come up within 20 s.
QString startSandbox(QProcess &process, const QString &workDir, const QStringList &args,
                     SandboxStop stop = SandboxStop::OnStdinEof);
// Stops a sandbox started by startSandbox() the way that works on every OS (end of its standard input, no
// signal); kills it only when it has not stopped within 10 s. True when it stopped by itself.
bool stopSandbox(QProcess &process);
// The whole file, or "" when it cannot be read.
QByteArray readFile(const QString &path);
// A call to the sandbox's control API (/__sandbox/...); its JSON answer (empty after 10 s without one).
QJsonObject sandboxControl(const QString &base, const QByteArray &verb, const QString &path,
                           const QJsonObject &body = {});

} // namespace anxin::test

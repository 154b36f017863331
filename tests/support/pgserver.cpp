#include "pgserver.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace anxin::test {

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    if (m_running)
        stop(true);
}

QString PgServer::binDir()
{
    // Debian keeps the server programs out of PATH, one directory per major version: the newest wins.
    QString best;
    QVersionNumber bestVersion;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &v : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        const QVersionNumber version = QVersionNumber::fromString(v);
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")) && (best.isEmpty() || version > bestVersion)) {
            best = bin;
            bestVersion = version;
        }
    }
    return best;
}

QString PgServer::url() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user(), host()).arg(m_port).arg(database());
}

bool PgServer::run(const QString &program, const QStringList &args, int timeoutMs, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    const QString exe = binDir() + QLatin1Char('/') + program;
    if (m_asPostgres)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), exe} + args);
    else
        p.start(exe, args);
    const bool finished = p.waitForFinished(timeoutMs);
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (!finished)
            p.kill();
        m_error = QStringLiteral("%1 %2 failed: %3").arg(program, args.join(QLatin1Char(' ')), out.trimmed());
        return false;
    }
    return true;
}

bool PgServer::start()
{
    if (binDir().isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                                 "run scripts/setup-deps");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/anxin-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary directory for the server");
        return false;
    }
    m_data = m_dir->filePath(QStringLiteral("data"));
    m_log = m_dir->filePath(QStringLiteral("server.log"));
#ifdef Q_OS_UNIX
    // PostgreSQL refuses to run as root: the cluster belongs to the unprivileged postgres account then.
    if (::geteuid() == 0) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw) {
            m_error = QStringLiteral("running as root and there is no postgres account to run the server as");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 to the postgres account").arg(m_dir->path());
            return false;
        }
        m_asPostgres = true;
    }
#endif
    {
        QTcpServer probe; // a free loopback port (PostgreSQL binds it a moment later)
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free loopback port");
            return false;
        }
        m_port = probe.serverPort();
    }
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), m_data, QStringLiteral("-U"), user(), QStringLiteral("--auth=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
             120000))
        return false;
    if (!startServer())
        return false;
    return run(QStringLiteral("createdb"),
               {QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                user(), database()},
               30000);
}

bool PgServer::startServer()
{
    // fsync off: a test cluster lives for one test, and a disk busy with another suite's writes must not stall its
    // commits for seconds (a killed server still recovers: the WAL is written, only not flushed).
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=60 "
                                           "-c fsync=off")
                                .arg(m_port)
                                .arg(m_dir->path());
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_log, QStringLiteral("-o"), options,
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
             90000))
        return false;
    m_running = true;
    return true;
}

bool PgServer::stop(bool immediate)
{
    if (!m_running)
        return true;
    const bool ok = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                         immediate ? QStringLiteral("immediate") : QStringLiteral("fast"), QStringLiteral("-w"),
                         QStringLiteral("stop")},
                        60000);
    m_running = !ok;
    return ok;
}

bool PgServer::restart()
{
    return !m_running && m_dir && startServer();
}

} // namespace anxin::test

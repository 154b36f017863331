#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace anxin::test {

// A real PostgreSQL server of its own for a test: a fresh cluster (initdb) in a temporary directory, listening on a
// free loopback port and a Unix socket in that directory, stopped and removed at the end. As root it runs as the
// unprivileged `postgres` account (PostgreSQL refuses to run as root). Debian's postgresql package provides the
// programs (scripts/setup-deps); Qt's QPSQL driver (libqt6sql6-psql) is what the client uses.
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Creates and starts the cluster; false with error() set when it could not.
    bool start();
    // pg_ctl stop -m fast (a clean shutdown) or, with `immediate`, the crash-like stop a killed host gives.
    bool stop(bool immediate = false);
    // Starts the same cluster again (its data kept).
    bool restart();
    bool isRunning() const { return m_running; }

    QString error() const { return m_error; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString user() const { return QStringLiteral("anxin"); }
    QString database() const { return QStringLiteral("anxin_team"); }
    // postgresql://anxin@127.0.0.1:PORT/anxin_team, as a desk is given it.
    QString url() const;
    // The directory of the server's programs (initdb, pg_ctl), or "" when PostgreSQL is not installed.
    static QString binDir();

private:
    bool run(const QString &program, const QStringList &args, int timeoutMs, QString *output = nullptr);
    bool startServer();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QString m_log;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgres = false;
    QString m_error;
};

} // namespace anxin::test

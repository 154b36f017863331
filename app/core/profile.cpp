#include "core/profile.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace anxin::core {

QString Profile::resolveDir(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    const QString env = qEnvironmentVariable("ANXIN_PROFILE");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    // Earlier versions used AppDataLocation: the same folder on Linux and macOS, the roaming one on Windows.
    return moveEarlierDefault(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/default"),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/default"));
}

QString Profile::moveEarlierDefault(const QString &earlier, const QString &current)
{
    if (QDir::cleanPath(earlier) == QDir::cleanPath(current) || QFileInfo::exists(current) ||
        !QFileInfo(earlier).isDir())
        return current;
    // A rename moves everything or nothing, and fails while another process holds a file open there (Windows).
    if (QDir().mkpath(QFileInfo(current).absolutePath()) && QDir().rename(earlier, current)) {
        qCInfo(lcDb).noquote() << QStringLiteral("moved the profile from %1 to %2").arg(earlier, current);
        return current;
    }
    qCWarning(lcDb).noquote()
        << QStringLiteral("could not move the profile from %1 to %2; using it where it is").arg(earlier, current);
    return earlier;
}

Profile::Profile(QString dir)
    : m_dir(std::move(dir))
{}

QString Profile::databasePath() const
{
    return m_dir + QStringLiteral("/anxin.db");
}
QString Profile::settingsPath() const
{
    return m_dir + QStringLiteral("/settings.ini");
}
QString Profile::logPath() const
{
    return m_dir + QStringLiteral("/logs/anxin.log");
}
QString Profile::cacheDir() const
{
    return m_dir + QStringLiteral("/cache");
}
QString Profile::secretsFilePath() const
{
    return m_dir + QStringLiteral("/secrets.json");
}

Status Profile::ensureExists() const
{
    QDir d;
    const QStringList dirs{m_dir, m_dir + QStringLiteral("/logs"), cacheDir()};
    for (const QString &sub : dirs) {
        if (!d.mkpath(sub))
            return Error::make(Error::Kind::Storage, QStringLiteral("cannot create directory %1").arg(sub));
    }
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

Status Profile::lockForWriting(const QString &holder, int waitMs)
{
    m_lock = std::make_unique<QLockFile>(m_dir + QStringLiteral("/anxin-desk.lock"));
    m_lock->setStaleLockTime(0); // staleness by PID only: a live holder is never treated as stale
    const QString holderPath = m_dir + QStringLiteral("/anxin-desk.lock.holder");
    if (m_lock->tryLock(std::max(0, waitMs))) {
        QSaveFile f(holderPath);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QStringLiteral("%1\n%2\n").arg(QCoreApplication::applicationPid()).arg(holder).toUtf8());
            f.commit();
        }
        return {};
    }
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        const QString who = writerLockHolder();
        Error e =
            Error::make(Error::Kind::Locked, QStringLiteral("profile %1 is in use by %2 (process %3 on %4)")
                                                 .arg(m_dir, who.isEmpty() ? QStringLiteral("another program") : who)
                                                 .arg(pid)
                                                 .arg(host));
        e.detail = who;
        return e;
    }
    return Error::make(Error::Kind::Storage, QStringLiteral("cannot create lock file in %1").arg(m_dir));
}

QString Profile::writerLockHolder() const
{
    QLockFile probe(m_dir + QStringLiteral("/anxin-desk.lock"));
    qint64 pid = 0;
    QString host, app;
    if (!probe.getLockInfo(&pid, &host, &app))
        return {};
    QFile f(m_dir + QStringLiteral("/anxin-desk.lock.holder"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    // The label is the holder's only if it was written by the process that holds the lock now.
    if (lines.size() < 2 || lines.at(0).toLongLong() != pid)
        return {};
    return lines.at(1);
}

void Profile::unlock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace anxin::core

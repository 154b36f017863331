#include "core/profile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace anxin::core {

QString Profile::resolveDir(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    const QString env = qEnvironmentVariable("ANXIN_PROFILE");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/default");
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

Status Profile::lockForGui()
{
    m_lock = std::make_unique<QLockFile>(m_dir + QStringLiteral("/anxin-desk.lock"));
    m_lock->setStaleLockTime(0); // staleness by PID only: a live holder is never treated as stale
    if (m_lock->tryLock(0))
        return {};
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        return Error::make(Error::Kind::Locked,
                           QStringLiteral("profile %1 is in use by process %2 on %3").arg(m_dir).arg(pid).arg(host));
    }
    return Error::make(Error::Kind::Storage, QStringLiteral("cannot create lock file in %1").arg(m_dir));
}

void Profile::unlock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace anxin::core

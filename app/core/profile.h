#pragma once

#include "core/result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace anxin::core {

// A profile is one directory holding everything the app and the CLI write for one user: database,
// caches, logs, settings and (only without a keychain) secrets.json.
class Profile
{
public:
    // An explicit directory, or ANXIN_PROFILE, or the platform's app-data location.
    static QString resolveDir(const QString &explicitDir);

    explicit Profile(QString dir);
    const QString &dir() const { return m_dir; }
    QString databasePath() const;
    QString settingsPath() const;
    QString logPath() const;
    QString cacheDir() const;
    QString secretsFilePath() const;

    // Creates the directory tree (mode 0700).
    Status ensureExists() const;

    // One running GUI instance per profile. A lock left by a killed process is recovered.
    Status lockForGui();
    void unlock();

private:
    QString m_dir;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace anxin::core

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
    // An explicit directory, or ANXIN_PROFILE, or the default: "default" in the platform's local app-data folder
    // (never the roaming profile on Windows: a cache of a whole shop must not travel with the Windows account).
    static QString resolveDir(const QString &explicitDir);
    // Where a profile that sits at `earlier` belongs now (`current`): moves it there once, when only `earlier`
    // exists. Returns the folder to use: `current`, or `earlier` when it cannot be moved (then nothing is lost,
    // and the move is tried again next start).
    static QString moveEarlierDefault(const QString &earlier, const QString &current);

    explicit Profile(QString dir);
    const QString &dir() const { return m_dir; }
    QString databasePath() const;
    QString settingsPath() const;
    QString logPath() const;
    QString cacheDir() const;
    QString secretsFilePath() const;

    // Creates the directory tree (mode 0700).
    Status ensureExists() const;

    // One writer per profile: the desk app for as long as it runs, an anxin-cli command that writes (connect,
    // sync, decide) for as long as it runs. Waits up to `waitMs` for the holder to finish; a lock left by a
    // killed process is recovered (staleness by process id only, never by age). `holder` ("Anxin Desk",
    // "anxin-cli sync") is kept beside the lock so a refused writer can say who holds it. Fails with Kind::Locked.
    Status lockForWriting(const QString &holder, int waitMs = 0);
    // Who holds the writer lock, as it said when it took it ("" when nobody or not known).
    QString writerLockHolder() const;
    void unlock();

private:
    QString m_dir;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace anxin::core

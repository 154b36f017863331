#pragma once

#include "core/result.h"

#include <QObject>

#include <memory>

namespace anxin::core {
class Profile;
}

namespace anxin::store {
class Database;
}

namespace anxin::models {

class CacheReader;

// The profile's cache file and the UI thread's connection to it: opening (a corrupt file is set aside, never
// deleted, and a fresh one created; a file newer than this build opens read-only; openProblem() says which), the
// audit chain verified on every open, the integrity check off the start-up path for a large file, and the
// export of unfinished decisions from a file set aside. Background reads go through CacheReader / CacheQuery.
class CacheHost : public QObject
{
    Q_OBJECT
public:
    explicit CacheHost(core::Profile &profile, QObject *parent = nullptr);
    ~CacheHost() override;

    // The integrity check at start reads the whole file: a cache over kStartupCheckMaxBytes (about 0.2 s of
    // checking) is opened unchecked so its first window paints at once, and the check runs on a reader of its own
    // a few seconds later; a damaged file is reported by cacheDamaged() and the next start checks it in full (and
    // sets it aside) before anything reads it.
    core::Status open();
    static constexpr qint64 kStartupCheckMaxBytes = 64 * 1024 * 1024;
    static constexpr int kBackgroundCheckDelayMs = 3000;
    void setStartupCheckMaxBytes(qint64 bytes) { m_startupCheckMaxBytes = bytes; } // test seam
    // Runs the whole integrity check now, off this thread (normally scheduled by open() when needed).
    void checkCacheInBackground();
    QString fullCheckMarkerPath() const;

    store::Database *database() const { return m_db.get(); }
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const;
    const core::Error &openProblem() const { return m_openProblem; }
    // The seq of the first audit entry that does not check out, or 0 when the chain is intact.
    qint64 auditBrokenAt() const { return m_auditBrokenAt; }
    // The file whose unfinished decisions can be exported after an open problem: the copy set aside as corrupt,
    // or the read-only newer cache; empty when there is nothing to recover.
    QString recoverableDatabase() const;
    // Writes those decisions (no buyer data) as JSON to `outFile`, reading the source read-only; returns how many.
    core::Result<int> exportUnfinishedDecisions(const QString &outFile) const;

signals:
    void cacheDamaged(const anxin::core::Error &error); // found by the background check; restart to rebuild
    void cacheChecked(bool sound);                      // the background check has finished

private:
    void checkFinished(const core::Status &status);

    core::Profile &m_profile;
    std::unique_ptr<store::Database> m_db;
    core::Error m_openProblem;
    qint64 m_auditBrokenAt = 0;
    qint64 m_startupCheckMaxBytes = kStartupCheckMaxBytes;
    CacheReader *m_check = nullptr; // the background integrity check, while it runs
};

} // namespace anxin::models

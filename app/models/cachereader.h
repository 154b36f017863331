#pragma once

#include "core/result.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace anxin::store {
class Database;
}

namespace anxin::models {

// Reads the cache on a thread of its own, with its own read-only connection (WAL lets it read beside the UI's
// connection and the sync writer), so a read that takes hundreds of ms over a large cache never holds up the UI.
// Only the newest request matters: posting drops a request still queued, and the reply of one that was already
// running is not delivered (with `interrupt`, its SQLite statement is stopped at once).
// The job runs on the reader's thread and must only use what it captured by value; the reply it returns runs on
// the reader's own thread of birth (the owner's), and never after the reader is destroyed (a child of the owner,
// so a reply may use the owner).
class CacheReader : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void()>;
    // db is the reader's connection, or the error that kept it from opening (asked again on the next job).
    using Job = std::function<Reply(const core::Result<store::Database *> &db)>;

    CacheReader(QString databasePath, const QString &threadName, QObject *parent);
    ~CacheReader() override;
    // A reader beside db's connection; null when db has no file of its own (in memory): read it in place then.
    static CacheReader *beside(const store::Database *db, const QString &threadName, QObject *parent);

    void post(Job job, bool interrupt = false);
    // A job that tells how far it got: `notify(reply)` from the job delivers `reply` on the owner's thread at once
    // (unless a newer request has been posted since), before the job's own final reply.
    using Notify = std::function<void(Reply)>;
    using ProgressJob = std::function<Reply(const core::Result<store::Database *> &db, const Notify &notify)>;
    void postWithProgress(ProgressJob job, bool interrupt = false);
    // Drops what is queued and interrupts what is running: no reply comes until the next post().
    void cancel();

    // The common use: read(db) returns a core::Result<T>; show(result) gets it on the owner's thread, or the error
    // that kept the reader's connection from opening. Without a reader (a cache with no file) both run here, now,
    // on `inPlace`.
    template <class Read, class Show>
    static void read(CacheReader *reader, store::Database &inPlace, Read read, Show show)
    {
        using Result = decltype(read(inPlace));
        if (!reader) {
            show(read(inPlace));
            return;
        }
        reader->post([read = std::move(read), show = std::move(show)](const core::Result<store::Database *> &db) {
            Result result = db ? read(*db.value()) : Result(db.error());
            return Reply{[show, result = std::move(result)]() mutable { show(std::move(result)); }};
        });
    }

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
};

} // namespace anxin::models

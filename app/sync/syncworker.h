#pragma once

#include "sync/shopconnection.h"
#include "sync/shopsyncer.h"
#include "sync/syncprogress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

class QTimer;

namespace anxin::core {
class ShopFeed;
}

namespace anxin::store {
class Database;
}

namespace anxin::sync {

class SyncRun;

// Runs syncs on a thread of its own, with its own database connection and its own network client, so the UI
// thread never waits on the network or a bulk write. Talk to it only through its slots (queued) and signals.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Syncing,
        Offline,
        NeedsAuth,
        Error
    };
    Q_ENUM(State)

    SyncWorker(ShopConfig config, QString profileDir, QString databasePath, SyncOptions options);
    ~SyncWorker() override;

    // Team mode (issue #35): opens this desk's connection to the team's feed, on the worker's thread, when a sync
    // starts without one; an empty function: the desk works alone. A feed that cannot be opened is tried again a
    // minute later; meanwhile the desk pulls its shop itself.
    using FeedOpener = std::function<core::Result<std::unique_ptr<core::ShopFeed>>()>;
    void setFeedOpener(FeedOpener opener); // call on the worker's thread (QMetaObject::invokeMethod)

public slots:
    void syncNow();
    void cancel();
    void setInterval(int seconds); // 0: only on demand
    void shutdown();               // closes the connection; call before the thread quits
    // Asks the carrier for one parcel's scans now (the route view), stores them, then emits routeFetched.
    void fetchRoute(const QString &orderId, const QString &companyCode, const QString &trackNo);
    // Downloads one ticket's missing evidence images now, back-off or not (the agent asked), then emits
    // evidenceFetched.
    void fetchEvidence(const QString &aftersaleId);

signals:
    void progress(const anxin::sync::SyncProgress &progress);
    void finished(const anxin::sync::SyncReport &report);
    void stateChanged(anxin::sync::SyncWorker::State state, const QString &message);
    void routeFetched(const QString &orderId, bool ok, const QString &message);
    void evidenceFetched(const QString &aftersaleId, int fetched, int failed, const QString &message);
    // The platform's clock minus this computer's, as the last sync's answers told it.
    void clockOffsetLearned(qint64 offsetMs);

private:
    bool ensureOpen();
    void setState(State state, const QString &message);

    ShopConfig m_config;
    QString m_profileDir;
    QString m_databasePath;
    SyncOptions m_options;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<ShopConnection> m_connection;
    FeedOpener m_feedOpener;
    std::unique_ptr<core::ShopFeed> m_feed;
    bool m_feedReplaced = false; // the opener changed during a run: the feed goes when the run ends
    QElapsedTimer m_feedFailed;  // valid: the last try to open the feed failed, this long ago
    core::Error m_feedError;     // why the last try to open or use the feed failed
    SyncRun *m_run = nullptr;
    QTimer *m_timer = nullptr;
    bool m_again = false;
    State m_state = State::Idle;
};

// Owns the worker's thread: start() moves the worker there; the destructor shuts it down cleanly.
class SyncThread
{
public:
    SyncThread(ShopConfig config, QString profileDir, QString databasePath, SyncOptions options);
    ~SyncThread();
    SyncWorker *worker() const { return m_worker; }

private:
    QThread m_thread;
    SyncWorker *m_worker;
};

} // namespace anxin::sync

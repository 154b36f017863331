#pragma once

#include "sync/shopconnection.h"
#include "sync/shopsyncer.h"
#include "sync/syncprogress.h"

#include <QObject>
#include <QThread>

class QTimer;

#include <memory>

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

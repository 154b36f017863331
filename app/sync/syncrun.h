#pragma once

#include "sync/shopsyncer.h"
#include "sync/syncprogress.h"

#include <QObject>

namespace anxin::platform {
class ApiClient;
}
namespace anxin::store {
class Database;
}

namespace anxin::sync {

// One complete sync of one shop: send queued decisions first (deadlines matter more than freshness), pull
// what changed, then send whatever became due meanwhile. Same thread as the ApiClient and the Database.
class SyncRun : public QObject
{
    Q_OBJECT
public:
    SyncRun(QString shopId, platform::ApiClient *api, store::Database *db, SyncOptions options,
            QObject *parent = nullptr);
    void start();
    void cancel();

signals:
    void progress(const anxin::sync::SyncProgress &progress);
    void finished(const anxin::sync::SyncReport &report);

private:
    void push(bool last);
    void pull(bool ticketsOnly);
    void merge(const SyncReport &part);
    void done();

    QString m_shopId;
    platform::ApiClient *m_api;
    store::Database *m_db;
    SyncOptions m_options;
    SyncReport m_report;
    ShopSyncer *m_syncer = nullptr;
    bool m_cancelled = false;
    bool m_refreshed = false; // the tickets-only pull after the last push has run
};

} // namespace anxin::sync

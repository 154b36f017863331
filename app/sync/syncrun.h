#pragma once

#include "sync/shopsyncer.h"
#include "sync/syncprogress.h"

#include <QObject>

#include <functional>

namespace anxin::core {
class ShopFeed;
}
namespace anxin::platform {
class ApiClient;
}
namespace anxin::store {
class Database;
}

namespace anxin::sync {

// One complete sync of one shop: send queued decisions first (deadlines matter more than freshness), pull
// what changed, then send whatever became due meanwhile. Same thread as the ApiClient and the Database.
//
// In team mode (setFeed, issue #35) the pull is shared: the desk first copies what the team's feed holds beyond
// its cache, then takes or renews the shop's poller lease. The poller pulls the platform and publishes every
// answer; any other desk pulls nothing from the platform (only evidence images from their CDN) and its own
// decisions' results come with the poller's next poll. A team database that fails mid-run never stops the
// sync: the desk pulls the shop itself as if alone (SyncReport::teamError says why); so does a desk whose cache is
// older than what the feed keeps (SyncReport::feedGap), once.
class SyncRun : public QObject
{
    Q_OBJECT
public:
    SyncRun(QString shopId, platform::ApiClient *api, store::Database *db, SyncOptions options,
            QObject *parent = nullptr);
    void setFeed(core::ShopFeed *feed) { m_feed = feed; }
    void start();
    void cancel();

signals:
    void progress(const anxin::sync::SyncProgress &progress);
    void finished(const anxin::sync::SyncReport &report);

private:
    void push(bool last);
    void pull(bool ticketsOnly);
    // Copies the team's feed beyond this cache, a batch per event-loop turn, then `then`.
    void copyFeed(std::function<void()> then);
    // The feed skips from `copiedTo` to `next`: what this cache missed was pruned.
    void feedGap(qint64 copiedTo, qint64 next);
    void takePoll();
    void teamFailed(const core::Error &error);
    void merge(const SyncReport &part);
    void done();

    QString m_shopId;
    platform::ApiClient *m_api;
    store::Database *m_db;
    core::ShopFeed *m_feed = nullptr;
    SyncOptions m_options;
    SyncReport m_report;
    ShopSyncer *m_syncer = nullptr;
    bool m_cancelled = false;
    bool m_refreshed = false; // the tickets-only pull after the last push has run
    qint64 m_gapHead = 0;     // the feed's head when a gap was found: where the copy goes on after this run
};

} // namespace anxin::sync

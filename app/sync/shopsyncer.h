#pragma once

#include "core/clock.h"
#include "store/records.h"
#include "sync/syncprogress.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace anxin::core {
class ShopFeed;
} // namespace anxin::core

namespace anxin::platform {
class ApiClient;
struct AfterSaleListPage;
} // namespace anxin::platform

namespace anxin::store {
class Database;
} // namespace anxin::store

namespace anxin::sync {

class EvidenceFetcher;

struct SyncOptions
{
    qint64 backfillDays = 90; // the platform keeps 90 days; never ask further back
    qint64 overlapSecs = 120; // re-read this much before the cursor: late-visible updates are not missed
    int pageSize = 100;
    int maxDetails = 500; // details of closed tickets fetched per run (every open ticket's always); the rest next time
    // A ticket walk this far behind the platform (or none yet: a first sync) fetches the open work first: the open
    // tickets by deadline and their details, then the history (issue #36).
    qint64 openFirstBehindSecs = 24 * 3600;
    int maxProducts = 200;
    int maxRoutes = 200;
    int maxImages = 300;
    qint64 maxImageBytes = 8 * 1024 * 1024;
    int imageTimeoutMs = 4000;         // an image with no byte for this long is given up (connect included)
    int imageBudgetMs = 20000;         // no new image download starts after this long in the stage
    qint64 pickupGraceSecs = 6 * 3600; // ask a carrier for its scans only after this long since shipping
    bool orders = true;
    bool details = true;
    bool products = true;
    bool routes = true;
    bool reputation = true;
    bool images = true;
    // false: no platform data at all, only the images stage (a team's follower copies the rest from the feed)
    bool platformData = true;
    QString imageDir; // where evidence images go (the profile's cache)
};

// The cursor stream present while a shop's history is being backfilled (cursorTime: when it began); a completed ticket
// walk removes it.
inline const QString kHistoryBackfillStream = QStringLiteral("history_backfill");

// The shops of this cache whose history is still being backfilled after an open-work-first sync: what is cached of
// them is their open work and part of their history (live auto-approve rules wait for the rest).
core::Result<QSet<QString>> shopsLoadingHistory(store::Database &db);

// Pulls one shop into the cache. Every page is applied together with its cursor in one write transaction,
// so a crash or a dropped connection never skips or double-applies anything. Runs on one thread (the
// ApiClient's and the Database's); callbacks chain the stages; `finished` is emitted exactly once.
class ShopSyncer : public QObject
{
    Q_OBJECT
public:
    ShopSyncer(QString shopId, platform::ApiClient *api, store::Database *db, SyncOptions options,
               QObject *parent = nullptr);

    // Team mode (issue #35): this desk is the shop's poller. Every answer is published to the team's feed before it
    // is applied here (a feed that cannot take it stops the run, so the feed never misses what this cache has), and
    // the ticket and order walks go on where the feed's last page left them.
    void setFeed(core::ShopFeed *feed) { m_feed = feed; }
    void start();
    void cancel();
    const SyncReport &report() const { return m_report; }

signals:
    void progress(const anxin::sync::SyncProgress &progress);
    void finished(const anxin::sync::SyncReport &report);

private:
    using Step = void (ShopSyncer::*)();
    qint64 platformNow() const;
    void next();
    void fail(const core::Error &error);
    void emitProgress(const QString &stage, qint64 done, qint64 total);

    // The answer to the team's feed first, when this desk polls for a team; nothing alone.
    core::Status publish(const QString &kind, const QString &key, const QJsonValue &data, qint64 fetchedAt,
                         const store::SyncCursor *cursor = nullptr);

    // Moves this cache's feed cursor past what this desk published and applied itself, so it never copies its own
    // answers back; only while no other desk published in between.
    core::Status flushFeedCursor();

    void pullReasons();
    // Where a stream's walk stands: this cache's cursor, or for a team's poller the feed's last page.
    core::Result<std::optional<store::SyncCursor>> walkCursor(const QString &stream);
    bool openWindow(const QString &stream);
    // Open work first (issue #36), when the ticket walk is far behind: the open tickets by deadline, then the
    // details of every one of them; the walk that follows is the history's backfill.
    void pullOpenTickets();
    void requestOpenPage();
    void pullOpenDetails();
    // Where a stream's walk goes after a page: the cursor to store with the page, and the next request.
    struct PageStep
    {
        store::SyncCursor cursor;
        bool done = false;
        qint64 windowStart = 0;
        int page = 0;
        qint64 crowded = 0; // the second read as its own window next; 0: none
    };
    PageStep stepAfter(const QString &stream, bool more, qint64 lastUpdateTime, const QStringList &ids, qint64 total);
    void adopt(const PageStep &step);
    // The request window: the stream's, or the crowded second alone.
    qint64 requestStart() const { return m_crowded ? m_crowded : m_windowStart; }
    qint64 requestEnd() const { return m_crowded ? m_crowded + 1 : m_windowEnd; }
    void pullTickets();
    void requestTicketPage();
    void applyTicketPage(const platform::AfterSaleListPage &page, const QJsonValue &data);
    void pullOrders();
    void requestOrderPage();
    void pullDetails();
    void fetchDetails(const QString &stage, const QStringList &ids);
    void pullProducts();
    void pullRoutes();
    void pullReputation();
    void pullImages();
    // One request per item (details, products, routes), up to a few in flight; `apply` stores each answer. An
    // item the platform refuses is recorded under `failureKind` with a back-off and the rest go on.
    void fetchEach(const QString &stage, const QString &failureKind, const QStringList &itemIds, const char *method,
                   std::function<core::Result<QJsonObject>(int)> paramsFor,
                   std::function<core::Status(int, const QJsonValue &)> apply, int *counter);
    static bool isItemRefusal(const core::Error &error);
    core::Status recordItemFailure(const QString &kind, const QString &itemId, const core::Error &error);
    // Runs `work(i, done)` for i in [0, n) with up to m_parallel in flight (adapted as answers come: see kMaxParallel);
    // `all` once every one reported.
    void fanOut(int n, const std::function<void(int, std::function<void(bool)>)> &work, std::function<void()> all);

    QString m_shopId;
    EvidenceFetcher *m_images = nullptr; // the images stage, while it runs
    core::ShopFeed *m_feed = nullptr;
    qint64 m_feedApplied = -1; // this cache's feed cursor; -1: not read yet
    qint64 m_feedPending = 0;  // published, applied when the next answer comes or the run ends
    qint64 m_feedPendingAt = 0;
    platform::ApiClient *m_api;
    store::Database *m_db;
    SyncOptions m_options;
    SyncReport m_report;
    QList<Step> m_steps;
    int m_stepIndex = -1;
    bool m_cancelled = false;
    bool m_finished = false;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_stageTimer;
    // Paging state of the stream being pulled (tickets or orders).
    qint64 m_windowStart = 0;
    qint64 m_windowEnd = 0;
    int m_page = 0;
    // A second holding more rows than a page: read as its own window, round after round, until every row of it
    // has been seen (the platform may order equal update_time values differently on every call).
    qint64 m_crowded = 0;
    QSet<QString> m_crowdedSeen;
    int m_crowdedRounds = 0;
    qint64 m_streamDone = 0;
    qint64 m_streamTotal = -1;
    int m_parallel = 0;       // per-item requests in flight, carried from stage to stage; 0: not started
    bool m_openFirst = false; // this run fetched the open work before the history
    bool m_backfill = false;  // the ticket walk is the history's backfill (this run's or an earlier one's)
};

} // namespace anxin::sync

#pragma once

#include "core/clock.h"
#include "store/records.h"
#include "sync/progressmeter.h"
#include "sync/syncprogress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
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
    // Such a sync also reads the orders placed this recently (by create time, a day at a time side by side) beside the
    // open tickets' details and before the history: every order still awaiting shipment but a presale's is among
    // them. 0: none.
    qint64 recentOrdersSecs = 7 * 86400;
    // A walk over update_time further behind than two days is read in windows of this span, several at a time;
    // 0: in one window, page after page.
    qint64 walkWindowSecs = 3 * 86400;
    // A window whose first answer holds more pages than this is read as several side by side (a shop's last days
    // hold most of its rows); 0: never split (nor with walkWindowSecs 0).
    int splitWindowAbovePages = 4;
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
    ~ShopSyncer() override;

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
    // `ended`: the last reading of its stage (a walk's, or the one running beside the others: see m_besideStage).
    void emitProgress(const QString &stage, qint64 done, qint64 total, bool ended = false);

    // The answer to the team's feed first, when this desk polls for a team; nothing alone.
    core::Status publish(const QString &kind, const QString &key, const QJsonValue &data, qint64 fetchedAt,
                         const store::SyncCursor *cursor = nullptr);

    // Moves this cache's feed cursor past what this desk published and applied itself, so it never copies its own
    // answers back; only while no other desk published in between.
    core::Status flushFeedCursor();

    void pullReasons();
    // Where a stream's walk stands: this cache's cursor, or for a team's poller the feed's last page.
    core::Result<std::optional<store::SyncCursor>> walkCursor(const QString &stream);
    // Open work first (issue #36), when the ticket walk is far behind: the open tickets by deadline, then the
    // details of every one of them; the walk that follows is the history's backfill.
    void pullOpenTickets();
    void requestOpenPage();
    // One page read outside a walk (open tickets, recent orders): sent; `apply` parses and caches it and gives the
    // total the platform counts; a failure of either stops the run. `then(ok, total)` after it. A page refused by the
    // rate limit on every attempt is sent once more (`round` 1, see sendOnceMore), like a walk's page or a detail.
    void fetchLoosePage(const char *method, const core::Result<QJsonObject> &params,
                        std::function<core::Result<qint64>(const QJsonValue &)> apply,
                        std::function<void(bool, qint64)> then, int round = 0);
    // One page of the open tickets by deadline, applied; `then(ok, total)` after it (a failure has stopped the run).
    void fetchOpenPage(int page, std::function<void(bool, qint64)> then);
    // The orders placed in the last recentOrdersSecs, a day each by offset on create_time (which never changes),
    // the first page of every day first: how many each holds. Beside the open tickets' details, in the room they
    // leave.
    void pullRecentOrders();
    void fetchRecentPage(int day, int page, std::function<void(bool, qint64)> then);
    // The details of every open ticket, fetched beside the history walks that follow (another method, held to its own
    // rate limit: neither waits for the other); joinOpenDetails waits for them before the closed tickets' details.
    void pullOpenDetails();
    void joinOpenDetails();
    // A stream's walk over update_time (tickets or orders) is read in time windows [start, end): one when it is close
    // behind, side by side when far behind (issue #36). Each window goes by keyset on update_time; a second holding
    // more rows than a page is read as its own window, round after round, until every row of it has been seen (the
    // platform may order equal update_time values differently on every call). The stream's cursor moves with the
    // oldest window not yet read (the frontier): everything before it is in the cache; pages of later windows are
    // applied without it, so a run cut short reads them again (and leaves them alone).
    struct Window
    {
        qint64 start = 0;
        qint64 end = 0;
        int page = 0;
        qint64 crowded = 0; // the second read on its own now; 0: none
        QSet<QString> crowdedSeen;
        int crowdedRounds = 0;
        int id = 0;            // stays while windows split and move in the list
        bool answered = false; // its first answer came
        qint64 total = -1;     // rows in the window, as its first answer said (split: its share)
        qint64 doneCursor = 0; // the stream's cursor once this (the newest) window is read
        bool done = false;
        qint64 requestStart() const { return crowded ? crowded : start; }
        qint64 requestEnd() const { return crowded ? crowded + 1 : end; }
    };
    // Where a window goes after a page: its cursor after it, and the next request.
    struct PageStep
    {
        store::SyncCursor cursor;
        bool done = false;
        qint64 windowStart = 0;
        int page = 0;
        qint64 crowded = 0; // the second read as its own window next; 0: none
    };
    PageStep stepAfter(Window &w, bool more, qint64 lastUpdateTime, const QStringList &ids, qint64 total);
    static void adopt(Window &w, const PageStep &step);
    bool openWalk(const QString &stream);
    void walkOn();  // starts windows (the waiting ones first) while there is room
    int walkRoom(); // windows that may be read at once now
    // Requests of `method` that may be in flight now: its lane's width, and beside the open tickets' details no more
    // than the room they leave (BesideWidth).
    int roomBeside(const char *method);
    void requestPage(int window, int round = 0); // round 1: sent once more (sendOnceMore)
    void applyPage(int window, const QJsonValue &data);
    // After a window's first answer: `rowsLeft` more than a few pages, the rest of its span is read in parts, each a
    // window of its own right after it (each may split again on its first answer).
    void splitDense(int window, qint64 rowsLeft);
    int windowIndex(int id) const; // -1: none
    int frontierIndex();           // the oldest window not read yet (m_windows.size(): all read)
    // The stream's cursor after the frontier moved: the frontier window's place, or the end once all are read.
    qint64 frontierCursor();
    void walkDone();
    QString walkStage() const; // "tickets", "history" (the ticket walk as the backfill) or "orders"
    void pullTickets();
    void pullOrders();
    void pullDetails();
    // What a fan-out works through: `count` items (their ids, when it has them), more to come until `closed` (the
    // open tickets' details are queued as the open pages land). add() and close() wake a fan-out waiting for more.
    struct Backlog
    {
        QStringList ids;
        int count = 0;
        bool closed = true;
        std::function<void()> wake; // set by a fan-out while it may wait for more
        void add(const QStringList &more);
        void close();
    };
    static std::shared_ptr<Backlog> backlogOf(const QStringList &ids);
    void fetchDetails(const QString &stage, std::shared_ptr<Backlog> ids, std::function<void()> then = {});
    // The open tickets' details, queued page by page as the open tickets land (the most urgent first).
    void queueOpenDetails(const QStringList &ids);
    void pullProducts();
    void pullRoutes();
    void pullReputation();
    void pullImages();
    // One request per item (details, products, routes), up to a few in flight; `apply` stores each answer. An
    // item the platform refuses is recorded under `failureKind` with a back-off and the rest go on. `then` once all
    // are done (the next step when empty); a failure stops the run instead.
    void fetchEach(const QString &stage, const QString &failureKind, std::shared_ptr<Backlog> items, const char *method,
                   std::function<core::Result<QJsonObject>(int)> paramsFor,
                   std::function<core::Status(int, const QJsonValue &)> apply, int *counter,
                   std::function<void()> then = {});
    static bool isItemRefusal(const core::Error &error);
    // Whether a call refused with `error` in `round` (0: first) is sent once more before the run stops over it.
    bool sendOnceMore(const core::Error &error, int round) const;
    core::Status recordItemFailure(const QString &kind, const QString &itemId, const core::Error &error);
    // Runs `work(i, done)` for i in [0, n), each a call of `method`, with up to that method's lane's concurrency in
    // flight (adapted as answers come: see kMaxParallel), or up to what `room` says when given; `all` once every one
    // reported. Over a backlog: for every item it holds, and those added until it is closed.
    void fanOut(const char *method, int n, const std::function<void(int, std::function<void(bool)>)> &work,
                std::function<void()> all, std::function<int()> room = {});
    void fanOut(const char *method, std::shared_ptr<Backlog> items,
                const std::function<void(int, std::function<void(bool)>)> &work, std::function<void()> all,
                std::function<int()> room = {});
    // Requests of one method in flight, carried from stage to stage (LaneWidth: the platform limits each method on
    // its own).
    LaneWidth &lane(const char *method);
    void adaptParallel(const char *method); // after each answer of `method`
    const char *walkMethod() const;         // the method of the stream being walked

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
    ProgressMeter m_meter; // the pace and time left of the stage running now
    // The open tickets' details, fetched beside the history walks (their stage's readings say `beside`).
    QString m_besideStage;
    ProgressMeter m_besideMeter;
    BesideWidth m_besideWidth{1};
    bool m_besideRunning = false;
    bool m_joinWaiting = false;             // the steps wait for the details beside them to end
    std::shared_ptr<Backlog> m_openDetails; // open until the last open page is in
    QSet<QString> m_openDetailsQueued;
    // The walk of the stream being pulled (tickets or orders).
    QString m_stream;
    QList<Window> m_windows;
    int m_nextWindow = 0; // the next window to start
    int m_nextWindowId = 0;
    int m_walking = 0;   // windows being read now
    QList<int> m_parked; // windows begun and waiting for room (the walk narrowed beside the details)
    int m_frontier = 0;  // the oldest window not read yet
    qint64 m_streamDone = 0;
    qint64 m_streamTotal = -1;
    QHash<QByteArray, LaneWidth> m_lanes; // by method
    bool m_openFirst = false;             // this run fetched the open work before the history
    qint64 m_recentFrom = 0; // the recent orders' first day starts here; the last ends at m_recentEnd (exclusive)
    qint64 m_recentEnd = 0;
    bool m_backfill = false; // the ticket walk is the history's backfill (this run's or an earlier one's)
};

} // namespace anxin::sync

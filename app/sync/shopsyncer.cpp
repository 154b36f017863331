#include "sync/shopsyncer.h"

#include "core/guaranteerules.h"
#include "core/logging.h"
#include "core/shopfeed.h"
#include "platform/apiclient.h"
#include "platform/errors.h"
#include "platform/parsers.h"
#include "platform/requests.h"
#include "store/cursorrepository.h"
#include "store/database.h"
#include "store/itemfailurerepository.h"
#include "store/productrepository.h"
#include "store/scoresnapshotrepository.h"
#include "store/syncqueuerepository.h"
#include "store/ticketdetailrepository.h"
#include "sync/answers.h"
#include "sync/evidencefetcher.h"

#include <QDateTime>
#include <QDir>
#include <QSet>
#include <QTimeZone>

namespace anxin::sync {

using core::Error;
using platform::CallResult;

namespace {
const QString &kTicketStream = feedkind::tickets;
const QString &kOrderStream = feedkind::orders;
const QString &kBackfillStream = kHistoryBackfillStream;
// Requests of one method in flight (a walk's windows, the open tickets' pages, details, products, routes): from a few,
// one more per round of clean answers, halved when the platform's rate limit refuses one of that method (the pacer
// keeps the rate; this keeps enough calls in flight to reach it over a slow connection, and no more).
constexpr int kStartParallel = 4;
constexpr int kMaxParallel = 16;

QString platformDay(qint64 platformNowMs)
{
    // The platform's day is China's (UTC+8), whatever the machine's zone.
    return QDateTime::fromMSecsSinceEpoch(platformNowMs, QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
}

// The keys of a walk's page: its row ids, whether more rows follow, and the last row's update_time when they do.
template <typename Item>
void walkKeys(const QList<Item> &items, QString Item::*id, bool hasMore, QStringList *ids, bool *more, qint64 *last)
{
    for (const Item &item : items)
        *ids << item.*id;
    *more = hasMore && !items.isEmpty();
    *last = *more ? items.last().updateTime : 0;
}
} // namespace

core::Result<QSet<QString>> shopsLoadingHistory(store::Database &db)
{
    auto cursors = store::CursorRepository(db).list();
    if (!cursors)
        return cursors.error();
    QSet<QString> shops;
    for (const auto &c : cursors.value()) {
        if (c.stream == kBackfillStream)
            shops.insert(c.shopId);
    }
    return shops;
}

ShopSyncer::ShopSyncer(QString shopId, platform::ApiClient *api, store::Database *db, SyncOptions options,
                       QObject *parent)
    : QObject(parent)
    , m_shopId(std::move(shopId))
    , m_api(api)
    , m_db(db)
    , m_options(std::move(options))
{
    m_report.shopId = m_shopId;
}

qint64 ShopSyncer::platformNow() const
{
    // Fetch times are compared with the platform's update_time and deadlines: they are the platform's too.
    return m_api->platformNowMsecs() / 1000;
}

ShopSyncer::~ShopSyncer()
{
    if (m_openDetails)
        m_openDetails->wake = nullptr; // a fan-out waiting for more holds itself through it
}

void ShopSyncer::start()
{
    m_elapsed.start();
    m_steps.clear();
    if (m_options.platformData)
        m_steps = {&ShopSyncer::pullReasons, &ShopSyncer::pullOpenTickets};
    if (m_options.platformData && m_options.details)
        m_steps << &ShopSyncer::pullOpenDetails;
    if (m_options.platformData && m_options.orders)
        m_steps << &ShopSyncer::pullRecentOrders;
    if (m_options.platformData)
        m_steps << &ShopSyncer::pullTickets;
    if (m_options.platformData && m_options.orders)
        m_steps << &ShopSyncer::pullOrders;
    if (m_options.platformData && m_options.details)
        m_steps << &ShopSyncer::joinOpenDetails << &ShopSyncer::pullDetails;
    if (m_options.platformData && m_options.products)
        m_steps << &ShopSyncer::pullProducts;
    if (m_options.platformData && m_options.routes)
        m_steps << &ShopSyncer::pullRoutes;
    if (m_options.platformData && m_options.reputation)
        m_steps << &ShopSyncer::pullReputation;
    if (m_options.images && !m_options.imageDir.isEmpty())
        m_steps << &ShopSyncer::pullImages;
    m_lanes.clear();
    m_report.requests = -m_api->requestsSent();
    m_report.rateLimited = -m_api->rateLimitedAnswers();
    next();
}

void ShopSyncer::cancel()
{
    m_cancelled = true;
    if (m_images)
        m_images->stop();
}

void ShopSyncer::next()
{
    if (m_finished)
        return;
    if (m_cancelled) {
        fail(Error::make(Error::Kind::Cancelled, QStringLiteral("sync cancelled")));
        return;
    }
    ++m_stepIndex;
    if (m_stepIndex >= m_steps.size()) {
        if (auto st = flushFeedCursor(); !st)
            return fail(st.error());
        m_finished = true;
        m_report.elapsedMs = m_elapsed.elapsed();
        m_report.requests += m_api->requestsSent();
        m_report.rateLimited += m_api->rateLimitedAnswers();
        qCInfo(lcSync) << "shop" << m_shopId << "synced:" << m_report.pages << "pages," << m_report.ticketsInserted
                       << "new," << m_report.ticketsUpdated << "updated in" << m_report.elapsedMs << "ms";
        emit finished(m_report);
        return;
    }
    (this->*m_steps[m_stepIndex])();
}

void ShopSyncer::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.error = error;
    m_report.elapsedMs = m_elapsed.elapsed();
    m_report.requests += m_api->requestsSent();
    m_report.rateLimited += m_api->rateLimitedAnswers();
    qCWarning(lcSync) << "shop" << m_shopId << "sync stopped:" << error.message;
    emit finished(m_report);
}

void ShopSyncer::emitProgress(const QString &stage, qint64 done, qint64 total, bool ended)
{
    SyncProgress p;
    p.shopId = m_shopId;
    p.stage = stage;
    p.done = done;
    p.total = total;
    p.beside = m_besideRunning && stage == m_besideStage;
    p.ended = ended;
    ProgressMeter &meter = p.beside ? m_besideMeter : m_meter;
    meter.sample(stage, m_elapsed.elapsed(), done);
    p.ratePerSec = meter.ratePerSec();
    p.etaSecs = meter.etaSecs(done, total);
    emit progress(p);
}

// ---- reject reasons -------------------------------------------------------------------------------------

void ShopSyncer::pullReasons()
{
    emitProgress(QStringLiteral("reasons"), 0, 1);
    m_api->call(platform::RejectReasonListRequest::kMethod, QJsonObject(), {}, this, [this](const CallResult &r) {
        if (!r.ok())
            return fail(r.error);
        if (auto st = publish(feedkind::reasons, {}, r.data, platformNow()); !st)
            return fail(st.error());
        auto reasons = applyReasons(*m_db, m_shopId, r.data);
        if (!reasons)
            return fail(reasons.error());
        m_report.reasons = reasons.value();
        emitProgress(QStringLiteral("reasons"), 1, 1);
        next();
    });
}

// ---- open work first (issue #36) ----------------------------------------------------------------------------

void ShopSyncer::pullOpenTickets()
{
    auto cursor = walkCursor(kTicketStream);
    if (!cursor)
        return fail(cursor.error());
    auto marker = store::CursorRepository(*m_db).get(m_shopId, kBackfillStream);
    if (!marker)
        return fail(marker.error());
    const qint64 now = platformNow();
    m_openFirst = !cursor.value() || cursor.value()->cursorTime < now - m_options.openFirstBehindSecs;
    m_backfill = m_openFirst || marker.value().has_value();
    if (!m_openFirst)
        return next();
    if (!marker.value()) {
        if (auto st = store::CursorRepository(*m_db).set(store::SyncCursor{m_shopId, kBackfillStream, now, 0, now});
            !st)
            return fail(st.error());
    }
    m_report.openFirst = true;
    m_streamDone = 0;
    m_streamTotal = -1;
    requestOpenPage();
}

void ShopSyncer::requestOpenPage()
{
    if (m_cancelled)
        return next();
    // The first page tells how many there are; the others are read side by side. Past the platform's paging limit
    // the rest of the open tickets come with the history walk.
    fetchOpenPage(0, [this](bool ok, qint64 total) {
        if (!ok)
            return;
        const qint64 reachable = std::min(total, platform::kMaxPageWindow);
        const int pages = int((reachable + m_options.pageSize - 1) / m_options.pageSize);
        fanOut(
            platform::AfterSaleListRequest::kMethod, std::max(0, pages - 1),
            [this](int i, std::function<void(bool)> done) {
                fetchOpenPage(i + 1, [done](bool pageOk, qint64) { done(pageOk); });
            },
            [this] { next(); });
    });
}

bool ShopSyncer::sendOnceMore(const Error &error, int round) const
{
    // A call refused by the rate limit on every attempt was most likely sent while the pace of its method was being
    // learned (a burst, or answers bunched by the network): it is sent once more, at the pace learned by then, before
    // the run stops over it.
    return error.kind == Error::Kind::RateLimited && round == 0 && !m_cancelled;
}

void ShopSyncer::fetchLoosePage(const char *method, const core::Result<QJsonObject> &params,
                                std::function<core::Result<qint64>(const QJsonValue &)> apply,
                                std::function<void(bool, qint64)> then, int round)
{
    if (!params) {
        fail(params.error());
        return then(false, 0);
    }
    m_api->call(method, params.value(), {}, this,
                [this, method, params = params.value(), apply, then, round](const CallResult &r) {
                    if (m_finished)
                        return then(false, 0);
                    adaptParallel(method);
                    if (sendOnceMore(r.error, round))
                        return fetchLoosePage(method, params, apply, then, 1);
                    auto total = r.ok() ? apply(r.data) : core::Result<qint64>(r.error);
                    if (!total) {
                        fail(total.error());
                        return then(false, 0);
                    }
                    then(true, total.value());
                });
}

void ShopSyncer::fetchOpenPage(int page, std::function<void(bool, qint64)> then)
{
    // Offset paging by deadline: a ticket that changes meanwhile may move past a page boundary and be missed or read
    // twice here; the history walk that follows reads every ticket by update_time, so nothing is lost.
    platform::AfterSaleListRequest req;
    req.standardAftersaleStatus = platform::kOpenAftersaleStatuses;
    req.orderBy = {{platform::AfterSaleListRequest::SortField::StatusDeadline, true}};
    req.page = page;
    req.size = m_options.pageSize;
    fetchLoosePage(
        platform::AfterSaleListRequest::kMethod, req.toParams(),
        [this](const QJsonValue &data) -> core::Result<qint64> {
            auto tickets = platform::parseAfterSaleList(data);
            if (!tickets)
                return tickets.error();
            const qint64 fetchedAt = platformNow();
            if (!tickets->items.isEmpty()) {
                if (auto st = publish(feedkind::openTickets, {}, data, fetchedAt); !st)
                    return st.error();
            }
            auto stats = applyListedTickets(*m_db, m_shopId, tickets.value(), fetchedAt);
            if (!stats)
                return stats.error();
            ++m_report.pages;
            m_report.ticketsInserted += stats->inserted;
            m_report.ticketsUpdated += stats->updated;
            m_report.ticketsStale += stats->stale;
            m_report.openTickets += int(tickets->items.size());
            m_streamDone += tickets->items.size();
            if (m_streamTotal < 0)
                m_streamTotal = tickets->total;
            emitProgress(QStringLiteral("open"), m_streamDone, std::max(m_streamTotal, m_streamDone));
            // Their details start as they land, the most urgent first; the other pages come meanwhile.
            if (m_options.details) {
                QStringList ids;
                for (const auto &item : tickets->items)
                    ids << item.aftersaleId;
                auto needing = store::SyncQueueRepository(*m_db).ticketsNeedingDetailAmong(
                    m_shopId, store::SyncQueueRepository::Scope::Open, ids, fetchedAt);
                if (!needing)
                    return needing.error();
                queueOpenDetails(needing.value());
            }
            return tickets->total;
        },
        std::move(then));
}

void ShopSyncer::pullRecentOrders()
{
    if (!m_openFirst || m_options.recentOrdersSecs <= 0)
        return next();
    const int days = int((m_options.recentOrdersSecs + 86399) / 86400);
    const qint64 now = platformNow();
    m_recentEnd = now + 5; // a little past now, like the walks: what was just placed comes in this sync
    m_recentFrom = now - qint64(days) * 86400;
    m_streamDone = 0;
    m_streamTotal = -1;
    auto totals = std::make_shared<QList<qint64>>(days, 0);
    // Beside the open tickets' details (started before: an agent acts on those first), in the room they leave.
    const auto room = [this] { return roomBeside(platform::OrderSearchRequest::kMethod); };
    fanOut(
        platform::OrderSearchRequest::kMethod, days,
        [this, totals](int day, std::function<void(bool)> done) {
            fetchRecentPage(day, 0, [totals, day, done](bool ok, qint64 total) {
                (*totals)[day] = total;
                done(ok);
            });
        },
        [this, totals, days, room] {
            if (m_finished)
                return;
            // Past the platform's paging limit, the rest of a day comes with the order walk.
            QList<QPair<int, int>> rest;
            for (int day = 0; day < days; ++day) {
                const qint64 reachable = std::min(totals->at(day), platform::kMaxPageWindow);
                const int pages = int((reachable + m_options.pageSize - 1) / m_options.pageSize);
                for (int page = 1; page < pages; ++page)
                    rest << qMakePair(day, page);
            }
            fanOut(
                platform::OrderSearchRequest::kMethod, int(rest.size()),
                [this, rest](int i, std::function<void(bool)> done) {
                    fetchRecentPage(rest.at(i).first, rest.at(i).second, [done](bool ok, qint64) { done(ok); });
                },
                [this] { next(); }, room);
        },
        room);
}

void ShopSyncer::fetchRecentPage(int day, int page, std::function<void(bool, qint64)> then)
{
    platform::OrderSearchRequest req;
    const qint64 start = m_recentFrom + qint64(day) * 86400;
    req.createTimeStart = start;
    req.createTimeEnd = start + 86400 >= m_recentEnd - 5 ? m_recentEnd : start + 86400; // the last day: to the end
    req.orderBy = platform::OrderSearchRequest::SortField::CreateTime;
    req.orderAsc = true;
    req.page = page;
    req.size = m_options.pageSize;
    fetchLoosePage(
        platform::OrderSearchRequest::kMethod, req.toParams(),
        [this, page](const QJsonValue &data) -> core::Result<qint64> {
            auto orders = platform::parseOrderSearch(data);
            if (!orders)
                return orders.error();
            if (!orders->orders.isEmpty()) {
                if (auto st = publish(feedkind::recentOrders, {}, data, platformNow()); !st)
                    return st.error();
            }
            auto stats = applyListedOrders(*m_db, m_shopId, orders.value());
            if (!stats)
                return stats.error();
            ++m_report.pages;
            m_report.ordersApplied += stats->inserted + stats->updated;
            m_streamDone += orders->orders.size();
            if (page == 0)
                m_streamTotal = std::max<qint64>(m_streamTotal, 0) + orders->total;
            emitProgress(QStringLiteral("recent_orders"), m_streamDone, std::max(m_streamTotal, m_streamDone));
            return orders->total;
        },
        std::move(then));
}

void ShopSyncer::queueOpenDetails(const QStringList &ids)
{
    QStringList fresh;
    for (const QString &id : ids) {
        if (!m_openDetailsQueued.contains(id)) {
            m_openDetailsQueued.insert(id);
            fresh << id;
        }
    }
    if (!m_openDetails && !fresh.isEmpty()) {
        // The history walks read other methods, each at its own rate limit: they go on beside the details instead of
        // after them, and never take a detail call's place.
        m_openDetails = std::make_shared<Backlog>();
        m_openDetails->closed = false;
        m_besideStage = QStringLiteral("details");
        m_besideMeter = {};
        m_besideWidth = BesideWidth(kMaxParallel);
        m_besideRunning = true;
        fetchDetails(m_besideStage, m_openDetails, [this] {
            if (m_finished)
                return;
            if (!m_cancelled) {
                m_report.openReadyMs = m_elapsed.elapsed(); // the open tickets and their details are in the cache
                emitProgress(m_besideStage, m_openDetails->count, m_openDetails->count, true);
            }
            m_besideRunning = false;
            if (std::exchange(m_joinWaiting, false))
                return next();
            if (m_walking > 0)
                walkOn(); // the walk beside widens now (a window waits only while another walks)
        });
    }
    if (m_openDetails)
        m_openDetails->add(fresh);
}

void ShopSyncer::pullOpenDetails()
{
    if (!m_openFirst)
        return next();
    // Queued as the open pages landed; now those the pages did not bring too (open in the cache but not listed, or
    // past the platform's paging limit), and no more come.
    auto ids = store::SyncQueueRepository(*m_db).ticketsNeedingDetail(m_shopId, store::SyncQueueRepository::Scope::Open,
                                                                      platformNow());
    if (!ids)
        return fail(ids.error());
    queueOpenDetails(ids.value());
    if (!m_openDetails) {
        m_report.openReadyMs = m_elapsed.elapsed();
        return next();
    }
    m_openDetails->close(); // may end them here, when every one is in already
    next();
}

void ShopSyncer::joinOpenDetails()
{
    if (m_besideRunning)
        m_joinWaiting = true; // the details beside the walks go on; their end moves the steps on
    else
        next();
}

// ---- tickets: keyset windows over update_time ----------------------------------------------------------

core::Status ShopSyncer::publish(const QString &kind, const QString &key, const QJsonValue &data, qint64 fetchedAt,
                                 const store::SyncCursor *cursor)
{
    if (!m_feed)
        return {};
    core::FeedEntry entry;
    entry.kind = kind;
    entry.key = key;
    if (cursor) {
        entry.cursorTime = cursor->cursorTime;
        entry.cursorPage = cursor->cursorPage;
    }
    entry.fetchedAt = fetchedAt;
    entry.data = encodeAnswer(data);
    // The answer before this one was applied in the same turn as it was published.
    if (auto st = flushFeedCursor(); !st)
        return st;
    auto version = m_feed->publish(m_shopId, entry);
    if (!version) {
        m_report.teamError = version.error(); // the run stops; SyncRun goes on without the team
        return version.error();
    }
    ++m_report.published;
    if (m_feedApplied < 0) {
        auto cursor = store::CursorRepository(*m_db).get(m_shopId, feedStream(m_feed->identity()));
        if (!cursor)
            return cursor.error();
        m_feedApplied = cursor.value() ? cursor.value()->cursorTime : 0;
    }
    m_feedPending = version.value() == m_feedApplied + 1 ? version.value() : 0;
    m_feedPendingAt = fetchedAt;
    return {};
}

core::Status ShopSyncer::flushFeedCursor()
{
    if (!m_feed || !m_feedPending)
        return {};
    const store::SyncCursor cursor{m_shopId, feedStream(m_feed->identity()), m_feedPending, 0, m_feedPendingAt};
    if (auto st = store::CursorRepository(*m_db).set(cursor); !st)
        return st;
    m_feedApplied = m_feedPending;
    m_feedPending = 0;
    return {};
}

core::Result<std::optional<store::SyncCursor>> ShopSyncer::walkCursor(const QString &stream)
{
    if (!m_feed)
        return store::CursorRepository(*m_db).get(m_shopId, stream);
    // For the team the walk goes on where the feed's last page left it (from the start of the platform's history
    // when the feed has none): what this desk pulled alone meanwhile is read again and published.
    auto last = m_feed->lastOf(m_shopId, stream);
    if (!last) {
        m_report.teamError = last.error();
        return last.error();
    }
    if (!last.value())
        return std::optional<store::SyncCursor>();
    return std::optional<store::SyncCursor>(store::SyncCursor{m_shopId, stream, last.value()->cursorTime,
                                                              last.value()->cursorPage, last.value()->fetchedAt});
}

bool ShopSyncer::openWalk(const QString &stream)
{
    constexpr qint64 kSplitBeyondSecs = 2 * 86400; // closer behind: one window
    const qint64 windowSecs = m_options.walkWindowSecs;
    auto cursor = walkCursor(stream);
    if (!cursor) {
        fail(cursor.error());
        return false;
    }
    const qint64 now = platformNow();
    const qint64 oldest = now - m_options.backfillDays * 86400 + 60;
    const bool resume = cursor.value() && cursor.value()->cursorTime > 0;
    const qint64 start = resume ? std::max(oldest, cursor.value()->cursorTime) : oldest;
    // The end is exclusive and a little past the platform's now, so what was just decided comes back in this
    // same sync; the next walk still starts before it (end - overlap), so nothing is skipped.
    const qint64 end = now + 5;
    // A team's poller walks in one window: every page it publishes carries the stream's cursor for the followers.
    const qint64 span = end - start;
    const int windows =
        m_feed || windowSecs <= 0 || span <= kSplitBeyondSecs ? 1 : int((span + windowSecs - 1) / windowSecs);
    m_stream = stream;
    m_windows.clear();
    for (int i = 0; i < windows; ++i) {
        Window w;
        w.id = i;
        w.start = start + span * i / windows;
        w.end = i + 1 == windows ? end : start + span * (i + 1) / windows;
        m_windows << w;
    }
    m_windows.first().page = resume ? cursor.value()->cursorPage : 0;
    m_nextWindow = 0;
    m_nextWindowId = windows;
    m_report.windows += windows;
    m_walking = 0;
    m_parked.clear();
    m_frontier = 0;
    m_streamDone = 0;
    m_streamTotal = -1;
    return true;
}

ShopSyncer::PageStep ShopSyncer::stepAfter(Window &w, bool more, qint64 lastUpdateTime, const QStringList &ids,
                                           qint64 total)
{
    // Keyset on update_time: the next page starts at the last update_time seen (rows sharing it are read again
    // and left alone). A page that is all one second opens that second as its own window [s, s + 1), read by
    // offset round after round until every row of it was seen: offset paging through equal values is only as
    // good as the platform's tie order, which may change between calls. A finished walk restarts a little
    // before its end next time, to catch updates that became visible late.
    constexpr int kMaxCrowdedRounds = 12;
    PageStep step;
    step.cursor.shopId = m_shopId;
    step.cursor.stream = m_stream;
    step.cursor.updatedAt = platformNow();
    step.windowStart = w.start;
    if (w.crowded) {
        for (const QString &id : ids)
            w.crowdedSeen.insert(id);
        // A crash here resumes at the crowded second, from its first page.
        step.cursor.cursorTime = w.crowded;
        step.crowded = w.crowded;
        if (more) {
            step.page = w.page + 1;
            return step;
        }
        if (w.crowdedSeen.size() < total && w.crowdedRounds + 1 < kMaxCrowdedRounds) {
            ++w.crowdedRounds; // another round from the first page
            return step;
        }
        if (w.crowdedSeen.size() < total)
            qCWarning(lcSync) << "shop" << m_shopId << m_stream << "second" << w.crowded << ":" << w.crowdedSeen.size()
                              << "of" << total << "rows seen after" << kMaxCrowdedRounds << "rounds";
        // The second is read: the window goes on after it.
        step.crowded = 0;
        step.windowStart = w.crowded + 1;
        step.cursor.cursorTime = step.windowStart;
        step.done = step.windowStart >= w.end;
        if (step.done)
            step.cursor.cursorTime = std::max(w.start, w.end - m_options.overlapSecs);
        return step;
    }
    if (!more) {
        step.cursor.cursorTime = std::max(w.start, w.end - m_options.overlapSecs);
        step.done = true;
    } else if (lastUpdateTime > w.start) {
        step.cursor.cursorTime = lastUpdateTime;
        step.windowStart = lastUpdateTime;
    } else {
        // The whole page is one second, and more follow: read that second on its own.
        step.cursor.cursorTime = w.start;
        step.crowded = w.start;
        w.crowdedSeen = QSet<QString>(ids.cbegin(), ids.cend());
        w.crowdedRounds = 0;
    }
    return step;
}

void ShopSyncer::adopt(Window &w, const PageStep &step)
{
    w.start = step.windowStart;
    w.page = step.page;
    if (!step.crowded) {
        w.crowdedSeen.clear();
        w.crowdedRounds = 0;
    }
    w.crowded = step.crowded;
    w.done = step.done;
    if (step.done)
        w.doneCursor = step.cursor.cursorTime;
}

void ShopSyncer::splitDense(int window, qint64 rowsLeft)
{
    // A team's poller walks in one window: every page it publishes carries the stream's cursor. A walk told to go in
    // one window (walkWindowSecs 0) goes page after page.
    if (m_feed || m_options.walkWindowSecs <= 0 || m_options.splitWindowAbovePages <= 0)
        return;
    constexpr int kMaxParts = 16;
    const qint64 perPart = qint64(m_options.splitWindowAbovePages) * m_options.pageSize;
    Window &w = m_windows[window];
    // The rest of the window: from the keyset of its next page (the first page's rows are read) to its end.
    const qint64 start = w.start;
    const qint64 end = w.end;
    const qint64 span = end - start;
    const int parts = int(std::min<qint64>({kMaxParts, (rowsLeft + perPart - 1) / perPart, span}));
    if (parts < 2)
        return;
    w.end = start + span / parts;
    w.total -= rowsLeft - rowsLeft / parts; // its share, for the progress until the parts answer
    for (int i = 1; i < parts; ++i) {
        Window x;
        x.id = m_nextWindowId++;
        x.start = start + span * i / parts;
        x.end = i + 1 == parts ? end : start + span * (i + 1) / parts;
        x.total = rowsLeft / parts;
        m_windows.insert(window + i, x);
    }
    const int added = parts - 1;
    for (int &p : m_parked) {
        if (p > window)
            p += added;
    }
    if (m_nextWindow > window)
        m_nextWindow += added;
    // The parts wait first in line, oldest first (the frontier moves with the oldest).
    for (int i = 0; i < added; ++i)
        m_parked << window + 1 + i;
    std::sort(m_parked.begin(), m_parked.end());
    m_report.windows += added;
    qCInfo(lcSync) << "shop" << m_shopId << m_stream << "window of" << rowsLeft << "rows more read in" << parts
                   << "parts";
}

int ShopSyncer::windowIndex(int id) const
{
    for (int i = 0; i < m_windows.size(); ++i) {
        if (m_windows.at(i).id == id)
            return i;
    }
    return -1;
}

int ShopSyncer::frontierIndex()
{
    while (m_frontier < m_windows.size() && m_windows.at(m_frontier).done)
        ++m_frontier;
    return m_frontier;
}

qint64 ShopSyncer::frontierCursor()
{
    if (frontierIndex() == m_windows.size())
        return m_windows.last().doneCursor;
    const Window &w = m_windows.at(m_frontier);
    return w.crowded ? w.crowded : w.start;
}

void ShopSyncer::walkOn()
{
    const int room = walkRoom();
    while (!m_finished && m_walking < room && (!m_parked.isEmpty() || m_nextWindow < m_windows.size())) {
        ++m_walking;
        requestPage(m_parked.isEmpty() ? m_nextWindow++ : m_parked.takeFirst());
    }
}

int ShopSyncer::walkRoom()
{
    return roomBeside(walkMethod());
}

int ShopSyncer::roomBeside(const char *method)
{
    // Beside the open tickets' details a walk takes the room they leave (see BesideWidth); after them, what the
    // platform's answers allow.
    const int room = std::max(1, lane(method).width());
    if (!m_besideRunning)
        return room;
    const double allowed = m_api->pacer().pace(platform::AfterSaleDetailRequest::kMethod);
    return std::min(room, m_besideWidth.at(m_elapsed.elapsed(), m_besideMeter.done(), allowed));
}

void ShopSyncer::requestPage(int window, int round)
{
    if (m_finished)
        return;
    if (m_cancelled) {
        if (--m_walking == 0)
            next(); // stops the run as cancelled
        return;
    }
    const Window &w = m_windows.at(window);
    const bool tickets = m_stream == kTicketStream;
    const char *method = tickets ? platform::AfterSaleListRequest::kMethod : platform::OrderSearchRequest::kMethod;
    auto params = [&]() -> core::Result<QJsonObject> {
        if (tickets) {
            platform::AfterSaleListRequest req;
            req.updateStartTime = w.requestStart();
            req.updateEndTime = w.requestEnd();
            req.orderBy = {{platform::AfterSaleListRequest::SortField::UpdateTime, true}};
            req.page = w.page;
            req.size = m_options.pageSize;
            return req.toParams();
        }
        platform::OrderSearchRequest req;
        req.updateTimeStart = w.requestStart();
        req.updateTimeEnd = w.requestEnd();
        req.orderBy = platform::OrderSearchRequest::SortField::UpdateTime;
        req.orderAsc = true;
        req.page = w.page;
        req.size = m_options.pageSize;
        return req.toParams();
    }();
    if (!params)
        return fail(params.error());
    // The window's place in the list moves when one before it splits: the answer finds it by its id.
    m_api->call(method, params.value(), {}, this, [this, id = w.id, method, round](const CallResult &r) {
        if (m_finished)
            return;
        adaptParallel(method);
        const int window = windowIndex(id);
        if (window < 0)
            return fail(core::Error::make(core::Error::Kind::Usage, QStringLiteral("a walk's window went missing")));
        if (sendOnceMore(r.error, round))
            return requestPage(window, 1);
        if (!r.ok())
            return fail(r.error);
        applyPage(window, r.data);
    });
}

void ShopSyncer::applyPage(int window, const QJsonValue &data)
{
    const bool tickets = m_stream == kTicketStream;
    std::optional<platform::AfterSaleListPage> ticketPage;
    std::optional<platform::OrderPage> orderPage;
    QStringList ids;
    qint64 last = 0;
    qint64 total = 0;
    bool more = false;
    if (tickets) {
        auto page = platform::parseAfterSaleList(data);
        if (!page)
            return fail(page.error());
        ticketPage = std::move(page.value());
        walkKeys(ticketPage->items, &platform::AfterSaleListItem::aftersaleId, ticketPage->hasMore, &ids, &more, &last);
        total = ticketPage->total;
    } else {
        auto page = platform::parseOrderSearch(data);
        if (!page)
            return fail(page.error());
        orderPage = std::move(page.value());
        walkKeys(orderPage->orders, &platform::Order::orderId, orderPage->hasMore, &ids, &more, &last);
        total = orderPage->total;
    }
    const bool frontier = window == frontierIndex();
    PageStep step;
    {
        Window &w = m_windows[window];
        const bool first = !w.answered;
        if (first) {
            w.answered = true;
            w.total = total;
        }
        step = stepAfter(w, more, last, ids, total);
        adopt(w, step);
        if (first && !w.done && !w.crowded && w.page == 0)
            splitDense(window, total - ids.size()); // windows after this one move in the list
    }
    const Window &w = m_windows.at(window);
    // The stream's cursor moves with the frontier window's pages only.
    std::optional<store::SyncCursor> cursor;
    if (frontier) {
        cursor = step.cursor;
        cursor->cursorTime = frontierCursor();
        if (m_frontier != window)
            cursor->cursorPage = 0;
    }
    const qint64 fetchedAt = platformNow();
    // An empty page tells the team nothing: the next poller reads from the last page with rows, a little more.
    if (!ids.isEmpty()) {
        if (auto st = publish(m_stream, {}, data, fetchedAt, cursor ? &*cursor : nullptr); !st)
            return fail(st.error());
    }
    if (tickets) {
        auto stats = cursor ? sync::applyTicketPage(*m_db, m_shopId, *ticketPage, fetchedAt, *cursor)
                            : applyListedTickets(*m_db, m_shopId, *ticketPage, fetchedAt);
        if (!stats)
            return fail(stats.error());
        ++m_report.pages;
        m_report.ticketsInserted += stats->inserted;
        m_report.ticketsUpdated += stats->updated;
        m_report.ticketsStale += stats->stale;
    } else {
        auto stats = cursor ? applyOrderPage(*m_db, m_shopId, *orderPage, *cursor)
                            : applyListedOrders(*m_db, m_shopId, *orderPage);
        if (!stats)
            return fail(stats.error());
        m_report.ordersApplied += stats->inserted + stats->updated;
    }
    // Progress: the rows read against the windows' totals, the windows not started yet estimated from the others.
    m_streamDone += ids.size();
    qint64 known = 0, knownSpan = 0, unknownSpan = 0;
    for (const Window &x : std::as_const(m_windows)) {
        (x.total >= 0 ? knownSpan : unknownSpan) += x.end - x.start;
        known += std::max<qint64>(x.total, 0);
    }
    m_streamTotal = known + (knownSpan > 0 ? known * unknownSpan / knownSpan : 0);
    emitProgress(walkStage(), m_streamDone, std::max(m_streamTotal, m_streamDone));

    if (!w.done) {
        // Narrower now (the details beside it slowed down): this window waits, its place kept, until there is room.
        if (m_walking > walkRoom()) {
            m_parked << window;
            --m_walking;
            return;
        }
        requestPage(window);
        return walkOn(); // wider now: more windows
    }
    --m_walking;
    if (frontierIndex() == m_windows.size())
        return walkDone();
    if (m_cancelled) {
        if (m_walking == 0)
            next(); // stops the run as cancelled
        return;
    }
    walkOn();
}

QString ShopSyncer::walkStage() const
{
    return m_stream != kTicketStream ? QStringLiteral("orders")
           : m_backfill              ? QStringLiteral("history")
                                     : QStringLiteral("tickets");
}

void ShopSyncer::walkDone()
{
    // Every row of the stream is read: its stage ends now, not when the next begins (the open tickets' details
    // beside it may keep the next step waiting).
    emitProgress(walkStage(), m_streamDone, m_streamDone, true);
    if (m_stream == kTicketStream && m_backfill) {
        if (auto st = store::CursorRepository(*m_db).remove(m_shopId, kBackfillStream); !st)
            return fail(st.error());
        m_backfill = false;
    }
    next();
}

void ShopSyncer::pullTickets()
{
    if (!openWalk(kTicketStream))
        return;
    if (m_backfill)
        emitProgress(QStringLiteral("history"), 0, -1); // the open tickets are in the cache: views may show them
    walkOn();
}

void ShopSyncer::pullOrders()
{
    if (openWalk(kOrderStream))
        walkOn();
}

// ---- per-ticket and per-object fetches -------------------------------------------------------------------

void ShopSyncer::fanOut(const char *method, int n, const std::function<void(int, std::function<void(bool)>)> &work,
                        std::function<void()> all, std::function<int()> room)
{
    auto items = std::make_shared<Backlog>();
    items->count = n;
    fanOut(method, items, work, std::move(all), std::move(room));
}

void ShopSyncer::fanOut(const char *method, std::shared_ptr<Backlog> items,
                        const std::function<void(int, std::function<void(bool)>)> &work, std::function<void()> all,
                        std::function<int()> room)
{
    struct State
    {
        int nextIndex = 0;
        int outstanding = 0;
        bool stopped = false;
        bool reported = false;
    };
    auto state = std::make_shared<State>();
    // The pending callbacks own the launcher, and an open backlog while it may wait for more (its wake, cleared once
    // all are done); it never clears itself while running (work may call back at once).
    auto launch = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weak = launch;
    *launch = [this, method, items, work, all, room, state, weak] {
        auto self = weak.lock();
        while (self && !state->stopped && state->outstanding < (room ? room() : lane(method).width()) &&
               state->nextIndex < items->count && !m_cancelled && !m_finished) {
            const int i = state->nextIndex++;
            ++state->outstanding;
            work(i, [this, method, state, self](bool keepGoing) {
                --state->outstanding;
                adaptParallel(method);
                if (!keepGoing)
                    state->stopped = true;
                (*self)();
            });
        }
        // Over once nothing is in flight and nothing more will start: every item done and no more coming, or the
        // run stopped (also before any began).
        const bool drained = state->nextIndex >= items->count && items->closed;
        if (self && state->outstanding == 0 && !state->reported &&
            (drained || state->stopped || m_cancelled || m_finished)) {
            state->reported = true;
            items->wake = nullptr;
            all();
        }
    };
    if (!items->closed)
        items->wake = [launch] { (*launch)(); };
    (*launch)();
}

LaneWidth &ShopSyncer::lane(const char *method)
{
    auto it = m_lanes.find(method);
    if (it == m_lanes.end())
        it = m_lanes.insert(method, LaneWidth(kStartParallel, kMaxParallel, m_api->rateLimitedAnswers(method)));
    return *it;
}

const char *ShopSyncer::walkMethod() const
{
    return m_stream == kTicketStream ? platform::AfterSaleListRequest::kMethod : platform::OrderSearchRequest::kMethod;
}

void ShopSyncer::adaptParallel(const char *method)
{
    lane(method).answered(m_api->rateLimitedAnswers(method), m_elapsed.elapsed());
    int widest = 0;
    for (const LaneWidth &x : std::as_const(m_lanes))
        widest = std::max(widest, x.width());
    m_report.concurrency = widest;
}

bool ShopSyncer::isItemRefusal(const Error &error)
{
    // The platform said no to this one item (deleted product, unknown tracking number, a ticket it will not
    // show), or its answer for this item cannot be read: the item is recorded and the sync goes on. Anything
    // about the connection, the token, the rate limit or our own disk stops the run as before.
    switch (error.kind) {
    case Error::Kind::Platform:
    case Error::Kind::Usage:
    case Error::Kind::Conflict:
    case Error::Kind::NotFound:
        return error.code != 0 && !platform::isRetryable(error);
    case Error::Kind::Malformed:
        return true;
    default:
        return false;
    }
}

core::Status ShopSyncer::recordItemFailure(const QString &kind, const QString &itemId, const Error &error)
{
    const qint64 now = platformNow();
    auto f = store::ItemFailureRepository(*m_db).record(kind, itemId, m_shopId, error.code, error.subCode,
                                                        error.message, now);
    if (!f)
        return f.error();
    qCInfo(lcSync) << kind << itemId << "not fetched:" << error.message << "(attempt" << f->attempts << ")";
    return {};
}

void ShopSyncer::Backlog::add(const QStringList &more)
{
    if (more.isEmpty())
        return;
    ids += more;
    count = int(ids.size());
    if (auto w = wake) // a copy: the fan-out may end inside and clear its wake
        w();
}

void ShopSyncer::Backlog::close()
{
    closed = true;
    if (auto w = wake)
        w();
}

std::shared_ptr<ShopSyncer::Backlog> ShopSyncer::backlogOf(const QStringList &ids)
{
    auto items = std::make_shared<Backlog>();
    items->ids = ids;
    items->count = int(ids.size());
    return items;
}

void ShopSyncer::fetchEach(const QString &stage, const QString &failureKind, std::shared_ptr<Backlog> items,
                           const char *method, std::function<core::Result<QJsonObject>(int)> paramsFor,
                           std::function<core::Status(int, const QJsonValue &)> apply, int *counter,
                           std::function<void()> then)
{
    emitProgress(stage, 0, items->count);
    auto fetched = std::make_shared<int>(0); // this call's own count (the report's counter sums every call)
    auto firstError = std::make_shared<Error>();
    auto failing = std::make_shared<QSet<QString>>();
    auto known = store::ItemFailureRepository(*m_db).list(m_shopId, failureKind);
    if (!known)
        return fail(known.error());
    for (const auto &f : known.value())
        failing->insert(f.itemId);
    // A refused item is recorded and the rest go on; failing to record it (or to clear it) is a storage fault
    // and stops the run like any other.
    auto refuse = [=, this](int i, const Error &error) -> bool {
        if (auto st = recordItemFailure(failureKind, items->ids.at(i), error); !st) {
            *firstError = st.error();
            return false;
        }
        ++m_report.itemsRefused;
        return true;
    };
    // An item refused by the rate limit on every attempt is sent once more (sendOnceMore).
    auto send = std::make_shared<std::function<void(int, int, std::function<void(bool)>)>>();
    *send = [=, this, weakSend = std::weak_ptr(send)](int i, int round, std::function<void(bool)> done) {
        auto params = paramsFor(i);
        if (!params)
            return done(refuse(i, params.error()));
        m_api->call(method, params.value(), {}, this, [=, this](const CallResult &r) {
            if (m_finished)
                return done(false); // the run stopped meanwhile (the walk beside this failed)
            if (sendOnceMore(r.error, round)) {
                if (auto again = weakSend.lock())
                    return (*again)(i, 1, done);
            }
            Error error = r.error;
            if (r.ok()) {
                if (auto st = apply(i, r.data); !st)
                    error = st.error();
            }
            if (error.kind != Error::Kind::None) {
                if (!isItemRefusal(error)) {
                    *firstError = error;
                    return done(false);
                }
                return done(refuse(i, error));
            }
            if (failing->contains(items->ids.at(i))) {
                if (auto st = store::ItemFailureRepository(*m_db).clear(failureKind, items->ids.at(i)); !st) {
                    *firstError = st.error();
                    return done(false);
                }
            }
            ++*counter;
            emitProgress(stage, ++*fetched, items->count);
            done(true);
        });
    };
    fanOut(
        method, items, [send](int i, std::function<void(bool)> done) { (*send)(i, 0, std::move(done)); },
        [this, firstError, send, then = std::move(then)] {
            if (firstError->kind != Error::Kind::None)
                return fail(*firstError);
            if (then)
                return then();
            next();
        });
}

void ShopSyncer::pullDetails()
{
    // Every open ticket whose detail is missing or older than the ticket; then, up to the budget, closed tickets
    // changed after they closed and the closed guarantee claims whose evidence the dry-runs replay.
    store::SyncQueueRepository queue(*m_db);
    const qint64 now = platformNow();
    auto open = queue.ticketsNeedingDetail(m_shopId, store::SyncQueueRepository::Scope::Open, now);
    if (!open)
        return fail(open.error());
    auto closed =
        queue.ticketsNeedingDetail(m_shopId, store::SyncQueueRepository::Scope::Closed, now, m_options.maxDetails);
    if (!closed)
        return fail(closed.error());
    QStringList list = open.value() + closed.value();
    const int room = m_options.maxDetails - int(closed->size());
    if (room > 0) {
        const auto &rules = core::GuaranteeRules::builtin();
        QStringList codes;
        for (int c : rules.fresh.reasonCodes + rules.allergy.reasonCodes)
            codes << QString::number(c);
        auto history = queue.claimHistoryNeedingDetail(m_shopId, codes, now - 90 * 86400, now, room);
        if (!history)
            return fail(history.error());
        list << history.value();
    }
    fetchDetails(QStringLiteral("details"), backlogOf(list));
}

void ShopSyncer::fetchDetails(const QString &stage, std::shared_ptr<Backlog> list, std::function<void()> then)
{
    fetchEach(
        stage, QStringLiteral("detail"), list, platform::AfterSaleDetailRequest::kMethod,
        [list](int i) {
            platform::AfterSaleDetailRequest req;
            req.afterSaleId = list->ids.at(i);
            req.needOperationRecord = true;
            return req.toParams();
        },
        [this](int, const QJsonValue &data) -> core::Status {
            const qint64 fetchedAt = platformNow();
            if (auto st = publish(feedkind::detail, {}, data, fetchedAt); !st)
                return st;
            return applyDetail(*m_db, data, fetchedAt);
        },
        &m_report.details, std::move(then));
}

void ShopSyncer::pullProducts()
{
    auto ids = store::ProductRepository(*m_db).missingProductIds(m_options.maxProducts, platformNow());
    if (!ids)
        return fail(ids.error());
    const QStringList list = ids.value();
    fetchEach(
        QStringLiteral("products"), QStringLiteral("product"), backlogOf(list), platform::ProductDetailRequest::kMethod,
        [list](int i) {
            platform::ProductDetailRequest req;
            req.productId = list.at(i);
            return req.toParams();
        },
        [this](int, const QJsonValue &data) -> core::Status {
            const qint64 fetchedAt = platformNow();
            if (auto st = publish(feedkind::product, {}, data, fetchedAt); !st)
                return st;
            return applyProduct(*m_db, m_shopId, data, fetchedAt);
        },
        &m_report.products);
}

void ShopSyncer::pullRoutes()
{
    const qint64 now = platformNow();
    auto orders = store::SyncQueueRepository(*m_db).ordersNeedingRoute(m_shopId, now, m_options.pickupGraceSecs,
                                                                       m_options.maxRoutes);
    if (!orders)
        return fail(orders.error());
    const QList<store::RouteCheck> list = orders.value();
    QStringList orderIds;
    for (const auto &c : list)
        orderIds << c.orderId;
    fetchEach(
        QStringLiteral("routes"), QStringLiteral("route"), backlogOf(orderIds), platform::TrackRouteRequest::kMethod,
        [list](int i) {
            platform::TrackRouteRequest req;
            req.logisticsCode = list.at(i).companyCode;
            req.trackNo = list.at(i).trackingNo;
            return req.toParams();
        },
        [this, list](int i, const QJsonValue &data) -> core::Status {
            const qint64 fetchedAt = platformNow();
            if (auto st = publish(feedkind::route, list.at(i).orderId, data, fetchedAt); !st)
                return st;
            return applyRoute(*m_db, list.at(i).orderId, data, fetchedAt);
        },
        &m_report.routes);
}

void ShopSyncer::pullReputation()
{
    const QString day = platformDay(m_api->platformNowMsecs());
    auto latest = store::ScoreSnapshotRepository(*m_db).latest(m_shopId);
    if (!latest)
        return fail(latest.error());
    if (latest.value() && latest.value()->day == day)
        return next(); // one snapshot a day
    emitProgress(QStringLiteral("score"), 0, 1);
    m_api->call(platform::ReputationRequest::kMethod, QJsonObject(), {}, this, [this, day](const CallResult &r) {
        if (!r.ok())
            return fail(r.error);
        const qint64 fetchedAt = platformNow();
        if (auto st = publish(feedkind::reputation, day, r.data, fetchedAt); !st)
            return fail(st.error());
        if (auto st = applyReputation(*m_db, m_shopId, day, r.data, fetchedAt); !st)
            return fail(st.error());
        ++m_report.snapshots;
        emitProgress(QStringLiteral("score"), 1, 1);
        next();
    });
}

void ShopSyncer::pullImages()
{
    auto pending = store::TicketDetailRepository(*m_db).evidenceToFetch(m_options.maxImages, platformNow());
    if (!pending)
        return fail(pending.error());
    emitProgress(QStringLiteral("images"), 0, pending->size());
    m_images = new EvidenceFetcher(m_shopId, m_api, m_db, m_options, this);
    if (m_cancelled)
        m_images->stop();
    m_images->fetch(
        pending.value(),
        [this](int done, int total) {
            m_report.images = done;
            emitProgress(QStringLiteral("images"), done, total);
        },
        [this](const EvidenceFetcher::Outcome &outcome) {
            m_report.images = outcome.fetched;
            m_report.imagesFailed = outcome.failed;
            m_images->deleteLater();
            m_images = nullptr;
            if (outcome.storageError.kind != Error::Kind::None)
                return fail(outcome.storageError);
            next();
        });
}

} // namespace anxin::sync

#include "sync/syncrun.h"

#include "core/logging.h"
#include "core/shopfeed.h"
#include "store/cursorrepository.h"
#include "sync/answers.h"
#include "sync/outboxsender.h"

#include <QTimer>

namespace anxin::sync {

namespace {
constexpr int kCopyBatch = 200; // feed answers applied per event-loop turn
} // namespace

SyncRun::SyncRun(QString shopId, platform::ApiClient *api, store::Database *db, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_shopId(std::move(shopId))
    , m_api(api)
    , m_db(db)
    , m_options(std::move(options))
{
    m_report.shopId = m_shopId;
}

void SyncRun::start()
{
    push(false);
}

void SyncRun::cancel()
{
    m_cancelled = true;
    if (m_syncer)
        m_syncer->cancel();
}

void SyncRun::push(bool last)
{
    auto *sender = new OutboxSender(m_shopId, m_api, m_db, this);
    connect(sender, &OutboxSender::progress, this, &SyncRun::progress);
    connect(sender, &OutboxSender::finished, this, [this, sender, last](const SyncReport &r) {
        sender->deleteLater();
        merge(r);
        if (!r.ok() || m_cancelled)
            return done();
        if (last) {
            // Decisions applied in this last round changed their tickets: fetch those before reporting (a team's
            // follower leaves that to the poller's next poll).
            const bool decided = r.decisionsDone + r.decisionsConflict + r.decisionsOvertaken + r.decisionsFailed > 0;
            if (decided && !m_refreshed && m_report.teamRole != SyncReport::TeamRole::Follower)
                return pull(true);
            return done();
        }
        if (m_feed)
            return copyFeed([this] { takePoll(); });
        pull(false);
    });
    sender->start();
}

void SyncRun::copyFeed(std::function<void()> then)
{
    if (m_cancelled)
        return done();
    const QString stream = feedStream(m_feed->identity());
    auto cursor = store::CursorRepository(*m_db).get(m_shopId, stream);
    if (!cursor) {
        m_report.error = cursor.error();
        return done();
    }
    const qint64 from = cursor.value() ? cursor.value()->cursorTime : 0;
    auto batch = m_feed->since(m_shopId, from, kCopyBatch);
    if (!batch) {
        teamFailed(batch.error());
        return pull(false);
    }
    qint64 copiedTo = from;
    for (const core::FeedEntry &entry : std::as_const(batch.value())) {
        if (entry.version != copiedTo + 1)
            return feedGap(copiedTo, entry.version);
        copiedTo = entry.version;
        if (auto st = applyFeedEntry(*m_db, m_shopId, entry); !st) {
            // An answer this cache cannot read is left behind, like an item the platform refuses; the cache's own
            // trouble (a full disk) stops the run and the copy starts again here next time.
            if (st.error().kind != core::Error::Kind::Malformed) {
                m_report.error = st.error();
                return done();
            }
            qCWarning(lcSync) << "feed answer" << entry.version << entry.kind << "of shop" << m_shopId
                              << "not applied:" << st.error().message;
        }
        ++m_report.copied;
    }
    if (!batch->isEmpty()) {
        const core::FeedEntry &last = batch->last();
        if (auto st = store::CursorRepository(*m_db).set({m_shopId, stream, last.version, 0, last.fetchedAt}); !st) {
            m_report.error = st.error();
            return done();
        }
        SyncProgress p;
        p.shopId = m_shopId;
        p.stage = QStringLiteral("copy");
        p.done = m_report.copied;
        emit progress(p);
    }
    if (batch->size() < kCopyBatch)
        return then();
    QTimer::singleShot(0, this, [this, then] { copyFeed(then); });
}

void SyncRun::feedGap(qint64 copiedTo, qint64 next)
{
    // The feed kept the answers from `next` on, not those this cache missed: applying them would leave holes. This
    // run pulls the shop from the platform itself, from where this cache's own streams are (what it copied so far
    // included), and the copy goes on from the head as it is now: anything published meanwhile is at most as old
    // as what this pull brings, and a newer answer always wins in the cache.
    auto head = m_feed->headVersion(m_shopId);
    if (!head) {
        teamFailed(head.error());
        return pull(false);
    }
    qCInfo(lcSync) << "the team's feed of shop" << m_shopId << "goes on at" << next << "after" << copiedTo
                   << "(older answers pruned); this desk pulls the shop itself once";
    m_gapHead = head.value();
    m_report.feedGap = true;
    m_report.teamRole = SyncReport::TeamRole::Alone;
    pull(false);
}

void SyncRun::takePoll()
{
    auto mine = m_feed->takePoll(m_shopId);
    if (!mine) {
        teamFailed(mine.error());
        return pull(false);
    }
    m_report.teamRole = mine.value() ? SyncReport::TeamRole::Poller : SyncReport::TeamRole::Follower;
    pull(false);
}

void SyncRun::teamFailed(const core::Error &error)
{
    qCWarning(lcSync) << "team database failed during the sync of shop" << m_shopId << ":" << error.message
                      << "; this desk pulls the shop itself";
    m_report.teamError = error;
    m_report.teamRole = SyncReport::TeamRole::Alone;
    m_feed = nullptr;
}

void SyncRun::pull(bool ticketsOnly)
{
    SyncOptions options = m_options;
    if (ticketsOnly) {
        m_refreshed = true;
        options.orders = options.details = options.products = options.routes = options.reputation = options.images =
            false;
    }
    const bool follower = m_report.teamRole == SyncReport::TeamRole::Follower;
    if (follower)
        options.platformData = false; // the poller pulls the shop; evidence images still come to this desk
    m_syncer = new ShopSyncer(m_shopId, m_api, m_db, options, this);
    if (m_report.teamRole == SyncReport::TeamRole::Poller)
        m_syncer->setFeed(m_feed);
    connect(m_syncer, &ShopSyncer::progress, this, &SyncRun::progress);
    connect(m_syncer, &ShopSyncer::finished, this, [this, ticketsOnly](const SyncReport &r) {
        m_syncer->deleteLater();
        m_syncer = nullptr;
        if (!r.ok() && r.teamError.kind != core::Error::Kind::None && m_feed) {
            // The team database failed under the poller: what reached the feed is applied here too; the rest is
            // pulled again by this desk alone.
            SyncReport counted = r;
            counted.error = {};
            merge(counted);
            teamFailed(r.teamError);
            return pull(ticketsOnly);
        }
        merge(r);
        if (!r.ok() || m_refreshed)
            return done();
        push(true);
    });
    m_syncer->start();
}

void SyncRun::merge(const SyncReport &p)
{
    m_report.pages += p.pages;
    m_report.ticketsInserted += p.ticketsInserted;
    m_report.ticketsUpdated += p.ticketsUpdated;
    m_report.ticketsStale += p.ticketsStale;
    m_report.ordersApplied += p.ordersApplied;
    m_report.details += p.details;
    m_report.products += p.products;
    m_report.routes += p.routes;
    m_report.images += p.images;
    m_report.snapshots += p.snapshots;
    m_report.itemsRefused += p.itemsRefused;
    m_report.imagesFailed += p.imagesFailed;
    m_report.reasons += p.reasons;
    m_report.decisionsSent += p.decisionsSent;
    m_report.decisionsDone += p.decisionsDone;
    m_report.decisionsConflict += p.decisionsConflict;
    m_report.decisionsOvertaken += p.decisionsOvertaken;
    m_report.decisionsFailed += p.decisionsFailed;
    m_report.decisionsUnknown += p.decisionsUnknown;
    m_report.published += p.published;
    m_report.copied += p.copied;
    m_report.requests += p.requests;
    m_report.rateLimited += p.rateLimited;
    m_report.concurrency = std::max(m_report.concurrency, p.concurrency);
    m_report.windows += p.windows;
    if (p.openFirst) {
        m_report.openFirst = true;
        m_report.openTickets += p.openTickets;
        if (p.openReadyMs >= 0 && m_report.openReadyMs < 0)
            m_report.openReadyMs = m_report.elapsedMs + p.openReadyMs; // from the start of this run, push included
    }
    m_report.elapsedMs += p.elapsedMs;
    if (!p.ok() && m_report.ok())
        m_report.error = p.error;
}

void SyncRun::done()
{
    if (m_gapHead > 0 && m_feed && m_report.ok()) {
        if (auto st = store::CursorRepository(*m_db).set({m_shopId, feedStream(m_feed->identity()), m_gapHead, 0, 0});
            !st)
            m_report.error = st.error();
    }
    if (m_feed && m_report.teamRole == SyncReport::TeamRole::Poller) {
        if (auto st = m_feed->recordPoll(m_shopId, m_report.ok()); !st)
            qCWarning(lcSync) << "poll of shop" << m_shopId << "not recorded:" << st.error().message;
    }
    emit finished(m_report);
}

} // namespace anxin::sync

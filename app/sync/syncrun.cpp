#include "sync/syncrun.h"

#include "sync/outboxsender.h"

#include <QElapsedTimer>

namespace anxin::sync {

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
            // Decisions applied in this last round changed their tickets: fetch those before reporting.
            if (r.decisionsDone + r.decisionsConflict + r.decisionsOvertaken + r.decisionsFailed > 0 && !m_refreshed)
                return pull(true);
            return done();
        }
        pull(false);
    });
    sender->start();
}

void SyncRun::pull(bool ticketsOnly)
{
    SyncOptions options = m_options;
    if (ticketsOnly) {
        m_refreshed = true;
        options.orders = options.details = options.products = options.routes = options.reputation = options.images =
            false;
    }
    m_syncer = new ShopSyncer(m_shopId, m_api, m_db, options, this);
    connect(m_syncer, &ShopSyncer::progress, this, &SyncRun::progress);
    connect(m_syncer, &ShopSyncer::finished, this, [this](const SyncReport &r) {
        m_syncer->deleteLater();
        m_syncer = nullptr;
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
    m_report.requests += p.requests;
    m_report.elapsedMs += p.elapsedMs;
    if (!p.ok() && m_report.ok())
        m_report.error = p.error;
}

void SyncRun::done()
{
    emit finished(m_report);
}

} // namespace anxin::sync

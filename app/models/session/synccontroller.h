#pragma once

#include "core/clock.h"
#include "store/itemfailurerepository.h"
#include "store/shippingrepository.h"
#include "sync/syncprogress.h"
#include "sync/syncworker.h"

#include <QObject>

#include <memory>

namespace anxin::core {
class Profile;
class Settings;
} // namespace anxin::core

namespace anxin::models {

class CacheHost;

// The background sync of the profile's shop (its own thread and connection, sync::SyncThread) and what the
// widgets ask of it: a sync now, a carrier route or a ticket's evidence on demand, the state and the last report,
// and what the last syncs left behind in the cache (routes, items that could not be fetched, the last sync time).
// The platform's clock offset it learns is kept in the profile, so deadlines follow the platform offline too.
class SyncController : public QObject
{
    Q_OBJECT
public:
    SyncController(core::Profile &profile, core::Settings &settings, std::shared_ptr<core::PlatformClock> clock,
                   CacheHost &cache, QObject *parent = nullptr);
    ~SyncController() override;

    // Starts the worker when a shop is connected and the cache is writable; syncNow() asks for one at once.
    void startSync(int intervalSeconds = 120);
    // Team mode (issue #35): the team database this desk shares its shop's pull with; an empty URL: alone. Kept
    // for a worker started later; a running one opens the feed at its next sync.
    void setTeamFeed(const QString &url, const QString &deskId, const QString &agent, int leaseSecs);
    void syncNow();
    void stop(); // before the cache closes
    sync::SyncWorker::State syncState() const { return m_state; }
    QString syncMessage() const { return m_message; }
    const sync::SyncReport &lastSyncReport() const { return m_lastReport; }
    qint64 lastSyncAt() const;
    qint64 clockOffsetMsecs() const { return m_clock->offsetMsecs(); }

    // The carrier's scans of a shipped order as last fetched (offline), and a fresh fetch through the worker when
    // a shop is connected (routeFetched follows; the cache holds the answer).
    QList<store::RouteNodeRecord> cachedRoute(const QString &orderId) const;
    bool canFetchRoutes() const { return m_sync != nullptr; }
    void fetchRoute(const QString &orderId, const QString &companyCode, const QString &trackNo);
    // Downloads a ticket's missing evidence images now, through the worker (evidenceFetched follows).
    void fetchEvidence(const QString &aftersaleId);
    // What the last sync could not fetch (refused items, images not downloaded), for the status bar.
    QList<store::ItemFailure> itemFailures() const;

signals:
    void syncProgress(const anxin::sync::SyncProgress &progress);
    void syncStateChanged(anxin::sync::SyncWorker::State state, const QString &message);
    void finished(const anxin::sync::SyncReport &report); // DeskSession reloads, runs live rules, then syncFinished
    void routeFetched(const QString &orderId, bool ok, const QString &message);
    void evidenceFetched(const QString &aftersaleId, int fetched, int failed, const QString &message);
    void clockOffsetChanged(qint64 offsetMs);

private:
    // Hands the current team feed opener to the running worker (its thread); nothing without one.
    void passFeedOpener();

    core::Profile &m_profile;
    core::Settings &m_settings;
    std::shared_ptr<core::PlatformClock> m_clock;
    CacheHost &m_cache;
    std::unique_ptr<sync::SyncThread> m_sync;
    sync::SyncWorker::State m_state = sync::SyncWorker::State::Idle;
    QString m_message;
    sync::SyncReport m_lastReport;
    sync::SyncWorker::FeedOpener m_feedOpener;
};

} // namespace anxin::models

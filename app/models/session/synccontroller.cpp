#include "models/session/synccontroller.h"

#include "core/logging.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/session/cachehost.h"
#include "store/cursorrepository.h"
#include "store/database.h"
#include "sync/shopconnection.h"
#include "team/teamfeed.h"

#include <algorithm>

namespace anxin::models {

SyncController::SyncController(core::Profile &profile, core::Settings &settings,
                               std::shared_ptr<core::PlatformClock> clock, CacheHost &cache, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_settings(settings)
    , m_clock(std::move(clock))
    , m_cache(cache)
{}

SyncController::~SyncController()
{
    stop();
}

void SyncController::stop()
{
    m_sync.reset();
}

void SyncController::startSync(int intervalSeconds)
{
    const sync::ShopConfig shop = sync::shopConfigFrom(m_settings);
    if (!shop.isComplete() || m_cache.isReadOnly() || m_sync)
        return;
    sync::SyncOptions options;
    options.imageDir = m_profile.cacheDir() + QStringLiteral("/evidence");
    m_sync = std::make_unique<sync::SyncThread>(shop, m_profile.dir(), m_profile.databasePath(), options);
    passFeedOpener();
    auto *w = m_sync->worker();
    connect(w, &sync::SyncWorker::progress, this, &SyncController::syncProgress);
    connect(w, &sync::SyncWorker::stateChanged, this, [this](sync::SyncWorker::State s, const QString &msg) {
        m_state = s;
        m_message = msg;
        emit syncStateChanged(s, msg);
    });
    connect(w, &sync::SyncWorker::routeFetched, this, &SyncController::routeFetched);
    connect(w, &sync::SyncWorker::evidenceFetched, this, &SyncController::evidenceFetched);
    connect(w, &sync::SyncWorker::clockOffsetLearned, this, [this](qint64 offsetMs) {
        // Kept in the profile: offline, deadlines still follow the platform's clock.
        if (offsetMs == m_clock->offsetMsecs())
            return;
        m_clock->setOffsetMsecs(offsetMs);
        m_settings.set(core::keys::platformClockOffsetMs, offsetMs);
        emit clockOffsetChanged(offsetMs);
    });
    connect(w, &sync::SyncWorker::finished, this, [this](const sync::SyncReport &r) {
        m_lastReport = r;
        emit finished(r);
    });
    QMetaObject::invokeMethod(
        w, [w, intervalSeconds] { w->setInterval(intervalSeconds); }, Qt::QueuedConnection);
    syncNow();
}

void SyncController::setTeamFeed(const QString &url, const QString &deskId, const QString &agent, int leaseSecs)
{
    m_feedOpener = {};
    if (!url.isEmpty()) {
        m_feedOpener = [url, deskId, agent, leaseSecs]() -> core::Result<std::unique_ptr<core::ShopFeed>> {
            auto feed = team::TeamFeed::open(url, deskId, agent, leaseSecs);
            if (!feed)
                return feed.error();
            return std::unique_ptr<core::ShopFeed>(std::move(feed.value()));
        };
    }
    passFeedOpener();
}

void SyncController::passFeedOpener()
{
    if (!m_sync)
        return;
    auto *w = m_sync->worker();
    QMetaObject::invokeMethod(w, [w, opener = m_feedOpener] { w->setFeedOpener(opener); });
}

void SyncController::syncNow()
{
    if (m_sync)
        QMetaObject::invokeMethod(m_sync->worker(), &sync::SyncWorker::syncNow, Qt::QueuedConnection);
}

qint64 SyncController::lastSyncAt() const
{
    qint64 last = 0;
    if (!m_cache.database())
        return 0;
    for (const auto &c : store::CursorRepository(*m_cache.database()).list().valueOr({}))
        last = std::max(last, c.updatedAt);
    return last;
}

QList<store::RouteNodeRecord> SyncController::cachedRoute(const QString &orderId) const
{
    if (!m_cache.database())
        return {};
    auto route = store::ShippingRepository(*m_cache.database()).route(orderId);
    if (!route)
        qCWarning(lcUi) << "route not read:" << route.error().message;
    return route.valueOr({});
}

void SyncController::fetchRoute(const QString &orderId, const QString &companyCode, const QString &trackNo)
{
    if (!m_sync) {
        emit routeFetched(orderId, false, QStringLiteral("offline"));
        return;
    }
    auto *w = m_sync->worker();
    QMetaObject::invokeMethod(
        w, [w, orderId, companyCode, trackNo] { w->fetchRoute(orderId, companyCode, trackNo); }, Qt::QueuedConnection);
}

void SyncController::fetchEvidence(const QString &aftersaleId)
{
    if (!m_sync) {
        emit evidenceFetched(aftersaleId, 0, 0, QStringLiteral("offline"));
        return;
    }
    auto *w = m_sync->worker();
    QMetaObject::invokeMethod(
        w, [w, aftersaleId] { w->fetchEvidence(aftersaleId); }, Qt::QueuedConnection);
}

QList<store::ItemFailure> SyncController::itemFailures() const
{
    if (!m_cache.database())
        return {};
    auto list = store::ItemFailureRepository(*m_cache.database()).list();
    if (!list)
        qCWarning(lcUi) << "item failures not read:" << list.error().message;
    return list.valueOr({});
}

} // namespace anxin::models

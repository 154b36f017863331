#include "models/desksession.h"

#include "core/logging.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/alertmonitor.h"
#include "models/claimsmodel.h"
#include "models/shippinglistmodel.h"
#include "models/teamqueue.h"
#include "models/ticketlistmodel.h"
#include "store/database.h"
#include "sync/shopsyncer.h"
#include "sync/teamaccess.h"
#include "team/teamlink.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace anxin::models {

DeskSession::DeskSession(core::Profile &profile, core::Settings &settings, std::shared_ptr<core::Clock> clock,
                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profileDir(profile.dir())
    , m_platformClock(std::make_shared<core::PlatformClock>(std::move(clock)))
    , m_clock(m_platformClock)
    , m_cache(profile)
    , m_decisions(profile, settings, m_clock, m_cache)
    , m_sync(profile, settings, m_platformClock, m_cache)
{
    m_platformClock->setOffsetMsecs(m_settings.get(core::keys::platformClockOffsetMs));
    connect(&m_decisions, &DecisionDesk::outboxChanged, this, [this](bool byAgent) {
        emit outboxChanged();
        if (byAgent)
            m_sync.syncNow(); // deadlines matter: send at once when online
    });
    connect(&m_decisions, &DecisionDesk::rulesChanged, this, &DeskSession::refreshRuleLabels);
    connect(&m_sync, &SyncController::finished, this, &DeskSession::syncDone);
    // Open work first (issue #36): when the history walk begins, the open tickets are in the cache (their details
    // coming beside the walk, the soonest deadline first); the views show them while the history loads, and again
    // once every open ticket's detail is in.
    connect(&m_sync, &SyncController::syncProgress, this, [this](const sync::SyncProgress &p) {
        if (p.beside && p.ended) {
            emit cacheChanged();
            return;
        }
        if (p.stage != QLatin1String("history") || m_openWorkShown)
            return;
        m_openWorkShown = true;
        emit cacheChanged();
    });
    m_team = new team::TeamLink(this);
    m_decisions.setTeam(m_team);
    // The shop's poller published: a follower copies half a second later (a burst of pages is one sync; the worker
    // runs at most one more after the current). Asked to poll (a follower sent decisions): the poller pulls now.
    m_feedCopy = new QTimer(this);
    m_feedCopy->setSingleShot(true);
    m_feedCopy->setInterval(500); // a poller's burst of pages: one copy
    connect(m_feedCopy, &QTimer::timeout, this, [this] { m_sync.syncNow(); });
    connect(m_team, &team::TeamLink::feedAdvanced, this, [this](const QString &shopId) {
        if (hasShop() && shopId == shop().shopId && !m_team->isPoller(shopId) && !m_feedCopy->isActive())
            m_feedCopy->start();
    });
    connect(m_team, &team::TeamLink::pollWanted, this, [this](const QString &shopId) {
        if (hasShop() && shopId == shop().shopId && m_team->isPoller(shopId))
            m_sync.syncNow();
    });
    // The shop passed to this desk (its poller quit or went quiet): it pulls now, from where the feed is.
    connect(m_team, &team::TeamLink::changed, this, [this] {
        const bool poller = hasShop() && m_team->isPoller(shop().shopId);
        if (poller && !m_wasPoller)
            m_sync.syncNow();
        m_wasPoller = poller;
    });
    // Team mode: who decided what, from which desk, in the team's audit as well as the local one.
    connect(
        &m_decisions, &DecisionDesk::decisionQueued, this, [this](const sync::DecisionInput &input, qint64 outboxId) {
            if (!m_team->isActive())
                return;
            QJsonObject detail{{QStringLiteral("outbox_id"), outboxId},
                               {QStringLiteral("decided_at"), m_clock->nowSecs()},
                               {QStringLiteral("shop_id"), shop().shopId}};
            if (input.action != sync::DecisionAction::Note && !input.remark.isEmpty())
                detail.insert(QStringLiteral("remark"), input.remark);
            if (input.rejectReasonCode)
                detail.insert(QStringLiteral("reject_reason_code"), input.rejectReasonCode);
            m_team->record(QStringLiteral("decision.") + QLatin1String(sync::actionKey(input.action)),
                           input.aftersaleId, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        });
}

DeskSession::~DeskSession()
{
    m_team->stop(); // frees this desk's ticket for the others at once
    m_sync.stop();  // stop the worker before the database goes
}

core::Status DeskSession::splitTeamQueue(int capacityPerAgent)
{
    if (!m_cache.database())
        return core::Error::make(core::Error::Kind::Storage, QStringLiteral("the local cache is not open"));
    // A queue that cannot be read is no empty queue: splitting it would drop every assignment of the shop.
    auto queue = openTeamQueue(*m_cache.database(), shop().shopId);
    if (!queue)
        return queue.error();
    m_team->splitQueue(shop().shopId, queue.value(), capacityPerAgent);
    return {};
}

void DeskSession::restartTeam()
{
    const QString url = sync::teamUrlWithPassword(m_settings, m_profileDir);
    if (url.isEmpty()) {
        m_team->stop();
        m_sync.setTeamFeed({}, {}, {}, 0);
        return;
    }
    // One desk pulls the shop from the platform for the team (issue #35): its heartbeat keeps the poller lease while
    // this desk is up; its sync publishes what it pulls; the other desks' syncs copy it from the team database.
    const team::TeamLinkOptions options = team::TeamLinkOptions::fromEnvironment();
    m_team->setPolledShops(hasShop() ? QStringList{shop().shopId} : QStringList{});
    const QString deskId = sync::teamDeskId(m_settings);
    const QString agent = m_decisions.actor().name;
    m_team->start(url, deskId, agent, options);
    m_sync.setTeamFeed(url, deskId, agent, options.leaseSecs);
}

core::Status DeskSession::open()
{
    if (auto st = m_cache.open(); !st)
        return st;
    store::Database *db = m_cache.database();
    m_tickets = new TicketListModel(db, m_clock, this);
    // Models follow the cache; views only keep their selection.
    connect(this, &DeskSession::cacheChanged, m_tickets, &TicketListModel::reload);
    // After a sync that changed the cache, the models have just reloaded: the outboxChanged that follows does
    // not read them again (unless live rules queued decisions in between).
    connect(this, &DeskSession::outboxChanged, m_tickets, [this] {
        if (!m_modelsFresh)
            m_tickets->reload();
    });
    m_claims = new ClaimsModel(db, m_clock, this, !m_lazyPages);
    // After a sync the claims are read in the background; after the agent's own decision at once.
    connect(this, &DeskSession::cacheChanged, m_claims, &ClaimsModel::reloadInBackground);
    connect(this, &DeskSession::outboxChanged, m_claims, [this] {
        if (m_modelsFresh)
            return;
        if (m_syncFinishing)
            m_claims->reloadInBackground();
        else
            m_claims->reload();
    });
    // Shadow labels are read for an inactive claims model when it becomes active (before its reload).
    connect(m_claims, &ClaimsModel::activated, this, [this] {
        if (m_ruleLabelsStale)
            refreshRuleLabels();
    });
    refreshRuleLabels();
    m_shipping = new ShippingListModel(db, m_clock, this, !m_lazyPages);
    connect(this, &DeskSession::cacheChanged, m_shipping, &ShippingListModel::reloadInBackground);
    m_alerts = new AlertMonitor(db, m_clock, m_settings, this);
    connect(this, &DeskSession::cacheChanged, m_alerts, &AlertMonitor::evaluateNow);
    connect(m_team, &team::TeamLink::changed, m_tickets, [this] {
        QHash<QString, TicketPresence> presence;
        const QList<team::Claim> claims = m_team->claims();
        for (const team::Claim &c : claims)
            presence.insert(c.aftersaleId,
                            TicketPresence{c.agent, c.deskId, c.deskId == m_team->deskId(), c.claimedAt});
        m_tickets->setPresence(std::move(presence));
    });
    restartTeam();
    return {};
}

sync::ShopConfig DeskSession::shop() const
{
    return sync::shopConfigFrom(m_settings);
}

core::Status DeskSession::saveShopSetup(sync::ShopSetup &setup)
{
    return setup.save(m_cache.database(), m_clock->nowSecs());
}

void DeskSession::refreshRuleLabels()
{
    if (!m_cache.database() || !m_claims)
        return;
    m_ruleLabelsStale = !m_claims->isActive();
    if (m_ruleLabelsStale)
        return;
    m_claims->setShadowLabels(m_decisions.shadowLabels().valueOr({}));
}

bool DeskSession::historyLoading() const
{
    if (!m_cache.database() || !hasShop())
        return false;
    auto shops = sync::shopsLoadingHistory(*m_cache.database());
    return shops && shops->contains(shop().shopId);
}

void DeskSession::syncDone(const sync::SyncReport &r)
{
    m_openWorkShown = false;
    // A follower's decisions come back with the poller's pull: it is asked to poll now.
    if (r.teamRole == sync::SyncReport::TeamRole::Follower && r.decisionsSent > 0)
        m_team->askForPoll(r.shopId);
    const bool changed =
        r.ticketsInserted || r.ticketsUpdated || r.decisionsSent || r.details || r.ordersApplied || r.routes;
    if (changed)
        emit cacheChanged();
    // Live auto-approve rules act on what this sync brought; their decisions go out with the next push.
    const bool queued = m_decisions.runLiveRules().queued > 0;
    if (queued)
        m_sync.syncNow();
    refreshRuleLabels();
    m_modelsFresh = changed && !queued;
    m_syncFinishing = true;
    emit outboxChanged();
    m_syncFinishing = false;
    m_modelsFresh = false;
    emit syncFinished(r);
}

} // namespace anxin::models

#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "models/session/cachehost.h"
#include "models/session/decisiondesk.h"
#include "models/session/synccontroller.h"
#include "sync/shopconnection.h"
#include "sync/shopsetup.h"
#include "sync/syncprogress.h"

#include <QObject>

#include <memory>

class QTimer;

namespace anxin::core {
class Profile;
class Settings;
} // namespace anxin::core

namespace anxin::team {
class TeamLink;
} // namespace anxin::team

namespace anxin::models {

class AlertMonitor;
class ShippingListModel;
class TicketListModel;
class ClaimsModel;

// The application seen from the widgets, put together from small services (app/models/session): the cache
// (CacheHost), the background sync (SyncController) and what the agent decides (DecisionDesk), plus the models
// over the cache. It keeps them in step: a sync that changed the cache reloads the models once, live rules run
// after each sync, a decision made here goes out at once. Widgets never touch the store, the network or threads.
class DeskSession : public QObject
{
    Q_OBJECT
public:
    DeskSession(core::Profile &profile, core::Settings &settings, std::shared_ptr<core::Clock> clock,
                QObject *parent = nullptr);
    ~DeskSession() override;

    // Opens the cache (CacheHost::open) and builds the models over it.
    core::Status open();
    // Before open(): the Claims and Shipping models start empty and inactive and read the cache only when their
    // page is first shown (MainWindow activates the model of the page on screen), so a start paints the ticket
    // list without reading every other page's data first.
    void setLoadPagesWhenShown(bool lazy) { m_lazyPages = lazy; }

    CacheHost &cache() { return m_cache; }
    const CacheHost &cache() const { return m_cache; }
    SyncController &syncControl() { return m_sync; }
    const SyncController &syncControl() const { return m_sync; }
    DecisionDesk &decisions() { return m_decisions; }
    const DecisionDesk &decisions() const { return m_decisions; }

    TicketListModel *tickets() const { return m_tickets; }
    ClaimsModel *claims() const { return m_claims; }
    ShippingListModel *shipping() const { return m_shipping; }
    AlertMonitor *alerts() const { return m_alerts; } // evaluated after every sync; start() adds the minute tick
    // The platform's clock (this computer's plus the learned offset): every deadline reads it.
    std::shared_ptr<core::Clock> clock() const { return m_clock; }
    // Team mode (optional): the live link to the team database; inactive without one. Presence goes into the
    // ticket list, and decisions on a ticket another desk is on are refused until taken over.
    team::TeamLink *team() const { return m_team; }
    // (Re)connects to the team database the profile names (Settings, anxin-cli team connect); stops without one.
    void restartTeam();
    // Splits this shop's open queue (the cache's open tickets with a deadline) among the agents on shift, at most
    // `capacityPerAgent` each; answered by team()->splitFinished (an error here when the cache cannot be read).
    core::Status splitTeamQueue(int capacityPerAgent);
    core::Settings &settings() const { return m_settings; }

    sync::ShopConfig shop() const;
    bool hasShop() const { return shop().isComplete(); }
    // Saves a tested connection (first run, Settings) to the profile and records the shop in the cache.
    core::Status saveShopSetup(sync::ShopSetup &setup);
    // Shadow-mode rules label the claims they would approve; read when the claims model is (or becomes) active.
    void refreshRuleLabels();
    // The shop's history is still being backfilled after an open-work-first sync (issue #36): the cache holds its
    // open work and part of its history; live auto-approve rules wait for the rest.
    bool historyLoading() const;

signals:
    void syncFinished(const anxin::sync::SyncReport &report); // after the models reloaded and live rules ran
    void cacheChanged();                                      // tickets, orders or decisions changed: views reload
    void outboxChanged();

private:
    void syncDone(const sync::SyncReport &report);

    core::Settings &m_settings;
    QString m_profileDir;
    std::shared_ptr<core::PlatformClock> m_platformClock;
    std::shared_ptr<core::Clock> m_clock;
    CacheHost m_cache;
    DecisionDesk m_decisions;
    SyncController m_sync;
    TicketListModel *m_tickets = nullptr;
    ClaimsModel *m_claims = nullptr;
    ShippingListModel *m_shipping = nullptr;
    AlertMonitor *m_alerts = nullptr;
    team::TeamLink *m_team = nullptr;
    bool m_lazyPages = false;
    QTimer *m_feedCopy = nullptr; // coalesces the team feed's notifications into one copy
    bool m_wasPoller = false;     // this desk held its shop's poller lease at the team link's last word
    bool m_ruleLabelsStale = false;
    bool m_modelsFresh = false;   // the models reloaded in this turn already
    bool m_syncFinishing = false; // outboxChanged comes from a finished sync, not from the agent's decision
    bool m_openWorkShown = false; // this sync's open work was shown when its history walk began
};

} // namespace anxin::models

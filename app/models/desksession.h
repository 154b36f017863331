#pragma once

#include "core/autorule.h"
#include "core/clock.h"
#include "core/result.h"
#include "models/ticketdetails.h"
#include "store/itemfailurerepository.h"
#include "store/shippingrepository.h"
#include "sync/autorules.h"
#include "sync/contactreveal.h"
#include "sync/decisions.h"
#include "sync/shopconnection.h"
#include "sync/syncprogress.h"
#include "sync/syncworker.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace anxin::core {
class Profile;
class Settings;
} // namespace anxin::core

namespace anxin::store {
class Database;
}

namespace anxin::models {

class AlertMonitor;
class ShippingListModel;
class TicketListModel;
class ClaimsModel;

// The application seen from the widgets: the cache (a read/decide connection on the UI thread), the models
// over it, decisions, and the background sync. Widgets never touch the store, the network or threads.
class DeskSession : public QObject
{
    Q_OBJECT
public:
    DeskSession(core::Profile &profile, core::Settings &settings, std::shared_ptr<core::Clock> clock,
                QObject *parent = nullptr);
    ~DeskSession() override;

    // Opens the database. A corrupt file is set aside (never deleted) and a fresh one created; a database
    // newer than this build opens read-only. Either way `openProblem()` says so for the UI to explain.
    //
    // The integrity check at start reads the whole file: a cache over kStartupCheckMaxBytes (about 0.2 s of
    // checking) is opened unchecked so its first window paints at once, and the check runs on its own read-only
    // connection a few seconds later; a damaged file is reported by cacheDamaged() and the next start checks it
    // in full (and sets it aside) before anything reads it.
    core::Status open();
    // Before open(): the Claims and Shipping models start empty and inactive and read the cache only when their
    // page is first shown (MainWindow activates the model of the page on screen), so a start paints the ticket
    // list without reading every other page's data first.
    void setLoadPagesWhenShown(bool lazy) { m_lazyPages = lazy; }
    const core::Error &openProblem() const { return m_openProblem; }
    // The audit log is verified on open: the seq of the first entry that does not check out, or 0 when intact.
    qint64 auditBrokenAt() const { return m_auditBrokenAt; }
    // The file whose unfinished decisions can be exported after an open problem: the copy set aside as corrupt,
    // or the read-only newer cache; empty when there is nothing to recover.
    QString recoverableDatabase() const;
    // Writes those decisions (no buyer data) as JSON to `outFile`, reading the source read-only; returns how many.
    core::Result<int> exportUnfinishedDecisions(const QString &outFile) const;
    static constexpr qint64 kStartupCheckMaxBytes = 64 * 1024 * 1024;
    static constexpr int kBackgroundCheckDelayMs = 3000;
    void setStartupCheckMaxBytes(qint64 bytes) { m_startupCheckMaxBytes = bytes; } // test seam
    // Runs the whole integrity check now, off this thread (normally scheduled by open() when needed).
    void checkCacheInBackground();
    QString fullCheckMarkerPath() const;
    bool isReadOnly() const;

    store::Database *database() const { return m_db.get(); }
    TicketListModel *tickets() const { return m_tickets; }
    ClaimsModel *claims() const { return m_claims; }
    ShippingListModel *shipping() const { return m_shipping; }
    AlertMonitor *alerts() const { return m_alerts; } // evaluated after every sync; start() adds the minute tick
    // The platform's clock (this computer's plus the learned offset): every deadline reads it.
    std::shared_ptr<core::Clock> clock() const { return m_clock; }
    qint64 clockOffsetMsecs() const { return m_platformClock->offsetMsecs(); }
    core::Settings &settings() const { return m_settings; }

    sync::ShopConfig shop() const;
    bool hasShop() const { return shop().isComplete(); }
    sync::Actor actor() const;

    core::Result<TicketDetails> details(const QString &aftersaleId) const;
    // Buyer contact in plaintext, on demand (owners only, checked in the core; each reveal audited). The plaintext
    // goes to `done` only; nothing here keeps it. `done` runs on this thread unless `context` died.
    bool canRevealContact() const;
    void revealContact(const QString &aftersaleId, QObject *context,
                       std::function<void(core::Result<sync::BuyerContact>)> done);
    core::Result<qint64> decide(const sync::DecisionInput &input);
    QList<core::Result<qint64>> decideBatch(const QList<sync::DecisionInput> &inputs);
    core::Status undo(qint64 outboxId);
    QHash<store::OutboxState, int> outboxCounts() const;
    QList<store::OutboxEntry> outboxEntries() const; // newest first
    // The platform's deadline of each open ticket among `ids` (closed or unknown tickets are left out).
    QHash<QString, qint64> openTicketDeadlines(const QStringList &ids) const;
    // Half-typed notes and rejections survive a crash or a remote change: saved as the user types.
    void saveDraft(const QString &aftersaleId, const QString &kind, const QJsonObject &body);
    QJsonObject draft(const QString &aftersaleId, const QString &kind) const;
    void dropDraft(const QString &aftersaleId, const QString &kind);
    // Named filter sets per user, stored locally.
    QStringList viewNames() const;
    QJsonObject view(const QString &name) const;
    core::Status saveView(const QString &name, const QJsonObject &filter);
    qint64 lastSyncAt() const;

    // Auto-approve rules (owner only for changes: the service refuses anyone else). Live rules run after each
    // sync; shadow rules label the claims they would approve (ClaimsModel's Rule column).
    QList<core::AutoRule> autoRules() const;
    core::Result<qint64> saveAutoRule(const core::AutoRule &rule);
    core::Status removeAutoRule(qint64 ruleId);
    core::Result<core::DryRunSummary> dryRun(const core::AutoRule &rule) const;
    sync::AutoRuleService::LiveReport runLiveRules(); // also called after each sync
    void refreshRuleLabels();
    // Shipping: the carrier's scans of a shipped order as last fetched (offline), and a fresh fetch through the
    // sync worker when a shop is connected (routeFetched follows; the cache holds the answer).
    QList<store::RouteNodeRecord> cachedRoute(const QString &orderId) const;
    bool canFetchRoutes() const { return m_sync != nullptr; }
    void fetchRoute(const QString &orderId, const QString &companyCode, const QString &trackNo);
    // Downloads a ticket's missing evidence images now, through the sync worker (evidenceFetched follows).
    void fetchEvidence(const QString &aftersaleId);
    // What the last sync could not fetch (refused items, images not downloaded), for the status bar.
    QList<store::ItemFailure> itemFailures() const;
    const sync::SyncReport &lastSyncReport() const { return m_lastReport; }

    // Background sync: started by startSync() when a shop is connected; syncNow() asks for one at once.
    void startSync(int intervalSeconds = 120);
    void syncNow();
    sync::SyncWorker::State syncState() const { return m_syncState; }
    QString syncMessage() const { return m_syncMessage; }

signals:
    void syncProgress(const anxin::sync::SyncProgress &progress);
    void syncFinished(const anxin::sync::SyncReport &report);
    void syncStateChanged(anxin::sync::SyncWorker::State state, const QString &message);
    void cacheChanged();                                // tickets, orders or decisions changed: views reload
    void cacheDamaged(const anxin::core::Error &error); // found by the background check; restart to rebuild
    void cacheChecked(bool sound);                      // the background check has finished
    void outboxChanged();
    void routeFetched(const QString &orderId, bool ok, const QString &message);
    void evidenceFetched(const QString &aftersaleId, int fetched, int failed, const QString &message);
    void clockOffsetChanged(qint64 offsetMs);

private:
    void decisionsQueued();

    core::Profile &m_profile;
    core::Settings &m_settings;
    std::shared_ptr<core::PlatformClock> m_platformClock;
    std::shared_ptr<core::Clock> m_clock;
    std::unique_ptr<store::Database> m_db;
    core::Error m_openProblem;
    TicketListModel *m_tickets = nullptr;
    ClaimsModel *m_claims = nullptr;
    ShippingListModel *m_shipping = nullptr;
    AlertMonitor *m_alerts = nullptr;
    qint64 m_startupCheckMaxBytes = kStartupCheckMaxBytes;
    class CacheCheck;
    std::unique_ptr<CacheCheck> m_check;
    std::unique_ptr<sync::SyncThread> m_sync;
    std::unique_ptr<sync::ShopConnection> m_uiConnection; // for on-demand calls (reveal); built on first use
    qint64 m_auditBrokenAt = 0;
    bool m_lazyPages = false;
    bool m_ruleLabelsStale = false;
    bool m_modelsFresh = false;   // the models reloaded in this turn already
    bool m_syncFinishing = false; // outboxChanged comes from a finished sync, not from the agent's decision
    sync::SyncWorker::State m_syncState = sync::SyncWorker::State::Idle;
    sync::SyncReport m_lastReport;
    QString m_syncMessage;
};

} // namespace anxin::models

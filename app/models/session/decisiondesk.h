#pragma once

#include "core/autorule.h"
#include "core/clock.h"
#include "core/result.h"
#include "models/ticketdetails.h"
#include "sync/autorules.h"
#include "sync/contactreveal.h"
#include "sync/decisions.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace anxin::core {
class Profile;
class Settings;
} // namespace anxin::core

namespace anxin::sync {
class ShopConnection;
}

namespace anxin::team {
class TeamLink;
}

namespace anxin::models {

class CacheHost;

// What the agent decides and keeps at this desk: decisions queued in the outbox (and undone while they wait),
// the ticket details they are made from, the buyer's contact on demand, half-typed drafts, saved views, and the
// auto-approve rules. Who decides (actor()) comes from the profile; the core and sync layers check what they may
// do. A read-only cache refuses every change with Kind::TooNew.
class DecisionDesk : public QObject
{
    Q_OBJECT
public:
    DecisionDesk(core::Profile &profile, core::Settings &settings, std::shared_ptr<core::Clock> clock, CacheHost &cache,
                 QObject *parent = nullptr);
    ~DecisionDesk() override;

    sync::Actor actor() const;
    core::Result<TicketDetails> details(const QString &aftersaleId) const;

    // In team mode, a decision on a ticket another desk is on is refused ("team.held": take it over first). Notes
    // are not decisions and are never refused for it; with the team database out of reach nothing is refused.
    void setTeam(const team::TeamLink *team) { m_team = team; }
    core::Result<qint64> decide(const sync::DecisionInput &input);
    QList<core::Result<qint64>> decideBatch(const QList<sync::DecisionInput> &inputs);
    core::Status undo(qint64 outboxId);
    // An outbox that cannot be read is an error, never "nothing is waiting".
    core::Result<QHash<store::OutboxState, int>> outboxCounts() const;
    core::Result<QList<store::OutboxEntry>> outboxEntries() const; // newest first
    // The platform's deadline of each open ticket among `ids` (closed or unknown tickets are left out).
    QHash<QString, qint64> openTicketDeadlines(const QStringList &ids) const;

    // Buyer contact in plaintext, on demand (owners only, checked in the core; each reveal audited). The plaintext
    // goes to `done` only; nothing here keeps it. `done` runs on this thread unless `context` died.
    bool canRevealContact() const;
    void revealContact(const QString &aftersaleId, QObject *context,
                       std::function<void(core::Result<sync::BuyerContact>)> done);

    // Half-typed notes and rejections survive a crash or a remote change: saved as the user types.
    void saveDraft(const QString &aftersaleId, const QString &kind, const QJsonObject &body);
    QJsonObject draft(const QString &aftersaleId, const QString &kind) const;
    void dropDraft(const QString &aftersaleId, const QString &kind);
    // Named filter sets per user, stored locally.
    QStringList viewNames() const;
    QJsonObject view(const QString &name) const;
    core::Status saveView(const QString &name, const QJsonObject &filter);

    // Auto-approve rules (owner only for changes: the service refuses anyone else). Live rules run after each
    // sync; shadow rules label the claims they would approve.
    QList<core::AutoRule> autoRules() const;
    core::Result<qint64> saveAutoRule(const core::AutoRule &rule);
    core::Status removeAutoRule(qint64 ruleId);
    core::Result<core::DryRunSummary> dryRun(const core::AutoRule &rule) const;
    sync::AutoRuleService::LiveReport runLiveRules();
    core::Result<QHash<QString, QString>> shadowLabels() const;

signals:
    // The outbox changed: `byAgent` when the agent queued decisions now (they go out at once when online).
    void outboxChanged(bool byAgent);
    // One decision (or note) the agent queued here now: what, on which ticket, its outbox id.
    void decisionQueued(const anxin::sync::DecisionInput &input, qint64 outboxId);
    void rulesChanged();

private:
    core::Status teamAllows(const sync::DecisionInput &input) const;
    core::Profile &m_profile;
    core::Settings &m_settings;
    std::shared_ptr<core::Clock> m_clock;
    CacheHost &m_cache;
    std::unique_ptr<sync::ShopConnection> m_uiConnection; // for on-demand calls (reveal); built on first use
    const team::TeamLink *m_team = nullptr;
};

} // namespace anxin::models

#include "models/session/decisiondesk.h"

#include "core/logging.h"
#include "core/permissions.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/session/cachehost.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/outboxrepository.h"
#include "store/savedviewrepository.h"
#include "store/ticketrepository.h"
#include "sync/shopconnection.h"
#include "team/teamlink.h"

#include <QJsonDocument>

#include <algorithm>

namespace anxin::models {

using core::Error;

namespace {

Error readOnly()
{
    return Error::make(Error::Kind::TooNew, QStringLiteral("the cache is read-only"));
}

} // namespace

DecisionDesk::DecisionDesk(core::Profile &profile, core::Settings &settings, std::shared_ptr<core::Clock> clock,
                           CacheHost &cache, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_settings(settings)
    , m_clock(std::move(clock))
    , m_cache(cache)
{}

DecisionDesk::~DecisionDesk() = default;

sync::Actor DecisionDesk::actor() const
{
    sync::Actor a;
    a.name = m_settings.get(core::keys::userName);
    if (a.name.isEmpty())
        a.name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("agent")));
    a.role = m_settings.get(core::keys::role) == QLatin1String("agent") ? sync::Role::Agent : sync::Role::Owner;
    a.agentLimitFen = m_settings.get(core::keys::agentLimitFen);
    return a;
}

core::Result<TicketDetails> DecisionDesk::details(const QString &aftersaleId) const
{
    if (!m_cache.database())
        return Error::make(Error::Kind::Storage, QStringLiteral("the cache is not open"));
    return loadTicketDetails(*m_cache.database(), aftersaleId, m_clock->nowSecs());
}

core::Status DecisionDesk::teamAllows(const sync::DecisionInput &input) const
{
    if (!m_team || input.action == sync::DecisionAction::Note)
        return {};
    if (const auto holder = m_team->heldByOther(input.aftersaleId))
        return core::Error::coded(core::Error::Kind::Conflict, "team.held", {holder->agent, input.aftersaleId},
                                  QStringLiteral("%1 is on ticket %2 (desk %3): take it over first")
                                      .arg(holder->agent, input.aftersaleId, holder->deskId));
    return {};
}

core::Result<qint64> DecisionDesk::decide(const sync::DecisionInput &input)
{
    if (m_cache.isReadOnly())
        return readOnly();
    if (auto st = teamAllows(input); !st)
        return st.error();
    auto id = sync::DecisionService(*m_cache.database()).decide(input, actor(), m_clock->nowSecs());
    if (id) {
        emit decisionQueued(input, id.value());
        emit outboxChanged(true);
    }
    return id;
}

QList<core::Result<qint64>> DecisionDesk::decideBatch(const QList<sync::DecisionInput> &inputs)
{
    if (m_cache.isReadOnly()) {
        QList<core::Result<qint64>> refused;
        for (qsizetype i = 0; i < inputs.size(); ++i)
            refused << core::Result<qint64>(readOnly());
        return refused;
    }
    // Tickets another desk is on are refused one by one; the rest go into the outbox together.
    QList<sync::DecisionInput> allowed;
    QList<core::Result<qint64>> results;
    QList<qsizetype> place;
    for (const sync::DecisionInput &in : inputs) {
        if (auto st = teamAllows(in); !st) {
            results << core::Result<qint64>(st.error());
            place << -1;
        } else {
            results << core::Result<qint64>(qint64(0));
            place << allowed.size();
            allowed << in;
        }
    }
    const auto decided = sync::DecisionService(*m_cache.database()).decideBatch(allowed, actor(), m_clock->nowSecs());
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (place.at(i) >= 0)
            results[i] = decided.at(place.at(i));
        if (results.at(i))
            emit decisionQueued(inputs.at(i), results.at(i).value());
    }
    emit outboxChanged(true);
    return results;
}

core::Status DecisionDesk::undo(qint64 outboxId)
{
    if (m_cache.isReadOnly())
        return readOnly();
    auto st = sync::DecisionService(*m_cache.database()).undo(outboxId, actor(), m_clock->nowSecs());
    if (st)
        emit outboxChanged(false);
    return st;
}

core::Result<QHash<store::OutboxState, int>> DecisionDesk::outboxCounts() const
{
    if (!m_cache.database())
        return QHash<store::OutboxState, int>{};
    return store::OutboxRepository(*m_cache.database()).countsByState();
}

core::Result<QList<store::OutboxEntry>> DecisionDesk::outboxEntries() const
{
    if (!m_cache.database())
        return QList<store::OutboxEntry>{};
    auto list = store::OutboxRepository(*m_cache.database()).list();
    if (!list)
        return list.error();
    QList<store::OutboxEntry> entries = std::move(list).value();
    std::reverse(entries.begin(), entries.end());
    return entries;
}

QHash<QString, qint64> DecisionDesk::openTicketDeadlines(const QStringList &ids) const
{
    QHash<QString, qint64> out;
    if (!m_cache.database())
        return out;
    store::TicketRepository tickets(*m_cache.database());
    for (const QString &id : ids) {
        if (auto t = tickets.get(id); t && t.value() && t.value()->finalTime == 0)
            out.insert(id, t.value()->statusDeadline);
    }
    return out;
}

bool DecisionDesk::canRevealContact() const
{
    return core::Permissions::can(actor().role, core::Action::RevealBuyerContact);
}

void DecisionDesk::revealContact(const QString &aftersaleId, QObject *context,
                                 std::function<void(core::Result<sync::BuyerContact>)> done)
{
    const sync::Actor who = actor();
    if (auto allowed = core::Permissions::check(who.role, core::Action::RevealBuyerContact); !allowed)
        return done(allowed.error());
    if (m_cache.isReadOnly())
        return done(readOnly());
    if (!m_uiConnection) {
        auto c = sync::ShopConnection::open(sync::shopConfigFrom(m_settings), m_profile.dir());
        if (!c)
            return done(c.error());
        m_uiConnection = std::move(c.value());
    }
    sync::revealBuyerContact(*m_uiConnection->api(), *m_cache.database(), who, aftersaleId, m_clock->nowSecs(), context,
                             std::move(done));
}

void DecisionDesk::saveDraft(const QString &aftersaleId, const QString &kind, const QJsonObject &body)
{
    if (m_cache.isReadOnly())
        return;
    store::DraftRecord d{aftersaleId, kind, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                         m_clock->nowSecs()};
    if (auto st = store::DraftRepository(*m_cache.database()).save(d); !st)
        qCWarning(lcUi) << "draft not saved:" << st.error().message;
}

QJsonObject DecisionDesk::draft(const QString &aftersaleId, const QString &kind) const
{
    if (!m_cache.database())
        return {};
    auto d = store::DraftRepository(*m_cache.database()).get(aftersaleId, kind);
    if (!d || !d.value())
        return {};
    return QJsonDocument::fromJson(d.value()->bodyJson.toUtf8()).object();
}

void DecisionDesk::dropDraft(const QString &aftersaleId, const QString &kind)
{
    if (!m_cache.isReadOnly())
        store::DraftRepository(*m_cache.database()).remove(aftersaleId, kind);
}

QStringList DecisionDesk::viewNames() const
{
    QStringList names;
    if (!m_cache.database())
        return names;
    for (const auto &v : store::SavedViewRepository(*m_cache.database()).list(actor().name).valueOr({}))
        names << v.name;
    return names;
}

QJsonObject DecisionDesk::view(const QString &name) const
{
    if (!m_cache.database())
        return {};
    for (const auto &v : store::SavedViewRepository(*m_cache.database()).list(actor().name).valueOr({})) {
        if (v.name == name)
            return QJsonDocument::fromJson(v.filterJson.toUtf8()).object();
    }
    return {};
}

core::Status DecisionDesk::saveView(const QString &name, const QJsonObject &filter)
{
    if (m_cache.isReadOnly())
        return readOnly();
    store::SavedViewRecord v{actor().name, name,
                             QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact)),
                             m_clock->nowSecs()};
    return store::SavedViewRepository(*m_cache.database()).save(v);
}

QList<core::AutoRule> DecisionDesk::autoRules() const
{
    return m_cache.database() ? sync::AutoRuleService(*m_cache.database()).rules().valueOr({})
                              : QList<core::AutoRule>{};
}

core::Result<qint64> DecisionDesk::saveAutoRule(const core::AutoRule &rule)
{
    if (m_cache.isReadOnly())
        return readOnly();
    auto id = sync::AutoRuleService(*m_cache.database()).save(rule, actor(), m_clock->nowSecs());
    if (id)
        emit rulesChanged();
    return id;
}

core::Status DecisionDesk::removeAutoRule(qint64 ruleId)
{
    if (m_cache.isReadOnly())
        return readOnly();
    auto st = sync::AutoRuleService(*m_cache.database()).remove(ruleId, actor(), m_clock->nowSecs());
    if (st)
        emit rulesChanged();
    return st;
}

core::Result<core::DryRunSummary> DecisionDesk::dryRun(const core::AutoRule &rule) const
{
    if (!m_cache.database())
        return Error::make(Error::Kind::Storage, QStringLiteral("the cache is not open"));
    return sync::AutoRuleService(*m_cache.database()).dryRun(rule, m_clock->nowSecs());
}

sync::AutoRuleService::LiveReport DecisionDesk::runLiveRules()
{
    if (m_cache.isReadOnly())
        return {};
    auto report = sync::AutoRuleService(*m_cache.database())
                      .runLive(m_clock->nowSecs(), m_settings.get(core::keys::returnAddressId));
    for (const QString &p : report.problems)
        qCWarning(lcSync) << "auto-approve rule not applied:" << p;
    if (report.queued > 0)
        emit outboxChanged(false);
    return report;
}

core::Result<QHash<QString, QString>> DecisionDesk::shadowLabels() const
{
    if (!m_cache.database())
        return QHash<QString, QString>{};
    return sync::AutoRuleService(*m_cache.database()).shadowLabels();
}

} // namespace anxin::models

#include "models/desksession.h"

#include "core/logging.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/alertmonitor.h"
#include "models/claimsmodel.h"
#include "models/shippinglistmodel.h"
#include "models/ticketlistmodel.h"
#include "store/auditrepository.h"
#include "store/cursorrepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/outboxrepository.h"
#include "store/savedviewrepository.h"
#include "store/ticketrepository.h"
#include "sync/pendingexport.h"

#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace anxin::models {

using core::Error;

// The whole quick_check on a read-only connection of its own; stop() interrupts it.
class DeskSession::CacheCheck : public QThread
{
public:
    explicit CacheCheck(QString path)
        : m_path(std::move(path))
    {
        setObjectName(QStringLiteral("anxin-cache-check"));
    }
    ~CacheCheck() override
    {
        stop();
        wait();
    }
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        if (m_db)
            m_db->interrupt();
    }
    core::Status result() const { return m_result; }
    bool stopped() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stopped;
    }

protected:
    void run() override
    {
        store::Database db;
        core::Status st = db.openReadOnly(m_path);
        {
            QMutexLocker lock(&m_mutex);
            if (m_stopped)
                return;
            m_db = st ? &db : nullptr;
        }
        if (st)
            st = db.checkIntegrity();
        QMutexLocker lock(&m_mutex);
        m_db = nullptr;
        m_result = st;
    }

private:
    const QString m_path;
    mutable QMutex m_mutex;
    store::Database *m_db = nullptr;
    bool m_stopped = false;
    core::Status m_result;
};

DeskSession::DeskSession(core::Profile &profile, core::Settings &settings, std::shared_ptr<core::Clock> clock,
                         QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_settings(settings)
    , m_platformClock(std::make_shared<core::PlatformClock>(std::move(clock)))
    , m_clock(m_platformClock)
{
    m_platformClock->setOffsetMsecs(m_settings.get(core::keys::platformClockOffsetMs));
}

DeskSession::~DeskSession()
{
    m_sync.reset(); // stop the worker before the database goes
    m_check.reset();
}

QString DeskSession::fullCheckMarkerPath() const
{
    return m_profile.dir() + QStringLiteral("/check-cache-on-start");
}

core::Status DeskSession::open()
{
    // After a background check found damage, this start checks in full (and sets a damaged file aside).
    const bool fullCheck = QFile::exists(fullCheckMarkerPath());
    store::Database::Options options;
    if (!fullCheck)
        options.quickCheckMaxBytes = m_startupCheckMaxBytes;
    m_db = std::make_unique<store::Database>();
    auto st = m_db->open(m_profile.databasePath(), options);
    if (!st && st.error().kind == Error::Kind::Corrupt) {
        // The damaged file is kept aside byte for byte; work goes on in a fresh cache that sync refills.
        m_openProblem = st.error();
        qCWarning(lcDb) << "database set aside:" << st.error().detail;
        m_db = std::make_unique<store::Database>();
        st = m_db->open(m_profile.databasePath(), options);
    }
    if (!st && st.error().kind == Error::Kind::TooNew) {
        m_openProblem = st.error();
        st = {};
    }
    if (!st)
        return st;
    // Verified on every start: an edit behind the app's back is named by the first entry that breaks the chain.
    if (auto broken = store::AuditRepository(*m_db).verify(); broken && broken.value()) {
        m_auditBrokenAt = *broken.value();
        qCWarning(lcDb) << "audit log broken at entry" << m_auditBrokenAt;
    } else if (!broken) {
        qCWarning(lcDb) << "audit log not verified:" << broken.error().message;
    }
    if (fullCheck && m_db->quickCheckFinished())
        QFile::remove(fullCheckMarkerPath());
    if (!m_db->quickCheckFinished() && !m_db->isReadOnly())
        QTimer::singleShot(kBackgroundCheckDelayMs, this, &DeskSession::checkCacheInBackground);
    m_tickets = new TicketListModel(m_db.get(), m_clock, this);
    // Models follow the cache; views only keep their selection.
    connect(this, &DeskSession::cacheChanged, m_tickets, &TicketListModel::reload);
    // After a sync that changed the cache, the models have just reloaded: the outboxChanged that follows does
    // not read them again (unless live rules queued decisions in between).
    connect(this, &DeskSession::outboxChanged, m_tickets, [this] {
        if (!m_modelsFresh)
            m_tickets->reload();
    });
    m_claims = new ClaimsModel(m_db.get(), m_clock, this, !m_lazyPages);
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
    m_shipping = new ShippingListModel(m_db.get(), m_clock, this, !m_lazyPages);
    connect(this, &DeskSession::cacheChanged, m_shipping, &ShippingListModel::reloadInBackground);
    m_alerts = new AlertMonitor(m_db.get(), m_clock, m_settings, this);
    connect(this, &DeskSession::cacheChanged, m_alerts, &AlertMonitor::evaluateNow);
    return {};
}

QString DeskSession::recoverableDatabase() const
{
    if (m_openProblem.kind == Error::Kind::Corrupt)
        return m_openProblem.detail;
    if (m_openProblem.kind == Error::Kind::TooNew && m_db)
        return m_db->path();
    return {};
}

core::Result<int> DeskSession::exportUnfinishedDecisions(const QString &outFile) const
{
    const QString source = recoverableDatabase();
    if (source.isEmpty())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no damaged or newer cache to export from"));
    return sync::exportUnfinishedDecisions(source, outFile);
}

void DeskSession::checkCacheInBackground()
{
    if (!m_db || m_check)
        return;
    m_check = std::make_unique<CacheCheck>(m_db->path());
    connect(m_check.get(), &QThread::finished, this, [this] {
        const core::Status st = m_check->result();
        const bool stopped = m_check->stopped();
        m_check.reset();
        if (stopped)
            return;
        if (!st && st.error().kind == Error::Kind::Corrupt) {
            qCWarning(lcDb) << "background integrity check:" << st.error().message;
            QFile marker(fullCheckMarkerPath());
            if (!marker.open(QIODevice::WriteOnly) || marker.write("quick_check found a problem\n") < 0)
                qCWarning(lcDb) << "cannot write" << fullCheckMarkerPath();
            emit cacheDamaged(st.error());
            emit cacheChecked(false);
            return;
        }
        if (!st)
            qCWarning(lcDb) << "background integrity check did not run:" << st.error().message;
        emit cacheChecked(true);
    });
    m_check->start(QThread::LowestPriority);
}

bool DeskSession::isReadOnly() const
{
    return !m_db || m_db->isReadOnly();
}

sync::ShopConfig DeskSession::shop() const
{
    return sync::shopConfigFrom(m_settings);
}

sync::Actor DeskSession::actor() const
{
    sync::Actor a;
    a.name = m_settings.get(core::keys::userName);
    if (a.name.isEmpty())
        a.name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("agent")));
    a.role = m_settings.get(core::keys::role) == QLatin1String("agent") ? sync::Role::Agent : sync::Role::Owner;
    a.agentLimitFen = m_settings.get(core::keys::agentLimitFen);
    return a;
}

core::Result<TicketDetails> DeskSession::details(const QString &aftersaleId) const
{
    return loadTicketDetails(*m_db, aftersaleId, m_clock->nowSecs());
}

bool DeskSession::canRevealContact() const
{
    return core::Permissions::can(actor().role, core::Action::RevealBuyerContact);
}

void DeskSession::revealContact(const QString &aftersaleId, QObject *context,
                                std::function<void(core::Result<sync::BuyerContact>)> done)
{
    const sync::Actor who = actor();
    if (auto allowed = core::Permissions::check(who.role, core::Action::RevealBuyerContact); !allowed)
        return done(allowed.error());
    if (isReadOnly())
        return done(Error::make(Error::Kind::TooNew, QStringLiteral("the cache is read-only")));
    if (!m_uiConnection) {
        auto c = sync::ShopConnection::open(shop(), m_profile.dir());
        if (!c)
            return done(c.error());
        m_uiConnection = std::move(c.value());
    }
    sync::revealBuyerContact(*m_uiConnection->api(), *m_db, who, aftersaleId, m_clock->nowSecs(), context,
                             std::move(done));
}

core::Result<qint64> DeskSession::decide(const sync::DecisionInput &input)
{
    if (isReadOnly())
        return Error::make(Error::Kind::TooNew, QStringLiteral("the cache is read-only"));
    auto id = sync::DecisionService(*m_db).decide(input, actor(), m_clock->nowSecs());
    if (id)
        decisionsQueued();
    return id;
}

QList<core::Result<qint64>> DeskSession::decideBatch(const QList<sync::DecisionInput> &inputs)
{
    if (isReadOnly()) {
        QList<core::Result<qint64>> refused;
        for (qsizetype i = 0; i < inputs.size(); ++i)
            refused << core::Result<qint64>(Error::make(Error::Kind::TooNew, QStringLiteral("the cache is read-only")));
        return refused;
    }
    auto results = sync::DecisionService(*m_db).decideBatch(inputs, actor(), m_clock->nowSecs());
    decisionsQueued();
    return results;
}

void DeskSession::decisionsQueued()
{
    emit outboxChanged();
    syncNow(); // deadlines matter: send at once when online
}

core::Status DeskSession::undo(qint64 outboxId)
{
    auto st = sync::DecisionService(*m_db).undo(outboxId, actor(), m_clock->nowSecs());
    if (st)
        emit outboxChanged();
    return st;
}

QHash<store::OutboxState, int> DeskSession::outboxCounts() const
{
    return m_db ? store::OutboxRepository(*m_db).countsByState().valueOr({}) : QHash<store::OutboxState, int>{};
}

QHash<QString, qint64> DeskSession::openTicketDeadlines(const QStringList &ids) const
{
    QHash<QString, qint64> out;
    if (!m_db)
        return out;
    store::TicketRepository tickets(*m_db);
    for (const QString &id : ids) {
        if (auto t = tickets.get(id); t && t.value() && t.value()->finalTime == 0)
            out.insert(id, t.value()->statusDeadline);
    }
    return out;
}

QList<store::OutboxEntry> DeskSession::outboxEntries() const
{
    if (!m_db)
        return {};
    auto list = store::OutboxRepository(*m_db).list().valueOr({});
    std::reverse(list.begin(), list.end());
    return list;
}

void DeskSession::saveDraft(const QString &aftersaleId, const QString &kind, const QJsonObject &body)
{
    if (isReadOnly())
        return;
    store::DraftRecord d{aftersaleId, kind, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                         m_clock->nowSecs()};
    if (auto st = store::DraftRepository(*m_db).save(d); !st)
        qCWarning(lcUi) << "draft not saved:" << st.error().message;
}

QJsonObject DeskSession::draft(const QString &aftersaleId, const QString &kind) const
{
    auto d = store::DraftRepository(*m_db).get(aftersaleId, kind);
    if (!d || !d.value())
        return {};
    return QJsonDocument::fromJson(d.value()->bodyJson.toUtf8()).object();
}

void DeskSession::dropDraft(const QString &aftersaleId, const QString &kind)
{
    store::DraftRepository(*m_db).remove(aftersaleId, kind);
}

QStringList DeskSession::viewNames() const
{
    QStringList names;
    for (const auto &v : store::SavedViewRepository(*m_db).list(actor().name).valueOr({}))
        names << v.name;
    return names;
}

QJsonObject DeskSession::view(const QString &name) const
{
    for (const auto &v : store::SavedViewRepository(*m_db).list(actor().name).valueOr({})) {
        if (v.name == name)
            return QJsonDocument::fromJson(v.filterJson.toUtf8()).object();
    }
    return {};
}

core::Status DeskSession::saveView(const QString &name, const QJsonObject &filter)
{
    store::SavedViewRecord v{actor().name, name,
                             QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact)),
                             m_clock->nowSecs()};
    return store::SavedViewRepository(*m_db).save(v);
}

qint64 DeskSession::lastSyncAt() const
{
    qint64 last = 0;
    if (!m_db)
        return 0;
    for (const auto &c : store::CursorRepository(*m_db).list().valueOr({}))
        last = std::max(last, c.updatedAt);
    return last;
}

QList<core::AutoRule> DeskSession::autoRules() const
{
    return m_db ? sync::AutoRuleService(*m_db).rules().valueOr({}) : QList<core::AutoRule>{};
}

core::Result<qint64> DeskSession::saveAutoRule(const core::AutoRule &rule)
{
    if (isReadOnly())
        return Error::make(Error::Kind::TooNew, QStringLiteral("the cache is read-only"));
    auto id = sync::AutoRuleService(*m_db).save(rule, actor(), m_clock->nowSecs());
    if (id)
        refreshRuleLabels();
    return id;
}

core::Status DeskSession::removeAutoRule(qint64 ruleId)
{
    if (isReadOnly())
        return Error::make(Error::Kind::TooNew, QStringLiteral("the cache is read-only"));
    auto st = sync::AutoRuleService(*m_db).remove(ruleId, actor(), m_clock->nowSecs());
    if (st)
        refreshRuleLabels();
    return st;
}

core::Result<core::DryRunSummary> DeskSession::dryRun(const core::AutoRule &rule) const
{
    return sync::AutoRuleService(*m_db).dryRun(rule, m_clock->nowSecs());
}

sync::AutoRuleService::LiveReport DeskSession::runLiveRules()
{
    if (!m_db || isReadOnly())
        return {};
    auto report = sync::AutoRuleService(*m_db).runLive(m_clock->nowSecs(), m_settings.get(core::keys::returnAddressId));
    for (const QString &p : report.problems)
        qCWarning(lcSync) << "auto-approve rule not applied:" << p;
    if (report.queued > 0)
        emit outboxChanged();
    return report;
}

void DeskSession::refreshRuleLabels()
{
    if (!m_db || !m_claims)
        return;
    m_ruleLabelsStale = !m_claims->isActive();
    if (m_ruleLabelsStale)
        return;
    m_claims->setShadowLabels(sync::AutoRuleService(*m_db).shadowLabels().valueOr({}));
}

QList<store::RouteNodeRecord> DeskSession::cachedRoute(const QString &orderId) const
{
    if (!m_db)
        return {};
    auto route = store::ShippingRepository(*m_db).route(orderId);
    if (!route)
        qCWarning(lcUi) << "route not read:" << route.error().message;
    return route.valueOr({});
}

void DeskSession::fetchRoute(const QString &orderId, const QString &companyCode, const QString &trackNo)
{
    if (!m_sync) {
        emit routeFetched(orderId, false, QStringLiteral("offline"));
        return;
    }
    auto *w = m_sync->worker();
    QMetaObject::invokeMethod(
        w, [w, orderId, companyCode, trackNo] { w->fetchRoute(orderId, companyCode, trackNo); }, Qt::QueuedConnection);
}

void DeskSession::fetchEvidence(const QString &aftersaleId)
{
    if (!m_sync) {
        emit evidenceFetched(aftersaleId, 0, 0, QStringLiteral("offline"));
        return;
    }
    auto *w = m_sync->worker();
    QMetaObject::invokeMethod(
        w, [w, aftersaleId] { w->fetchEvidence(aftersaleId); }, Qt::QueuedConnection);
}

QList<store::ItemFailure> DeskSession::itemFailures() const
{
    if (!m_db)
        return {};
    auto list = store::ItemFailureRepository(*m_db).list();
    if (!list)
        qCWarning(lcUi) << "item failures not read:" << list.error().message;
    return list.valueOr({});
}

void DeskSession::startSync(int intervalSeconds)
{
    if (!hasShop() || isReadOnly() || m_sync)
        return;
    sync::SyncOptions options;
    options.imageDir = m_profile.cacheDir() + QStringLiteral("/evidence");
    m_sync = std::make_unique<sync::SyncThread>(shop(), m_profile.dir(), m_profile.databasePath(), options);
    auto *w = m_sync->worker();
    connect(w, &sync::SyncWorker::progress, this, &DeskSession::syncProgress);
    connect(w, &sync::SyncWorker::stateChanged, this, [this](sync::SyncWorker::State s, const QString &msg) {
        m_syncState = s;
        m_syncMessage = msg;
        emit syncStateChanged(s, msg);
    });
    connect(w, &sync::SyncWorker::routeFetched, this, &DeskSession::routeFetched);
    connect(w, &sync::SyncWorker::evidenceFetched, this, &DeskSession::evidenceFetched);
    connect(w, &sync::SyncWorker::clockOffsetLearned, this, [this](qint64 offsetMs) {
        // Kept in the profile: offline, deadlines still follow the platform's clock.
        if (offsetMs == m_platformClock->offsetMsecs())
            return;
        m_platformClock->setOffsetMsecs(offsetMs);
        m_settings.set(core::keys::platformClockOffsetMs, offsetMs);
        emit clockOffsetChanged(offsetMs);
    });
    connect(w, &sync::SyncWorker::finished, this, [this](const sync::SyncReport &r) {
        m_lastReport = r;
        const bool changed =
            r.ticketsInserted || r.ticketsUpdated || r.decisionsSent || r.details || r.ordersApplied || r.routes;
        if (changed)
            emit cacheChanged();
        // Live auto-approve rules act on what this sync brought; their decisions go out with the next push.
        const bool queued = runLiveRules().queued > 0;
        if (queued)
            syncNow();
        refreshRuleLabels();
        m_modelsFresh = changed && !queued;
        m_syncFinishing = true;
        emit outboxChanged();
        m_syncFinishing = false;
        m_modelsFresh = false;
        emit syncFinished(r);
    });
    QMetaObject::invokeMethod(
        w, [w, intervalSeconds] { w->setInterval(intervalSeconds); }, Qt::QueuedConnection);
    syncNow();
}

void DeskSession::syncNow()
{
    if (m_sync)
        QMetaObject::invokeMethod(m_sync->worker(), &sync::SyncWorker::syncNow, Qt::QueuedConnection);
}

} // namespace anxin::models

#include "team/teamlink.h"

#include "core/logging.h"
#include "team/teamaudit.h"
#include "team/teamdatabase.h"
#include "team/teamfeed.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <memory>

namespace anxin::team {

namespace {

constexpr char kChannel[] = "anxin_claims";

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

TeamLinkOptions TeamLinkOptions::fromEnvironment()
{
    TeamLinkOptions o;
    o.leaseSecs = envInt("ANXIN_TEAM_LEASE_SECS", o.leaseSecs);
    o.heartbeatMs = envInt("ANXIN_TEAM_HEARTBEAT_MS", o.heartbeatMs);
    o.retryMs = envInt("ANXIN_TEAM_RETRY_MS", o.retryMs);
    o.maxRetryMs = std::max(o.retryMs, o.maxRetryMs);
    return o;
}

// Lives on TeamLink's thread and owns the connection (a QSqlDatabase belongs to the thread that opened it).
class TeamLink::Worker : public QObject
{
    Q_OBJECT
public:
    Worker(QString url, QString deskId, QString agent, TeamLinkOptions options)
        : m_url(std::move(url))
        , m_deskId(std::move(deskId))
        , m_agent(std::move(agent))
        , m_options(options)
        , m_retryMs(options.retryMs)
    {}

    void begin()
    {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(m_options.heartbeatMs);
        connect(m_heartbeat, &QTimer::timeout, this, &Worker::heartbeat);
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &Worker::connectNow);
        m_debounce = new QTimer(this);
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(100); // one re-read for a burst of notifications
        connect(m_debounce, &QTimer::timeout, this, &Worker::refresh);
        publish(TeamSnapshot::State::Connecting, {}, {});
        connectNow();
    }

    void setFocus(const QString &aftersaleId, const QString &shopId)
    {
        const QString before = m_focus;
        m_focus = aftersaleId;
        m_focusShop = shopId;
        if (!online())
            return; // kept as this desk's intention, claimed on reconnect
        Claims claims(*m_db);
        if (!before.isEmpty() && before != aftersaleId) {
            if (auto st = claims.release(before, m_deskId); !st)
                return goOffline(st.error());
        }
        if (!aftersaleId.isEmpty()) {
            if (auto got = claims.claim(aftersaleId, shopId, m_deskId, m_agent, m_options.leaseSecs); !got)
                return goOffline(got.error());
        }
        refresh();
    }

    void takeOver(const QString &aftersaleId, const QString &shopId, const QString &reason)
    {
        if (!online()) {
            emit takeOverFinished(aftersaleId, false,
                                  m_error.isEmpty() ? QStringLiteral("the team database is not connected") : m_error);
            return;
        }
        auto done = Claims(*m_db).takeOver(aftersaleId, shopId, m_deskId, m_agent, reason, m_options.leaseSecs);
        if (!done) {
            const core::Error e = done.error();
            if (e.kind == core::Error::Kind::Network)
                goOffline(e);
            emit takeOverFinished(aftersaleId, false, e.message);
            return;
        }
        qCInfo(lcSync) << "team: took over" << aftersaleId << "from desk" << done->from.deskId;
        refresh();
        emit takeOverFinished(aftersaleId, true, {});
    }

    void splitQueue(const QString &shopId, const QList<QueuedTicket> &open, int capacity)
    {
        if (!online()) {
            emit splitFinished(false, 0, 0, 0,
                               m_error.isEmpty() ? QStringLiteral("the team database is not connected") : m_error);
            return;
        }
        Assignments assignments(*m_db);
        auto agents = assignments.agentsOnShift(Assignments::kOnShiftSecs);
        if (!agents) {
            goOffline(agents.error());
            emit splitFinished(false, 0, 0, 0, agents.error().message);
            return;
        }
        auto report = assignments.split(shopId, open, agents.value(), capacity, m_deskId, m_agent);
        if (!report) {
            if (report.error().kind == core::Error::Kind::Network)
                goOffline(report.error());
            emit splitFinished(false, 0, 0, int(agents->size()), report.error().message);
            return;
        }
        refresh();
        emit splitFinished(true, report->assigned, report->unassigned, int(agents->size()), {});
    }

    void setPolledShops(const QStringList &shops)
    {
        const QStringList before = m_polledShops;
        m_polledShops = shops;
        if (!online())
            return;
        Pollers pollers(*m_db);
        for (const QString &shop : before) {
            if (!shops.contains(shop)) {
                if (auto st = pollers.release(shop, m_deskId); !st)
                    return goOffline(st.error());
            }
        }
        refresh();
    }

    void askForPoll(const QString &shopId)
    {
        if (!online())
            return;
        if (auto st = notifyPollWanted(*m_db, shopId); !st)
            goOffline(st.error());
    }

    void record(const TeamAuditEntry &entry)
    {
        m_pendingAudit << entry;
        if (online())
            flushAudit();
    }

    void finish()
    {
        if (online() && !m_focus.isEmpty())
            Claims(*m_db).release(m_focus, m_deskId); // a desk that quits frees its ticket at once
        if (online()) {
            for (const QString &shop : std::as_const(m_polledShops))
                Pollers(*m_db).release(shop, m_deskId); // and hands on its shops
        }
        if (m_heartbeat)
            m_heartbeat->stop();
        if (m_retry)
            m_retry->stop();
        m_db.reset();
    }

signals:
    void snapshot(const anxin::team::TeamSnapshot &snapshot);
    void takeOverFinished(const QString &aftersaleId, bool ok, const QString &message);
    void splitFinished(bool ok, int assigned, int unassigned, int agents, const QString &message);
    void feedAdvanced(const QString &shopId);
    void pollWanted(const QString &shopId);

private:
    // Connected, as far as this desk knows: a connection the server ended is found by the next heartbeat or query.
    bool online() const { return m_db != nullptr; }

    void publish(TeamSnapshot::State state, const QString &error, const QList<Claim> &claims,
                 const QList<Assignment> &myQueue = {}, const QList<Poller> &pollers = {})
    {
        TeamSnapshot s;
        s.state = state;
        s.error = error;
        s.claims = claims;
        s.myQueue = myQueue;
        s.pollers = pollers;
        emit snapshot(s);
    }

    void connectNow()
    {
        m_db = std::make_unique<TeamDatabase>();
        if (auto st = m_db->open(m_url); !st)
            return goOffline(st.error());
        QSqlDriver *driver = m_db->connection().driver();
        if (driver->subscribeToNotification(QLatin1String(kChannel)) &&
            driver->subscribeToNotification(QLatin1String(kFeedChannel)) &&
            driver->subscribeToNotification(QLatin1String(kPollChannel)))
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                        if (name == QLatin1String(kFeedChannel))
                            emit feedAdvanced(payload.toString());
                        else if (name == QLatin1String(kPollChannel))
                            emit pollWanted(payload.toString());
                        else
                            m_debounce->start();
                    });
        else
            qCWarning(lcSync) << "team: no live updates (LISTEN failed); claims are re-read every heartbeat";
        Claims claims(*m_db);
        // Back (or starting again): this desk's heartbeat first, then only the ticket it has open stays claimed.
        if (auto st = claims.heartbeat(m_deskId, m_agent, m_options.leaseSecs); !st)
            return goOffline(st.error());
        if (auto st = claims.releaseAllExcept(m_deskId, m_focus); !st)
            return goOffline(st.error());
        if (!flushAudit()) // what was done while the team database was away goes in first
            return;
        m_retryMs = m_options.retryMs;
        m_heartbeat->start();
        if (!m_error.isEmpty())
            qCInfo(lcSync) << "team: the team database is back";
        m_error.clear();
        refresh(); // claims the focus unless another desk took it meanwhile
    }

    void goOffline(const core::Error &e)
    {
        const bool wasOnline = online();
        m_db.reset();
        m_heartbeat->stop();
        m_debounce->stop();
        m_error = e.message;
        if (wasOnline || !m_retry->isActive())
            qCWarning(lcSync) << "team: offline:" << e.message << "- retrying in" << m_retryMs << "ms";
        publish(TeamSnapshot::State::Offline, m_error, {});
        m_retry->start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, m_options.maxRetryMs);
    }

    // The waiting team-audit entries, oldest first; a failure keeps the rest for the next reconnect.
    bool flushAudit()
    {
        TeamAudit audit(*m_db);
        while (!m_pendingAudit.isEmpty()) {
            auto appended = audit.append(m_pendingAudit.first());
            if (!appended) {
                goOffline(appended.error());
                return false;
            }
            m_pendingAudit.removeFirst();
        }
        return true;
    }

    void heartbeat()
    {
        if (!online())
            return;
        if (!m_db->isOpen()) // the server ended the connection (noticed while listening)
            return goOffline(core::Error::make(core::Error::Kind::Network,
                                               QStringLiteral("team database: the server closed the connection")));
        if (auto st = Claims(*m_db).heartbeat(m_deskId, m_agent, m_options.leaseSecs); !st)
            return goOffline(st.error());
        for (const QString &shop : std::as_const(m_polledShops)) { // renews this desk's, takes a lapsed one
            if (auto got = Pollers(*m_db).acquire(shop, m_deskId, m_agent, m_options.leaseSecs,
                                                  Pollers::Renewal::WhilePollsSucceed);
                !got)
                return goOffline(got.error());
        }
        refresh();
    }

    // Re-reads the live claims. The ticket this desk has open and nobody holds (never claimed, released by the
    // other desk, or its lease lapsed) is claimed now.
    void refresh()
    {
        if (!online())
            return;
        Claims claims(*m_db);
        auto live = claims.live();
        if (!live)
            return goOffline(live.error());
        if (!m_focus.isEmpty()) {
            const bool held =
                std::any_of(live->cbegin(), live->cend(), [this](const Claim &c) { return c.aftersaleId == m_focus; });
            if (!held) {
                if (auto got = claims.claim(m_focus, m_focusShop, m_deskId, m_agent, m_options.leaseSecs); !got)
                    return goOffline(got.error());
                live = claims.live();
                if (!live)
                    return goOffline(live.error());
            }
        }
        auto queue = Assignments(*m_db).forAgent(m_agent);
        if (!queue)
            return goOffline(queue.error());
        // A shop of this desk that nobody polls (never taken, handed on, or its poller went quiet) is taken now.
        Pollers pollers(*m_db);
        auto polling = pollers.live();
        if (!polling)
            return goOffline(polling.error());
        bool took = false;
        for (const QString &shop : std::as_const(m_polledShops)) {
            const bool polled =
                std::any_of(polling->cbegin(), polling->cend(), [&shop](const Poller &p) { return p.shopId == shop; });
            if (!polled) {
                if (auto got = pollers.acquire(shop, m_deskId, m_agent, m_options.leaseSecs,
                                               Pollers::Renewal::WhilePollsSucceed);
                    !got)
                    return goOffline(got.error());
                took = true;
            }
        }
        if (took) {
            polling = pollers.live();
            if (!polling)
                return goOffline(polling.error());
        }
        publish(TeamSnapshot::State::Online, {}, live.value(), queue.value(), polling.value());
    }

    const QString m_url;
    const QString m_deskId;
    const QString m_agent;
    const TeamLinkOptions m_options;
    int m_retryMs;
    std::unique_ptr<TeamDatabase> m_db;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_focus;
    QString m_focusShop;
    QString m_error;
    QList<TeamAuditEntry> m_pendingAudit;
    QStringList m_polledShops;
};

TeamLink::TeamLink(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<anxin::team::TeamSnapshot>();
    m_thread.setObjectName(QStringLiteral("anxin-team"));
}

TeamLink::~TeamLink()
{
    stop();
}

void TeamLink::start(const QString &url, const QString &deskId, const QString &agent, TeamLinkOptions options)
{
    stop();
    m_deskId = deskId;
    m_agent = agent;
    m_worker = new Worker(url, deskId, agent, options);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &Worker::snapshot, this, &TeamLink::apply);
    connect(m_worker, &Worker::takeOverFinished, this, &TeamLink::takeOverFinished);
    connect(m_worker, &Worker::splitFinished, this, &TeamLink::splitFinished);
    connect(m_worker, &Worker::feedAdvanced, this, &TeamLink::feedAdvanced);
    connect(m_worker, &Worker::pollWanted, this, &TeamLink::pollWanted);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, shops = m_polledShops] {
        w->setPolledShops(shops); // before connecting: taken on the first refresh
        w->begin();
    });
    if (!m_focus.isEmpty()) {
        QMetaObject::invokeMethod(m_worker,
                                  [w = m_worker, id = m_focus, shop = m_focusShop] { w->setFocus(id, shop); });
    }
}

void TeamLink::stop()
{
    if (!m_worker)
        return;
    // Bounded by the connection's keepalive and TCP timeouts (TeamDatabase) when the server is out of reach.
    QMetaObject::invokeMethod(m_worker, &Worker::finish, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_worker, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    m_snapshot = TeamSnapshot{};
    m_byTicket.clear();
    emit changed();
}

void TeamLink::apply(const TeamSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_byTicket.clear();
    for (int i = 0; i < m_snapshot.claims.size(); ++i)
        m_byTicket.insert(m_snapshot.claims[i].aftersaleId, i);
    emit changed();
}

std::optional<Claim> TeamLink::claimOn(const QString &aftersaleId) const
{
    const auto it = m_byTicket.constFind(aftersaleId);
    if (it == m_byTicket.cend())
        return std::nullopt;
    return m_snapshot.claims.at(it.value());
}

std::optional<Claim> TeamLink::heldByOther(const QString &aftersaleId) const
{
    auto c = claimOn(aftersaleId);
    if (c && c->deskId == m_deskId)
        return std::nullopt;
    return c;
}

bool TeamLink::isMine(const QString &aftersaleId) const
{
    const auto c = claimOn(aftersaleId);
    return c && c->deskId == m_deskId;
}

void TeamLink::setFocus(const QString &aftersaleId, const QString &shopId)
{
    m_focus = aftersaleId;
    m_focusShop = shopId;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, aftersaleId, shopId] { w->setFocus(aftersaleId, shopId); });
}

void TeamLink::takeOver(const QString &aftersaleId, const QString &shopId, const QString &reason)
{
    if (!m_worker) {
        emit takeOverFinished(aftersaleId, false, QStringLiteral("no team database is configured"));
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, aftersaleId, shopId, reason] { w->takeOver(aftersaleId, shopId, reason); });
}

void TeamLink::setPolledShops(const QStringList &shopIds)
{
    m_polledShops = shopIds;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, shopIds] { w->setPolledShops(shopIds); });
}

std::optional<Poller> TeamLink::pollerOf(const QString &shopId) const
{
    for (const Poller &p : m_snapshot.pollers) {
        if (p.shopId == shopId)
            return p;
    }
    return std::nullopt;
}

bool TeamLink::isPoller(const QString &shopId) const
{
    const auto p = pollerOf(shopId);
    return p && p->deskId == m_deskId;
}

void TeamLink::askForPoll(const QString &shopId)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, shopId] { w->askForPoll(shopId); });
}

void TeamLink::record(const QString &action, const QString &subject, const QString &detailJson)
{
    if (!m_worker)
        return;
    TeamAuditEntry entry;
    entry.deskId = m_deskId;
    entry.agent = m_agent;
    entry.action = action;
    entry.subject = subject;
    entry.detailJson = detailJson;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, entry] { w->record(entry); });
}

void TeamLink::splitQueue(const QString &shopId, const QList<QueuedTicket> &open, int capacityPerAgent)
{
    if (!m_worker) {
        emit splitFinished(false, 0, 0, 0, QStringLiteral("no team database is configured"));
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, shopId, open, capacityPerAgent] { w->splitQueue(shopId, open, capacityPerAgent); });
}

} // namespace anxin::team

#include "teamlink.moc"

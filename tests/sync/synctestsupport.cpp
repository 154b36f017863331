#include "synctestsupport.h"

#include "core/clock.h"
#include "sandbox/sandboxstate.h"
#include "sync/decisions.h"
#include "sync/outboxsender.h"
#include "sync/syncrun.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimer>

#include <optional>

namespace anxin::test {

namespace {

core::Error timeoutError(int ms)
{
    return core::Error::make(core::Error::Kind::Timeout, QStringLiteral("test timed out after %1 ms").arg(ms));
}

// Starts `object` with `start` and waits for its `finished(const SyncReport &)`, which may come synchronously.
template <class T, class Start>
sync::SyncReport waitForReport(T *object, Start start, int timeoutMs)
{
    std::optional<sync::SyncReport> out;
    QEventLoop loop;
    QObject::connect(object, &T::finished, &loop, [&](const sync::SyncReport &r) {
        if (!out)
            out = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start();
    if (!out)
        loop.exec();
    if (!out) {
        sync::SyncReport r;
        r.error = timeoutError(timeoutMs);
        return r;
    }
    return *out;
}

} // namespace

platform::RetryPolicy fastRetry(int maxAttempts)
{
    platform::RetryPolicy p;
    p.maxAttempts = maxAttempts;
    p.baseDelayMs = 20;
    p.maxDelayMs = 200;
    p.maxRetryAfterMs = 5000;
    return p;
}

Client::Client(SandboxHarness &sandbox, platform::RetryPolicy retry, const QUrl &gateway)
    : m_shopId(QString::fromLatin1(sandbox.state().options().shopId))
{
    platform::ApiConfig config;
    config.gateway = gateway.isEmpty() ? QUrl(sandbox.baseUrl()) : gateway;
    config.appKey = sandbox.appKey();
    config.appSecret = sandbox.secret();
    config.signMethod = platform::SignMethod::Md5;
    config.transferTimeoutMs = 10000;
    config.retry = retry;
    m_api = std::make_unique<platform::ApiClient>(config, core::Clock::system());
    // Deterministic jitter: the full delay bound (the longest wait the policy allows).
    m_api->setRandomSource([](qint64 bound) { return bound; });
    m_tokens = std::make_unique<platform::TokenManager>(m_api.get(), &m_secrets, m_shopId);
    m_api->setTokenProvider(m_tokens.get());
}

Client::~Client()
{
    m_api->setTokenProvider(nullptr);
}

sync::SyncOptions testSyncOptions(int pageSize)
{
    sync::SyncOptions o;
    o.pageSize = pageSize;
    o.images = false;
    return o;
}

sync::SyncReport runPull(Client &client, store::Database &db, const sync::SyncOptions &options, int timeoutMs)
{
    sync::ShopSyncer syncer(client.shopId(), client.api(), &db, options);
    return waitForReport(
        &syncer, [&] { syncer.start(); }, timeoutMs);
}

sync::SyncReport runSyncer(sync::ShopSyncer &syncer, int timeoutMs)
{
    return waitForReport(
        &syncer, [&] { syncer.start(); }, timeoutMs);
}

sync::SyncReport runPush(Client &client, store::Database &db, int timeoutMs)
{
    sync::OutboxSender sender(client.shopId(), client.api(), &db);
    return waitForReport(
        &sender, [&] { sender.start(); }, timeoutMs);
}

sync::SyncReport runFullSync(Client &client, store::Database &db, const sync::SyncOptions &options, int timeoutMs)
{
    sync::SyncRun run(client.shopId(), client.api(), &db, options);
    return waitForReport(
        &run, [&] { run.start(); }, timeoutMs);
}

platform::CallResult callAndWait(Client &client, const QByteArray &method, const QJsonObject &params,
                                 platform::CallOptions options, int timeoutMs)
{
    std::optional<platform::CallResult> out;
    QEventLoop loop;
    QObject context;
    client.api()->call(method, params, options, &context, [&](const platform::CallResult &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out) {
        platform::CallResult r;
        r.error = timeoutError(timeoutMs);
        return r;
    }
    return *out;
}

QJsonObject counters(SandboxHarness &sandbox)
{
    return sandbox.control("GET", QStringLiteral("/__sandbox/counters")).json;
}

qint64 methodCalls(const QJsonObject &counters, const QString &method)
{
    return counters.value(QLatin1String("calls")).toObject().value(method).toInteger();
}

bool injectFault(SandboxHarness &sandbox, const QJsonObject &fault)
{
    const Answer a = sandbox.control("POST", QStringLiteral("/__sandbox/faults"), fault);
    if (a.httpStatus != 200) {
        qWarning("fault refused (%d): %s", a.httpStatus, a.body.constData());
        return false;
    }
    return true;
}

QMap<QString, TicketState> sandboxTickets(SandboxHarness &sandbox, qint64 backfillDays)
{
    auto &state = sandbox.state();
    state.catchUp();
    const auto &world = state.world();
    const qint64 oldest = state.clock().nowSecs() - backfillDays * 86400 + 60;
    QMap<QString, TicketState> out;
    for (quint32 idx : world.shopTickets.at(0)) {
        const auto &t = world.tickets.at(idx);
        if (qint64(t.updateTime) < oldest)
            continue;
        out.insert(QString::number(t.id), TicketState{t.status, qint64(t.updateTime), qint64(t.finalTime)});
    }
    return out;
}

QMap<QString, TicketState> cachedTickets(const store::Database &db, const QString &shopId)
{
    QMap<QString, TicketState> out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT aftersale_id, aftersale_status, update_time, final_time FROM tickets "
                             "WHERE shop_id = ?"));
    q.addBindValue(shopId);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   TicketState{q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

QString describeDiff(const QMap<QString, TicketState> &expected, const QMap<QString, TicketState> &actual)
{
    QStringList out;
    for (auto it = expected.cbegin(); it != expected.cend() && out.size() < 5; ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend())
            out << QStringLiteral("%1 missing").arg(it.key());
        else if (!(*found == it.value()))
            out << QStringLiteral("%1 status %2/%3 update_time %4/%5 final %6/%7 (expected/actual)")
                       .arg(it.key())
                       .arg(it->status)
                       .arg(found->status)
                       .arg(it->updateTime)
                       .arg(found->updateTime)
                       .arg(it->finalTime)
                       .arg(found->finalTime);
    }
    for (auto it = actual.cbegin(); it != actual.cend() && out.size() < 5; ++it) {
        if (!expected.contains(it.key()))
            out << QStringLiteral("%1 unexpected").arg(it.key());
    }
    return QStringLiteral("expected %1, actual %2 tickets; ").arg(expected.size()).arg(actual.size()) +
           out.join(QStringLiteral("; "));
}

QStringList rows(const store::Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        out << QStringLiteral("<query failed: %1>").arg(sql);
        return out;
    }
    const int n = q.record().count();
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < n; ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

qint64 scalarInt(const store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 approve(store::Database &db, const QString &aftersaleId)
{
    sync::DecisionInput in;
    in.aftersaleId = aftersaleId;
    in.action = sync::DecisionAction::Approve;
    const auto id =
        sync::DecisionService(db).decide(in, sync::Actor{QStringLiteral("owner")}, QDateTime::currentSecsSinceEpoch());
    if (!id) {
        qWarning("approve %s: %s", qPrintable(aftersaleId), qPrintable(id.error().message));
        return -1;
    }
    return id.value();
}

TicketState platformTicket(SandboxHarness &sandbox, const QString &aftersaleId)
{
    auto &state = sandbox.state();
    state.catchUp();
    const int idx = state.world().findTicket(aftersaleId.toLongLong());
    if (idx < 0)
        return {};
    const auto &t = state.world().tickets.at(size_t(idx));
    return TicketState{t.status, qint64(t.updateTime), qint64(t.finalTime)};
}

QStringList approvableTickets(const store::Database &db, qint64 now, qint64 minLeftSecs)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT aftersale_id FROM tickets WHERE aftersale_status = 6 AND final_time = 0 "
                             "AND aftersale_type IN (1, 2, 6) AND status_deadline > ? ORDER BY aftersale_id"));
    q.addBindValue(now + minLeftSecs);
    if (!q.exec())
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace anxin::test

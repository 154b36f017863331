#include "team/teamfeed.h"

#include "core/logging.h"
#include "team/claims.h"
#include "team/pollers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace anxin::team {

namespace {

constexpr char kColumns[] = "version, kind, item_key, cursor_time, cursor_page, fetched_at, desk_id";

core::FeedEntry readEntry(const QSqlQuery &q)
{
    core::FeedEntry e;
    e.version = q.value(0).toLongLong();
    e.kind = q.value(1).toString();
    e.key = q.value(2).toString();
    e.cursorTime = q.value(3).toLongLong();
    e.cursorPage = q.value(4).toInt();
    e.fetchedAt = q.value(5).toLongLong();
    e.deskId = q.value(6).toString();
    return e;
}

} // namespace

TeamFeed::TeamFeed(QString deskId, QString agent, int leaseSecs)
    : m_deskId(std::move(deskId))
    , m_agent(std::move(agent))
    , m_leaseSecs(leaseSecs)
{}

core::Result<std::unique_ptr<TeamFeed>> TeamFeed::open(const QString &url, const QString &deskId, const QString &agent,
                                                       int leaseSecs)
{
    std::unique_ptr<TeamFeed> feed(new TeamFeed(deskId, agent, leaseSecs));
    if (auto st = feed->m_db.open(url); !st)
        return st.error();
    QSqlQuery q(feed->m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM team_identity")) || !q.next())
        return teamError(QStringLiteral("read the team database's identity"), q.lastError());
    feed->m_identity = q.value(0).toString();
    return feed;
}

core::Result<bool> TeamFeed::takePoll(const QString &shopId)
{
    // The desk is seen (and its claims renewed) with the lease: a poller is a desk on shift.
    if (auto st = Claims(m_db).heartbeat(m_deskId, m_agent, m_leaseSecs); !st)
        return st.error();
    auto taken = Pollers(m_db).acquire(shopId, m_deskId, m_agent, m_leaseSecs);
    if (!taken)
        return taken.error();
    return taken->mine;
}

core::Status TeamFeed::recordPoll(const QString &shopId, bool ok)
{
    if (auto st = Pollers(m_db).recordPoll(shopId, m_deskId, ok); !st)
        return st;
    QElapsedTimer &pruned = m_pruned[shopId];
    if (ok && (!pruned.isValid() || pruned.hasExpired(3600 * 1000))) {
        // Housekeeping only: a prune that fails is tried again after the next good poll.
        if (auto gone = prune(shopId, kKeepDays); gone)
            pruned.start();
        else
            qCWarning(lcSync) << "feed of shop" << shopId << "not pruned:" << gone.error().message;
    }
    return {};
}

core::Result<int> TeamFeed::prune(const QString &shopId, int keepDays)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("WITH newest AS (SELECT kind, max(version) AS version FROM shop_feed WHERE shop_id = ? "
                             "GROUP BY kind) DELETE FROM shop_feed f USING newest WHERE f.shop_id = ? AND "
                             "f.kind = newest.kind AND f.version < newest.version AND "
                             "f.published_at < now() - make_interval(days => ?)"));
    q.addBindValue(shopId);
    q.addBindValue(shopId);
    q.addBindValue(keepDays);
    if (!q.exec())
        return teamError(QStringLiteral("prune the feed of shop %1").arg(shopId), q.lastError());
    return q.numRowsAffected();
}

core::Result<qint64> TeamFeed::publish(const QString &shopId, const core::FeedEntry &entry)
{
    return m_db.transaction(QStringLiteral("the feed of shop %1").arg(shopId), [&]() -> core::Result<qint64> {
        QSqlDatabase c = m_db.connection();
        // The shop's writers one at a time until commit: versions follow commit order, without gaps.
        QSqlQuery lock(c);
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('anxin_feed:' || ?))"));
        lock.addBindValue(shopId);
        if (!lock.exec())
            return teamError(QStringLiteral("lock the feed of shop %1").arg(shopId), lock.lastError());
        QSqlQuery q(c);
        q.prepare(
            QStringLiteral("INSERT INTO shop_feed (shop_id, version, kind, item_key, cursor_time, cursor_page, "
                           "fetched_at, data, desk_id) SELECT ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?, ?, ?, ? "
                           "FROM shop_feed WHERE shop_id = ? RETURNING version"));
        q.addBindValue(shopId);
        q.addBindValue(entry.kind);
        q.addBindValue(entry.key.isNull() ? QString::fromLatin1("") : entry.key); // a null QString binds as NULL
        q.addBindValue(entry.cursorTime);
        q.addBindValue(entry.cursorPage);
        q.addBindValue(entry.fetchedAt);
        q.addBindValue(QString::fromUtf8(entry.data));
        q.addBindValue(m_deskId);
        q.addBindValue(shopId);
        if (!q.exec() || !q.next())
            return teamError(QStringLiteral("publish to the feed of shop %1").arg(shopId), q.lastError());
        const qint64 version = q.value(0).toLongLong();
        // Publishing is polling: the lease lives as long as answers keep coming, heartbeat or not (anxin-cli).
        QSqlQuery renew(c);
        renew.prepare(QStringLiteral("UPDATE pollers SET lease_until = greatest(lease_until, now() + "
                                     "make_interval(secs => ?)) WHERE shop_id = ? AND desk_id = ?"));
        renew.addBindValue(m_leaseSecs);
        renew.addBindValue(shopId);
        renew.addBindValue(m_deskId);
        if (!renew.exec())
            return teamError(QStringLiteral("renew the poller of shop %1").arg(shopId), renew.lastError());
        return version;
    });
}

core::Result<QList<core::FeedEntry>> TeamFeed::since(const QString &shopId, qint64 version, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, data FROM shop_feed WHERE shop_id = ? AND version > ? ORDER BY version "
                             "LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(shopId);
    q.addBindValue(version);
    q.addBindValue(limit);
    if (!q.exec())
        return teamError(QStringLiteral("read the feed of shop %1").arg(shopId), q.lastError());
    QList<core::FeedEntry> out;
    while (q.next()) {
        out << readEntry(q);
        out.last().data = q.value(7).toString().toUtf8();
    }
    return out;
}

core::Result<std::optional<core::FeedEntry>> TeamFeed::lastOf(const QString &shopId, const QString &kind)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM shop_feed WHERE shop_id = ? AND kind = ? ORDER BY version DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(shopId);
    q.addBindValue(kind);
    if (!q.exec())
        return teamError(QStringLiteral("read the feed of shop %1").arg(shopId), q.lastError());
    if (!q.next())
        return std::optional<core::FeedEntry>();
    return std::optional<core::FeedEntry>(readEntry(q));
}

core::Result<TeamFeed::Head> TeamFeed::head(const QString &shopId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version, extract(epoch FROM published_at)::bigint FROM shop_feed WHERE "
                             "shop_id = ? ORDER BY version DESC LIMIT 1"));
    q.addBindValue(shopId);
    if (!q.exec())
        return teamError(QStringLiteral("read the feed of shop %1").arg(shopId), q.lastError());
    if (!q.next())
        return Head{};
    return Head{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

core::Result<qint64> TeamFeed::headVersion(const QString &shopId)
{
    auto h = head(shopId);
    if (!h)
        return h.error();
    return h->version;
}

core::Status TeamFeed::askForPoll(const QString &shopId)
{
    return notifyPollWanted(m_db, shopId);
}

core::Status notifyPollWanted(TeamDatabase &db, const QString &shopId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT pg_notify('%1', ?)").arg(QLatin1String(kPollChannel)));
    q.addBindValue(shopId);
    if (!q.exec())
        return teamError(QStringLiteral("ask for a poll of shop %1").arg(shopId), q.lastError());
    return {};
}

} // namespace anxin::team

#include "team/pollers.h"

#include "team/teamdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace anxin::team {

namespace {

constexpr char kColumns[] = "shop_id, desk_id, agent, extract(epoch FROM since)::bigint, "
                            "extract(epoch FROM lease_until)::bigint, "
                            "coalesce(extract(epoch FROM last_poll_at)::bigint, 0), coalesce(last_poll_ok, false)";

Poller readPoller(const QSqlQuery &q)
{
    return Poller{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(), q.value(3).toLongLong(),
                  q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toBool()};
}

} // namespace

core::Result<Pollers::Outcome> Pollers::acquire(const QString &shopId, const QString &deskId, const QString &agent,
                                                int leaseSecs, Renewal renewal)
{
    // One statement, like a claim: new, own renewed (never shortened), or a lapsed one taken over. A heartbeat
    // renews its own lease only while its polls succeed, and leaves its own lapsed one to the other desks.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO pollers (shop_id, desk_id, agent, since, lease_until) "
                             "VALUES (?, ?, ?, now(), now() + make_interval(secs => ?)) "
                             "ON CONFLICT (shop_id) DO UPDATE SET desk_id = excluded.desk_id, agent = excluded.agent, "
                             "since = CASE WHEN pollers.desk_id = excluded.desk_id THEN pollers.since ELSE now() END, "
                             "last_poll_at = CASE WHEN pollers.desk_id = excluded.desk_id THEN pollers.last_poll_at "
                             "END, last_poll_ok = CASE WHEN pollers.desk_id = excluded.desk_id THEN "
                             "pollers.last_poll_ok END, lease_until = greatest(pollers.lease_until, "
                             "excluded.lease_until) WHERE CASE WHEN pollers.desk_id = excluded.desk_id THEN (? OR "
                             "pollers.last_poll_ok IS NOT false) ELSE pollers.lease_until <= now() END RETURNING %1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(shopId);
    q.addBindValue(deskId);
    q.addBindValue(agent);
    q.addBindValue(leaseSecs);
    q.addBindValue(renewal == Renewal::Always);
    if (!q.exec())
        return teamError(QStringLiteral("take the poller of shop %1").arg(shopId), q.lastError());
    if (q.next())
        return Outcome{true, readPoller(q)};
    QSqlQuery holder(m_db.connection());
    holder.prepare(QStringLiteral("SELECT %1 FROM pollers WHERE shop_id = ?").arg(QLatin1String(kColumns)));
    holder.addBindValue(shopId);
    if (!holder.exec())
        return teamError(QStringLiteral("read the poller of shop %1").arg(shopId), holder.lastError());
    if (!holder.next()) // released between the two statements
        return acquire(shopId, deskId, agent, leaseSecs, renewal);
    return Outcome{false, readPoller(holder)};
}

core::Status Pollers::release(const QString &shopId, const QString &deskId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM pollers WHERE shop_id = ? AND desk_id = ?"));
    q.addBindValue(shopId);
    q.addBindValue(deskId);
    if (!q.exec())
        return teamError(QStringLiteral("hand on shop %1").arg(shopId), q.lastError());
    return {};
}

core::Status Pollers::recordPoll(const QString &shopId, const QString &deskId, bool ok)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE pollers SET last_poll_at = now(), last_poll_ok = ? WHERE shop_id = ? AND "
                             "desk_id = ?"));
    q.addBindValue(ok);
    q.addBindValue(shopId);
    q.addBindValue(deskId);
    if (!q.exec())
        return teamError(QStringLiteral("record the poll of shop %1").arg(shopId), q.lastError());
    return {};
}

core::Result<QList<Poller>> Pollers::live() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM pollers WHERE lease_until > now() ORDER BY shop_id")
                    .arg(QLatin1String(kColumns))))
        return teamError(QStringLiteral("read the pollers"), q.lastError());
    QList<Poller> out;
    while (q.next())
        out << readPoller(q);
    return out;
}

} // namespace anxin::team

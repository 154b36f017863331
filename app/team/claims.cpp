#include "team/claims.h"

#include "team/teamaudit.h"
#include "team/teamdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace anxin::team {

namespace {

constexpr char kClaimColumns[] = "aftersale_id, shop_id, desk_id, agent, extract(epoch FROM claimed_at)::bigint, "
                                 "extract(epoch FROM lease_until)::bigint";

Claim readClaim(const QSqlQuery &q)
{
    return Claim{q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
                 q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong()};
}

} // namespace

core::Status Claims::heartbeat(const QString &deskId, const QString &agent, int leaseSecs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO desks (desk_id, agent, last_seen) VALUES (?, ?, now()) "
                             "ON CONFLICT (desk_id) DO UPDATE SET agent = excluded.agent, last_seen = now()"));
    q.addBindValue(deskId);
    q.addBindValue(agent);
    if (!q.exec())
        return teamError(QStringLiteral("heartbeat"), q.lastError());
    QSqlQuery renew(m_db.connection());
    renew.prepare(
        QStringLiteral("UPDATE claims SET lease_until = greatest(lease_until, now() + make_interval(secs => ?)) "
                       "WHERE desk_id = ? AND lease_until > now()"));
    renew.addBindValue(leaseSecs);
    renew.addBindValue(deskId);
    if (!renew.exec())
        return teamError(QStringLiteral("renew leases"), renew.lastError());
    return {};
}

core::Result<ClaimOutcome> Claims::claim(const QString &aftersaleId, const QString &shopId, const QString &deskId,
                                         const QString &agent, int leaseSecs)
{
    if (auto st = heartbeat(deskId, agent, leaseSecs); !st)
        return st.error();
    // One statement: a new claim, or this desk's own renewed, or a lapsed one taken over. A live claim of another
    // desk is left alone (the row is locked for the statement, so two desks racing for it cannot both win).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO claims (aftersale_id, shop_id, desk_id, agent, claimed_at, lease_until) "
                             "VALUES (?, ?, ?, ?, now(), now() + make_interval(secs => ?)) "
                             "ON CONFLICT (aftersale_id) DO UPDATE SET desk_id = excluded.desk_id, "
                             "agent = excluded.agent, shop_id = excluded.shop_id, "
                             "claimed_at = CASE WHEN claims.desk_id = excluded.desk_id THEN claims.claimed_at "
                             "ELSE now() END, lease_until = excluded.lease_until "
                             "WHERE claims.desk_id = excluded.desk_id OR claims.lease_until <= now() "
                             "RETURNING %1")
                  .arg(QLatin1String(kClaimColumns)));
    q.addBindValue(aftersaleId);
    q.addBindValue(shopId.isNull() ? QStringLiteral("") : shopId); // a null QString binds as SQL NULL
    q.addBindValue(deskId);
    q.addBindValue(agent);
    q.addBindValue(leaseSecs);
    if (!q.exec())
        return teamError(QStringLiteral("claim %1").arg(aftersaleId), q.lastError());
    if (q.next())
        return ClaimOutcome{true, readClaim(q)};
    QSqlQuery holder(m_db.connection());
    holder.prepare(QStringLiteral("SELECT %1 FROM claims WHERE aftersale_id = ?").arg(QLatin1String(kClaimColumns)));
    holder.addBindValue(aftersaleId);
    if (!holder.exec())
        return teamError(QStringLiteral("read the claim on %1").arg(aftersaleId), holder.lastError());
    if (!holder.next()) // released between the two statements: ask again
        return claim(aftersaleId, shopId, deskId, agent, leaseSecs);
    return ClaimOutcome{false, readClaim(holder)};
}

core::Result<Claims::TakeOver> Claims::takeOver(const QString &aftersaleId, const QString &shopId,
                                                const QString &deskId, const QString &agent, const QString &reason,
                                                int leaseSecs)
{
    if (reason.trimmed().isEmpty())
        return core::Error::make(core::Error::Kind::Usage,
                                 QStringLiteral("taking a ticket over needs a reason the other agent can read"));
    if (auto st = heartbeat(deskId, agent, leaseSecs); !st)
        return st.error();
    return m_db.transaction(QStringLiteral("the take-over of %1").arg(aftersaleId), [&]() -> core::Result<TakeOver> {
        QSqlDatabase db = m_db.connection();
        TakeOver out;
        QSqlQuery prev(db);
        prev.prepare(QStringLiteral("SELECT %1, lease_until > now() FROM claims WHERE aftersale_id = ? FOR UPDATE")
                         .arg(QLatin1String(kClaimColumns)));
        prev.addBindValue(aftersaleId);
        if (!prev.exec())
            return teamError(QStringLiteral("read the claim on %1").arg(aftersaleId), prev.lastError());
        bool wasLive = false;
        if (prev.next()) {
            out.from = readClaim(prev);
            wasLive = prev.value(6).toBool();
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO claims (aftersale_id, shop_id, desk_id, agent, claimed_at, lease_until) "
                                 "VALUES (?, ?, ?, ?, now(), now() + make_interval(secs => ?)) "
                                 "ON CONFLICT (aftersale_id) DO UPDATE SET desk_id = excluded.desk_id, "
                                 "agent = excluded.agent, shop_id = excluded.shop_id, claimed_at = now(), "
                                 "lease_until = excluded.lease_until RETURNING %1")
                      .arg(QLatin1String(kClaimColumns)));
        q.addBindValue(aftersaleId);
        q.addBindValue(shopId.isNull() ? QStringLiteral("") : shopId);
        q.addBindValue(deskId);
        q.addBindValue(agent);
        q.addBindValue(leaseSecs);
        if (!q.exec() || !q.next())
            return teamError(QStringLiteral("take over %1").arg(aftersaleId), q.lastError());
        out.now = readClaim(q);
        QJsonObject detail{{QStringLiteral("shop_id"), out.now.shopId},
                           {QStringLiteral("reason"), reason.trimmed()},
                           {QStringLiteral("from_desk"), out.from.deskId},
                           {QStringLiteral("from_agent"), out.from.agent},
                           {QStringLiteral("from_live"), wasLive}};
        TeamAuditEntry entry;
        entry.deskId = deskId;
        entry.agent = agent;
        entry.action = QStringLiteral("claim.take_over");
        entry.subject = aftersaleId;
        entry.detailJson = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
        if (auto appended = TeamAudit(m_db).appendInTransaction(entry); !appended)
            return appended.error();
        return out;
    });
}

core::Status Claims::releaseAllExcept(const QString &deskId, const QString &keep)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM claims WHERE desk_id = ? AND aftersale_id <> ?"));
    q.addBindValue(deskId);
    q.addBindValue(keep.isNull() ? QStringLiteral("") : keep);
    if (!q.exec())
        return teamError(QStringLiteral("release this desk's other claims"), q.lastError());
    return {};
}

core::Status Claims::release(const QString &aftersaleId, const QString &deskId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM claims WHERE aftersale_id = ? AND desk_id = ?"));
    q.addBindValue(aftersaleId);
    q.addBindValue(deskId);
    if (!q.exec())
        return teamError(QStringLiteral("release %1").arg(aftersaleId), q.lastError());
    return {};
}

core::Result<QList<Claim>> Claims::live() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM claims WHERE lease_until > now() ORDER BY aftersale_id")
                    .arg(QLatin1String(kClaimColumns))))
        return teamError(QStringLiteral("read claims"), q.lastError());
    QList<Claim> out;
    while (q.next())
        out << readClaim(q);
    return out;
}

} // namespace anxin::team

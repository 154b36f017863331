#include "team/assignments.h"

#include "team/teamaudit.h"
#include "team/teamdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace anxin::team {

using core::Error;

core::Result<Assignments::SplitReport> Assignments::split(const QString &shopId, const QList<QueuedTicket> &open,
                                                          const QStringList &agents, int capacityPerAgent,
                                                          const QString &deskId, const QString &by)
{
    if (agents.isEmpty())
        return Error::make(Error::Kind::Usage, QStringLiteral("nobody is on shift to assign tickets to"));
    if (capacityPerAgent < 1)
        return Error::make(Error::Kind::Usage, QStringLiteral("the capacity per agent is at least 1"));
    return m_db.transaction(QStringLiteral("the split"), [&]() -> core::Result<SplitReport> {
        QSqlDatabase db = m_db.connection();
        SplitReport report;
        // 1. The queue as this desk sees it: open tickets in (deadline refreshed), closed ones out.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS open_now (aftersale_id text PRIMARY KEY, "
                                   "deadline bigint NOT NULL) ON COMMIT DELETE ROWS")))
            return teamError(QStringLiteral("prepare the queue"), q.lastError());
        if (!open.isEmpty()) {
            QVariantList ids;
            QVariantList deadlines;
            for (const QueuedTicket &t : open) {
                ids << t.aftersaleId;
                deadlines << t.deadline;
            }
            QSqlQuery ins(db);
            ins.prepare(QStringLiteral("INSERT INTO open_now (aftersale_id, deadline) VALUES (?, ?) "
                                       "ON CONFLICT (aftersale_id) DO NOTHING"));
            ins.addBindValue(ids);
            ins.addBindValue(deadlines);
            if (!ins.execBatch())
                return teamError(QStringLiteral("read the open queue"), ins.lastError());
        }
        QSqlQuery closed(db);
        closed.prepare(QStringLiteral("DELETE FROM queue WHERE shop_id = ? AND aftersale_id NOT IN "
                                      "(SELECT aftersale_id FROM open_now)"));
        closed.addBindValue(shopId);
        if (!closed.exec())
            return teamError(QStringLiteral("drop closed tickets"), closed.lastError());
        report.closed = closed.numRowsAffected();
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral("INSERT INTO queue (aftersale_id, shop_id, deadline) SELECT aftersale_id, ?, "
                                      "deadline FROM open_now ON CONFLICT (aftersale_id) DO UPDATE SET "
                                      "deadline = excluded.deadline, seen_at = now()"));
        upsert.addBindValue(shopId);
        if (!upsert.exec())
            return teamError(QStringLiteral("record the open queue"), upsert.lastError());

        // 2. What each agent on shift holds already.
        QHash<QString, int> load;
        for (const QString &a : agents)
            load.insert(a, 0);
        QSqlQuery held(db);
        held.prepare(QStringLiteral("SELECT a.agent, count(*) FROM assignments a JOIN queue q USING (aftersale_id) "
                                    "WHERE q.shop_id = ? GROUP BY a.agent"));
        held.addBindValue(shopId);
        if (!held.exec())
            return teamError(QStringLiteral("count assignments"), held.lastError());
        while (held.next()) {
            if (load.contains(held.value(0).toString()))
                load[held.value(0).toString()] = held.value(1).toInt();
        }

        // 3. The unassigned, soonest deadline first; rows another desk is assigning right now are skipped.
        QSqlQuery free(db);
        free.prepare(QStringLiteral("SELECT q.aftersale_id FROM queue q WHERE q.shop_id = ? AND NOT EXISTS "
                                    "(SELECT 1 FROM assignments a WHERE a.aftersale_id = q.aftersale_id) "
                                    "ORDER BY q.deadline, q.aftersale_id FOR UPDATE SKIP LOCKED"));
        free.addBindValue(shopId);
        if (!free.exec())
            return teamError(QStringLiteral("read the unassigned tickets"), free.lastError());
        QStringList ids;
        QStringList owners;
        while (free.next()) {
            // The agent with the fewest tickets who has room; ties go to the order agents were given in.
            QString best;
            for (const QString &a : agents) {
                if (load.value(a) < capacityPerAgent && (best.isEmpty() || load.value(a) < load.value(best)))
                    best = a;
            }
            if (best.isEmpty()) {
                ++report.unassigned;
                continue;
            }
            ++load[best];
            ids << free.value(0).toString();
            owners << best;
        }
        if (!ids.isEmpty()) {
            QSqlQuery assign(db);
            assign.prepare(QStringLiteral("INSERT INTO assignments (aftersale_id, agent, assigned_by) VALUES (?, ?, ?) "
                                          "ON CONFLICT (aftersale_id) DO NOTHING"));
            QVariantList byList;
            for (qsizetype i = 0; i < ids.size(); ++i)
                byList << by;
            assign.addBindValue(QVariant(ids).toList());
            assign.addBindValue(QVariant(owners).toList());
            assign.addBindValue(byList);
            if (!assign.execBatch())
                return teamError(QStringLiteral("assign"), assign.lastError());
            report.assigned = int(ids.size());
        }
        TeamAuditEntry entry;
        entry.deskId = deskId;
        entry.agent = by;
        entry.action = QStringLiteral("queue.split");
        entry.subject = shopId;
        entry.detailJson =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("assigned"), report.assigned},
                                                        {QStringLiteral("unassigned"), report.unassigned},
                                                        {QStringLiteral("closed"), report.closed},
                                                        {QStringLiteral("agents"), QJsonValue::fromVariant(agents)},
                                                        {QStringLiteral("capacity"), capacityPerAgent}})
                                  .toJson(QJsonDocument::Compact));
        if (auto appended = TeamAudit(m_db).appendInTransaction(entry); !appended)
            return appended.error();
        return report;
    });
}

core::Result<QList<Assignment>> Assignments::list(const QString &shopId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT q.aftersale_id, q.shop_id, q.deadline, a.agent FROM assignments a "
                             "JOIN queue q USING (aftersale_id) WHERE q.shop_id = ? ORDER BY q.deadline, "
                             "q.aftersale_id"));
    q.addBindValue(shopId);
    if (!q.exec())
        return teamError(QStringLiteral("read assignments"), q.lastError());
    QList<Assignment> out;
    while (q.next())
        out << Assignment{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()};
    return out;
}

core::Result<QList<Assignment>> Assignments::forAgent(const QString &agent) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT q.aftersale_id, q.shop_id, q.deadline, a.agent FROM assignments a "
                             "JOIN queue q USING (aftersale_id) WHERE a.agent = ? ORDER BY q.deadline, "
                             "q.aftersale_id"));
    q.addBindValue(agent);
    if (!q.exec())
        return teamError(QStringLiteral("read %1's queue").arg(agent), q.lastError());
    QList<Assignment> out;
    while (q.next())
        out << Assignment{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()};
    return out;
}

core::Result<QStringList> Assignments::agentsOnShift(int withinSecs) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT agent FROM desks WHERE last_seen > now() - make_interval(secs => ?) "
                             "ORDER BY agent"));
    q.addBindValue(withinSecs);
    if (!q.exec())
        return teamError(QStringLiteral("read who is on shift"), q.lastError());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace anxin::team

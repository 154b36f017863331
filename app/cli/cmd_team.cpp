// anxin-cli team: connect this desk to a team database, and see, take and leave claims on tickets (issue #34).
#include "cli.h"
#include "models/teamqueue.h"
#include "sync/teamaccess.h"
#include "team/assignments.h"
#include "team/claims.h"
#include "team/pollers.h"
#include "team/teamaudit.h"
#include "team/teamdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace anxin::cli {

using core::Error;

namespace {

constexpr int kLeaseSecs = 120; // a CLI claim lasts two minutes unless renewed (the desk's heartbeat renews its own)

core::Result<std::unique_ptr<team::TeamDatabase>> openTeam(Context &ctx)
{
    if (ctx.settings().get(core::keys::teamUrl).isEmpty())
        return Error::make(Error::Kind::Usage, QStringLiteral("no team database: anxin-cli team connect URL first"));
    auto db = std::make_unique<team::TeamDatabase>();
    if (auto st = db->open(sync::teamUrlWithPassword(ctx.settings(), ctx.profile().dir())); !st)
        return st.error();
    return db;
}

QJsonObject claimJson(const team::Claim &c)
{
    return QJsonObject{{QStringLiteral("aftersale_id"), c.aftersaleId}, {QStringLiteral("shop_id"), c.shopId},
                       {QStringLiteral("desk_id"), c.deskId},           {QStringLiteral("agent"), c.agent},
                       {QStringLiteral("claimed_at"), c.claimedAt},     {QStringLiteral("lease_until"), c.leaseUntil}};
}

// team assign [--capacity N]: splits the shop's open queue (this cache's open tickets) among the agents whose
// desks were seen lately; team queue [--agent NAME]: the assignments, by deadline (an agent's own queue).
int assignOrQueue(Context &ctx, const Args &args, team::TeamDatabase &db, bool assign)
{
    const QString shopId = ctx.settings().get(core::keys::shopId);
    team::Assignments assignments(db);
    QJsonObject out;
    if (assign) {
        bool ok = true;
        const int capacity = args.value(QStringLiteral("capacity"), QStringLiteral("50")).toInt(&ok);
        if (!ok || capacity < 1)
            return fail(
                Error::make(Error::Kind::Usage, QStringLiteral("--capacity is a number of tickets, 1 or more")));
        auto cache = ctx.database(true);
        if (!cache)
            return fail(cache.error());
        const auto queue = models::openTeamQueue(*cache.value(), shopId);
        if (!queue)
            return fail(queue.error());
        const auto agents = assignments.agentsOnShift(team::Assignments::kOnShiftSecs);
        if (!agents)
            return fail(agents.error());
        const auto report = assignments.split(shopId, queue.value(), agents.value(), capacity,
                                              sync::teamDeskId(ctx.settings()), ctx.actorName());
        if (!report)
            return fail(report.error());
        out = QJsonObject{{QStringLiteral("assigned"), report->assigned},
                          {QStringLiteral("unassigned"), report->unassigned},
                          {QStringLiteral("closed"), report->closed},
                          {QStringLiteral("agents"), QJsonArray::fromStringList(agents.value())}};
        if (!ctx.json)
            printOut(QStringLiteral("%1 assigned to %2 agent(s) on shift (%3), %4 left unassigned, %5 closed "
                                    "dropped\n")
                         .arg(report->assigned)
                         .arg(agents->size())
                         .arg(agents->join(QStringLiteral(", ")))
                         .arg(report->unassigned)
                         .arg(report->closed));
    }
    const auto list = assignments.list(shopId);
    if (!list)
        return fail(list.error());
    const QString only = args.value(QStringLiteral("agent"));
    QJsonArray rows;
    for (const team::Assignment &a : list.value()) {
        if (!only.isEmpty() && a.agent != only)
            continue;
        rows.append(QJsonObject{{QStringLiteral("aftersale_id"), a.aftersaleId},
                                {QStringLiteral("agent"), a.agent},
                                {QStringLiteral("deadline"), a.deadline}});
        if (!ctx.json && !assign)
            printOut(QStringLiteral("%1  %2  due %3\n")
                         .arg(a.aftersaleId, a.agent, QDateTime::fromSecsSinceEpoch(a.deadline).toString(Qt::ISODate)));
    }
    out.insert(QStringLiteral("assignments"), rows);
    if (ctx.json)
        printJson(out);
    return kOk;
}

} // namespace

int cmdTeam(Context &ctx, const Args &args)
{
    const QString usage = QStringLiteral("usage: anxin-cli team (connect URL | status | claim ID | release ID | "
                                         "assign [--capacity N] | queue [--agent NAME] | audit)");
    if (args.positional.isEmpty())
        return fail(Error::make(Error::Kind::Usage, usage));
    const QString verb = args.positional.first();
    if (verb == QLatin1String("connect")) {
        if (args.positional.size() != 2)
            return fail(Error::make(Error::Kind::Usage, usage));
        // Without a password in the URL: ANXIN_TEAM_PASSWORD, or the one kept for this profile.
        QUrl given(sync::withTeamPassword(args.positional.at(1), ctx.profile().dir()));
        team::TeamDatabase db;
        if (auto st = db.open(given.toString()); !st)
            return fail(st.error()); // a failed connect keeps the team database the profile had
        if (auto st = sync::saveTeamUrl(ctx.settings(), ctx.profile().dir(), given.toString()); !st)
            return fail(st.error());
        given.setPassword(QString());
        const QString desk = sync::teamDeskId(ctx.settings());
        if (auto st = team::Claims(db).heartbeat(desk, ctx.actorName(), kLeaseSecs); !st)
            return fail(st.error());
        ctx.settings().sync();
        if (ctx.json)
            printJson(QJsonObject{{QStringLiteral("team_url"), team::TeamDatabase::redacted(given.toString())},
                                  {QStringLiteral("desk_id"), desk},
                                  {QStringLiteral("schema"), db.schemaVersion()}});
        else
            printOut(QStringLiteral("connected to the team database %1 as desk %2\n")
                         .arg(team::TeamDatabase::redacted(given.toString()), desk));
        return kOk;
    }
    auto db = openTeam(ctx);
    if (!db)
        return fail(db.error());
    team::Claims claims(*db.value());
    const QString agent = args.value(QStringLiteral("actor"), ctx.actorName());
    if (verb == QLatin1String("status")) {
        auto live = claims.live();
        if (!live)
            return fail(live.error());
        QJsonArray list;
        for (const team::Claim &c : live.value())
            list.append(claimJson(c));
        if (ctx.json) {
            const auto onShift = team::Assignments(*db.value()).agentsOnShift(team::Assignments::kOnShiftSecs);
            QJsonArray pollers;
            for (const team::Poller &p : team::Pollers(*db.value()).live().valueOr({}))
                pollers.append(QJsonObject{{QStringLiteral("shop_id"), p.shopId},
                                           {QStringLiteral("desk_id"), p.deskId},
                                           {QStringLiteral("agent"), p.agent},
                                           {QStringLiteral("since"), p.since},
                                           {QStringLiteral("lease_until"), p.leaseUntil},
                                           {QStringLiteral("last_poll_at"), p.lastPollAt},
                                           {QStringLiteral("last_poll_ok"), p.lastPollOk}});
            printJson(QJsonObject{{QStringLiteral("desk_id"), sync::teamDeskId(ctx.settings())},
                                  {QStringLiteral("claims"), list},
                                  {QStringLiteral("on_shift"), QJsonArray::fromStringList(onShift.valueOr({}))},
                                  {QStringLiteral("pollers"), pollers}});
            return kOk;
        }
        for (const team::Poller &p : team::Pollers(*db.value()).live().valueOr({}))
            printOut(QStringLiteral("shop %1 polled by %2 (desk %3), last poll %4\n")
                         .arg(p.shopId, p.agent, p.deskId,
                              p.lastPollAt ? QDateTime::fromSecsSinceEpoch(p.lastPollAt).toString(Qt::ISODate)
                                           : QStringLiteral("not yet")));
        if (list.isEmpty())
            printOut(QStringLiteral("nobody is on a ticket\n"));
        for (const team::Claim &c : live.value())
            printOut(QStringLiteral("%1  %2 (desk %3) until %4\n")
                         .arg(c.aftersaleId, c.agent, c.deskId,
                              QDateTime::fromSecsSinceEpoch(c.leaseUntil).toString(Qt::ISODate)));
        return kOk;
    }
    if ((verb == QLatin1String("claim") || verb == QLatin1String("release")) && args.positional.size() == 2) {
        const QString id = args.positional.at(1);
        if (verb == QLatin1String("release")) {
            if (auto st = claims.release(id, sync::teamDeskId(ctx.settings())); !st)
                return fail(st.error());
            if (!ctx.json)
                printOut(QStringLiteral("left %1\n").arg(id));
            else
                printJson(QJsonObject{{QStringLiteral("aftersale_id"), id}, {QStringLiteral("released"), true}});
            return kOk;
        }
        auto outcome = claims.claim(id, ctx.settings().get(core::keys::shopId), sync::teamDeskId(ctx.settings()), agent,
                                    kLeaseSecs);
        if (!outcome)
            return fail(outcome.error());
        if (!outcome->mine)
            return fail(Error::coded(Error::Kind::Conflict, "team.claimed", {outcome->holder.agent, id},
                                     QStringLiteral("%1 is on ticket %2").arg(outcome->holder.agent, id)));
        if (ctx.json)
            printJson(claimJson(outcome->holder));
        else
            printOut(QStringLiteral("on %1 until %2\n")
                         .arg(id, QDateTime::fromSecsSinceEpoch(outcome->holder.leaseUntil).toString(Qt::ISODate)));
        return kOk;
    }
    if (verb == QLatin1String("audit")) {
        // The team's audit (the last 200 entries) and whether its whole chain checks out (exit 5 when it does not).
        team::TeamAudit audit(*db.value());
        const auto intact = audit.verify();
        if (!intact)
            return fail(intact.error());
        const auto entries = audit.list(1, 1'000'000);
        if (!entries)
            return fail(entries.error());
        const QList<team::TeamAuditEntry> &all = entries.value();
        const qsizetype from = std::max<qsizetype>(0, all.size() - 200);
        QJsonArray rows;
        for (qsizetype i = from; i < all.size(); ++i) {
            const team::TeamAuditEntry &e = all.at(i);
            rows.append(
                QJsonObject{{QStringLiteral("seq"), e.seq},
                            {QStringLiteral("at"), e.at},
                            {QStringLiteral("desk_id"), e.deskId},
                            {QStringLiteral("agent"), e.agent},
                            {QStringLiteral("action"), e.action},
                            {QStringLiteral("subject"), e.subject},
                            {QStringLiteral("detail"), QJsonDocument::fromJson(e.detailJson.toUtf8()).object()}});
            if (!ctx.json)
                printOut(QStringLiteral("%1  %2  %3 (desk %4)  %5 %6  %7\n")
                             .arg(e.seq)
                             .arg(QDateTime::fromMSecsSinceEpoch(e.at).toString(Qt::ISODate), e.agent, e.deskId,
                                  e.action, e.subject, e.detailJson));
        }
        const bool ok = !intact->has_value();
        if (ctx.json)
            printJson(QJsonObject{{QStringLiteral("entries"), rows},
                                  {QStringLiteral("count"), qint64(all.size())},
                                  {QStringLiteral("chain_intact"), ok},
                                  {QStringLiteral("first_bad_seq"), ok ? QJsonValue() : QJsonValue(intact->value())}});
        else
            printOut(ok ? QStringLiteral("chain intact: %1 entries\n").arg(all.size())
                        : QStringLiteral("chain broken at entry %1\n").arg(intact->value()));
        if (!ok)
            return fail(
                Error::make(Error::Kind::Corrupt,
                            QStringLiteral("the team audit's chain is broken at entry %1").arg(intact->value())));
        return kOk;
    }
    if (verb == QLatin1String("assign") || verb == QLatin1String("queue"))
        return assignOrQueue(ctx, args, *db.value(), verb == QLatin1String("assign"));
    return fail(Error::make(Error::Kind::Usage, usage));
}

} // namespace anxin::cli

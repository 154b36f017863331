// anxin-cli team: connect this desk to a team database, and see, take and leave claims on tickets (issue #34).
#include "cli.h"
#include "sync/teamaccess.h"
#include "team/claims.h"
#include "team/teamdatabase.h"

#include <QDateTime>
#include <QJsonArray>
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

} // namespace

int cmdTeam(Context &ctx, const Args &args)
{
    const QString usage = QStringLiteral("usage: anxin-cli team (connect URL | status | claim ID | release ID)");
    if (args.positional.isEmpty())
        return fail(Error::make(Error::Kind::Usage, usage));
    const QString verb = args.positional.first();
    if (verb == QLatin1String("connect")) {
        if (args.positional.size() != 2)
            return fail(Error::make(Error::Kind::Usage, usage));
        QUrl given(args.positional.at(1));
        if (given.password().isEmpty()) {
            // A password given before (the keychain) or by ANXIN_TEAM_PASSWORD, for the same server.
            QUrl known(sync::teamUrlWithPassword(ctx.settings(), ctx.profile().dir()));
            const QString password = qEnvironmentVariable("ANXIN_TEAM_PASSWORD", known.password());
            given.setPassword(password.isEmpty() ? QString() : password);
        }
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
            printJson(QJsonObject{{QStringLiteral("desk_id"), sync::teamDeskId(ctx.settings())},
                                  {QStringLiteral("claims"), list}});
            return kOk;
        }
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
    return fail(Error::make(Error::Kind::Usage, usage));
}

} // namespace anxin::cli

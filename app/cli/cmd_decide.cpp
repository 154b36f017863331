// anxin-cli decide: queue a decision; anxin-cli note: queue a note (a shop remark every desk sees). Both reach the
// platform with the next sync.
#include "cli.h"
#include "sync/decisions.h"

#include <QDateTime>
#include <QJsonObject>

namespace anxin::cli {

using core::Error;

namespace {

sync::Actor actorOf(Context &ctx, const Args &args)
{
    sync::Actor actor;
    actor.name = args.value(QStringLiteral("actor"), ctx.actorName());
    actor.role = ctx.settings().get(core::keys::role) == QLatin1String("agent") ? sync::Role::Agent : sync::Role::Owner;
    actor.agentLimitFen = ctx.settings().get(core::keys::agentLimitFen);
    return actor;
}

int queue(Context &ctx, const sync::DecisionInput &in, const sync::Actor &actor)
{
    auto db = ctx.database();
    if (!db)
        return fail(db.error());
    auto id = sync::DecisionService(*db.value()).decide(in, actor, ctx.platformNowSecs());
    if (!id)
        return fail(id.error());
    if (ctx.json)
        printJson(QJsonObject{{QStringLiteral("outbox_id"), id.value()},
                              {QStringLiteral("aftersale_id"), in.aftersaleId},
                              {QStringLiteral("action"), QLatin1String(sync::actionKey(in.action))},
                              {QStringLiteral("state"), QStringLiteral("pending")}});
    else
        printOut(
            QStringLiteral("queued as #%1 (pending); it is sent with the next `anxin-cli sync`\n").arg(id.value()));
    return kOk;
}

} // namespace

int cmdDecide(Context &ctx, const Args &args)
{
    if (args.positional.size() != 1)
        return fail(Error::make(Error::Kind::Usage, QStringLiteral("usage: anxin-cli decide ID (--approve | --reject "
                                                                   "--reason-code N --remark TEXT [--evidence URL])")));
    const int chosen = int(args.has(QStringLiteral("approve"))) + int(args.has(QStringLiteral("reject"))) +
                       int(args.has(QStringLiteral("confirm-receipt"))) + int(args.has(QStringLiteral("extend"))) +
                       int(args.has(QStringLiteral("reject-after-receipt"))) +
                       int(args.values.contains(QStringLiteral("note")));
    if (chosen != 1)
        return fail(Error::make(Error::Kind::Usage, QStringLiteral("choose exactly one of --approve, --reject, "
                                                                   "--confirm-receipt, --reject-after-receipt, "
                                                                   "--extend, --note TEXT")));
    sync::DecisionInput in;
    in.aftersaleId = args.positional.first();
    in.remark = args.value(QStringLiteral("remark"));
    in.evidenceUrls = args.all(QStringLiteral("evidence"));
    in.receiverAddressId = args.value(QStringLiteral("address-id"), ctx.settings().get(core::keys::returnAddressId));
    if (args.has(QStringLiteral("approve"))) {
        in.action = sync::DecisionAction::Approve;
    } else if (args.has(QStringLiteral("confirm-receipt"))) {
        in.action = sync::DecisionAction::ConfirmReceipt;
    } else if (args.has(QStringLiteral("extend"))) {
        in.action = sync::DecisionAction::Extend;
    } else if (args.values.contains(QStringLiteral("note"))) {
        in.action = sync::DecisionAction::Note;
        in.remark = args.value(QStringLiteral("note"));
    } else {
        in.action = args.has(QStringLiteral("reject")) ? sync::DecisionAction::Reject
                                                       : sync::DecisionAction::RejectAfterReceipt;
        bool ok = false;
        in.rejectReasonCode = args.value(QStringLiteral("reason-code")).toLongLong(&ok);
        in.overrideReason = args.value(QStringLiteral("override-reason"));
        if (!ok)
            return fail(Error::make(Error::Kind::Usage, QStringLiteral("a rejection needs --reason-code N "
                                                                       "(see the shop's reject reasons)")));
    }
    return queue(ctx, in, actorOf(ctx, args));
}

int cmdNote(Context &ctx, const Args &args)
{
    if (args.positional.size() != 2)
        return fail(Error::make(Error::Kind::Usage, QStringLiteral("usage: anxin-cli note ID TEXT [--handover]")));
    sync::DecisionInput in;
    in.aftersaleId = args.positional.at(0);
    in.action = sync::DecisionAction::Note;
    in.remark = args.positional.at(1);
    in.handover = args.has(QStringLiteral("handover"));
    return queue(ctx, in, actorOf(ctx, args));
}

} // namespace anxin::cli

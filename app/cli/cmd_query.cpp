// anxin-cli status, tickets, ticket, outbox: read the cache; work offline.
#include "cli.h"
#include "core/clock.h"
#include "core/money.h"
#include "models/ticketdetails.h"
#include "store/auditrepository.h"
#include "store/cursorrepository.h"
#include "store/itemfailurerepository.h"
#include "store/outboxrepository.h"
#include "store/readsnapshot.h"
#include "store/ticketdetailrepository.h"
#include "store/ticketrepository.h"
#include "sync/pendingexport.h"
#include "sync/shopconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace anxin::cli {

using core::Error;

namespace {

// "4h", "30m", "2d", "90s" or plain seconds.
std::optional<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,7})([smhd]?)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("m"))
        return n * 60;
    if (unit == QLatin1String("h"))
        return n * 3600;
    if (unit == QLatin1String("d"))
        return n * 86400;
    return n;
}

QString when(qint64 secs)
{
    return secs ? QDateTime::fromSecsSinceEpoch(secs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : QStringLiteral("-");
}

} // namespace

int cmdStatus(Context &ctx, const Args &)
{
    const sync::ShopConfig config = sync::shopConfigFrom(ctx.settings());
    auto db = ctx.database();
    QJsonObject out{{QStringLiteral("profile"), ctx.profile().dir()},
                    {QStringLiteral("gateway"), config.gateway},
                    {QStringLiteral("shop_id"), config.shopId},
                    {QStringLiteral("connected"), config.isComplete()}};
    if (!db) {
        out.insert(QStringLiteral("db_health"), QLatin1String(core::errorKindName(db.error().kind)));
        out.insert(QStringLiteral("db_error"), db.error().message);
        if (!db.error().detail.isEmpty())
            out.insert(QStringLiteral("db_set_aside"), db.error().detail);
        if (ctx.json)
            printJson(out);
        return fail(db.error());
    }
    store::Database &d = *db.value();
    store::TicketFilter all;
    store::TicketFilter open;
    open.openOnly = true;
    const int tickets = store::TicketRepository(d).count(all).valueOr(-1);
    const int openTickets = store::TicketRepository(d).count(open).valueOr(-1);
    QJsonObject pending;
    const auto counts = store::OutboxRepository(d).countsByState().valueOr({});
    for (auto it = counts.begin(); it != counts.end(); ++it)
        pending.insert(QLatin1String(store::OutboxRepository::stateName(it.key())), it.value());
    QJsonArray cursors;
    qint64 lastSync = 0;
    for (const auto &c : store::CursorRepository(d).list().valueOr({})) {
        cursors.append(QJsonObject{{QStringLiteral("shop_id"), c.shopId},
                                   {QStringLiteral("stream"), c.stream},
                                   {QStringLiteral("cursor_time"), c.cursorTime},
                                   {QStringLiteral("cursor_page"), c.cursorPage},
                                   {QStringLiteral("updated_at"), c.updatedAt}});
        lastSync = std::max(lastSync, c.updatedAt);
    }
    const auto head = store::AuditRepository(d).head().valueOr({});
    const auto broken = store::AuditRepository(d).verify();
    const auto itemFailures = store::ItemFailureRepository(d).list().valueOr({});
    QJsonArray failing;
    QMap<QString, int> failingByKind;
    for (const auto &f : itemFailures) {
        failing.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                   {QStringLiteral("item_id"), f.itemId},
                                   {QStringLiteral("shop_id"), f.shopId},
                                   {QStringLiteral("code"), f.code},
                                   {QStringLiteral("sub_code"), f.subCode},
                                   {QStringLiteral("message"), f.message},
                                   {QStringLiteral("attempts"), f.attempts},
                                   {QStringLiteral("first_failed_at"), f.firstFailedAt},
                                   {QStringLiteral("last_failed_at"), f.lastFailedAt},
                                   {QStringLiteral("next_attempt_at"), f.nextAttemptAt}});
        ++failingByKind[f.kind];
    }
    out.insert(QStringLiteral("item_failures"), failing);
    out.insert(QStringLiteral("tickets"), tickets);
    out.insert(QStringLiteral("open_tickets"), openTickets);
    out.insert(QStringLiteral("outbox"), pending);
    out.insert(QStringLiteral("cursors"), cursors);
    out.insert(QStringLiteral("last_sync"), lastSync);
    out.insert(QStringLiteral("schema_version"), d.schemaVersion());
    out.insert(QStringLiteral("db_health"), d.isReadOnly() ? QStringLiteral("read_only") : QStringLiteral("ok"));
    out.insert(QStringLiteral("audit_head"), head ? head->hash : QString());
    out.insert(QStringLiteral("audit_ok"), broken && !broken.value().has_value());
    if (broken && broken.value())
        out.insert(QStringLiteral("audit_broken_at"), *broken.value());
    if (ctx.json) {
        printJson(out);
    } else {
        printOut(QStringLiteral("profile   %1\n").arg(ctx.profile().dir()));
        printOut(QStringLiteral("shop      %1 at %2\n")
                     .arg(config.shopId.isEmpty() ? QStringLiteral("(none connected)") : config.shopId,
                          config.gateway.isEmpty() ? QStringLiteral("-") : config.gateway));
        printOut(QStringLiteral("tickets   %1 cached, %2 open\n").arg(tickets).arg(openTickets));
        QStringList states;
        for (auto it = pending.begin(); it != pending.end(); ++it)
            states << QStringLiteral("%1 %2").arg(it.value().toInt()).arg(it.key());
        printOut(QStringLiteral("outbox    %1\n")
                     .arg(states.isEmpty() ? QStringLiteral("empty") : states.join(QStringLiteral(", "))));
        printOut(QStringLiteral("last sync %1\n").arg(when(lastSync)));
        if (!itemFailures.isEmpty()) {
            QStringList kinds;
            for (auto it = failingByKind.cbegin(); it != failingByKind.cend(); ++it)
                kinds << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
            printOut(QStringLiteral("not fetched %1, each retried after its back-off:\n").arg(kinds.join(u", ")));
            // The platform's refusals first: images are many and say less.
            int shown = 0;
            for (const bool images : {false, true}) {
                for (const auto &f : itemFailures) {
                    if ((f.kind == QLatin1String("image")) != images || shown >= 10)
                        continue;
                    ++shown;
                    printOut(QStringLiteral("  %1 %2: %3 (%4 attempt(s), next %5)\n")
                                 .arg(f.kind, f.itemId, f.message)
                                 .arg(f.attempts)
                                 .arg(when(f.nextAttemptAt)));
                }
            }
            if (itemFailures.size() > shown)
                printOut(QStringLiteral("  … and %1 more (anxin-cli status --json lists all)\n")
                             .arg(itemFailures.size() - shown));
        }
        printOut(QStringLiteral("database  schema %1, %2\n")
                     .arg(d.schemaVersion())
                     .arg(out.value(QStringLiteral("db_health")).toString()));
        printOut(QStringLiteral("audit     %1%2\n")
                     .arg(head ? head->hash.left(16) : QStringLiteral("(empty)"),
                          broken && broken.value() ? QStringLiteral(" BROKEN at entry %1").arg(*broken.value())
                                                   : QString()));
    }
    if (d.isReadOnly())
        return kStorage;
    if (broken && broken.value())
        return kStorage;
    return kOk;
}

int cmdTickets(Context &ctx, const Args &args)
{
    auto db = ctx.database();
    if (!db)
        return fail(db.error());
    store::TicketFilter filter;
    filter.now = ctx.platformNowSecs(); // ANXIN_NOW fixes "now" for deadlines
    for (const QString &s : args.all(QStringLiteral("status"))) {
        bool ok = false;
        const int v = s.toInt(&ok);
        if (!ok)
            return fail(Error::make(Error::Kind::Usage, QStringLiteral("--status takes a number")));
        filter.statuses << v;
    }
    if (args.values.contains(QStringLiteral("due-within"))) {
        const auto d = parseDuration(args.value(QStringLiteral("due-within")));
        if (!d)
            return fail(
                Error::make(Error::Kind::Usage, QStringLiteral("--due-within takes a duration like 4h or 30m")));
        filter.dueWithinSecs = *d;
    }
    filter.text = args.value(QStringLiteral("search"));
    store::TicketRepository repo(*db.value());
    store::TicketSort sort;
    QJsonArray list;
    constexpr int kPage = 5000;
    // By keyset inside one read snapshot: a sync committing meanwhile neither skips nor repeats a row.
    auto listed = store::forEachRow<store::TicketListRow>(
        *db.value(), kPage, store::KeysetReader{repo, filter, sort}, [&](const store::TicketListRow &r) {
            if (ctx.json) {
                list.append(QJsonObject{{QStringLiteral("aftersale_id"), r.aftersaleId},
                                        {QStringLiteral("shop_id"), r.shopId},
                                        {QStringLiteral("shop_order_id"), r.shopOrderId},
                                        {QStringLiteral("aftersale_type"), r.aftersaleType},
                                        {QStringLiteral("aftersale_status"), r.aftersaleStatus},
                                        {QStringLiteral("refund_amount"), r.refundAmount},
                                        {QStringLiteral("apply_time"), r.applyTime},
                                        {QStringLiteral("update_time"), r.updateTime},
                                        {QStringLiteral("status_deadline"), r.statusDeadline},
                                        {QStringLiteral("product_name"), r.productName},
                                        {QStringLiteral("pending"), r.pendingDecisions > 0}});
            } else {
                printOut(QStringLiteral("%1  %2  type %3  status %4  %5  due %6  %7%8\n")
                             .arg(r.aftersaleId, -19)
                             .arg(r.shopOrderId, -19)
                             .arg(r.aftersaleType)
                             .arg(r.aftersaleStatus, 2)
                             .arg(core::formatFen(r.refundAmount), 11)
                             .arg(when(r.statusDeadline), -16)
                             .arg(r.productName, r.pendingDecisions ? QStringLiteral("  [pending]") : QString()));
            }
        });
    if (!listed)
        return fail(listed.error());
    if (ctx.json)
        printJson(list);
    return kOk;
}

namespace {
QString noteStateKey(models::NoteEntry::State s)
{
    switch (s) {
    case models::NoteEntry::State::OnPlatform:
        return QStringLiteral("on_platform");
    case models::NoteEntry::State::Waiting:
        return QStringLiteral("waiting");
    case models::NoteEntry::State::Sent:
        return QStringLiteral("sent");
    case models::NoteEntry::State::NotSent:
        return QStringLiteral("not_sent");
    case models::NoteEntry::State::DeskOnly:
        return QStringLiteral("desk_only");
    }
    return {};
}

// One note as `ticket --json` and `handover --json` print it.
QJsonObject noteJson(const models::NoteEntry &n)
{
    QJsonObject o{{QStringLiteral("text"), n.text},
                  {QStringLiteral("author"), n.author},
                  {QStringLiteral("time"), n.time},
                  {QStringLiteral("handover"), n.handover},
                  {QStringLiteral("state"), noteStateKey(n.state)},
                  {QStringLiteral("waiting"), n.state == models::NoteEntry::State::Waiting}};
    if (!n.error.isEmpty())
        o.insert(QStringLiteral("error"), n.error);
    return o;
}
} // namespace

int cmdTicket(Context &ctx, const Args &args)
{
    if (args.positional.size() != 1)
        return fail(Error::make(Error::Kind::Usage, QStringLiteral("usage: anxin-cli ticket ID [--json]")));
    auto db = ctx.database();
    if (!db)
        return fail(db.error());
    const QString id = args.positional.first();
    auto t = store::TicketRepository(*db.value()).get(id);
    if (!t)
        return fail(t.error());
    if (!t.value())
        return fail(Error::make(Error::Kind::NotFound, QStringLiteral("ticket %1 is not in the cache").arg(id)));
    const store::TicketRecord &r = *t.value();
    store::TicketDetailRepository details(*db.value());
    QJsonArray evidence, logs, outbox;
    for (const auto &e : details.evidence(id).valueOr({}))
        evidence.append(
            QJsonObject{{QStringLiteral("url"), e.url}, {QStringLiteral("cached"), !e.localPath.isEmpty()}});
    for (const auto &l : details.logs(id).valueOr({}))
        logs.append(QJsonObject{{QStringLiteral("time"), l.time},
                                {QStringLiteral("operator"), l.operatorName},
                                {QStringLiteral("text"), l.text},
                                {QStringLiteral("action"), l.action}});
    const auto entries = store::OutboxRepository(*db.value()).listForTicket(id).valueOr({});
    for (const auto &e : entries)
        outbox.append(sync::outboxEntryJson(e));
    QJsonArray remarks;
    for (const models::NoteEntry &n : models::mergeNotes(details.remarks(id).valueOr({}), entries))
        remarks.append(noteJson(n));
    QJsonObject o{{QStringLiteral("aftersale_id"), r.aftersaleId},
                  {QStringLiteral("shop_id"), r.shopId},
                  {QStringLiteral("shop_order_id"), r.shopOrderId},
                  {QStringLiteral("aftersale_type"), r.aftersaleType},
                  {QStringLiteral("aftersale_status"), r.aftersaleStatus},
                  {QStringLiteral("refund_amount"), r.refundAmount},
                  {QStringLiteral("apply_time"), r.applyTime},
                  {QStringLiteral("update_time"), r.updateTime},
                  {QStringLiteral("status_deadline"), r.statusDeadline},
                  {QStringLiteral("final_time"), r.finalTime},
                  {QStringLiteral("reason_code"), r.reasonCode},
                  {QStringLiteral("reason_text"), r.reasonText},
                  {QStringLiteral("bad_item_text"), r.badItemText},
                  {QStringLiteral("product_id"), r.productId},
                  {QStringLiteral("product_name"), r.productName},
                  {QStringLiteral("sign_for_time"), r.signForTime},
                  {QStringLiteral("risk_flag"), r.riskFlag},
                  {QStringLiteral("express_refund"), r.expressRefund},
                  {QStringLiteral("evidence"), evidence},
                  {QStringLiteral("logs"), logs},
                  {QStringLiteral("remarks"), remarks},
                  {QStringLiteral("outbox"), outbox}};
    if (ctx.json) {
        printJson(o);
        return kOk;
    }
    printOut(QStringLiteral("ticket    %1 (order %2, shop %3)\n").arg(r.aftersaleId, r.shopOrderId, r.shopId));
    printOut(QStringLiteral("type      %1, status %2%3\n")
                 .arg(r.aftersaleType)
                 .arg(r.aftersaleStatus)
                 .arg(r.finalTime ? QStringLiteral(" (closed)") : QString()));
    printOut(QStringLiteral("amount    %1\n").arg(core::formatFen(r.refundAmount)));
    printOut(QStringLiteral("product   %1\n").arg(r.productName));
    printOut(QStringLiteral("reason    %1 %2 %3\n").arg(r.reasonCode, r.reasonText, r.badItemText));
    printOut(QStringLiteral("deadline  %1\n").arg(when(r.statusDeadline)));
    printOut(QStringLiteral("evidence  %1 image(s)\n").arg(evidence.size()));
    for (const QJsonValue &l : logs)
        printOut(QStringLiteral("  %1  %2\n")
                     .arg(when(l[QStringLiteral("time")].toInteger()), l[QStringLiteral("text")].toString()));
    for (const QJsonValue &m : remarks)
        printOut(QStringLiteral("  note %1  %2%3: %4%5\n")
                     .arg(when(m[QStringLiteral("time")].toInteger()), m[QStringLiteral("author")].toString(),
                          m[QStringLiteral("handover")].toBool() ? QStringLiteral(" (handover)") : QString(),
                          m[QStringLiteral("text")].toString(),
                          m[QStringLiteral("state")].toString() == QLatin1String("on_platform")
                              ? QString()
                              : QStringLiteral("  [%1]").arg(m[QStringLiteral("state")].toString())));
    for (const QJsonValue &e : outbox)
        printOut(QStringLiteral("  local: %1 %2\n")
                     .arg(e[QStringLiteral("action")].toString(), e[QStringLiteral("state")].toString()));
    return kOk;
}

int cmdOutbox(Context &ctx, const Args &args)
{
    // --db FILE: the unfinished decisions of another cache file (one set aside as corrupt, or a copy), read-only.
    if (args.values.contains(QStringLiteral("db"))) {
        auto list = sync::readUnfinishedDecisions(args.value(QStringLiteral("db")));
        if (!list)
            return fail(list.error());
        if (ctx.json) {
            printJson(list.value());
        } else {
            for (const QJsonValue &v : list.value()) {
                const QJsonObject e = v.toObject();
                printOut(QStringLiteral("%1  %2  %3  %4  by %5\n")
                             .arg(e.value(QStringLiteral("id")).toInteger(), 5)
                             .arg(e.value(QStringLiteral("aftersale_id")).toString(), -19)
                             .arg(e.value(QStringLiteral("action")).toString(), -20)
                             .arg(e.value(QStringLiteral("state")).toString(), -9)
                             .arg(e.value(QStringLiteral("created_by")).toString()));
            }
        }
        return kOk;
    }
    auto db = ctx.database(true);
    if (!db)
        return fail(db.error());
    auto entries = store::OutboxRepository(*db.value()).list();
    if (!entries)
        return fail(entries.error());
    QJsonArray list;
    for (const auto &e : entries.value()) {
        if (ctx.json)
            list.append(sync::outboxEntryJson(e));
        else
            printOut(QStringLiteral("%1  %2  %3  %4  attempts %5  %6\n")
                         .arg(e.id, 5)
                         .arg(e.aftersaleId, -19)
                         .arg(e.action, -20)
                         .arg(QLatin1String(store::OutboxRepository::stateName(e.state)), -9)
                         .arg(e.attempts)
                         .arg(e.lastError));
    }
    if (ctx.json)
        printJson(list);
    return kOk;
}

int cmdHandover(Context &ctx, const Args &args)
{
    if (!args.positional.isEmpty())
        return fail(Error::make(Error::Kind::Usage, QStringLiteral("usage: anxin-cli handover [--json]")));
    auto db = ctx.database();
    if (!db)
        return fail(db.error());
    const qint64 since = ctx.platformNowSecs() - 86400;
    auto notes = models::loadHandover(*db.value(), since, 200);
    if (!notes)
        return fail(notes.error());
    QJsonArray list;
    for (const models::HandoverNote &h : notes.value()) {
        QJsonObject o = noteJson(h.note);
        o.insert(QStringLiteral("aftersale_id"), h.aftersaleId);
        list.append(o);
    }
    if (ctx.json) {
        printJson(QJsonObject{{QStringLiteral("since"), since}, {QStringLiteral("notes"), list}});
        return kOk;
    }
    if (list.isEmpty())
        printOut(QStringLiteral("no handover notes in the last 24 hours\n"));
    for (const QJsonValue &n : list)
        printOut(QStringLiteral("%1  %2  %3: %4%5\n")
                     .arg(when(n[QStringLiteral("time")].toInteger()), n[QStringLiteral("aftersale_id")].toString(),
                          n[QStringLiteral("author")].toString(), n[QStringLiteral("text")].toString(),
                          n[QStringLiteral("state")].toString() == QLatin1String("on_platform")
                              ? QString()
                              : QStringLiteral("  [%1]").arg(n[QStringLiteral("state")].toString())));
    return kOk;
}

} // namespace anxin::cli

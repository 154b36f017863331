#include "sandbox/controlapi.h"

#include "core/version.h"
#include "sandbox/imagerenderer.h"
#include "sandbox/sandboxstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace anxin::sandbox {
namespace {

ControlResult json(const QJsonObject &o, int status = 200)
{
    return ControlResult{status, http::kJson, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

ControlResult fail(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}}, status);
}

} // namespace

ControlResult ControlApi::handle(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QJsonObject in;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return fail(400, QStringLiteral("the body must be a JSON object"));
        in = doc.object();
    }
    const bool get = method == "GET";
    const bool post = method == "POST";
    if (path == QLatin1String("/__sandbox/health") && get) {
        World &w = m_state.world();
        return json(QJsonObject{{QStringLiteral("ok"), true},
                                {QStringLiteral("version"), QString::fromLatin1(core::kAppVersion)},
                                {QStringLiteral("seed"), QString::number(m_state.options().seed)},
                                {QStringLiteral("shops"), qint64(w.shops.size())},
                                {QStringLiteral("tickets"), qint64(w.tickets.size())},
                                {QStringLiteral("orders"), qint64(w.orders.size())},
                                {QStringLiteral("live"), m_state.options().live},
                                {QStringLiteral("generation_ms"), m_state.generationMs()},
                                {QStringLiteral("now"), m_state.clock().nowSecs()}});
    }
    if (path == QLatin1String("/__sandbox/reset") && post)
        return reset(in);
    if (path == QLatin1String("/__sandbox/clock") && (get || post))
        return clock(method, in);
    if (path == QLatin1String("/__sandbox/faults"))
        return faults(method, in);
    if (path == QLatin1String("/__sandbox/limits") && (get || post)) {
        if (post) {
            if (const QString error = m_state.rateLimiter().apply(in); !error.isEmpty())
                return fail(400, error);
        }
        QJsonObject out = m_state.rateLimiter().describe();
        out.insert(QStringLiteral("ok"), true);
        return json(out);
    }
    if (path == QLatin1String("/__sandbox/counters") && get)
        return json(m_state.counters().toJson());
    if (path == QLatin1String("/__sandbox/counters/reset") && post) {
        m_state.counters().reset();
        return json(QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (path == QLatin1String("/__sandbox/shops") && get) {
        QJsonArray shops;
        for (const ShopInfo &s : m_state.world().shops) {
            shops.append(QJsonObject{{QStringLiteral("shop_id"), QString::fromLatin1(s.shopId)},
                                     {QStringLiteral("shop_name"), s.name},
                                     {QStringLiteral("app_key"), QString::fromLatin1(s.appKey)},
                                     {QStringLiteral("app_secret"), QString::fromLatin1(s.appSecret)}});
        }
        return json(QJsonObject{{QStringLiteral("shops"), shops}});
    }
    if (path == QLatin1String("/__sandbox/live/tick") && post) {
        const int count = std::clamp(in.value(QLatin1String("count")).toInt(1), 1, 10000);
        for (int i = 0; i < count; ++i)
            m_state.liveTick();
        World &w = m_state.world();
        return json(QJsonObject{{QStringLiteral("ok"), true},
                                {QStringLiteral("tickets"), qint64(w.tickets.size())},
                                {QStringLiteral("orders"), qint64(w.orders.size())}});
    }
    if (path == QLatin1String("/__sandbox/shutdown") && post) {
        ControlResult r = json(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("stopping"), true}});
        r.stop = true;
        return r;
    }
    if (path.startsWith(QLatin1String("/__sandbox/images/")) && get)
        return image(path);
    return fail(404, QStringLiteral("unknown control endpoint %1 %2").arg(QString::fromLatin1(method), path));
}

ControlResult ControlApi::reset(const QJsonObject &in)
{
    SandboxOptions o = m_state.options();
    if (in.contains(QLatin1String("seed"))) {
        const QJsonValue v = in.value(QLatin1String("seed"));
        o.seed = v.isString() ? v.toString().toULongLong() : quint64(v.toInteger());
    }
    if (in.contains(QLatin1String("shops")))
        o.shops = in.value(QLatin1String("shops")).toInt(o.shops);
    if (in.contains(QLatin1String("tickets")))
        o.tickets = in.value(QLatin1String("tickets")).toInt(o.tickets);
    if (in.contains(QLatin1String("history_days")))
        o.historyDays = in.value(QLatin1String("history_days")).toInt(-1);
    if (o.shops < 1 || o.shops > 1000 || o.tickets < 0 || o.tickets > 2000000 || o.historyDays < 0 ||
        o.historyDays > 365)
        return fail(400, QStringLiteral("shops must be 1..1000, tickets 0..2000000 and history_days 0..365"));
    if (o.historyDays > 0 && in.contains(QLatin1String("now")))
        o.nowSecs = in.value(QLatin1String("now")).toInteger(); // where the history ends
    if (in.contains(QLatin1String("now")))
        m_state.clock().setSecs(in.value(QLatin1String("now")).toInteger());
    if (in.contains(QLatin1String("freeze")))
        m_state.clock().setFrozen(in.value(QLatin1String("freeze")).toBool());
    m_state.reset(o);
    World &w = m_state.world();
    return json(QJsonObject{{QStringLiteral("ok"), true},
                            {QStringLiteral("seed"), QString::number(o.seed)},
                            {QStringLiteral("shops"), qint64(w.shops.size())},
                            {QStringLiteral("tickets"), qint64(w.tickets.size())},
                            {QStringLiteral("orders"), qint64(w.orders.size())},
                            {QStringLiteral("generation_ms"), m_state.generationMs()},
                            {QStringLiteral("now"), m_state.clock().nowSecs()}});
}

QJsonObject ControlApi::clockJson()
{
    const qint64 ms = m_state.clock().nowMsecs();
    return QJsonObject{{QStringLiteral("now"), ms / 1000},
                       {QStringLiteral("now_ms"), ms},
                       {QStringLiteral("frozen"), m_state.clock().isFrozen()},
                       {QStringLiteral("iso"), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)}};
}

ControlResult ControlApi::clock(const QByteArray &method, const QJsonObject &in)
{
    if (method == "GET")
        return json(clockJson());
    SandboxClock &c = m_state.clock();
    if (in.contains(QLatin1String("freeze")))
        c.setFrozen(in.value(QLatin1String("freeze")).toBool());
    if (in.contains(QLatin1String("set")))
        c.setSecs(in.value(QLatin1String("set")).toInteger());
    if (in.contains(QLatin1String("advance_s")))
        c.advanceSecs(in.value(QLatin1String("advance_s")).toInteger());
    const int decided = m_state.catchUp();
    QJsonObject out = clockJson();
    out.insert(QStringLiteral("transitions"), decided);
    return json(out);
}

ControlResult ControlApi::faults(const QByteArray &method, const QJsonObject &in)
{
    FaultInjector &f = m_state.faults();
    ItemFaults &items = m_state.itemFaults();
    const auto describe = [&] {
        QJsonArray all = f.describe();
        for (const QJsonValue &v : items.describe())
            all.append(v);
        return all;
    };
    if (method == "DELETE") {
        f.clear();
        items.clear();
        return json(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("faults"), QJsonArray()}});
    }
    if (method == "GET")
        return json(QJsonObject{{QStringLiteral("faults"), describe()}});
    if (method != "POST")
        return fail(405, QStringLiteral("use GET, POST or DELETE"));
    if (in.value(QLatin1String("kind")).toString() == QLatin1String("same_second_change")) {
        // A second change within the same second (a buyer edits the request right after filing it; an express
        // refund settles in 0 s): the ticket changes, its update_time does not.
        bool ok = false;
        const qint64 id = in.value(QLatin1String("aftersale_id")).toString().toLongLong(&ok);
        const int idx = ok ? m_state.world().findTicket(id) : -1;
        if (idx < 0)
            return fail(400, QStringLiteral("same_second_change needs the aftersale_id of a ticket"));
        Ticket &t = m_state.world().tickets[size_t(idx)];
        t.refundAmount = std::max<qint32>(1, t.refundAmount - 100);
        return json(QJsonObject{{QStringLiteral("ok"), true},
                                {QStringLiteral("refund_amount"), qint64(t.refundAmount)},
                                {QStringLiteral("update_time"), qint64(t.updateTime)}});
    }
    if (in.value(QLatin1String("kind")).toString() == QLatin1String("crowded_second")) {
        // More changes in one second than a page holds (a batch job touching a shop's tickets at once), and from
        // now on afterSale.List orders equal update_time values differently on every call.
        const int count = in.value(QLatin1String("count")).toInt(0);
        World &w = m_state.world();
        if (count < 1 || w.shopTickets.empty() || size_t(count) > w.shopTickets[0].size())
            return fail(400, QStringLiteral("crowded_second needs a count between 1 and the first shop's tickets"));
        const quint32 now = quint32(m_state.clock().nowSecs());
        QJsonArray ids;
        for (int i = 0; i < count; ++i) {
            Ticket &t = w.tickets[w.shopTickets[0][size_t(i)]];
            t.updateTime = now;
            ids.append(QString::number(t.id));
        }
        items.setUnstableTies(true);
        return json(QJsonObject{{QStringLiteral("ok"), true},
                                {QStringLiteral("update_time"), qint64(now)},
                                {QStringLiteral("aftersale_ids"), ids}});
    }
    if (ItemFaults::isItemKind(in.value(QLatin1String("kind")).toString())) {
        const QString error = items.add(in);
        if (!error.isEmpty())
            return fail(400, error);
        return json(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("faults"), describe()}});
    }
    FaultRule rule;
    const QString error = FaultInjector::parse(in, &rule);
    if (!error.isEmpty())
        return fail(400, error);
    f.add(rule);
    return json(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("faults"), describe()}});
}

ControlResult ControlApi::image(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/__sandbox/images/([A-Za-z0-9_-]{1,40})/([1-9][0-9]?)\\.png$"));
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch())
        return fail(404, QStringLiteral("no such image"));
    ++m_state.counters().imagesServed;
    return ControlResult{200, QByteArrayLiteral("image/png"), m_images.png(m.captured(1), m.captured(2).toInt())};
}

} // namespace anxin::sandbox

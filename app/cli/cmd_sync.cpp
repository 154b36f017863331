// anxin-cli connect, sync: the commands that talk to the platform.
#include "cli.h"
#include "core/clock.h"
#include "store/shoprepository.h"
#include "sync/autorules.h"
#include "sync/shopconnection.h"
#include "sync/syncrun.h"
#include "sync/teamaccess.h"
#include "team/teamfeed.h"
#include "team/teamlink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace anxin::cli {

using core::Error;

namespace {

QByteArray readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readLine().trimmed();
}

// "3 min 20 s", "45 s", "1 h 05 min": a time left as a terminal line reads it.
QString secondsText(qint64 secs)
{
    if (secs < 60)
        return QStringLiteral("%1 s").arg(secs);
    if (secs < 3600)
        return QStringLiteral("%1 min %2 s").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2 min").arg(secs / 3600).arg(secs / 60 % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject progressJson(const sync::SyncProgress &p, qint64 ms)
{
    QJsonObject o{{QStringLiteral("stage"), p.stage}, {QStringLiteral("done"), p.done}};
    o.insert(QStringLiteral("total"), p.total >= 0 ? QJsonValue(p.total) : QJsonValue());
    o.insert(QStringLiteral("rate_per_sec"), std::round(p.ratePerSec * 10) / 10);
    o.insert(QStringLiteral("eta_secs"), p.etaSecs >= 0 ? QJsonValue(p.etaSecs) : QJsonValue());
    o.insert(QStringLiteral("elapsed_ms"), ms);
    return o;
}

// `anxin-cli sync`'s progress on standard error: on a terminal one line rewritten in place; piped, a line when a
// stage ends (with its counts and time) and every few seconds while one runs; with --json the same numbers as one
// JSON object a line ({"progress": {...}}), and every stage's last numbers in the report's "stages". One stage runs
// at a time, and it ends when the next begins or says it ended; a stage that runs beside them (SyncProgress::beside)
// ends only when it says so.
class ProgressPrinter
{
public:
    enum class Mode
    {
        Terminal,
        Lines,
        Json
    };
    ProgressPrinter(Mode mode, qint64 everyMs)
        : m_mode(mode)
        , m_everyMs(everyMs)
    {
        m_clock.start();
    }

    void show(const sync::SyncProgress &p)
    {
        const qint64 now = m_clock.elapsed();
        Stage *stage = nullptr;
        if (p.beside) {
            auto it = std::find_if(m_beside.begin(), m_beside.end(), [&](const Stage &s) {
                return s.last.stage == p.stage && s.last.shopId == p.shopId;
            });
            if (it == m_beside.end())
                it = m_beside.insert(m_beside.end(), Stage{p, now});
            stage = &*it;
        } else {
            if (!m_main || p.stage != m_main->last.stage || p.shopId != m_main->last.shopId) {
                if (m_main)
                    endStage(*m_main, now);
                m_main = Stage{p, now};
            }
            stage = &*m_main;
        }
        stage->last = p;
        if (p.ended) {
            endStage(*stage, now);
            if (p.beside)
                m_beside.erase(m_beside.begin() + (stage - m_beside.data()));
            else
                m_main.reset();
            if (m_mode == Mode::Terminal)
                redraw(now, true);
            return;
        }
        if (m_mode == Mode::Terminal)
            return redraw(now, false);
        // The first reading of a stage says only that it began; its numbers come every few seconds and at its end.
        if (stage->lastLine < 0) {
            stage->lastLine = now;
            return;
        }
        // A reading at its total tells nothing the stage's end will not (a walk's total is an estimate until it ends).
        if (now - stage->lastLine < m_everyMs || (p.total >= 0 && p.done >= p.total))
            return;
        stage->lastLine = now;
        print(p, now - stage->start, false);
    }

    void finish()
    {
        const qint64 now = m_clock.elapsed();
        if (m_main)
            endStage(*m_main, now);
        for (const Stage &s : std::as_const(m_beside))
            endStage(s, now);
        m_main.reset();
        m_beside.clear();
        if (m_mode == Mode::Terminal && m_drawn >= 0)
            printErr(QStringLiteral("\n"));
    }

    QJsonArray stagesJson() const { return m_stages; }

private:
    struct Stage
    {
        sync::SyncProgress last;
        qint64 start = 0;
        qint64 lastLine = -1;
    };

    static QString text(const sync::SyncProgress &p, bool padded)
    {
        QString line = QString(p.stage + QLatin1Char(':')).leftJustified(padded ? 10 : 0) + QLatin1Char(' ') +
                       QString::number(p.done);
        if (p.total >= 0)
            line += QStringLiteral("/%1 (%2 %)").arg(p.total).arg(p.total > 0 ? p.done * 100 / p.total : 100);
        if (p.ratePerSec > 0)
            line += QStringLiteral(", %1/s").arg(p.ratePerSec, 0, 'f', p.ratePerSec < 10 ? 1 : 0);
        if (p.etaSecs >= 0)
            line += QStringLiteral(", about %1 left").arg(secondsText(p.etaSecs));
        return line;
    }

    // A terminal shows every running stage on one line, redrawn at most ten times a second.
    void redraw(qint64 now, bool force)
    {
        if (!force && m_drawn >= 0 && now - m_drawn < 100)
            return;
        m_drawn = now;
        QStringList parts;
        if (m_main)
            parts << text(m_main->last, true);
        for (const Stage &s : std::as_const(m_beside))
            parts << text(s.last, false);
        printErr(QStringLiteral("\r") + parts.join(QStringLiteral(" | ")) + QStringLiteral("        "));
    }

    void print(const sync::SyncProgress &p, qint64 stageMs, bool ended)
    {
        if (m_mode == Mode::Json) {
            QJsonObject o = progressJson(p, stageMs);
            o.insert(QStringLiteral("ended"), ended);
            printErr(QString::fromUtf8(
                         QJsonDocument(QJsonObject{{QStringLiteral("progress"), o}}).toJson(QJsonDocument::Compact)) +
                     QLatin1Char('\n'));
            return;
        }
        if (ended) {
            QString line = QStringLiteral("sync: %1 %2").arg(p.stage).arg(p.done);
            if (p.total >= 0)
                line += QStringLiteral("/%1").arg(p.total);
            printErr(line + QStringLiteral(" in %1 ms\n").arg(stageMs));
            return;
        }
        printErr(QStringLiteral("sync: ") + text(p, false) + QLatin1Char('\n'));
    }

    void endStage(const Stage &s, qint64 now)
    {
        const qint64 ms = now - s.start;
        if (m_mode != Mode::Terminal)
            print(s.last, ms, true);
        QJsonObject o = progressJson(s.last, ms);
        o.remove(QStringLiteral("rate_per_sec"));
        o.remove(QStringLiteral("eta_secs"));
        m_stages.append(o);
    }

    Mode m_mode;
    qint64 m_everyMs;
    QElapsedTimer m_clock;
    std::optional<Stage> m_main;
    QList<Stage> m_beside;
    qint64 m_drawn = -1;
    QJsonArray m_stages;
};

} // namespace

int cmdConnect(Context &ctx, const Args &args)
{
    sync::ShopConfig config;
    config.gateway = args.value(QStringLiteral("gateway"));
    config.appKey = args.value(QStringLiteral("app-key"));
    config.shopId = args.value(QStringLiteral("shop-id"));
    config.signMethod = args.value(QStringLiteral("sign-method"), QStringLiteral("md5"));
    if (!config.isComplete())
        return fail(
            Error::make(Error::Kind::Usage, QStringLiteral("connect needs --gateway, --app-key and --shop-id")));

    QByteArray secret;
    if (args.has(QStringLiteral("secret-stdin")))
        secret = readSecretFromStdin();
    else
        secret = qgetenv("ANXIN_APP_SECRET");
    auto secrets = platform::SecretStore::open(ctx.profile().dir());
    if (secret.isEmpty()) {
        if (!secrets->read(sync::appSecretKey(config.shopId)))
            return fail(Error::make(Error::Kind::Usage, QStringLiteral("give the app secret with --secret-stdin or "
                                                                       "ANXIN_APP_SECRET")));
    } else if (auto st = secrets->write(sync::appSecretKey(config.shopId), secret); !st) {
        return fail(st.error());
    }
    sync::saveShopConfig(ctx.settings(), config);

    // Prove the connection: a token must come back.
    auto conn = sync::ShopConnection::open(config, ctx.profile().dir());
    if (!conn)
        return fail(conn.error());
    QEventLoop loop;
    core::Result<QByteArray> token = Error::make(Error::Kind::Internal, QStringLiteral("no answer"));
    conn.value()->tokens()->withToken(&loop, [&](core::Result<QByteArray> t) {
        token = std::move(t);
        loop.quit();
    });
    loop.exec();
    if (!token)
        return fail(token.error());
    auto db = ctx.database();
    if (!db)
        return fail(db.error());
    if (auto st = conn.value()->recordShop(*db.value(), QDateTime::currentSecsSinceEpoch()); !st)
        return fail(st.error());
    const store::ShopRecord shop{config.shopId, conn.value()->tokens()->current().shopName, {}, {}, {}, 0, 0};
    const QString backend = platform::SecretStore::backendName(conn.value()->secrets()->backend());
    if (ctx.json) {
        printJson(QJsonObject{{QStringLiteral("shop_id"), shop.shopId},
                              {QStringLiteral("shop_name"), shop.name},
                              {QStringLiteral("secret_store"), backend}});
    } else {
        printOut(QStringLiteral("connected to %1 (%2); credentials in the %3 store\n")
                     .arg(shop.name.isEmpty() ? shop.shopId : shop.name, shop.shopId, backend));
    }
    return kOk;
}

int cmdSync(Context &ctx, const Args &args)
{
    bool everyOk = true;
    const double every = args.value(QStringLiteral("progress-every"), QStringLiteral("5")).toDouble(&everyOk);
    if (!everyOk || every < 0)
        return fail(Error::make(Error::Kind::Usage, QStringLiteral("--progress-every takes a number of seconds")));
    auto db = ctx.database();
    if (!db)
        return fail(db.error());
    if (db.value()->isReadOnly())
        return fail(Error::make(Error::Kind::TooNew, db.value()->openReason()));
    const sync::ShopConfig config = sync::shopConfigFrom(ctx.settings());
    auto conn = sync::ShopConnection::open(config, ctx.profile().dir());
    if (!conn)
        return fail(conn.error());

    sync::SyncOptions options;
    options.imageDir = ctx.profile().cacheDir() + QStringLiteral("/evidence");
    sync::SyncRun run(config.shopId, conn.value()->api(), db.value(), options);
    // Team mode (issue #35): like a desk, take or renew the shop's poller lease, or copy what the poller published
    // and call the platform only for this profile's own decisions. A team database out of reach: alone, said so.
    std::unique_ptr<team::TeamFeed> feed;
    if (const QString url = sync::teamUrlWithPassword(ctx.settings(), ctx.profile().dir()); !url.isEmpty()) {
        auto opened = team::TeamFeed::open(url, sync::teamDeskId(ctx.settings()), ctx.actorName(),
                                           team::TeamLinkOptions::fromEnvironment().leaseSecs);
        if (opened)
            feed = std::move(opened.value());
        else
            printErr(QStringLiteral("team database not reached (%1): this sync pulls the shop itself\n")
                         .arg(opened.error().message));
    }
    run.setFeed(feed.get());
    sync::SyncReport report;
    QEventLoop loop;
    ProgressPrinter printer(ctx.json                 ? ProgressPrinter::Mode::Json
                            : isatty(fileno(stderr)) ? ProgressPrinter::Mode::Terminal
                                                     : ProgressPrinter::Mode::Lines,
                            qint64(every * 1000));
    QObject::connect(&run, &sync::SyncRun::progress, &loop,
                     [&printer](const sync::SyncProgress &p) { printer.show(p); });
    QObject::connect(&run, &sync::SyncRun::finished, &loop, [&](const sync::SyncReport &r) {
        report = r;
        loop.quit();
    });
    run.start();
    loop.exec();
    printer.finish();
    if (report.ok())
        conn.value()->recordShop(*db.value(), QDateTime::currentSecsSinceEpoch());
    // The platform's clock as its answers told it: every later command's deadlines follow it, offline too.
    if (conn.value()->api()->clockLearned())
        ctx.settings().set(core::keys::platformClockOffsetMs, conn.value()->api()->clockOffsetMs());
    // Live auto-approve rules act on what this sync brought; their approvals go out with the next sync.
    sync::AutoRuleService::LiveReport rules;
    if (report.ok())
        rules = sync::AutoRuleService(*db.value())
                    .runLive(ctx.platformNowSecs(), ctx.settings().get(core::keys::returnAddressId));

    QJsonObject out{{QStringLiteral("shop_id"), report.shopId},
                    {QStringLiteral("ok"), report.ok()},
                    {QStringLiteral("pages"), report.pages},
                    {QStringLiteral("tickets_inserted"), report.ticketsInserted},
                    {QStringLiteral("tickets_updated"), report.ticketsUpdated},
                    {QStringLiteral("tickets_stale"), report.ticketsStale},
                    {QStringLiteral("orders"), report.ordersApplied},
                    {QStringLiteral("details"), report.details},
                    {QStringLiteral("products"), report.products},
                    {QStringLiteral("routes"), report.routes},
                    {QStringLiteral("images"), report.images},
                    {QStringLiteral("images_failed"), report.imagesFailed},
                    {QStringLiteral("items_refused"), report.itemsRefused},
                    {QStringLiteral("score_snapshots"), report.snapshots},
                    {QStringLiteral("decisions_sent"), report.decisionsSent},
                    {QStringLiteral("decisions_done"), report.decisionsDone},
                    {QStringLiteral("decisions_conflict"), report.decisionsConflict},
                    {QStringLiteral("decisions_overtaken"), report.decisionsOvertaken},
                    {QStringLiteral("decisions_failed"), report.decisionsFailed},
                    {QStringLiteral("requests"), report.requests},
                    {QStringLiteral("rate_limited"), report.rateLimited},
                    {QStringLiteral("concurrency"), report.concurrency},
                    {QStringLiteral("windows"), report.windows},
                    {QStringLiteral("elapsed_ms"), report.elapsedMs},
                    {QStringLiteral("rule_decisions_queued"), rules.queued}};
    if (!report.ok())
        out.insert(QStringLiteral("error"), report.error.message);
    out.insert(QStringLiteral("stages"), printer.stagesJson());
    if (report.openFirst)
        out.insert(QStringLiteral("open_first"), QJsonObject{{QStringLiteral("tickets"), report.openTickets},
                                                             {QStringLiteral("ready_ms"), report.openReadyMs}});
    if (rules.waiting > 0)
        out.insert(QStringLiteral("rule_claims_waiting"), rules.waiting);
    const QString role = report.teamRole == sync::SyncReport::TeamRole::Poller     ? QStringLiteral("poller")
                         : report.teamRole == sync::SyncReport::TeamRole::Follower ? QStringLiteral("follower")
                                                                                   : QStringLiteral("alone");
    if (feed || report.teamError.kind != Error::Kind::None) {
        QJsonObject teamOut{{QStringLiteral("role"), role},
                            {QStringLiteral("published"), report.published},
                            {QStringLiteral("copied"), report.copied}};
        if (report.teamError.kind != Error::Kind::None)
            teamOut.insert(QStringLiteral("error"), report.teamError.message);
        if (report.feedGap)
            teamOut.insert(QStringLiteral("gap"), true);
        out.insert(QStringLiteral("team"), teamOut);
    }
    // A follower's decisions come back with the poller's pull: it is asked to poll now.
    if (feed && report.teamRole == sync::SyncReport::TeamRole::Follower && report.decisionsSent > 0) {
        if (auto st = feed->askForPoll(config.shopId); !st)
            printErr(QStringLiteral("the shop's poller was not asked to poll: %1\n").arg(st.error().message));
    }
    if (ctx.json) {
        printJson(out);
    } else {
        printOut(QStringLiteral("%1 pages, %2 new and %3 updated tickets, %4 orders, %5 details; decisions: %6 sent, "
                                "%7 done, %8 conflicts, %9 failed (%10 ms)\n")
                     .arg(report.pages)
                     .arg(report.ticketsInserted)
                     .arg(report.ticketsUpdated)
                     .arg(report.ordersApplied)
                     .arg(report.details)
                     .arg(report.decisionsSent)
                     .arg(report.decisionsDone)
                     .arg(report.decisionsConflict)
                     .arg(report.decisionsFailed)
                     .arg(report.elapsedMs));
        if (report.teamRole == sync::SyncReport::TeamRole::Poller)
            printOut(QStringLiteral("team: this desk polls the shop; %1 answers published to the team\n")
                         .arg(report.published));
        else if (report.teamRole == sync::SyncReport::TeamRole::Follower)
            printOut(QStringLiteral("team: another desk polls the shop; %1 answers copied from the team\n")
                         .arg(report.copied));
        else if (report.teamError.kind != Error::Kind::None)
            printOut(QStringLiteral("team database failed during the sync (%1): the shop was pulled by this desk\n")
                         .arg(report.teamError.message));
        else if (report.feedGap)
            printOut(QStringLiteral("team: this cache is older than what the team keeps; the shop was pulled by this "
                                    "desk once, the team's data is copied from now on\n"));
        if (report.decisionsOvertaken > 0)
            printOut(
                QStringLiteral("%1 decision(s) reached the platform too late: it had already decided for the "
                               "buyer at the deadline; they are not sent again (anxin-cli outbox --json shows both "
                               "sides)\n")
                    .arg(report.decisionsOvertaken));
        if (report.rateLimited > 0)
            printOut(QStringLiteral("the platform's rate limit refused %1 call(s); each was sent again at the pace it "
                                    "allows\n")
                         .arg(report.rateLimited));
        if (report.itemsRefused > 0)
            printOut(QStringLiteral("completed with %1 item(s) refused by the platform; they are retried later "
                                    "(anxin-cli status lists them)\n")
                         .arg(report.itemsRefused));
        if (report.imagesFailed > 0)
            printOut(QStringLiteral("%1 evidence image(s) not downloaded; retried with the next syncs\n")
                         .arg(report.imagesFailed));
        if (report.openFirst && report.openReadyMs >= 0)
            printOut(QStringLiteral("open work first: %1 open ticket(s) with their details in the cache after %2 ms, "
                                    "then the history\n")
                         .arg(report.openTickets)
                         .arg(report.openReadyMs));
        if (rules.waiting > 0)
            printOut(QStringLiteral("auto-approve rules wait for the shop's history (%1 claim(s)): it is still "
                                    "loading; the next sync goes on with it\n")
                         .arg(rules.waiting));
        if (rules.queued > 0)
            printOut(QStringLiteral("auto-approve rules queued %1 decision(s); they go out with the next sync\n")
                         .arg(rules.queued));
        for (const QString &p : rules.problems)
            printErr(QStringLiteral("auto-approve rule not applied: %1\n").arg(p));
    }
    if (!report.ok())
        return fail(report.error);
    if (report.decisionsConflict > 0 || report.decisionsOvertaken > 0)
        return kConflict;
    return report.itemsRefused > 0 ? kRefusals : kOk;
}

} // namespace anxin::cli

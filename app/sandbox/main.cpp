// anxin-sandbox: the platform's open API on loopback, for the client's tests and demos.
#include "core/logging.h"
#include "core/processend.h"
#include "core/version.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>
#include <thread>

namespace {

const char *kUsage = R"(anxin-sandbox: a local, faithful implementation of the platform's open API (loopback only).

Usage: anxin-sandbox [options]

  --listen HOST:PORT   loopback address to listen on (default 127.0.0.1:8765; PORT 0 = any free port;
                       a non-loopback HOST is refused)
  --port-file FILE     write the chosen port to FILE once listening
  --seed N             data seed (default 1): same seed and --now give byte-identical answers
  --shops N            number of shops (default 1); shop i>0 uses app key K+i, secret S-i, shop id ID+i
  --tickets N          after-sales tickets in total (default 600, up to 2000000); orders = tickets +
                       min(2 x tickets, 400000)
  --live               new orders and tickets arrive over time (one every --live-interval-ms)
  --live-interval-ms N real milliseconds between live arrivals (default 3000)
  --now SECS           start the sandbox clock at this Unix time (default: the real time)
  --history-days N     the world moves with the clock (each shop's daily orders and tickets arrive, orders
                       ship, are scanned and signed) and the clock starts N days before --now, so a client
                       collects N daily shop.reputation snapshots by advancing it a day at a time and syncing
  --app-key K          first shop's app key     (demo default 7000000000000000001)
  --app-secret S       first shop's app secret  (demo default demo-secret-0123456789)
  --shop-id ID         first shop's shop id     (demo default 1234567)
  --qps N              calls of one method by one app key allowed in any second (default 100; 0: no
                       limit); past it the answer is 60000 isv.traffic-limited, like the platform's
  --stop-on-stdin-eof  stop when standard input closes (how a parent process stops it on every OS;
                       POST /__sandbox/shutdown does the same over HTTP)
  --help, --version

Platform API: POST /{method with '.' -> '/'}?app_key&method&v=2&timestamp&sign[&sign_method][&access_token]
  with param_json as the body (or the query). See shared/platform-api.md.

Control endpoints (JSON, no signature):
  GET    /__sandbox/health
  POST   /__sandbox/shutdown                   answers, then the sandbox stops
  GET    /__sandbox/shops                      [{shop_id, shop_name, app_key, app_secret}]
  POST   /__sandbox/reset     {seed?, shops?, tickets?, now?, freeze?, history_days?}   regenerate; clears
                               tokens/faults/counters (with history days, now is where the history ends)
  GET    /__sandbox/clock     -> {now, now_ms, frozen, iso}
  POST   /__sandbox/clock     {advance_s?} {set?} {freeze?}   then runs due buyer/platform events
  POST   /__sandbox/faults    {kind, count? | ratio?, method?, retry_after?, latency_ms?, http429?, status?,
                               apply?, huge?}
         kinds: rate_limit, http_5xx, platform_5xx, latency, drop_mid_body, drop_after_write,
                malformed_json, token_expiry, oversized_page      (no count/ratio: the next call only)
         item faults (until DELETE): image_host {host: silent|unresolvable|served}, deleted_product {count?},
                unknown_tracking {count?}, no_promise {count?},
                time_text {form: beijing|dst_gap|malformed, count?}, refuse_item {aftersale_id? | count?, code? 50002|11001},
                operate_no_items {count?}
  GET    /__sandbox/faults    DELETE /__sandbox/faults
  GET    /__sandbox/limits    POST /__sandbox/limits {qps?, methods?: {"afterSale.Detail": N}}
                                               the rate limit (per app key, per method; 0: none,
                                               a negative method value: back to qps); kept by reset
  GET    /__sandbox/counters  POST /__sandbox/counters/reset   (limited: calls refused by the limit)
  POST   /__sandbox/live/tick {count?}         live arrivals on demand
  GET    /__sandbox/images/<key>/<n>.png       evidence and product photos

Timing conventions: review window 24 h (fresh claims) / 48 h; buyer return 7 d; merchant receipt 7 d
(timeExtend +7 d once, when <= 2 d remain); exchange receipt 10 d; the platform decides 2 h after a deadline.
)";

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

// A thread blocked on standard input; when the parent closes it (or dies), the event loop quits. Detached: the
// process ends with it still blocked when it stops another way.
void stopWhenStdinCloses()
{
    std::thread([] {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
        if (QCoreApplication *running = QCoreApplication::instance())
            QMetaObject::invokeMethod(running, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "anxin-sandbox: %s\n(see --help)\n", qPrintable(message));
    return 2;
}

} // namespace

static int runSandbox(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("anxin-sandbox"));
    anxin::core::installLogHandler();

    anxin::sandbox::SandboxOptions options;
    QHostAddress address(QHostAddress::LocalHost);
    quint16 port = 8765;
    QString portFile;
    int liveIntervalMs = 3000;
    bool stopOnStdinEof = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const auto value = [&](QString *out) {
            if (i + 1 >= args.size())
                return false;
            *out = args[++i];
            return true;
        };
        QString v;
        bool ok = true;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (a == QLatin1String("--version")) {
            std::printf("anxin-sandbox %s (%s)\n", anxin::core::kAppVersion, anxin::core::kGitCommit);
            return 0;
        } else if (a == QLatin1String("--live")) {
            options.live = true;
        } else if (a == QLatin1String("--stop-on-stdin-eof")) {
            stopOnStdinEof = true;
        } else if (!value(&v)) {
            return usageError(QStringLiteral("%1 needs a value").arg(a));
        } else if (a == QLatin1String("--listen")) {
            if (!parseListen(v, &address, &port))
                return usageError(QStringLiteral("--listen wants HOST:PORT, got %1").arg(v));
        } else if (a == QLatin1String("--port-file")) {
            portFile = v;
        } else if (a == QLatin1String("--seed")) {
            options.seed = v.toULongLong(&ok);
        } else if (a == QLatin1String("--shops")) {
            options.shops = v.toInt(&ok);
            ok = ok && options.shops >= 1 && options.shops <= 1000;
        } else if (a == QLatin1String("--tickets")) {
            options.tickets = v.toInt(&ok);
            ok = ok && options.tickets >= 0 && options.tickets <= 2000000;
        } else if (a == QLatin1String("--live-interval-ms")) {
            liveIntervalMs = v.toInt(&ok);
            ok = ok && liveIntervalMs >= 10;
        } else if (a == QLatin1String("--qps")) {
            options.qps = v.toInt(&ok);
            ok = ok && options.qps >= 0;
        } else if (a == QLatin1String("--history-days")) {
            options.historyDays = v.toInt(&ok);
            ok = ok && options.historyDays >= 0 && options.historyDays <= 365;
        } else if (a == QLatin1String("--now")) {
            options.nowSecs = v.toLongLong(&ok);
            ok = ok && options.nowSecs > 0;
        } else if (a == QLatin1String("--app-key")) {
            options.appKey = v.toUtf8();
        } else if (a == QLatin1String("--app-secret")) {
            options.appSecret = v.toUtf8();
        } else if (a == QLatin1String("--shop-id")) {
            options.shopId = v.toUtf8();
        } else {
            return usageError(QStringLiteral("unknown option %1").arg(a));
        }
        if (!ok)
            return usageError(QStringLiteral("invalid value for %1: %2").arg(a, v));
    }
    if (!address.isLoopback())
        return usageError(QStringLiteral("refusing to listen on %1: loopback addresses only").arg(address.toString()));
    if (options.appKey.isEmpty() || options.appSecret.isEmpty() || options.shopId.isEmpty())
        return usageError(QStringLiteral("--app-key, --app-secret and --shop-id must not be empty"));

    anxin::sandbox::SandboxState state(options);
    for (const anxin::sandbox::ShopInfo &shop : state.world().shops)
        anxin::core::LogRedactor::addSecret(QString::fromUtf8(shop.appSecret));
    anxin::sandbox::SandboxServer server(state);
    QString error;
    if (!server.listenLoopback(address, port, &error)) {
        std::fprintf(stderr, "anxin-sandbox: %s\n", qPrintable(error));
        return 3;
    }
    server.setLive(options.live, liveIntervalMs);
    // Stopping without a signal: Windows has no SIGTERM and a console program ignores WM_CLOSE.
    QObject::connect(&server, &anxin::sandbox::SandboxServer::stopRequested, &app,
                     [&app] { QTimer::singleShot(50, &app, &QCoreApplication::quit); });
    if (stopOnStdinEof)
        stopWhenStdinCloses();
    if (!portFile.isEmpty()) {
        QSaveFile f(portFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(server.port()) + '\n') < 0 || !f.commit()) {
            std::fprintf(stderr, "anxin-sandbox: cannot write the port file %s\n", qPrintable(portFile));
            return 3;
        }
    }
    qCInfo(lcSandbox).noquote()
        << QStringLiteral("listening on %1 (seed %2, %3 shops, %4 tickets, %5 orders, generated in %6 ms%7)")
               .arg(server.baseUrl())
               .arg(options.seed)
               .arg(state.world().shops.size())
               .arg(state.world().tickets.size())
               .arg(state.world().orders.size())
               .arg(state.generationMs())
               .arg(options.live ? QStringLiteral(", live") : QString());
    return app.exec();
}

int main(int argc, char **argv)
{
    return anxin::core::endProcess(runSandbox(argc, argv));
}

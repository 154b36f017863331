// Sync benchmarks, measured side by side in one run against an anxin-sandbox process on loopback:
//   sync_100k      initial sync of N tickets (tickets stream) vs a bare loop fetching the same pages and
//                  inserting them with one raw prepared statement per page transaction; ratio = ours / floor time
//   warm_sync      a complete sync (push, all pull streams, push) of the same shop once nothing changed
//   ui_stall_sync  the longest gap of a 5 ms UI-thread timer while the app's background worker runs a full sync,
//                  with the real main window open on one page (--page; its reads as the cache changes count), and
//                  for a second after the sync reports, when every page and the alerts re-read the cache
//   dead_image_host  a first full sync (with evidence images) of a 3 000-ticket shop whose image host never
//                  answers, against the same sync with its images served, side by side: the seconds it adds
//   first_actionable_100k  a first full sync of N tickets under the sandbox's default rate limit with 60 ms added to
//                  every call (a desktop in China talking to the platform): the time until every open ticket and its
//                  detail is in the cache
//   first_sync_100k_latency  the same sync until it is complete, against the floor of the same run: the calls it
//                  made of each method divided by the sandbox's limit for that method, summed
// Prints one JSON object per line (name, value, unit, floor, target, target_kind: see benchsupport.h).
// Usage: bench_sync [--tickets N] [--sandbox PATH]
//        [--only sync_100k|warm_sync|ui_stall_sync|dead_image_host|first_sync_latency]
//        [--page KEY]
//        (--page: the page shown during ui_stall_sync, "workbench" (the home page) unless told)
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "platform/apiclient.h"
#include "platform/canonicaljson.h"
#include "platform/secretstore.h"
#include "platform/signer.h"
#include "platform/tokenmanager.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"
#include "shell/pageregistry.h"
#include "store/database.h"
#include "store/writetransaction.h"
#include "sync/shopsyncer.h"
#include "sync/syncrun.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <sqlite3.h>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace anxin;

namespace {

const QByteArray kKey = "7000000000000000001";
const QByteArray kSecret = "demo-secret-0123456789";
const QString kShop = QStringLiteral("1234567");

void emitJson(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

struct Sandbox
{
    QProcess process;
    QString url;
    // Most workloads measure the client's own work against a bare loop or a fixed target: without the sandbox's
    // default rate limit (it would measure the limit instead, and the bare loop does not pace). `limited`: with it.
    bool start(const QString &path, int tickets, QTemporaryDir &dir, bool limited = false)
    {
        const QString portFile = dir.filePath(QStringLiteral("port"));
        QStringList args{QStringLiteral("--listen"),    QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--port-file"), portFile,
                         QStringLiteral("--seed"),      QStringLiteral("11"),
                         QStringLiteral("--tickets"),   QString::number(tickets)};
        if (!limited)
            args << QStringLiteral("--qps") << QStringLiteral("0");
        process.start(path, args);
        if (!process.waitForStarted())
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000) {
            QFile f(portFile);
            if (f.open(QIODevice::ReadOnly) && f.size() > 0) {
                url = QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(f.readAll().trimmed());
                return true;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        return false;
    }
    ~Sandbox()
    {
        process.kill();
        process.waitForFinished();
    }
};

// Processor time (user + system) of this process, and of another by its pid; -1 where the system does not say.
qint64 ownCpuMs()
{
#ifdef Q_OS_LINUX
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) != 0)
        return -1;
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
#else
    return -1;
#endif
}

qint64 processCpuMs(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = f.readAll();
    // Fields after the command's closing parenthesis: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const long tick = sysconf(_SC_CLK_TCK);
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / std::max(tick, 1L);
#else
    Q_UNUSED(pid);
    return -1;
#endif
}

// The floor: fetch the same pages (same keyset walk) with a bare QNetworkAccessManager, parse with
// QJsonDocument, insert with one raw prepared statement per page transaction. No retries, no cursors.
qint64 bareLoop(const QString &gateway, const QString &dbPath, qint64 *ticketsOut)
{
    store::Database db;
    if (!db.open(dbPath).ok())
        return -1;
    sqlite3 *h = db.handle();
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO tickets (aftersale_id, shop_id, shop_order_id, aftersale_type, aftersale_status, "
                       "refund_amount, apply_time, update_time, status_deadline, final_time, product_name, raw_json) "
                       "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12) ON CONFLICT(aftersale_id) DO UPDATE SET "
                       "aftersale_status=excluded.aftersale_status, update_time=excluded.update_time, "
                       "raw_json=excluded.raw_json WHERE excluded.update_time >= tickets.update_time",
                       -1, &insert, nullptr);
    QNetworkAccessManager nam;
    QByteArray token;
    auto post = [&](const QByteArray &method, const QByteArray &param) {
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        QUrl url(gateway + QLatin1Char('/') + QString::fromLatin1(method).replace(QLatin1Char('.'), QLatin1Char('/')));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("app_key"), QString::fromLatin1(kKey));
        q.addQueryItem(QStringLiteral("method"), QString::fromLatin1(method));
        q.addQueryItem(QStringLiteral("v"), QStringLiteral("2"));
        q.addQueryItem(QStringLiteral("timestamp"), QString::fromLatin1(ts));
        q.addQueryItem(QStringLiteral("sign"), QString::fromLatin1(platform::sign(platform::SignMethod::Md5, kSecret,
                                                                                  kKey, method, param, ts)));
        if (!token.isEmpty())
            q.addQueryItem(QStringLiteral("access_token"), QString::fromLatin1(token));
        url.setQuery(q);
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *r = nam.post(req, param);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = r->readAll();
        r->deleteLater();
        return QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject();
    };
    QElapsedTimer t;
    t.start();
    token =
        post("token.create",
             platform::canonicalJson(QJsonObject{{QStringLiteral("code"), QString()},
                                                 {QStringLiteral("grant_type"), QStringLiteral("authorization_self")},
                                                 {QStringLiteral("shop_id"), kShop}}))
            .value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 start = now - 90 * 86400 + 60;
    int page = 0;
    qint64 tickets = 0;
    for (;;) {
        const QJsonObject data =
            post("afterSale.List", platform::canonicalJson(QJsonObject{
                                       {QStringLiteral("update_start_time"), start},
                                       {QStringLiteral("update_end_time"), now + 5},
                                       {QStringLiteral("order_by"), QJsonArray{QStringLiteral("update_time asc")}},
                                       {QStringLiteral("page"), page},
                                       {QStringLiteral("size"), 100}}));
        const QJsonArray items = data.value(QStringLiteral("items")).toArray();
        sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        qint64 last = 0;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const QJsonObject a = item.value(QStringLiteral("aftersale_info")).toObject();
            const QJsonObject o = item.value(QStringLiteral("order_info")).toObject();
            const QJsonArray lines = o.value(QStringLiteral("related_order_info")).toArray();
            const QByteArray id = a.value(QStringLiteral("aftersale_id")).toString().toLatin1();
            const QByteArray orderId = o.value(QStringLiteral("shop_order_id")).toString().toLatin1();
            const QByteArray product =
                lines.isEmpty() ? QByteArray()
                                : lines.first().toObject().value(QStringLiteral("product_name")).toString().toUtf8();
            const QByteArray raw = QJsonDocument(item).toJson(QJsonDocument::Compact);
            last = a.value(QStringLiteral("update_time")).toInteger();
            sqlite3_bind_text(insert, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, "1234567", 7, SQLITE_STATIC);
            sqlite3_bind_text(insert, 3, orderId.constData(), int(orderId.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(insert, 4, a.value(QStringLiteral("aftersale_type")).toInteger());
            sqlite3_bind_int64(insert, 5, a.value(QStringLiteral("aftersale_status")).toInteger());
            sqlite3_bind_int64(insert, 6, a.value(QStringLiteral("refund_amount")).toInteger());
            sqlite3_bind_int64(insert, 7, a.value(QStringLiteral("apply_time")).toInteger());
            sqlite3_bind_int64(insert, 8, last);
            sqlite3_bind_int64(insert, 9, a.value(QStringLiteral("status_deadline")).toInteger());
            sqlite3_bind_int64(insert, 10, a.value(QStringLiteral("aftersale_status_to_final_time")).toInteger());
            sqlite3_bind_text(insert, 11, product.constData(), int(product.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 12, raw.constData(), int(raw.size()), SQLITE_TRANSIENT);
            sqlite3_step(insert);
            sqlite3_reset(insert);
            ++tickets;
        }
        sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
        if (!data.value(QStringLiteral("has_more")).toBool() || items.isEmpty())
            break;
        if (last > start) {
            start = last;
            page = 0;
        } else {
            ++page;
        }
    }
    const qint64 ms = t.elapsed();
    sqlite3_finalize(insert);
    // Rows, not items: the keyset boundary reads a few items twice.
    sqlite3_stmt *count = nullptr;
    sqlite3_prepare_v2(h, "SELECT count(*) FROM tickets", -1, &count, nullptr);
    sqlite3_step(count);
    *ticketsOut = sqlite3_column_int64(count, 0);
    sqlite3_finalize(count);
    Q_UNUSED(tickets)
    return ms;
}

struct Client
{
    std::unique_ptr<platform::MemorySecretStore> secrets = std::make_unique<platform::MemorySecretStore>();
    std::unique_ptr<platform::ApiClient> api;
    std::unique_ptr<platform::TokenManager> tokens;
    explicit Client(const QString &gateway)
    {
        platform::ApiConfig c;
        c.gateway = QUrl(gateway);
        c.appKey = kKey;
        c.appSecret = kSecret;
        api = std::make_unique<platform::ApiClient>(c, core::Clock::system());
        tokens = std::make_unique<platform::TokenManager>(api.get(), secrets.get(), kShop);
        api->setTokenProvider(tokens.get());
    }
};

sync::SyncReport runSync(Client &client, store::Database &db, sync::SyncOptions options, bool full)
{
    sync::SyncReport report;
    QEventLoop loop;
    if (full) {
        sync::SyncRun run(kShop, client.api.get(), &db, options);
        QObject::connect(&run, &sync::SyncRun::finished, &loop, [&](const sync::SyncReport &r) {
            report = r;
            loop.quit();
        });
        run.start();
        loop.exec();
    } else {
        sync::ShopSyncer syncer(kShop, client.api.get(), &db, options);
        QObject::connect(&syncer, &sync::ShopSyncer::finished, &loop, [&](const sync::SyncReport &r) {
            report = r;
            loop.quit();
        });
        syncer.start();
        loop.exec();
    }
    return report;
}

// One control call to the sandbox; its JSON answer (empty on failure).
QJsonObject control(const QString &base, const QByteArray &verb, const QString &path, const QJsonObject &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(base + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *r = verb == "GET" ? nam.get(req) : nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop wait;
    QObject::connect(r, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    const bool ok = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    const QJsonObject answer = QJsonDocument::fromJson(r->readAll()).object();
    r->deleteLater();
    return ok ? answer : QJsonObject();
}

// A first full sync with evidence images of a fresh sandbox shop, its image host served or silent.
bool timedFirstSync(const QString &sandboxPath, bool deadHost, qint64 *ms, sync::SyncReport *report)
{
    QTemporaryDir dir;
    Sandbox sandbox;
    if (!sandbox.start(sandboxPath, 3000, dir))
        return false;
    if (deadHost && control(sandbox.url, "POST", QStringLiteral("/__sandbox/faults"),
                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("image_host")},
                                        {QStringLiteral("host"), QStringLiteral("silent")}})
                        .isEmpty())
        return false;
    store::Database db;
    if (!db.open(dir.filePath(QStringLiteral("cache.db"))).ok())
        return false;
    Client client(sandbox.url);
    sync::SyncOptions options;
    options.imageDir = dir.filePath(QStringLiteral("images"));
    QElapsedTimer t;
    t.start();
    *report = runSync(client, db, options, true);
    *ms = t.elapsed();
    return report->ok();
}

// first_actionable_100k and first_sync_100k_latency: one first sync, as an agent's desk makes it (no images: they
// come from the CDN, not the API), under the sandbox's default rate limit and 60 ms per call.
bool firstSyncUnderLatency(const QString &sandboxPath, int tickets)
{
    QTemporaryDir dir;
    Sandbox sandbox;
    if (!sandbox.start(sandboxPath, tickets, dir, true))
        return false;
    if (control(sandbox.url, "POST", QStringLiteral("/__sandbox/faults"),
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                            {QStringLiteral("latency_ms"), 60},
                            {QStringLiteral("ratio"), 1}})
            .isEmpty())
        return false;
    const QJsonObject limits = control(sandbox.url, "GET", QStringLiteral("/__sandbox/limits"));
    const int qps = limits.value(QStringLiteral("qps")).toInt();
    if (qps <= 0)
        return false;
    store::Database db;
    if (!db.open(dir.filePath(QStringLiteral("cache.db"))).ok())
        return false;
    Client client(sandbox.url);
    sync::SyncOptions options;
    options.images = false;
    const qint64 sandboxPid = sandbox.process.processId();
    const qint64 ownCpu0 = ownCpuMs();
    const qint64 sandboxCpu0 = processCpuMs(sandboxPid);
    QElapsedTimer t;
    t.start();
    const sync::SyncReport report = runSync(client, db, options, true);
    const qint64 ms = t.elapsed();
    // Where the processor went: on a machine that runs the sandbox too, the two share its cores.
    const qint64 ownCpu = ownCpuMs() - ownCpu0;
    const qint64 sandboxCpu = processCpuMs(sandboxPid) - sandboxCpu0;
    // The floor: every call this sync made, each method at the sandbox's limit for it, one method after another.
    const QJsonObject counters = control(sandbox.url, "GET", QStringLiteral("/__sandbox/counters"));
    const QJsonObject calls = counters.value(QStringLiteral("calls")).toObject();
    const QJsonObject methodLimits = limits.value(QStringLiteral("methods")).toObject();
    double floorS = 0;
    qint64 totalCalls = 0;
    for (auto it = calls.constBegin(); it != calls.constEnd(); ++it) {
        if (it.key() == QLatin1String("token.create"))
            continue;
        const int limit = methodLimits.value(it.key()).toInt(qps);
        totalCalls += it.value().toInteger();
        floorS += limit > 0 ? double(it.value().toInteger()) / limit : 0;
    }
    const qint64 detailCalls = calls.value(QStringLiteral("afterSale.Detail")).toInteger();
    emitJson({{QStringLiteral("name"), QStringLiteral("first_actionable_100k")},
              {QStringLiteral("value"), report.openReadyMs / 1000.0},
              {QStringLiteral("unit"), QStringLiteral("s")},
              {QStringLiteral("tickets"), tickets},
              {QStringLiteral("open_tickets"), report.openTickets},
              {QStringLiteral("qps"), qps},
              {QStringLiteral("latency_ms"), 60},
              {QStringLiteral("concurrency"), report.concurrency},
              {QStringLiteral("floor"), QJsonValue()},
              {QStringLiteral("target"), 10},
              {QStringLiteral("target_kind"), QStringLiteral("value_max")},
              {QStringLiteral("ok"), report.ok() && report.openFirst && report.openReadyMs > 0}});
    emitJson({{QStringLiteral("name"), QStringLiteral("first_sync_100k_latency")},
              {QStringLiteral("value"), ms / 1000.0},
              {QStringLiteral("unit"), QStringLiteral("s")},
              {QStringLiteral("floor"), floorS},
              {QStringLiteral("calls"), totalCalls},
              {QStringLiteral("detail_calls"), detailCalls},
              {QStringLiteral("pages"), report.pages},
              {QStringLiteral("rate_limited"), report.rateLimited},
              {QStringLiteral("concurrency"), report.concurrency},
              {QStringLiteral("windows"), report.windows},
              {QStringLiteral("client_cpu_s"), ownCpu / 1000.0},
              {QStringLiteral("sandbox_cpu_s"), sandboxCpu / 1000.0},
              {QStringLiteral("target"), 1.3},
              {QStringLiteral("target_kind"), QStringLiteral("ratio_max")},
              {QStringLiteral("ok"), report.ok()}});
    return true;
}

bool deadImageHost(const QString &sandboxPath)
{
    qint64 servedMs = 0;
    qint64 deadMs = 0;
    sync::SyncReport served;
    sync::SyncReport dead;
    if (!timedFirstSync(sandboxPath, false, &servedMs, &served) || !timedFirstSync(sandboxPath, true, &deadMs, &dead))
        return false;
    emitJson({{QStringLiteral("name"), QStringLiteral("dead_image_host")},
              {QStringLiteral("value"), (deadMs - servedMs) / 1000.0},
              {QStringLiteral("unit"), QStringLiteral("s")},
              {QStringLiteral("served_s"), servedMs / 1000.0},
              {QStringLiteral("dead_s"), deadMs / 1000.0},
              {QStringLiteral("images_served"), served.images},
              {QStringLiteral("images_failed"), dead.imagesFailed},
              {QStringLiteral("floor"), QJsonValue()},
              {QStringLiteral("target"), 6},
              {QStringLiteral("target_kind"), QStringLiteral("value_max")},
              {QStringLiteral("ok"), served.ok() && dead.ok() && dead.images == 0}});
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    qputenv("QT_LOGGING_RULES", "anxin.*.debug=false\nanxin.*.info=false");
    QApplication app(argc, argv);
    int tickets = 100000;
    // The page shown during ui_stall_sync: the Workbench, where the app opens.
    QString pageKey = QStringLiteral("workbench");
    QString only; // one workload by name; sync_100k and warm_sync run together (warm needs the synced cache)
    QString sandboxPath = QStringLiteral(ANXIN_SANDBOX_PROGRAM); // $<TARGET_FILE:anxin-sandbox>
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--tickets"))
            tickets = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--sandbox"))
            sandboxPath = args[i + 1];
        else if (args[i] == QLatin1String("--only"))
            only = args[i + 1];
        else if (args[i] == QLatin1String("--page"))
            pageKey = args[i + 1];
    }
    if (only.isEmpty() || only == QLatin1String("dead_image_host")) {
        if (!deadImageHost(sandboxPath))
            return 1;
        if (!only.isEmpty())
            return 0;
    }
    if (only.isEmpty() || only == QLatin1String("first_sync_latency")) {
        if (!firstSyncUnderLatency(sandboxPath, tickets))
            return 1;
        if (!only.isEmpty())
            return 0;
    }
    QTemporaryDir dir;
    Sandbox sandbox;
    if (!sandbox.start(sandboxPath, tickets, dir)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(sandboxPath));
        return 1;
    }

    if (only.isEmpty() || only == QLatin1String("sync_100k") || only == QLatin1String("warm_sync")) {
        // sync_100k: floor first, then ours, each into a fresh database.
        qint64 floorTickets = 0;
        const qint64 floorMs = bareLoop(sandbox.url, dir.filePath(QStringLiteral("floor.db")), &floorTickets);
        store::Database db;
        if (!db.open(dir.filePath(QStringLiteral("ours.db"))).ok())
            return 1;
        Client client(sandbox.url);
        sync::SyncOptions ticketsOnly;
        ticketsOnly.orders = ticketsOnly.details = ticketsOnly.products = ticketsOnly.routes = ticketsOnly.reputation =
            ticketsOnly.images = false;
        QElapsedTimer t;
        t.start();
        const auto initial = runSync(client, db, ticketsOnly, false);
        const qint64 oursMs = t.elapsed();
        const qint64 ours = initial.ticketsInserted + initial.ticketsUpdated;
        const double oursRate = ours * 1000.0 / std::max<qint64>(oursMs, 1);
        const double floorRate = floorTickets * 1000.0 / std::max<qint64>(floorMs, 1);
        emitJson({{QStringLiteral("name"), QStringLiteral("sync_100k")},
                  {QStringLiteral("tickets"), ours},
                  {QStringLiteral("value"), oursMs / 1000.0},
                  {QStringLiteral("unit"), QStringLiteral("s")},
                  {QStringLiteral("floor"), floorMs / 1000.0},
                  {QStringLiteral("tickets_per_s"), qRound(oursRate)},
                  {QStringLiteral("floor_tickets_per_s"), qRound(floorRate)},
                  {QStringLiteral("target"), 1.5},
                  {QStringLiteral("target_kind"), QStringLiteral("ratio_max")},
                  {QStringLiteral("ok"), initial.ok() && ours == floorTickets}});

        // warm_sync: complete syncs until the per-item queues (details, products, routes, images) are caught up,
        // then one more, timed: nothing changed on the platform.
        // Catch-up runs take the one-time backlogs (details, evidence images, routes) in large bites; the timed
        // warm run then uses the product's own per-run limits.
        // "Nothing changed" needs a platform that stands still: the sandbox's clock is frozen, or its deadlines keep
        // deciding tickets (new details) under the catch-up's feet. The catch-up takes the evidence without the
        // per-sync image budget (which keeps a dead image host from stalling a sync, not a backlog from draining).
        control(sandbox.url, "POST", QStringLiteral("/__sandbox/clock"), QJsonObject{{QStringLiteral("freeze"), true}});
        sync::SyncOptions full;
        full.imageDir = dir.filePath(QStringLiteral("images"));
        sync::SyncOptions catchUp = full;
        catchUp.maxDetails = catchUp.maxImages = catchUp.maxRoutes = catchUp.maxProducts = 100000;
        catchUp.imageBudgetMs = 3600 * 1000;
        for (int i = 0; i < 40; ++i) {
            const auto r = runSync(client, db, catchUp, true);
            // Why the catch-up ended matters: a timed run with backlog left is not "nothing changed".
            std::fprintf(stderr,
                         "bench_sync: catch-up %d: %s, details %d, products %d, routes %d, images %d, snapshots %d\n",
                         i + 1, r.ok() ? "ok" : qPrintable(r.error.message), r.details, r.products, r.routes, r.images,
                         r.snapshots);
            if (!r.ok() || (r.details + r.products + r.routes + r.images + r.snapshots == 0))
                break;
        }
        t.restart();
        const auto warm = runSync(client, db, full, true);
        const qint64 warmMs = t.elapsed();
        emitJson({{QStringLiteral("name"), QStringLiteral("warm_sync")},
                  {QStringLiteral("value"), warmMs},
                  {QStringLiteral("unit"), QStringLiteral("ms")},
                  {QStringLiteral("requests"), warm.requests},
                  {QStringLiteral("details"), warm.details},
                  {QStringLiteral("products"), warm.products},
                  {QStringLiteral("routes"), warm.routes},
                  {QStringLiteral("images"), warm.images},
                  {QStringLiteral("pages"), warm.pages},
                  {QStringLiteral("floor"), QJsonValue()},
                  {QStringLiteral("target"), 1000},
                  {QStringLiteral("target_kind"), QStringLiteral("value_max")},
                  {QStringLiteral("ok"), warm.ok()}});
    }
    if (!only.isEmpty() && only != QLatin1String("ui_stall_sync"))
        return 0;

    // ui_stall_sync: a DeskSession's worker syncs a fresh profile while the UI thread's 5 ms timer runs.
    core::Profile profile(dir.filePath(QStringLiteral("profile")));
    profile.ensureExists();
    core::Settings settings(profile.settingsPath());
    settings.set(core::keys::gateway, sandbox.url);
    settings.set(core::keys::appKey, QString::fromLatin1(kKey));
    settings.set(core::keys::shopId, kShop);
    qputenv("ANXIN_SECRET_STORE", "memory");
    qputenv("ANXIN_APP_SECRET", kSecret);
    models::DeskSession session(profile, settings, core::Clock::system());
    if (!session.open().ok())
        return 1;
    const ui::PageInfo *page = ui::pageByKey(pageKey);
    if (!page) {
        std::fprintf(stderr, "no page %s\n", qPrintable(pageKey));
        return 1;
    }
    settings.set(core::keys::lastPage, pageKey);
    ui::LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    ui::MainWindow window(session, languages, profile.dir());
    window.resize(1440, 900);
    window.show();
    window.showPage(page->id);
    QElapsedTimer tick;
    qint64 worst = 0;
    int over20 = 0; // stalls an agent would notice while typing
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        const qint64 gap = tick.restart() - 5;
        over20 += gap > 20 ? 1 : 0;
        worst = std::max(worst, gap);
    });
    QEventLoop loop;
    sync::SyncReport stallReport;
    // The pages react to the finished sync in the same turn of the event loop that reports it, so the timer keeps
    // running for a second afterwards: a stall there is the user's stall too.
    QObject::connect(&session, &models::DeskSession::syncFinished, &loop, [&](const sync::SyncReport &r) {
        stallReport = r;
        QTimer::singleShot(1000, &loop, &QEventLoop::quit);
    });
    tick.start();
    timer.start();
    session.syncControl().startSync(0);
    loop.exec();
    timer.stop();
    emitJson({{QStringLiteral("name"), QStringLiteral("ui_stall_sync")},
              {QStringLiteral("value"), worst},
              {QStringLiteral("unit"), QStringLiteral("ms")},
              {QStringLiteral("tickets"), stallReport.ticketsInserted},
              {QStringLiteral("page"), pageKey},
              {QStringLiteral("stalls_over_20ms"), over20},
              {QStringLiteral("floor"), QJsonValue()},
              {QStringLiteral("target"), 50},
              {QStringLiteral("target_kind"), QStringLiteral("value_max")},
              {QStringLiteral("ok"), stallReport.ok()}});
    return 0;
}

// Soak (label `slow`, outside the default run): anxin-sandbox in live mode (a new order or ticket every 250 ms)
// with 5 % of API calls failing (1 % each: HTTP 503, rate limit with Retry-After, connection dropped mid-body,
// write applied but its answer lost, malformed JSON) while this client syncs and decides in a loop for
// ANXIN_SOAK_SECONDS (default 600 = 10 minutes). Then the faults stop and the client drains its outbox.
// Checks: nothing lost (every decision reached a final state; none left pending), nothing duplicated (each
// ticket decided once locally, and the sandbox applied exactly as many operate items as the outbox has done
// approvals), the cache converged, the audit chain intact, and memory flat (RSS after the warm-up round vs at the
// end). Run: ANXIN_SOAK_SECONDS=60 ctest -R tst_soak --output-on-failure (or ctest -L slow).
#include "platform/apiclient.h"
#include "platform/secretstore.h"
#include "platform/tokenmanager.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/ticketrepository.h"
#include "sync/decisions.h"
#include "sync/syncrun.h"
#include "synctestsupport.h"
#include "testmain.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace anxin;

namespace {

qint64 rssKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

sync::SyncReport syncOnce(const QString &shopId, platform::ApiClient *api, store::Database &db)
{
    sync::SyncOptions options = test::testSyncOptions();
    options.products = options.routes = options.reputation = false;
    sync::SyncRun run(shopId, api, &db, options);
    std::optional<sync::SyncReport> out;
    QEventLoop loop;
    QObject::connect(&run, &sync::SyncRun::finished, &loop, [&](const sync::SyncReport &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(0, &run, &sync::SyncRun::start);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!out) {
        run.cancel();
        sync::SyncReport r;
        r.error = core::Error::make(core::Error::Kind::Timeout, QStringLiteral("sync took over 120 s"));
        return r;
    }
    return *out;
}

} // namespace

class TstSoak : public QObject
{
    Q_OBJECT
private slots:
    void liveSandboxWithFaults_syncAndDecide_nothingLostOrDuplicatedMemoryFlat()
    {
        bool ok = false;
        int seconds = qEnvironmentVariableIntValue("ANXIN_SOAK_SECONDS", &ok);
        if (!ok || seconds <= 0)
            seconds = 600;

        QTemporaryDir work;
        QProcess sandbox;
        const QString base = test::startSandbox(
            sandbox, work.path(),
            {QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--tickets"), QStringLiteral("400"),
             QStringLiteral("--live"), QStringLiteral("--live-interval-ms"), QStringLiteral("250")});
        QVERIFY2(!base.isEmpty(), "the sandbox did not start");

        platform::ApiConfig config;
        config.gateway = QUrl(base);
        config.appKey = "7000000000000000001";
        config.appSecret = "demo-secret-0123456789";
        config.transferTimeoutMs = 10000;
        config.retry = test::fastRetry(4);
        const QString shopId = QStringLiteral("1234567");
        platform::MemorySecretStore secrets;
        platform::ApiClient api(config, core::Clock::system());
        platform::TokenManager tokens(&api, &secrets, shopId);
        api.setTokenProvider(&tokens);

        store::Database db;
        QVERIFY(db.open(work.filePath(QStringLiteral("anxin.db"))).ok());

        // Warm-up round without faults: the cache is filled, the RSS baseline taken after it.
        QVERIFY(syncOnce(shopId, &api, db).ok());
        const qint64 rssStart = rssKib();
        const qint64 appliedStart = test::sandboxControl(base, "GET", QStringLiteral("/__sandbox/counters"))
                                        .value(QStringLiteral("operate_items_applied"))
                                        .toInteger();

        for (const char *kind : {"http_5xx", "rate_limit", "drop_mid_body", "drop_after_write", "malformed_json"}) {
            QJsonObject fault{{QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("ratio"), 0.01}};
            if (QLatin1String(kind) == QLatin1String("rate_limit"))
                fault.insert(QStringLiteral("retry_after"), 1);
            const QJsonObject answer = test::sandboxControl(base, "POST", QStringLiteral("/__sandbox/faults"), fault);
            QVERIFY2(!answer.isEmpty() && !answer.contains(QStringLiteral("error")),
                     QJsonDocument(answer).toJson().constData());
        }

        QSet<QString> decided;
        int rounds = 0, failedRounds = 0, refused = 0;
        qint64 rssPeak = rssStart;
        const sync::Actor owner{QStringLiteral("soak-owner"), core::Role::Owner, 0};
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < qint64(seconds) * 1000) {
            // Decide a few open refund-only tickets not decided before (as an agent would between syncs).
            const QStringList open = test::rows(
                db, QStringLiteral("SELECT aftersale_id FROM tickets WHERE aftersale_status = 6 AND aftersale_type IN "
                                   "(1, 2) AND final_time = 0 ORDER BY status_deadline LIMIT 40"));
            int made = 0;
            for (const QString &id : open) {
                if (decided.contains(id) || made >= 3)
                    continue;
                sync::DecisionInput in{id, sync::DecisionAction::Approve, 0, {}, {}, {}, {}};
                if (sync::DecisionService(db).decide(in, owner, QDateTime::currentSecsSinceEpoch()).ok()) {
                    decided.insert(id);
                    ++made;
                } else {
                    ++refused;
                }
            }
            const auto report = syncOnce(shopId, &api, db);
            ++rounds;
            if (!report.ok())
                ++failedRounds; // a fault that outlived the retries: the next round picks up where this one stopped
            rssPeak = std::max(rssPeak, rssKib());
        }

        // Faults off; drain: every decision must reach a final state.
        test::sandboxControl(base, "DELETE", QStringLiteral("/__sandbox/faults"));
        for (int i = 0; i < 10; ++i) {
            const auto counts = store::OutboxRepository(db).countsByState().valueOr({});
            if (counts.value(store::OutboxState::Pending) + counts.value(store::OutboxState::InFlight) +
                    counts.value(store::OutboxState::Unknown) ==
                0)
                break;
            syncOnce(shopId, &api, db);
        }
        const qint64 rssEnd = rssKib();
        const QJsonObject counters = test::sandboxControl(base, "GET", QStringLiteral("/__sandbox/counters"));
        sandbox.kill();
        sandbox.waitForFinished();

        const auto entries = store::OutboxRepository(db).list().valueOr({});
        QHash<store::OutboxState, int> states;
        QSet<QString> tickets;
        int duplicates = 0;
        for (const auto &e : entries) {
            states[e.state]++;
            if (tickets.contains(e.aftersaleId))
                ++duplicates;
            tickets.insert(e.aftersaleId);
        }
        const qint64 applied = counters.value(QStringLiteral("operate_items_applied")).toInteger() - appliedStart;
        qInfo("soak %d s: %d rounds (%d ended early by a fault), %lld decisions: %d done, %d conflict, %d failed, "
              "%d pending; sandbox applied %lld operate items, injected %lld faults over %lld requests; "
              "RSS %lld KiB after warm-up, peak %lld, end %lld",
              seconds, rounds, failedRounds, qint64(entries.size()), states.value(store::OutboxState::Done),
              states.value(store::OutboxState::Conflict), states.value(store::OutboxState::Failed),
              states.value(store::OutboxState::Pending) + states.value(store::OutboxState::InFlight) +
                  states.value(store::OutboxState::Unknown),
              applied, counters.value(QStringLiteral("faults_injected")).toInteger(),
              counters.value(QStringLiteral("http_requests")).toInteger(), rssStart, rssPeak, rssEnd);

        QVERIFY(rounds >= 2);
        QVERIFY2(counters.value(QStringLiteral("faults_injected")).toInteger() > 0, "no fault was injected");
        QVERIFY(entries.size() >= 3);
        QCOMPARE(qint64(entries.size()), qint64(decided.size())); // nothing lost locally
        QCOMPARE(duplicates, 0);
        // Nothing left half-way: every decision is done, or kept as a conflict/failure for a human.
        QCOMPARE(states.value(store::OutboxState::Pending) + states.value(store::OutboxState::InFlight) +
                     states.value(store::OutboxState::Unknown),
                 0);
        // Nothing applied twice, nothing claimed done that the platform did not apply.
        QCOMPARE(applied, qint64(states.value(store::OutboxState::Done)));
        QVERIFY(!store::AuditRepository(db).verify().value().has_value());
        QCOMPARE(test::scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'outbox.enqueue'")),
                 qint64(entries.size()));
        // Memory flat: the end within 32 MiB of the baseline (SQLite's page cache and Qt's pools settle early).
        QVERIFY2(rssEnd - rssStart < 32 * 1024,
                 qPrintable(QStringLiteral("RSS grew from %1 to %2 KiB").arg(rssStart).arg(rssEnd)));
    }
};

ANXIN_TEST_MAIN(TstSoak)
#include "tst_soak.moc"

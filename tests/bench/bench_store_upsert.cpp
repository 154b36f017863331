// Bulk ticket upsert: TicketRepository::upsertBatch against a bare loop over the raw sqlite3 C API (one prepared
// statement, one transaction, same schema, same PRAGMAs, same rows) measured in the same run.
// Prints one JSON line: {name, value (store seconds), unit, floor (raw seconds), target (ratio), target_kind, ...}.
//
//     bench_store_upsert [--rows N] [--chunk N] [--dir DIR]

#include "store/database.h"
#include "store/ticketrepository.h"
#include "store/writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <sqlite3.h>

using namespace anxin;

namespace {

const QStringList kProducts{QStringLiteral("泰国金枕榴莲 5斤装"),  QStringLiteral("海南妃子笑荔枝 3斤"),
                            QStringLiteral("智利车厘子 JJ级 2斤"), QStringLiteral("烟台红富士苹果 10斤"),
                            QStringLiteral("保湿修护面霜 50g"),    QStringLiteral("玻尿酸补水面膜 10片"),
                            QStringLiteral("云南蓝莓 125g*4盒"),   QStringLiteral("阳光玫瑰青提 2串")};
const QStringList kReasons{QStringLiteral("商品腐烂、变质"), QStringLiteral("过敏"), QStringLiteral("少件/漏发"),
                           QStringLiteral("不想要了"), QStringLiteral("质量问题")};

// Deterministic rows: chunk c holds ids [c*size, (c+1)*size).
QList<store::TicketRecord> makeChunk(qint64 first, int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<store::TicketRecord> rows;
    rows.reserve(size);
    for (int i = 0; i < size; ++i) {
        const qint64 n = first + i;
        store::TicketRecord t;
        t.aftersaleId = QString::number(7300000000000000000LL + n);
        t.shopId = QStringLiteral("shop-%1").arg(n % 4);
        t.shopOrderId = QString::number(6900000000000000000LL + n * 7);
        t.skuOrderId = QString::number(6910000000000000000LL + n * 7);
        t.productId = QString::number(3500000000000LL + rng.bounded(5000));
        t.aftersaleType = int(rng.bounded(4));
        t.aftersaleStatus = QList<int>{6, 7, 11, 12, 27, 28}.at(rng.bounded(6));
        t.refundAmount = rng.bounded(100000);
        t.applyTime = 1700000000 + n;
        t.updateTime = t.applyTime + rng.bounded(86400);
        t.statusDeadline = t.updateTime + 48 * 3600;
        t.productName = kProducts.at(rng.bounded(kProducts.size()));
        t.reasonText = kReasons.at(rng.bounded(kReasons.size()));
        t.reasonCode = QString::number(rng.bounded(30));
        t.riskFlag = rng.bounded(20) == 0;
        t.rawJson = QStringLiteral("{\"aftersale_info\":{\"aftersale_id\":\"%1\",\"aftersale_status\":%2,"
                                   "\"update_time\":%3,\"refund_amount\":%4},\"order_info\":{\"shop_order_id\":\"%5\"},"
                                   "\"text_part\":{\"reason_text\":\"%6\"}}")
                        .arg(t.aftersaleId)
                        .arg(t.aftersaleStatus)
                        .arg(t.updateTime)
                        .arg(t.refundAmount)
                        .arg(t.shopOrderId, t.reasonText);
        t.fetchedAt = 1700000000;
        rows.append(std::move(t));
    }
    return rows;
}

// Runs `upsertChunk` over every chunk; only the upsert calls (and the final commit) are timed.
double timeChunks(qint64 rows, int chunk, const std::function<bool(const QList<store::TicketRecord> &)> &upsertChunk,
                  const std::function<bool()> &commit)
{
    QElapsedTimer timer;
    qint64 elapsedNs = 0;
    for (qint64 first = 0; first < rows; first += chunk) {
        const QList<store::TicketRecord> data =
            makeChunk(first, int(qMin<qint64>(chunk, rows - first)), quint32(first));
        timer.start();
        if (!upsertChunk(data))
            return -1;
        elapsedNs += timer.nsecsElapsed();
    }
    timer.start();
    if (!commit())
        return -1;
    elapsedNs += timer.nsecsElapsed();
    return double(elapsedNs) / 1e9;
}

bool rawExec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "raw: %s: %s\n", sql, err ? err : "?");
        sqlite3_free(err);
        return false;
    }
    return true;
}

// The floor: a bare C loop, one prepared statement, one transaction.
double rawRun(const QString &path, qint64 rows, int chunk)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY", "BEGIN IMMEDIATE"}) {
        if (!rawExec(db, pragma))
            return -1;
    }
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, store::TicketRepository::upsertStatement(), -1, &st, nullptr) != SQLITE_OK)
        return -1;
    const auto text = [st](int i, const QString &s) {
        sqlite3_bind_text16(st, i, s.utf16(), int(s.size() * 2), SQLITE_STATIC);
    };
    const double secs = timeChunks(
        rows, chunk,
        [&](const QList<store::TicketRecord> &data) {
            for (const store::TicketRecord &r : data) {
                text(1, r.aftersaleId);
                text(2, r.shopId);
                text(3, r.shopOrderId);
                sqlite3_bind_int64(st, 4, r.aftersaleType);
                sqlite3_bind_int64(st, 5, r.aftersaleStatus);
                sqlite3_bind_int64(st, 6, r.refundAmount);
                sqlite3_bind_int64(st, 7, r.refundPostAmount);
                sqlite3_bind_int64(st, 8, r.applyTime);
                sqlite3_bind_int64(st, 9, r.updateTime);
                sqlite3_bind_int64(st, 10, r.statusDeadline);
                sqlite3_bind_int64(st, 11, r.finalTime);
                text(12, r.reasonCode);
                text(13, r.reasonText);
                text(14, r.badItemText);
                text(15, r.productId);
                text(16, r.productName);
                text(17, r.skuOrderId);
                sqlite3_bind_int64(st, 18, r.payAmount);
                sqlite3_bind_int64(st, 19, r.itemNum);
                sqlite3_bind_int64(st, 20, r.refundType);
                sqlite3_bind_int64(st, 21, r.refundStatus);
                sqlite3_bind_int64(st, 22, r.arbitrateStatus);
                sqlite3_bind_int64(st, 23, r.gotPkg);
                sqlite3_bind_int64(st, 24, r.riskDecisionCode);
                sqlite3_bind_int64(st, 25, r.riskFlag);
                sqlite3_bind_int64(st, 26, r.exemptFromScore);
                sqlite3_bind_int64(st, 27, r.expressRefund);
                sqlite3_bind_int64(st, 28, r.signForTime);
                text(29, r.tags);
                text(30, r.remark);
                text(31, r.rawJson);
                sqlite3_bind_int64(st, 32, r.fetchedAt);
                if (sqlite3_step(st) != SQLITE_DONE)
                    return false;
                sqlite3_reset(st);
            }
            return true;
        },
        [&] { return rawExec(db, "COMMIT"); });
    sqlite3_finalize(st);
    sqlite3_close(db);
    return secs;
}

double storeRun(const QString &path, qint64 rows, int chunk, store::UpsertStats *total)
{
    store::Database db;
    if (!db.open(path).ok())
        return -1;
    store::TicketRepository repo(db);
    store::WriteTransaction tx(db);
    if (!tx.ok())
        return -1;
    return timeChunks(
        rows, chunk,
        [&](const QList<store::TicketRecord> &data) {
            const auto r = repo.upsertBatch(tx, data);
            if (!r.ok()) {
                std::fprintf(stderr, "store: %s\n", qPrintable(r.error().message));
                return false;
            }
            total->inserted += r.value().inserted;
            total->updated += r.value().updated;
            total->stale += r.value().stale;
            return true;
        },
        [&] { return tx.commit().ok(); });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    int chunk = 10000;
    QString dir;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--rows"))
            rows = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--chunk"))
            chunk = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--dir"))
            dir = args.at(i + 1);
    }
    QTemporaryDir tmp(dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_store_XXXXXX")
                                    : dir + QStringLiteral("/bench_store_XXXXXX"));
    const QString rawPath = tmp.filePath(QStringLiteral("raw.db"));
    const QString storePath = tmp.filePath(QStringLiteral("store.db"));
    {
        // The same schema for both: created by the migrator, then the raw loop opens the file itself.
        store::Database db;
        if (!db.open(rawPath).ok())
            return 1;
    }
    const double rawSecs = rawRun(rawPath, rows, chunk);
    store::UpsertStats stats;
    const double storeSecs = storeRun(storePath, rows, chunk, &stats);
    if (rawSecs <= 0 || storeSecs <= 0 || stats.inserted != rows) {
        std::fprintf(stderr, "bench failed (raw %.3f s, store %.3f s, inserted %d)\n", rawSecs, storeSecs,
                     stats.inserted);
        return 1;
    }
    const double floor = double(rows) / rawSecs;
    const double value = double(rows) / storeSecs;
    QJsonObject out{
        {QStringLiteral("name"), rows == 1000000 ? QStringLiteral("upsert_1m") : QStringLiteral("upsert_%1").arg(rows)},
        {QStringLiteral("value"), qRound(storeSecs * 1000) / 1000.0},
        {QStringLiteral("unit"), QStringLiteral("s")},
        {QStringLiteral("floor"), qRound(rawSecs * 1000) / 1000.0},
        {QStringLiteral("target"), 2.0},
        {QStringLiteral("target_kind"), QStringLiteral("ratio_max")},
        {QStringLiteral("rows_per_s"), qRound(value)},
        {QStringLiteral("floor_rows_per_s"), qRound(floor)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

#include "benchsupport.h"

#include "core/profile.h"
#include "core/settings.h"
#include "store/database.h"
#include "store/shoprepository.h"
#include "store/ticketrepository.h"
#include "store/writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>

namespace anxin::bench {

void emitResult(const QString &name, double value, const QString &unit, std::optional<double> floor, double target,
                const char *targetKind, QJsonObject extra)
{
    extra.insert(QStringLiteral("name"), name);
    extra.insert(QStringLiteral("value"), qRound64(value * 1000) / 1000.0);
    extra.insert(QStringLiteral("unit"), unit);
    extra.insert(QStringLiteral("floor"), floor ? QJsonValue(qRound64(*floor * 1000) / 1000.0) : QJsonValue());
    extra.insert(QStringLiteral("target"), target);
    extra.insert(QStringLiteral("target_kind"), QLatin1String(targetKind));
    std::printf("%s\n", QJsonDocument(extra).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

qint64 peakRssKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

QString benchDataDir()
{
    const QString env = qEnvironmentVariable("ANXIN_BENCH_DATA");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data") : env;
}

namespace {

const char *const kShops[][2] = {
    {"4463798", "安心生鲜旗舰店"}, {"4463799", "安心美妆专营店"}, {"4463800", "安心家居百货"}};

// Product names: base item x spec, ~480 distinct strings, like a real shop's catalogue.
const QStringList kItems{
    QStringLiteral("泰国金枕榴莲"),   QStringLiteral("海南妃子笑荔枝"), QStringLiteral("智利车厘子 JJ级"),
    QStringLiteral("烟台红富士苹果"), QStringLiteral("保湿修护面霜"),   QStringLiteral("玻尿酸补水面膜"),
    QStringLiteral("云南蓝莓"),       QStringLiteral("阳光玫瑰青提"),   QStringLiteral("赣南脐橙"),
    QStringLiteral("四川耙耙柑"),     QStringLiteral("舟山带鱼段"),     QStringLiteral("阿根廷红虾"),
    QStringLiteral("五常大米"),       QStringLiteral("纯棉四件套"),     QStringLiteral("记忆棉枕头"),
    QStringLiteral("不粘锅炒锅"),     QStringLiteral("氨基酸洗面奶"),   QStringLiteral("防晒喷雾 SPF50"),
    QStringLiteral("蚕丝被"),         QStringLiteral("猕猴桃 徐香"),    QStringLiteral("麒麟西瓜"),
    QStringLiteral("大闸蟹礼盒"),     QStringLiteral("鲜切牛排"),       QStringLiteral("口红 丝绒雾面"),
    QStringLiteral("香水 淡香"),      QStringLiteral("收纳箱 大号"),    QStringLiteral("保温杯 316"),
    QStringLiteral("电动牙刷"),       QStringLiteral("无骨鸡爪"),       QStringLiteral("螺蛳粉"),
    QStringLiteral("手工水饺"),       QStringLiteral("芒果 台农"),      QStringLiteral("草莓 红颜"),
    QStringLiteral("眼霜 抗皱"),      QStringLiteral("精华液 烟酰胺"),  QStringLiteral("洗衣凝珠"),
    QStringLiteral("抽纸 10包"),      QStringLiteral("拖鞋 EVA"),       QStringLiteral("桃子 水蜜桃"),
    QStringLiteral("牛油果")};
const QStringList kSpecs{QStringLiteral("1斤装"), QStringLiteral("2斤装"), QStringLiteral("3斤"),
                         QStringLiteral("5斤装"), QStringLiteral("10斤"),  QStringLiteral("礼盒装"),
                         QStringLiteral("50g"),   QStringLiteral("100ml"), QStringLiteral("家庭装"),
                         QStringLiteral("单只"),  QStringLiteral("2件套"), QStringLiteral("试用装")};
const QStringList kReasons{QStringLiteral("商品腐烂、变质"), QStringLiteral("过敏"),     QStringLiteral("少件/漏发"),
                           QStringLiteral("不想要了"),       QStringLiteral("质量问题"), QStringLiteral("商品破损"),
                           QStringLiteral("与描述不符"),     QStringLiteral("发错货"),   QStringLiteral("尺寸不合适"),
                           QStringLiteral("快递一直未送达")};
const QStringList kRemarks{QString(),
                           QString(),
                           QString(),
                           QStringLiteral("买家已上传照片"),
                           QStringLiteral("请尽快处理"),
                           QStringLiteral("已联系买家"),
                           QStringLiteral("补发中")};
const int kOpenStatuses[] = {6, 7, 11};
const int kClosedStatuses[] = {12, 13, 14, 27, 28, 29};

QList<store::TicketRecord> makeChunk(qint64 first, int size)
{
    QRandomGenerator rng(quint32(first) ^ 0x5eedu);
    QList<store::TicketRecord> rows;
    rows.reserve(size);
    for (int i = 0; i < size; ++i) {
        const qint64 n = first + i;
        store::TicketRecord t;
        t.aftersaleId = QString::number(7300000000000000000LL + n * 13);
        t.shopId = QLatin1String(kShops[n % 3][0]);
        t.shopOrderId = QString::number(6900000000000000000LL + n * 7);
        t.skuOrderId = QString::number(6910000000000000000LL + n * 7);
        t.productId = QString::number(3500000000000LL + rng.bounded(480));
        t.aftersaleType = int(rng.bounded(4));
        t.refundAmount = 100 + rng.bounded(200000);
        t.payAmount = t.refundAmount + rng.bounded(5000);
        t.itemNum = 1 + int(rng.bounded(3));
        // Six months of history; 15 % still open with deadlines from 6 h overdue to 3 days ahead.
        t.applyTime = kSeedNow - 180 * 86400 + (n * 180 * 86400) / 1000000 % (180 * 86400);
        t.updateTime = t.applyTime + rng.bounded(3 * 86400);
        const bool open = rng.bounded(100) < 15;
        t.statusDeadline = open ? kSeedNow - 6 * 3600 + rng.bounded(78 * 3600) : t.updateTime + 48 * 3600;
        t.finalTime = open ? 0 : t.updateTime + rng.bounded(86400);
        t.aftersaleStatus = open ? kOpenStatuses[rng.bounded(3)] : kClosedStatuses[rng.bounded(6)];
        t.productName =
            kItems.at(rng.bounded(kItems.size())) + QLatin1Char(' ') + kSpecs.at(rng.bounded(kSpecs.size()));
        const int reason = int(rng.bounded(kReasons.size()));
        t.reasonText = kReasons.at(reason);
        t.reasonCode = QString::number(reason + 1);
        t.remark = kRemarks.at(rng.bounded(kRemarks.size()));
        t.riskFlag = rng.bounded(20) == 0;
        t.expressRefund = rng.bounded(50) == 0;
        t.rawJson =
            QStringLiteral("{\"aftersale_info\":{\"aftersale_id\":\"%1\",\"aftersale_status\":%2,"
                           "\"update_time\":%3,\"refund_amount\":%4},\"order_info\":{\"shop_order_id\":\"%5\"}}")
                .arg(t.aftersaleId)
                .arg(t.aftersaleStatus)
                .arg(t.updateTime)
                .arg(t.refundAmount)
                .arg(t.shopOrderId);
        t.fetchedAt = kSeedNow;
        rows.append(std::move(t));
    }
    return rows;
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    std::fprintf(stderr, "seed: %s\n", qPrintable(text));
    return false;
}

} // namespace

QString ensureSeededProfile(const QString &baseDir, int tickets, QString *error)
{
    const QString dir = baseDir + QStringLiteral("/profile-%1").arg(tickets);
    const QString marker = dir + QStringLiteral("/seeded");
    core::Profile profile(dir);
    {
        QFile m(marker);
        if (m.open(QIODevice::ReadOnly) && m.readAll().trimmed().toInt() == tickets) {
            // Verified by the store: the schema is current and the count is what the marker says.
            store::Database db;
            if (db.open(profile.databasePath()).ok()) {
                auto n = store::TicketRepository(db).count({});
                if (n && n.value() == tickets)
                    return dir;
            }
        }
    }
    QDir(dir).removeRecursively();
    if (auto st = profile.ensureExists(); !st) {
        fail(error, st.error().message);
        return {};
    }
    QElapsedTimer timer;
    timer.start();
    {
        store::Database::Options options;
        options.cacheSizeKib = 262144; // bulk loads into indexed tables want a large page cache
        store::Database db;
        if (auto st = db.open(profile.databasePath(), options); !st) {
            fail(error, st.error().message);
            return {};
        }
        store::ShopRepository shops(db);
        for (const auto &s : kShops) {
            store::ShopRecord r;
            r.shopId = QLatin1String(s[0]);
            r.name = QString::fromUtf8(s[1]);
            if (auto st = shops.upsert(r, kSeedNow); !st) {
                fail(error, st.error().message);
                return {};
            }
        }
        store::TicketRepository repo(db);
        constexpr int kChunk = 20000;
        for (qint64 first = 0; first < tickets; first += kChunk) {
            store::WriteTransaction tx(db);
            const auto r = repo.upsertBatch(tx, makeChunk(first, int(qMin<qint64>(kChunk, tickets - first))));
            if (!r || !tx.commit().ok()) {
                fail(error, r ? QStringLiteral("commit failed") : r.error().message);
                return {};
            }
        }
        auto n = repo.count({});
        if (!n || n.value() != tickets) {
            fail(error, QStringLiteral("store counts %1 tickets, expected %2").arg(n ? n.value() : -1).arg(tickets));
            return {};
        }
    }
    core::Settings settings(profile.settingsPath());
    settings.set(core::keys::lastPage, QStringLiteral("aftersales"));
    settings.sync();
    QFile m(marker);
    if (!m.open(QIODevice::WriteOnly) || m.write(QByteArray::number(tickets)) < 0) {
        fail(error, QStringLiteral("cannot write %1").arg(marker));
        return {};
    }
    std::fprintf(stderr, "seeded %d tickets in %.1f s into %s\n", tickets, timer.elapsed() / 1000.0, qPrintable(dir));
    return dir;
}

} // namespace anxin::bench

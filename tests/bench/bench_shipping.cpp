// The Shipping board over 200 000 open orders in a real SQLite cache: the time from (re)loading the board's model
// and constructing the Shipping page (offscreen) to the end of the first paint of its order list, median of
// several runs, each on a freshly opened cache connection. Prints one JSON line (the bench harness's contract); details
// go to stderr.
//
//     bench_shipping [--orders N] [--runs N] [--dir DIR]

#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "models/shippinglistmodel.h"
#include "shipping/shippingpage.h"
#include "store/database.h"
#include "store/orderrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace anxin;

namespace {

constexpr qint64 kNow = 1763700000;
const QStringList kProducts{QStringLiteral("泰国金枕榴莲 5斤装"),    QStringLiteral("智利车厘子 JJ级 2斤"),
                            QStringLiteral("保湿修护面霜 50g"),      QStringLiteral("婴儿纸尿裤 L码 52片"),
                            QStringLiteral("内蒙古风干牛肉干 500g"), QStringLiteral("阳光玫瑰青提 2串")};

// Open orders over 4 shops, promises from 3 days late to 12 days ahead (5 % presale), plus the shipments of the
// last 3 days the forecast's pace is measured on.
bool seed(store::Database &db, int orders)
{
    QRandomGenerator rng(42);
    store::OrderRepository repo(db);
    constexpr int kChunk = 5000;
    const int shipped = orders / 10;
    for (int first = 0; first < orders + shipped; first += kChunk) {
        QList<store::OrderRecord> rows;
        for (int n = first; n < std::min(first + kChunk, orders + shipped); ++n) {
            store::OrderRecord o;
            o.orderId = QString::number(6920000000000000000LL + n);
            o.shopId = QString::number(1234567 + n % 4);
            o.payTime = kNow - qint64(rng.bounded(3 * 86400));
            o.updateTime = o.payTime;
            o.expShipTime = kNow - 3 * 86400 + qint64(rng.bounded(15 * 86400));
            o.payAmount = 500 + rng.bounded(50000);
            if (rng.bounded(20) == 0) {
                o.presellType = 1;
                o.appointmentShipTime = o.expShipTime + 5 * 86400;
            }
            o.orderStatus = n < orders ? 2 : 3;
            if (n >= orders) {
                o.shipTime = kNow - qint64(rng.bounded(3 * 86400));
                o.pickupTime = o.shipTime + 3600;
                o.trackingNo = QStringLiteral("SF%1").arg(n);
                o.companyCode = QStringLiteral("shunfeng");
                o.companyName = QStringLiteral("顺丰速运");
            }
            o.lines = {store::OrderLineRecord{o.orderId, o.orderId + QStringLiteral("1"), QStringLiteral("3500"),
                                              kProducts.at(n % kProducts.size()), 20, 1, o.payAmount, o.expShipTime,
                                              o.presellType, 0}};
            rows << o;
        }
        if (!repo.upsertBatch(rows).ok())
            return false;
    }
    return true;
}

// Flags the first paint of the list's viewport.
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int orders = 200'000;
    int runs = 7;
    QString dirArg;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--orders"))
            orders = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--dir"))
            dirArg = args[i + 1];
    }
    QTemporaryDir tmp;
    const QString dir = dirArg.isEmpty() ? tmp.path() : dirArg;
    core::Profile profile(dir);
    if (!profile.ensureExists().ok())
        return 5;
    {
        store::Database db;
        if (!db.open(profile.databasePath()).ok())
            return 5;
        QElapsedTimer t;
        t.start();
        if (!seed(db, orders)) {
            std::fprintf(stderr, "seeding failed\n");
            return 5;
        }
        std::fprintf(stderr, "seeded %d open orders (+%d shipped) in %lld ms\n", orders, orders / 10,
                     qint64(t.elapsed()));
    }
    core::Settings settings(profile.settingsPath());
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        models::DeskSession session(profile, settings, std::make_shared<core::ManualClock>(kNow * 1000));
        if (!session.open().ok())
            return 5;
        QElapsedTimer t;
        t.start();
        session.shipping()->reload(); // the board's counts read afresh, as after a sync: part of the measure
        const qint64 tReload = t.nsecsElapsed();
        ui::ShippingPage page(session);
        const qint64 tPage = t.nsecsElapsed();
        auto *table = page.findChild<QTableView *>(QStringLiteral("shippingTable"));
        PaintWatch watch;
        table->viewport()->installEventFilter(&watch);
        page.resize(1300, 800);
        page.show();
        while (!watch.painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (session.shipping()->rowCount() != orders || session.shipping()->idAt(0).isEmpty()) {
            std::fprintf(stderr, "the list is not the board: %d rows\n", session.shipping()->rowCount());
            return 1;
        }
        samples << ms;
        QElapsedTimer f;
        f.start();
        page.refreshForecast(); // runs once after the first paint; reported, not part of the measure
        const double forecastMs = double(f.nsecsElapsed()) / 1e6;
        std::fprintf(stderr,
                     "run %d: %.1f ms (model reload %.1f ms, page built %.1f ms, shown and painted %.1f ms); "
                     "forecast after it %.1f ms\n",
                     run + 1, ms, double(tReload) / 1e6, double(tPage - tReload) / 1e6, ms - double(tPage) / 1e6,
                     forecastMs);
        page.hide();
        QCoreApplication::processEvents();
    }
    std::sort(samples.begin(), samples.end());
    const double median = samples.at(samples.size() / 2);
    const QJsonObject o{{QStringLiteral("name"), QStringLiteral("shipping_board_200k")},
                        {QStringLiteral("value"), qRound(median * 10) / 10.0},
                        {QStringLiteral("unit"), QStringLiteral("ms")},
                        {QStringLiteral("floor"), QJsonValue::Null},
                        {QStringLiteral("target"), 300},
                        {QStringLiteral("target_kind"), QStringLiteral("value_max")}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}

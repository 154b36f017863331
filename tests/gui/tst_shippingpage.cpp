// The Shipping page over a seeded real SQLite cache with a fixed clock: the windowed model under
// QAbstractItemModelTester, filters, search, sort, the route view of a shipped order, and the breach forecast.
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/alertmonitor.h"
#include "models/desksession.h"
#include "models/shippinglistmodel.h"
#include "shipping/shippingpage.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/shippingrepository.h"
#include "store/ticketrepository.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace anxin;
using models::ShippingListModel;

namespace {
constexpr qint64 kNow = 1763700000;
constexpr qint64 kH = 3600;

store::OrderRecord order(const QString &id, int status, qint64 shipBy, qint64 amount, const QString &product)
{
    store::OrderRecord o;
    o.orderId = id;
    o.shopId = QStringLiteral("1234567");
    o.orderStatus = status;
    o.payTime = shipBy - 48 * kH;
    o.updateTime = o.payTime;
    o.expShipTime = shipBy;
    o.payAmount = amount;
    o.lines = {
        store::OrderLineRecord{id, id + QStringLiteral("1"), QStringLiteral("p"), product, 1, 1, amount, shipBy, 0, 0}};
    return o;
}
} // namespace

class TstShippingPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void board_filtersSortSearchRouteForecast();
    void alerts_fromCache_onceThenSnoozePersisted();
    void afterSync_boardCountedInBackground_userReloadAtOnce();
    void columns_rememberedAcrossRestarts_withTheShopColumnHidden();
    void columns_productTakesTheRoomTheOthersLeave();
    void cacheUnreadable_boardSaysSo_tryAgainReadsIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Profile> m_profile;
    std::unique_ptr<core::Settings> m_settings;
    std::shared_ptr<core::ManualClock> m_clock; // the session's base clock (the session wraps it)
    std::unique_ptr<models::DeskSession> m_session;
};

void TstShippingPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<core::Profile>(m_dir->path());
    QVERIFY(m_profile->ensureExists().ok());
    m_settings = std::make_unique<core::Settings>(m_profile->settingsPath());
    {
        // Seed the cache before the session reads it: 6 awaiting orders, 1 presale, 1 shipped without a pickup
        // scan, 1 shipped with a route; 30 shipped over the last 3 days (the pace: 30 / 72 h).
        store::Database db;
        QVERIFY(db.open(m_profile->databasePath()).ok());
        QList<store::OrderRecord> rows{
            order(QStringLiteral("6901"), 2, kNow - 2 * kH, 9900, QStringLiteral("榴莲 A")),
            order(QStringLiteral("6902"), 2, kNow + kH, 1900, QStringLiteral("车厘子 B")),
            order(QStringLiteral("6903"), 2, kNow + 5 * kH, 29900, QStringLiteral("眼影盘 C")),
            order(QStringLiteral("6904"), 105, kNow + 13 * kH, 500, QStringLiteral("牛肉干 D")),
            order(QStringLiteral("6905"), 2, kNow + 30 * kH, 4500, QStringLiteral("凤梨 E")),
            order(QStringLiteral("6906"), 101, kNow + 3 * kH, 7000, QStringLiteral("纸尿裤 F")),
        };
        rows[4].promiseEstimated = true; // 6905: the platform sent no promise; payment + 48 h
        store::OrderRecord pre = order(QStringLiteral("6907"), 2, kNow + 2 * kH, 12000, QStringLiteral("预售 G"));
        pre.presellType = 1;
        pre.appointmentShipTime = kNow + 9 * 24 * kH;
        rows << pre;
        store::OrderRecord noPickup = order(QStringLiteral("6908"), 3, kNow - 5 * kH, 3300, QStringLiteral("水杯 H"));
        noPickup.shipTime = kNow - 30 * kH;
        noPickup.trackingNo = QStringLiteral("SF100");
        noPickup.companyCode = QStringLiteral("shunfeng");
        noPickup.companyName = QStringLiteral("顺丰速运");
        rows << noPickup;
        for (int i = 0; i < 30; ++i) {
            store::OrderRecord s = order(QStringLiteral("5%1").arg(i, 3, 10, QLatin1Char('0')), 3, kNow - i * kH, 1000,
                                         QStringLiteral("已发 %1").arg(i));
            s.shipTime = kNow - (i + 1) * 2 * kH;
            s.signTime = s.shipTime + 20 * kH; // signed: off the board, counts for the pace
            rows << s;
        }
        QVERIFY(store::OrderRepository(db).upsertBatch(rows).ok());
        // The buyer of 6902 asked for a refund before it shipped (type 2, in review).
        store::TicketRecord refund;
        refund.aftersaleId = QStringLiteral("7300000000000006902");
        refund.shopId = QStringLiteral("1234567");
        refund.shopOrderId = QStringLiteral("6902");
        refund.aftersaleType = 2;
        refund.aftersaleStatus = 6;
        refund.applyTime = kNow - kH;
        refund.updateTime = kNow - kH;
        refund.statusDeadline = kNow + 47 * kH;
        QVERIFY(store::TicketRepository(db).upsertBatch({refund}).ok());
        store::ShippingRepository repo(db);
        QVERIFY(repo.saveRoute(QStringLiteral("6908"),
                               {store::RouteNodeRecord{0, kNow - 29 * kH, QStringLiteral("已下单，等待揽收"),
                                                       QStringLiteral("0"), QString()},
                                store::RouteNodeRecord{1, kNow - 20 * kH, QStringLiteral("商家已发货，等待快递员上门"),
                                                       QStringLiteral("0"), QString()}},
                               0, kNow - 600)
                    .ok());
    }
    m_clock = std::make_shared<core::ManualClock>(kNow * 1000);
    m_session = std::make_unique<models::DeskSession>(*m_profile, *m_settings, m_clock);
    QVERIFY(m_session->open().ok());
}

void TstShippingPage::cleanup()
{
    m_session.reset();
    m_settings.reset();
    m_profile.reset();
    m_dir.reset();
}

// The board holds one shop, so its Shop column is hidden; the order, widths and sort the merchant chose still come
// back when the page is opened again.
void TstShippingPage::columns_rememberedAcrossRestarts_withTheShopColumnHidden()
{
    {
        ui::ShippingPage page(*m_session);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("shippingTable"));
        QTRY_VERIFY(table->isColumnHidden(ShippingListModel::Shop));
        QHeaderView *header = table->horizontalHeader();
        header->moveSection(header->visualIndex(ShippingListModel::Amount), 0);
        header->resizeSection(ShippingListModel::Amount, 111);
        header->resizeSection(ShippingListModel::Product, 222); // the filling column's own width
        page.resize(1900, 800);                                 // filled wider: not what is remembered
        QTRY_VERIFY(header->sectionSize(ShippingListModel::Product) > 400);
        table->sortByColumn(ShippingListModel::Amount, Qt::DescendingOrder);
    }
    ui::ShippingPage page(*m_session);
    page.resize(1300, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("shippingTable"));
    QTRY_VERIFY(table->isColumnHidden(ShippingListModel::Shop));
    QCOMPARE(table->horizontalHeader()->visualIndex(ShippingListModel::Amount), 0);
    QCOMPARE(table->horizontalHeader()->sectionSize(ShippingListModel::Amount), 111);
    QCOMPARE(table->horizontalHeader()->sectionSize(ShippingListModel::Product), 222);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ShippingListModel::Amount));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

// On a wide screen the product's name takes the room (the last column used to stretch instead); on a narrow one it
// keeps its minimum and the list scrolls sideways; a column the user widens takes its room from the product.
void TstShippingPage::columns_productTakesTheRoomTheOthersLeave()
{
    ui::ShippingPage page(*m_session);
    page.resize(1900, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("shippingTable"));
    QHeaderView *header = table->horizontalHeader();
    const auto visibleWidth = [header] {
        int sum = 0;
        for (int i = 0; i < header->count(); ++i)
            if (!header->isSectionHidden(i))
                sum += header->sectionSize(i);
        return sum;
    };
    QTRY_COMPARE(visibleWidth(), table->viewport()->width());
    const int wide = header->sectionSize(ShippingListModel::Product);
    QVERIFY2(wide > 300, qPrintable(QString::number(wide)));
    QCOMPARE(header->sectionSize(ShippingListModel::State), 175); // the last column keeps its width
    header->resizeSection(ShippingListModel::Amount, header->sectionSize(ShippingListModel::Amount) + 40);
    QCOMPARE(header->sectionSize(ShippingListModel::Product), wide - 40);
    QCOMPARE(visibleWidth(), table->viewport()->width());
    page.resize(900, 900);
    QTRY_COMPARE(header->sectionSize(ShippingListModel::Product), 115);
    QVERIFY(visibleWidth() > table->viewport()->width());
    QVERIFY(table->horizontalScrollBar()->maximum() > 0);
}

// An unreadable cache is not an empty board: the page says the list could not be read and reads it again on "Try
// again" (the board's index is out of reach here, as in a cache damaged outside the app).
void TstShippingPage::cacheUnreadable_boardSaysSo_tryAgainReadsIt()
{
    ui::ShippingPage page(*m_session);
    page.resize(1300, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("shippingTable"));
    auto *empty = page.findChild<QLabel *>(QStringLiteral("emptyState"));
    QTRY_VERIFY(table->isVisible());
    store::Database &db = *m_session->cache().database();
    QVERIFY(db.exec(QStringLiteral("ALTER TABLE orders RENAME TO orders_away")).ok());
    m_session->shipping()->reload();
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("This list could not be read")), qPrintable(empty->text()));
    QVERIFY(db.exec(QStringLiteral("ALTER TABLE orders_away RENAME TO orders")).ok());
    emit empty->linkActivated(QStringLiteral("anxin:retry"));
    QTRY_VERIFY(table->isVisible());
    QVERIFY(m_session->shipping()->rowCount() > 0);
}

void TstShippingPage::board_filtersSortSearchRouteForecast()
{
    ShippingListModel *model = m_session->shipping();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::ShippingPage page(*m_session);
    page.resize(1300, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto *table = page.findChild<QTableView *>(QStringLiteral("shippingTable"));
    auto *band = page.findChild<QComboBox *>(QStringLiteral("bandFilter"));
    auto *presale = page.findChild<QComboBox *>(QStringLiteral("presaleFilter"));
    auto *pickup = page.findChild<QCheckBox *>(QStringLiteral("pickupFilter"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("shippingSearch"));
    auto *route = page.findChild<QTreeWidget *>(QStringLiteral("routeView"));
    auto *routeStatus = page.findChild<QLabel *>(QStringLiteral("routeStatus"));
    auto *forecast = page.findChild<QLabel *>(QStringLiteral("forecastView"));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("bandSummary"));
    QVERIFY(table && band && presale && pickup && search && route && routeStatus && forecast && summary);

    // 7 awaiting + 1 shipped without pickup; soonest promise first; colour and text.
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->idAt(0), QStringLiteral("6908")); // promise kNow - 5 h
    QCOMPARE(model->idAt(1), QStringLiteral("6901"));
    QCOMPARE(model->index(1, ShippingListModel::TimeLeft).data().toString(), QStringLiteral("overdue 2 h 0 m"));
    QCOMPARE(model->index(1, ShippingListModel::TimeLeft).data(ShippingListModel::BandRole).toInt(),
             int(core::DeadlineBand::Overdue));
    QVERIFY(model->index(0, ShippingListModel::TimeLeft).data().toString().startsWith(QLatin1String("No pickup scan")));
    QVERIFY(model->index(0, 0).data(ShippingListModel::PickupOverdueRole).toBool());
    QVERIFY(summary->text().contains(QLatin1String("No pickup scan")));

    // The first order is selected and its route shows from the cache, newest scan first.
    QTRY_COMPARE(page.currentOrderId(), QStringLiteral("6908"));
    QCOMPARE(route->topLevelItemCount(), 2);
    QCOMPARE(route->topLevelItem(0)->text(1), QStringLiteral("商家已发货，等待快递员上门"));
    QVERIFY2(routeStatus->text().contains(QLatin1String("SF100")), qPrintable(routeStatus->text()));
    QVERIFY(!m_session->syncControl().canFetchRoutes()); // no shop connected: offline, cache only

    // 6902's buyer asked for a refund before shipping: its state says to hold it, the tooltip says why and where.
    QCOMPARE(model->idAt(2), QStringLiteral("6902"));
    QCOMPARE(model->index(2, ShippingListModel::State).data().toString(), QStringLiteral("Refund asked · hold it"));
    QVERIFY(model->index(2, ShippingListModel::State)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("After-sales page")));
    QCOMPARE(model->index(3, ShippingListModel::State).data().toString(), QStringLiteral("Awaiting shipment"));

    // Band filter: < 4 h holds 6902 (1 h) and 6906 (3 h); the presale 6907 is due in 9 days, not 2 h.
    band->setCurrentIndex(band->findData(int(core::ShipBand::Under4h)));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->idAt(0), QStringLiteral("6902"));
    QCOMPARE(model->idAt(1), QStringLiteral("6906"));
    // Selecting an awaiting order: the route view says it has not shipped.
    page.selectOrder(1);
    QTRY_COMPARE(page.currentOrderId(), QStringLiteral("6906"));
    QCOMPARE(route->topLevelItemCount(), 0);
    QVERIFY(routeStatus->text().contains(QLatin1String("not shipped")));
    band->setCurrentIndex(0);
    presale->setCurrentIndex(presale->findData(1));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), QStringLiteral("6907"));
    QCOMPARE(model->index(0, 0).data(ShippingListModel::ShipBandRole).toInt(), int(core::ShipBand::Later));
    presale->setCurrentIndex(0);
    pickup->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), QStringLiteral("6908"));
    pickup->setChecked(false);
    QCOMPARE(model->rowCount(), 8);

    // Search by product (CJK typed with insert) and by order id.
    search->insert(QStringLiteral("眼影"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), QStringLiteral("6903"));
    search->clear();
    search->insert(QStringLiteral("6905"));
    QTRY_COMPARE(model->rowCount(), 1);
    // An estimated promise says so, in the cell and in its tooltip (with the rule it came from).
    QTRY_COMPARE(model->idAt(0), QStringLiteral("6905"));
    QVERIFY(model->index(0, 0).data(ShippingListModel::PromiseEstimatedRole).toBool());
    QVERIFY2(model->index(0, ShippingListModel::Promise).data().toString().endsWith(QLatin1String("(estimated)")),
             qPrintable(model->index(0, ShippingListModel::Promise).data().toString()));
    const QString tip = model->index(0, ShippingListModel::Promise).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Estimated promise")) && tip.contains(QLatin1String("48 h")), qPrintable(tip));
    search->clear();
    QTRY_COMPARE(model->rowCount(), 8);

    // Sort by amount, largest first, through the header.
    table->horizontalHeader()->setSortIndicator(ShippingListModel::Amount, Qt::DescendingOrder);
    QCOMPARE(model->idAt(0), QStringLiteral("6903"));
    QCOMPARE(model->index(0, ShippingListModel::Amount).data(ShippingListModel::RawRole).toLongLong(), 29900);
    table->horizontalHeader()->setSortIndicator(ShippingListModel::TimeLeft, Qt::AscendingOrder);
    QCOMPARE(model->idAt(0), QStringLiteral("6908"));

    // Live countdown: the clock moves, the text follows.
    m_clock->setSecs(kNow + 600);
    model->tick();
    QCOMPARE(model->index(1, ShippingListModel::TimeLeft).data().toString(), QStringLiteral("overdue 2 h 10 m"));
    m_clock->setSecs(kNow);

    // Forecast: 31 shipped in 72 h (30 signed + 6908; 0.4/h); 7 waiting; the overdue one and those due within hours
    // miss.
    QSignalSpy shown(&page, &ui::ShippingPage::forecastShown);
    page.refreshForecast(); // computed on the page's reader thread
    QVERIFY(shown.wait());
    const QString text = forecast->text();
    QVERIFY2(text.contains(QLatin1String("31 order(s) shipped in the last 3 days")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("0.4 per hour")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("will ship late")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("order:6901")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("estimate")), qPrintable(text));
}

void TstShippingPage::alerts_fromCache_onceThenSnoozePersisted()
{
    models::AlertMonitor *alerts = m_session->alerts();
    QSignalSpy notify(alerts, &models::AlertMonitor::notify);
    QSignalSpy badge(alerts, &models::AlertMonitor::badgeChanged);
    QSignalSpy evaluated(alerts, &models::AlertMonitor::evaluated);
    // Default band "< 4 h": 6901 (overdue), 6902 (1 h), 6906 (3 h); not the presale (9 days) nor 6903 (5 h), and
    // not the shipment without a pickup scan (the band is about the promise to ship).
    // The cache is read on the monitor's own thread: nothing is said before the read comes back.
    alerts->evaluateNow();
    QCOMPARE(notify.size(), 0);
    QVERIFY(evaluated.wait());
    QCOMPARE(notify.size(), 1);
    QCOMPARE(notify.first().at(0).toString(), QStringLiteral("3 order(s) must ship soon"));
    QVERIFY(notify.first().at(1).toString().contains(QLatin1String("6901")));
    QCOMPARE(alerts->badgeCount(), 3);
    alerts->evaluateNow();
    QVERIFY(evaluated.wait());
    QCOMPARE(notify.size(), 1); // once
    // Snooze one order with a reason: stored in the profile's settings, off the badge, silent.
    alerts->snooze(QStringLiteral("order:6902"), kNow + 3600, QStringLiteral("buyer asked to hold"));
    QCOMPARE(alerts->badgeCount(), 2);
    QCOMPARE(notify.size(), 1);
    m_settings->sync();
    core::Settings reread(m_profile->settingsPath());
    QVERIFY(reread.get(core::keys::alertSnoozes).contains(QLatin1String("buyer asked to hold")));
    // Widening the band to "< 12 h" brings 6903 (5 h left) in, announced alone.
    m_settings->set(core::keys::alertOrderBand, QStringLiteral("12h"));
    alerts->reloadSettings();
    alerts->evaluateNow();
    QVERIFY(evaluated.wait());
    QCOMPARE(notify.size(), 2);
    QCOMPARE(notify.last().at(0).toString(), QStringLiteral("1 order(s) must ship soon"));
    QVERIFY(notify.last().at(1).toString().contains(QLatin1String("6903")));
}

// A finished sync's board count runs on the model's reader (the board stays as it was until the answer); a reload
// the user asked for counts at once and an older background answer never replaces it.
void TstShippingPage::afterSync_boardCountedInBackground_userReloadAtOnce()
{
    models::ShippingListModel *model = m_session->shipping();
    model->setActive(true);
    const int before = model->rowCount();
    QVERIFY(before > 0);
    QSignalSpy loaded(model, &models::ShippingListModel::loaded);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSqlQuery q(m_session->cache().database()->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE orders SET order_status = 3 WHERE order_id = '6902'"))); // shipped elsewhere
    emit m_session->cacheChanged();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->rowCount(), before);
    QVERIFY(loaded.wait());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), before - 1);
    QVERIFY(!model->boardShops().isEmpty());

    model->reloadInBackground();
    model->reload();
    QCOMPARE(loaded.count(), 2);
    QVERIFY(!loaded.wait(500));
    QCOMPARE(loaded.count(), 2);
}

ANXIN_TEST_MAIN(TstShippingPage)
#include "tst_shippingpage.moc"

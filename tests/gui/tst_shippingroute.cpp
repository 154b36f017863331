// The Shipping page against the real sandbox (in-process): after a sync the board holds the cached orders, and
// "Ask the carrier" fetches a parcel's scans through the sync worker (never from the widget), stores them, and
// the route view shows them.
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "models/shippinglistmodel.h"
#include "sandbox/sandboxoptions.h"
#include "sandboxharness.h"
#include "sandboxprofile.h"
#include "shipping/shippingpage.h"
#include "store/database.h"
#include "testmain.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace anxin;

namespace {
int routeCalls(test::SandboxHarness &sb)
{
    return sb.control("GET", QStringLiteral("/__sandbox/counters"))
        .json.value(QStringLiteral("calls"))
        .toObject()
        .value(QStringLiteral("logistics.trackNoRouteDetail"))
        .toInt();
}
} // namespace

class TstShippingRoute : public QObject
{
    Q_OBJECT
private slots:
    void askTheCarrier_fetchesThroughWorker_andShowsScans();
};

void TstShippingRoute::askTheCarrier_fetchesThroughWorker_andShowsScans()
{
    sandbox::SandboxOptions options;
    options.seed = 11;
    options.tickets = 300;
    test::SandboxHarness sb(options);
    test::SandboxProfile connected(sb);
    QVERIFY(connected.created);
    core::Profile &profile = connected.profile;
    core::Settings &settings = connected.settings;
    models::DeskSession session(profile, settings, core::Clock::system());
    QVERIFY(session.open().ok());
    QSignalSpy synced(&session, &models::DeskSession::syncFinished);
    session.syncControl().startSync(0);
    QVERIFY(synced.wait(120000));
    QTRY_VERIFY(session.shipping()->rowCount() > 0); // the finished sync's board is counted in the background

    ui::ShippingPage page(session);
    page.resize(1300, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(session.syncControl().canFetchRoutes());

    // A shipment on the board, or else any recent shipment found via the search field.
    QString orderId;
    for (int row = 0; row < std::min(session.shipping()->rowCount(), 256) && orderId.isEmpty(); ++row) {
        if (session.shipping()->index(row, 0).data(models::ShippingListModel::ShippedRole).toBool())
            orderId = session.shipping()->idAt(row);
    }
    if (orderId.isEmpty()) {
        // No false shipment in this world: take a shipped, unsigned order and put it on the board's list by id.
        QSqlQuery q(session.cache().database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT order_id FROM orders WHERE order_status = 3 AND tracking_no <> '' "
                                      "AND company_code <> '' AND sign_time = 0 AND pickup_time = 0 LIMIT 1")));
        if (!q.next())
            QSKIP("the sandbox world has no shipment in transit");
        orderId = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET route_checked_at = 1, ship_time = ship_time - 3 * 86400 "
                                      "WHERE order_id = '%1'")
                           .arg(orderId)));
        session.shipping()->reload();
        for (int row = 0; row < session.shipping()->rowCount(); ++row) {
            if (session.shipping()->idAt(row) == orderId) {
                page.selectOrder(row);
                break;
            }
        }
    } else {
        for (int row = 0; row < session.shipping()->rowCount(); ++row) {
            if (session.shipping()->idAt(row) == orderId) {
                page.selectOrder(row);
                break;
            }
        }
    }
    QTRY_COMPARE(page.currentOrderId(), orderId);
    auto *refresh = page.findChild<QPushButton *>(QStringLiteral("routeRefresh"));
    auto *route = page.findChild<QTreeWidget *>(QStringLiteral("routeView"));
    QVERIFY(refresh && route);
    const int before = routeCalls(sb);
    QSignalSpy fetched(&session.syncControl(), &models::SyncController::routeFetched);
    QTRY_VERIFY(refresh->isEnabled()); // an automatic fetch may be under way for an order without cached scans
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fetched.isEmpty(), 20000);
    QCOMPARE(fetched.last().at(0).toString(), orderId);
    QVERIFY2(fetched.last().at(1).toBool(), qPrintable(fetched.last().at(2).toString()));
    QVERIFY(!session.syncControl().cachedRoute(orderId).isEmpty());
    QTRY_COMPARE(route->topLevelItemCount(), int(session.syncControl().cachedRoute(orderId).size()));
    const int after = routeCalls(sb);
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
}

ANXIN_TEST_MAIN(TstShippingRoute)
#include "tst_shippingroute.moc"

// Time as the platform keeps it (issue #26, step 1): with the platform's clock two hours ahead of this computer,
// every band in the After-sales list follows the platform's clock, the offset is kept in the profile (a session
// opened offline still follows it), and the status bar says the computer's clock is off. The real sandbox
// (in-process, its clock and every time it generates two hours ahead), the real session and worker.
#include "core/deadlines.h"
#include "core/profile.h"
#include "core/settings.h"
#include "core/shipping.h"
#include "models/alertmonitor.h"
#include "models/claimsmodel.h"
#include "models/desksession.h"
#include "models/shippinglistmodel.h"
#include "models/ticketlistmodel.h"
#include "sandbox/sandboxoptions.h"
#include "sandboxharness.h"
#include "sandboxprofile.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"
#include "store/ticketrepository.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace anxin;

class TstPlatformClock : public QObject
{
    Q_OBJECT
private slots:
    void platformTwoHoursAhead_bandsFollowThePlatform_offsetKeptOffline();
};

void TstPlatformClock::platformTwoHoursAhead_bandsFollowThePlatform_offsetKeptOffline()
{
    constexpr qint64 kAhead = 2 * 3600;
    sandbox::SandboxOptions options;
    options.seed = 17;
    options.tickets = 600;
    // The sandbox's clock stands still while this computer's runs on: our estimate of the platform's now may
    // run ahead of it by as long as the test has taken since the offset was learned.
    QElapsedTimer elapsed;
    elapsed.start();
    test::SandboxHarness sb(options, QDateTime::currentSecsSinceEpoch() + kAhead);
    const auto tolerance = [&elapsed] { return 3 + elapsed.elapsed() / 1000; };
    test::SandboxProfile connected(sb);
    QVERIFY(connected.created);
    core::Profile &profile = connected.profile;
    core::Settings &settings = connected.settings;
    {
        models::DeskSession session(profile, settings, core::Clock::system());
        QVERIFY(session.open().ok());
        QSignalSpy synced(&session, &models::DeskSession::syncFinished);
        session.syncControl().startSync(0);
        QVERIFY(synced.wait(120000));
        QVERIFY2(synced.last().at(0).value<sync::SyncReport>().ok(),
                 qPrintable(synced.last().at(0).value<sync::SyncReport>().error.message));
        QVERIFY2(qAbs(session.clock()->nowSecs() - sb.now()) <= tolerance(),
                 qPrintable(QStringLiteral("%1 vs the platform's %2").arg(session.clock()->nowSecs()).arg(sb.now())));

        // Every row's band is the platform's; some would differ on the desktop's clock (the test can fail).
        auto *list = session.tickets();
        store::TicketFilter open;
        open.openOnly = true;
        list->setFilter(open);
        QTRY_VERIFY(list->countIsExact() && list->rowCount() > 50);
        const qint64 platformNow = session.clock()->nowSecs(); // within tolerance() of the sandbox's, checked above
        const qint64 desktopNow = QDateTime::currentSecsSinceEpoch();
        int differ = 0;
        for (int row = 0; row < list->rowCount(); ++row) {
            const QModelIndex i = list->index(row, 0);
            const qint64 deadline = i.data(models::TicketListModel::DeadlineRole).toLongLong();
            const int band = i.data(models::TicketListModel::BandRole).toInt();
            QCOMPARE(band, int(core::deadlineBand(deadline, platformNow)));
            differ += core::deadlineBand(deadline, platformNow) != core::deadlineBand(deadline, desktopNow);
        }
        QVERIFY2(differ > 0, "the seeded shop has deadlines within the two hours between the clocks");

        // The shipping board, the claims list and the alerts read the same clock.
        auto *board = session.shipping();
        board->setActive(true);
        board->reload();
        QTRY_VERIFY(board->rowCount() > 10 && !board->idAt(board->rowCount() - 1).isEmpty());
        const qint64 boardNow = session.clock()->nowSecs();
        int boardDiffer = 0;
        for (int row = 0; row < board->rowCount(); ++row) {
            const QModelIndex i = board->index(row, 0);
            const qint64 promise = i.data(models::ShippingListModel::PromiseRole).toLongLong();
            QCOMPARE(i.data(models::ShippingListModel::ShipBandRole).toInt(), int(core::shipBand(promise - boardNow)));
            boardDiffer += core::shipBand(promise - boardNow) != core::shipBand(promise - desktopNow);
        }
        QVERIFY2(boardDiffer > 0, "the seeded shop has promises within the two hours between the clocks");
        auto *claims = session.claims();
        claims->setActive(true);
        claims->reload();
        QTRY_VERIFY(claims->rowCount() > 0);
        const qint64 claimsNow = session.clock()->nowSecs();
        for (int row = 0; row < claims->rowCount(); ++row) {
            const QModelIndex i = claims->index(row, models::ClaimsModel::TimeLeft);
            const qint64 respondBy = i.data(models::ClaimsModel::RawRole).toLongLong();
            QCOMPARE(i.data(models::ClaimsModel::BandRole).toInt(), int(core::deadlineBand(respondBy, claimsNow)));
        }
        QVERIFY(qAbs(session.alerts()->nowSecs() - sb.now()) <= tolerance());

        // The status bar says the computer's clock is off the platform's.
        ui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        ui::MainWindow window(session, languages, connected.dir.path());
        auto *last = window.findChild<QLabel *>(QStringLiteral("lastSync"));
        QVERIFY(last);
        QVERIFY2(last->text().contains(QLatin1String("behind the platform")), qPrintable(last->text()));
    }

    // Offline (no sync started): the offset kept in the profile still moves every deadline.
    models::DeskSession offline(profile, settings, core::Clock::system());
    QVERIFY(offline.open().ok());
    QVERIFY2(qAbs(offline.clock()->nowSecs() - sb.now()) <= tolerance(),
             qPrintable(QStringLiteral("%1 vs the platform's %2").arg(offline.clock()->nowSecs()).arg(sb.now())));
}

ANXIN_TEST_MAIN(TstPlatformClock)
#include "tst_platformclock.moc"

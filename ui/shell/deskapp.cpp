#include "shell/deskapp.h"

#include "aftersales/aftersalespage.h"
#include "claims/claimspage.h"
#include "common/errortext.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/processend.h"
#include "core/profile.h"
#include "core/settings.h"
#include "core/version.h"
#include "models/aboutinfo.h"
#include "models/alertmonitor.h"
#include "models/desksession.h"
#include "models/shippinglistmodel.h"
#include "sandbox/sandboxprocess.h"
#include "score/scorepage.h"
#include "settings/aboutdialog.h"
#include "settings/settingspage.h"
#include "setup/firstrunwizard.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "shell/trayalerts.h"
#include "workbench/workbenchpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace anxin::ui {
namespace {

bool saveShot(QWidget &w, const QString &dir, const char *name)
{
    w.show();
    QCoreApplication::processEvents();
    const QString path = dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png");
    if (!w.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    w.close();
    return true;
}

// The About box (about.png) and the first page of the connection wizard (connect.png), for the README.
bool saveDialogShots(MainWindow &window, const QString &dir)
{
    auto *settings = qobject_cast<SettingsPage *>(window.page(PageId::Settings));
    if (!settings)
        return true;
    AboutDialog about(models::collectAboutInfo(settings->session().cache(), settings->profileDir()), &window);
    about.resize(about.sizeHint().expandedTo(QSize(560, 0)));
    FirstRunWizard wizard(settings->session(), settings->profileDir(), nullptr, &window);
    return saveShot(about, dir, "about") && saveShot(wizard, dir, "connect");
}

// Visits every page, saves one PNG per page named after it, then quits. Used by `scripts/demo --screenshot`.
void scheduleScreenshots(MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    auto *index = new int(0);
    auto *timer = new QTimer(&window);
    timer->setInterval(150);
    QObject::connect(timer, &QTimer::timeout, &window, [&window, dir, index, timer] {
        const auto &list = pages();
        if (*index > 0) {
            const auto &info = list[size_t(*index - 1)];
            // The Score page computes on its own thread: picture it once its numbers (and a drill-down) are in.
            static int waits = 0;
            if (auto *score = qobject_cast<ScorePage *>(window.page(info.id));
                score && !score->readyForScreenshot() && ++waits < 100)
                return;
            // The Workbench and the Claims queue read on their own threads too.
            if (auto *home = qobject_cast<WorkbenchPage *>(window.page(info.id));
                home && home->isLoading() && ++waits < 100)
                return;
            if (auto *claims = qobject_cast<ClaimsPage *>(window.page(info.id)); claims && ++waits < 100) {
                if (claims->isLoading())
                    return;
                // Pictured with its first claim open, as an agent would see it.
                auto *table = claims->findChild<QTableView *>(QStringLiteral("claimTable"));
                if (table && table->model() && table->model()->rowCount() > 0 && !table->currentIndex().isValid()) {
                    table->setCurrentIndex(table->model()->index(0, 0));
                    return;
                }
            }
            const QString path = dir + QLatin1Char('/') + QLatin1String(info.key) + QStringLiteral(".png");
            if (!window.grab().save(path)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                QCoreApplication::exit(1);
                return;
            }
        }
        if (*index >= int(list.size())) {
            timer->stop();
            delete index;
            QCoreApplication::exit(saveDialogShots(window, dir) ? 0 : 1);
            return;
        }
        window.showPage(list[size_t(*index)].id);
        // A list page is pictured with its first item open, as an agent would see it.
        for (const QString &name : {QStringLiteral("ticketTable"), QStringLiteral("claimTable")}) {
            auto *table = window.page(list[size_t(*index)].id)->findChild<QTableView *>(name);
            if (table && table->model() && table->model()->rowCount() > 0 && !table->currentIndex().isValid())
                table->setCurrentIndex(table->model()->index(0, 0));
        }
        // The Shipping page is pictured with a shipment open (its carrier route), the one without a pickup scan first.
        if (auto *table =
                window.page(list[size_t(*index)].id)->findChild<QTableView *>(QStringLiteral("shippingTable"))) {
            auto *model = table->model();
            int pick = -1;
            for (int row = 0; model && row < std::min(model->rowCount(), 256); ++row) {
                const QModelIndex i = model->index(row, 0);
                if (i.data(models::ShippingListModel::PickupOverdueRole).toBool()) {
                    pick = row;
                    break;
                }
                if (pick < 0 && i.data(models::ShippingListModel::ShippedRole).toBool())
                    pick = row;
            }
            if (pick >= 0)
                table->setCurrentIndex(model->index(pick, 0));
        }
        ++*index;
    });
    timer->start();
}

// --report-first-paint: prints "first-paint <ms since process start>" once the ticket list has painted rows,
// then exits. The app starts exactly as usual; this only watches the list's viewport (scripts/bench).
class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
        table->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_table->model() && m_table->model()->rowCount() > 0) {
            m_done = true;
            // Reported after this paint event has been handled (the rows are on the backing store).
            QTimer::singleShot(0, this, [] {
                std::printf("first-paint %.1f\n", msSinceProcessStart());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // /proc/self/stat's starttime (clock ticks since boot) against CLOCK_BOOTTIME: 10 ms resolution.
    static double msSinceProcessStart()
    {
#ifndef Q_OS_LINUX
        return -1; // the parent process measures too (scripts/bench)
#else
        QFile f(QStringLiteral("/proc/self/stat"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray stat = f.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        const double startTicks = fields.value(19).toDouble(); // field 22 of stat(5)
        timespec now{};
        clock_gettime(CLOCK_BOOTTIME, &now);
        return (double(now.tv_sec) + now.tv_nsec / 1e9 - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
#endif
    }

    QTableView *m_table;
    bool m_done = false;
};

} // namespace

static int runDeskApp(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("anxin-desk"));
    QApplication::setOrganizationName(QStringLiteral("Anxin"));
    QApplication::setApplicationVersion(QString::fromLatin1(core::kAppVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/anxin.svg")));
    // Matches packaging/linux/com.anxin.desk.desktop, so Wayland and the dock show the installed icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("com.anxin.desk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Anxin Desk: the after-sales workbench for live-stream shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QStringLiteral("Profile directory."),
                                        QStringLiteral("dir"));
    const QCommandLineOption gatewayOpt(QStringLiteral("gateway"), QStringLiteral("Platform gateway URL."),
                                        QStringLiteral("url"));
    const QCommandLineOption appKeyOpt(QStringLiteral("app-key"), QStringLiteral("App key."), QStringLiteral("key"));
    const QCommandLineOption shopOpt(QStringLiteral("shop-id"), QStringLiteral("Shop id."), QStringLiteral("id"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Language: zh_CN, zh_TW or en."),
                                     QStringLiteral("lang"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                                     QStringLiteral("Visit every page, save <page>.png into dir, and exit."),
                                     QStringLiteral("dir"));
    const QCommandLineOption sizeOpt(QStringLiteral("window-size"),
                                     QStringLiteral("With --screenshot: the window's size, e.g. 1366x768."),
                                     QStringLiteral("WxH"));
    const QCommandLineOption syncOpt(QStringLiteral("sync-first"),
                                     QStringLiteral("With --screenshot: sync once before taking the pictures."));
    const QCommandLineOption firstPaintOpt(
        QStringLiteral("report-first-paint"),
        QStringLiteral("Print the milliseconds from process start to the first painted ticket list, and exit."));
    const QCommandLineOption themeOpt(QStringLiteral("theme"),
                                      QStringLiteral("Colours for this run: light, dark or system (the saved choice "
                                                     "in Settings is left as it is)."),
                                      QStringLiteral("theme"));
    const QCommandLineOption openOpt(QStringLiteral("open-ticket"),
                                     QStringLiteral("Start on the After-sales page with this ticket open."),
                                     QStringLiteral("id"));
    parser.addOptions({profileOpt, gatewayOpt, appKeyOpt, shopOpt, langOpt, shotOpt, sizeOpt, syncOpt, firstPaintOpt,
                       openOpt, themeOpt});
    parser.process(app);

    core::Profile profile(core::Profile::resolveDir(parser.value(profileOpt)));
    if (auto st = profile.ensureExists(); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 5;
    }
    core::installLogHandler(profile.logPath());

    core::Settings settings(profile.settingsPath());
    applyTheme(parser.isSet(themeOpt) ? parser.value(themeOpt) : settings.get(core::keys::theme));
    LanguageManager languages;
    languages.apply(parser.isSet(langOpt) ? parser.value(langOpt) : settings.get(core::keys::language));

    // One writer per profile: an anxin-cli command that writes (a sync, a decision) is given a few seconds to end.
    if (auto st = profile.lockForWriting(QStringLiteral("Anxin Desk"), 3000); !st) {
        QString text =
            QCoreApplication::translate("DeskApp", "Anxin Desk is already running with this profile. Switch to the "
                                                   "open window, or start with another profile.");
        if (st.error().detail.startsWith(QLatin1String("anxin-cli")))
            text = QCoreApplication::translate("DeskApp",
                                               "“%1” is writing to this profile right now. Start Anxin Desk again "
                                               "when it has finished.")
                       .arg(st.error().detail);
        std::fprintf(stderr, "%s\n%s\n", qPrintable(text), qPrintable(st.error().message));
        if (!parser.isSet(shotOpt) && qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1String("offscreen"))
            QMessageBox::information(nullptr, QCoreApplication::translate("DeskApp", "Anxin Desk"), text);
        return 3;
    }

    const bool shopOnCommandLine = parser.isSet(gatewayOpt) || parser.isSet(appKeyOpt) || parser.isSet(shopOpt);
    // The demo shop chosen in the first-run wizard lives in an anxin-sandbox this process runs (stopped on exit).
    sandbox::SandboxProcess sandbox;
    if (settings.get(core::keys::sandboxDemo) && !shopOnCommandLine) {
        if (auto gateway = sandbox.start())
            settings.set(core::keys::gateway, gateway.value());
        else
            std::fprintf(stderr, "%s\n", qPrintable(gateway.error().message));
    }
    if (parser.isSet(gatewayOpt))
        settings.set(core::keys::gateway, parser.value(gatewayOpt));
    if (parser.isSet(appKeyOpt))
        settings.set(core::keys::appKey, parser.value(appKeyOpt));
    if (parser.isSet(shopOpt))
        settings.set(core::keys::shopId, parser.value(shopOpt));

    models::DeskSession session(profile, settings, core::Clock::fromEnvironment());
    session.setLoadPagesWhenShown(true); // the first paint needs the ticket list only
    if (auto st = session.open(); !st) {
        const QString text = QCoreApplication::translate("DeskApp", "Anxin Desk cannot open its local cache at %1: %2")
                                 .arg(profile.databasePath(), errorText(st.error()));
        std::fprintf(stderr, "%s\n", qPrintable(text));
        if (!parser.isSet(shotOpt))
            QMessageBox::critical(nullptr, QCoreApplication::translate("DeskApp", "Anxin Desk"), text);
        return 5;
    }
    // A profile without a shop starts with the wizard, except for pictures, first-paint measurements (no one is
    // there to answer it) and when the command line names one.
    if (!session.hasShop() && !parser.isSet(shotOpt) && !parser.isSet(firstPaintOpt) && !shopOnCommandLine) {
        FirstRunWizard wizard(session, profile.dir(), &sandbox);
        wizard.exec();
    }
    MainWindow window(session, languages, profile.dir());
    if (parser.isSet(firstPaintOpt)) {
        if (auto *table = window.page(PageId::AfterSales)->findChild<QTableView *>(QStringLiteral("ticketTable")))
            new FirstPaintReporter(table);
    }
    window.show();
    if (parser.isSet(openOpt)) {
        window.showPage(PageId::AfterSales);
        if (auto *afterSales = qobject_cast<AfterSalesPage *>(window.page(PageId::AfterSales)))
            afterSales->openTicket(parser.value(openOpt).trimmed());
    }
    if (!parser.isSet(shotOpt)) {
        // From cached deadlines (works offline); first evaluated a moment after the window has painted.
        QTimer::singleShot(1000, session.alerts(), [alerts = session.alerts()] { alerts->start(); });
        new TrayAlerts(*session.alerts(), settings, &window);
    }
    // Screenshots show the cache as it is; a normal start keeps it fresh in the background.
    if (!parser.isSet(shotOpt) || parser.isSet(syncOpt))
        session.syncControl().startSync();
    if (parser.isSet(shotOpt)) {
        const QString dir = parser.value(shotOpt);
        if (parser.isSet(sizeOpt)) {
            const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
            const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
            if (wh.size() != 2 || w < 640 || h < 480) {
                std::fprintf(stderr, "--window-size wants WxH of at least 640x480, e.g. 1366x768\n");
                return 2;
            }
            window.resize(w, h);
        }
        if (parser.isSet(syncOpt) && session.hasShop()) {
            // Wait for the first sync (bounded), so the pictures show real sandbox data.
            auto *guard = new QTimer(&window);
            guard->setSingleShot(true);
            QObject::connect(guard, &QTimer::timeout, &window, [&window, dir] { scheduleScreenshots(window, dir); });
            QObject::connect(&session, &models::DeskSession::syncFinished, &window, [&window, dir, guard] {
                if (!guard->isActive())
                    return;
                guard->stop();
                scheduleScreenshots(window, dir);
            });
            guard->start(120000);
        } else {
            scheduleScreenshots(window, dir);
        }
    }
    const int rc = app.exec();
    settings.sync();
    return rc;
}

int runDesk(int argc, char **argv)
{
    return core::endProcess(runDeskApp(argc, argv));
}

} // namespace anxin::ui

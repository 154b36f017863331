#include "shell/deskapp.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/profile.h"
#include "core/settings.h"
#include "core/version.h"
#include "models/desksession.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"

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
            QCoreApplication::exit(0);
            return;
        }
        window.showPage(list[size_t(*index)].id);
        // A list page is pictured with its first item open, as an agent would see it.
        if (auto *table =
                window.page(list[size_t(*index)].id)->findChild<QTableView *>(QStringLiteral("ticketTable"))) {
            if (table->model() && table->model()->rowCount() > 0 && !table->currentIndex().isValid())
                table->setCurrentIndex(table->model()->index(0, 0));
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

int runDesk(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("anxin-desk"));
    QApplication::setOrganizationName(QStringLiteral("Anxin"));
    QApplication::setApplicationVersion(QString::fromLatin1(core::kAppVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/anxin.svg")));

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
    const QCommandLineOption syncOpt(QStringLiteral("sync-first"),
                                     QStringLiteral("With --screenshot: sync once before taking the pictures."));
    const QCommandLineOption firstPaintOpt(
        QStringLiteral("report-first-paint"),
        QStringLiteral("Print the milliseconds from process start to the first painted ticket list, and exit."));
    parser.addOptions({profileOpt, gatewayOpt, appKeyOpt, shopOpt, langOpt, shotOpt, syncOpt, firstPaintOpt});
    parser.process(app);

    core::Profile profile(core::Profile::resolveDir(parser.value(profileOpt)));
    if (auto st = profile.ensureExists(); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 5;
    }
    core::installLogHandler(profile.logPath());

    core::Settings settings(profile.settingsPath());
    LanguageManager languages;
    languages.apply(parser.isSet(langOpt) ? parser.value(langOpt) : settings.get(core::keys::language));

    if (auto st = profile.lockForGui(); !st) {
        const QString text = QCoreApplication::translate(
            "DeskApp", "Anxin Desk is already running with this profile. Switch to the open window, or start "
                       "with another profile.");
        std::fprintf(stderr, "%s\n%s\n", qPrintable(text), qPrintable(st.error().message));
        if (!parser.isSet(shotOpt) && qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1String("offscreen"))
            QMessageBox::information(nullptr, QCoreApplication::translate("DeskApp", "Anxin Desk"), text);
        return 3;
    }

    if (parser.isSet(gatewayOpt))
        settings.set(core::keys::gateway, parser.value(gatewayOpt));
    if (parser.isSet(appKeyOpt))
        settings.set(core::keys::appKey, parser.value(appKeyOpt));
    if (parser.isSet(shopOpt))
        settings.set(core::keys::shopId, parser.value(shopOpt));

    models::DeskSession session(profile, settings, core::Clock::fromEnvironment());
    if (auto st = session.open(); !st) {
        const QString text = QCoreApplication::translate("DeskApp", "Anxin Desk cannot open its local cache at %1: %2")
                                 .arg(profile.databasePath(), st.error().message);
        std::fprintf(stderr, "%s\n", qPrintable(text));
        if (!parser.isSet(shotOpt))
            QMessageBox::critical(nullptr, QCoreApplication::translate("DeskApp", "Anxin Desk"), text);
        return 5;
    }
    MainWindow window(session, languages, profile.dir());
    if (parser.isSet(firstPaintOpt)) {
        if (auto *table = window.page(PageId::AfterSales)->findChild<QTableView *>(QStringLiteral("ticketTable")))
            new FirstPaintReporter(table);
    }
    window.show();
    // Screenshots show the cache as it is; a normal start keeps it fresh in the background.
    if (!parser.isSet(shotOpt) || parser.isSet(syncOpt))
        session.startSync();
    if (parser.isSet(shotOpt)) {
        const QString dir = parser.value(shotOpt);
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
            guard->start(120'000);
        } else {
            scheduleScreenshots(window, dir);
        }
    }
    const int rc = app.exec();
    settings.sync();
    return rc;
}

} // namespace anxin::ui

// The After-sales list over 1 000 000 cached tickets, driven through the real window (offscreen):
//   filter_1m  median time from a filter widget change to the first window of rows painted
//   sort_1m    median time from a header sort (each sortable column, both directions) to the rows painted
//   search_1m  median time from a search (incl. two-character Chinese terms) to the rows painted
//   rss_1m     peak resident memory of the process while the list is scrolled from top to bottom
// The cache is seeded once (benchsupport.h). Prints one JSON line per workload.
//
//     bench_list [--tickets N] [--scroll-step ROWS]

#include "benchsupport.h"
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "models/ticketlistmodel.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace anxin;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QJsonArray samples(const QList<double> &v, const QStringList &labels)
{
    QJsonArray out;
    for (qsizetype i = 0; i < v.size(); ++i)
        out.append(
            QJsonObject{{QStringLiteral("case"), labels.value(i)}, {QStringLiteral("ms"), qRound(v[i] * 10) / 10.0}});
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    qputenv("QT_LOGGING_RULES", "anxin.*.debug=false\nanxin.*.info=false");
    qputenv("ANXIN_NOW", QByteArray::number(bench::kSeedNow));
    qputenv("ANXIN_SECRET_STORE", "memory");
    QApplication app(argc, argv);
    int tickets = 1000000;
    int scrollStep = 0; // 0: one page of the view at a time
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--tickets"))
            tickets = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--scroll-step"))
            scrollStep = args[i + 1].toInt();
    }
    const QString suffix = tickets == 1000000 ? QStringLiteral("1m") : QString::number(tickets);
    const QString dir = bench::ensureSeededProfile(bench::benchDataDir(), tickets);
    if (dir.isEmpty())
        return 1;

    bench::resetPeakRss();
    core::Profile profile(dir);
    core::Settings settings(profile.settingsPath());
    settings.set(core::keys::lastPage, QStringLiteral("aftersales"));
    ui::LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    models::DeskSession session(profile, settings, core::Clock::fromEnvironment());
    if (auto st = session.open(); !st) {
        std::fprintf(stderr, "open: %s\n", qPrintable(st.error().message));
        return 1;
    }
    ui::MainWindow window(session, languages, profile.dir());
    window.resize(1440, 900);
    window.show();
    window.showPage(ui::PageId::AfterSales);
    QWidget *page = window.page(ui::PageId::AfterSales);
    auto *table = page->findChild<QTableView *>(QStringLiteral("ticketTable"));
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *type = page->findChild<QComboBox *>(QStringLiteral("typeFilter"));
    auto *due = page->findChild<QComboBox *>(QStringLiteral("dueFilter"));
    auto *guarantee = page->findChild<QComboBox *>(QStringLiteral("guaranteeFilter"));
    auto *risk = page->findChild<QCheckBox *>(QStringLiteral("riskFilter"));
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *debounce = page->findChild<QTimer *>(QStringLiteral("searchDebounce"));
    if (!table || !status || !type || !due || !guarantee || !risk || !search || !debounce) {
        std::fprintf(stderr, "the After-sales page's widgets were not found\n");
        return 1;
    }
    auto *model = session.tickets();
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();

    // Between changes (untimed): the count of the last one is finished, so it does not run beside the next.
    auto settle = [&] {
        QElapsedTimer wait;
        wait.start();
        do
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        while (!model->countIsExact() && wait.elapsed() < 60000);
    };
    settle();

    // One change: the action, the events it posts, then a synchronous paint of the table's viewport (which reads
    // the first window of rows through the model).
    auto measure = [&](const std::function<void()> &change) {
        if (!table->isVisible())
            std::fprintf(stderr, "warning: the ticket table is hidden (no rows) before this change\n");
        QElapsedTimer t;
        t.start();
        change();
        QCoreApplication::processEvents();
        table->viewport()->repaint();
        const double ms = t.nsecsElapsed() / 1e6;
        settle();
        return ms;
    };

    // filter_1m: every filter widget, from the default view (open tickets by deadline) and back.
    QList<double> filterMs;
    QStringList filterCases;
    auto filterCase = [&](const QString &label, const std::function<void()> &change) {
        filterMs << measure(change);
        filterCases << label;
    };
    for (int i = 1; i < status->count(); ++i) {
        filterCase(QStringLiteral("status=") + status->itemText(i), [&] { status->setCurrentIndex(i); });
        filterCase(QStringLiteral("status=Open"), [&] { status->setCurrentIndex(0); });
    }
    for (int i = 1; i < type->count(); ++i)
        filterCase(QStringLiteral("type=") + type->itemText(i), [&] { type->setCurrentIndex(i); });
    filterCase(QStringLiteral("type=All"), [&] { type->setCurrentIndex(0); });
    for (int i = 1; i < due->count(); ++i)
        filterCase(QStringLiteral("due=") + due->itemText(i), [&] { due->setCurrentIndex(i); });
    filterCase(QStringLiteral("due=Any"), [&] { due->setCurrentIndex(0); });
    for (int i = 1; i < guarantee->count(); ++i)
        filterCase(QStringLiteral("guarantee=") + guarantee->itemText(i), [&] { guarantee->setCurrentIndex(i); });
    filterCase(QStringLiteral("guarantee=Any"), [&] { guarantee->setCurrentIndex(0); });
    filterCase(QStringLiteral("risk=on"), [&] { risk->setChecked(true); });
    filterCase(QStringLiteral("risk=off"), [&] { risk->setChecked(false); });
    bench::emitResult(QStringLiteral("filter_") + suffix, median(filterMs), QStringLiteral("ms"), std::nullopt, 50,
                      "value_max",
                      {{QStringLiteral("max_ms"), *std::max_element(filterMs.cbegin(), filterMs.cend())},
                       {QStringLiteral("cases"), samples(filterMs, filterCases)},
                       {QStringLiteral("rows"), model->rowCount()}});

    // sort_1m: every sortable column, both directions, over the default view; then back to the deadline.
    QList<double> sortMs;
    QStringList sortCases;
    for (int col = 0; col < models::TicketListModel::ColumnCount; ++col) {
        if (models::TicketListModel::sortKeyFor(col).isEmpty())
            continue;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            sortMs << measure([&] { table->sortByColumn(col, order); });
            sortCases << model->headerData(col, Qt::Horizontal).toString() +
                             (order == Qt::AscendingOrder ? QStringLiteral(" asc") : QStringLiteral(" desc"));
        }
    }
    table->sortByColumn(models::TicketListModel::TimeLeft, Qt::AscendingOrder);
    bench::emitResult(QStringLiteral("sort_") + suffix, median(sortMs), QStringLiteral("ms"), std::nullopt, 50,
                      "value_max",
                      {{QStringLiteral("max_ms"), *std::max_element(sortMs.cbegin(), sortMs.cend())},
                       {QStringLiteral("cases"), samples(sortMs, sortCases)}});

    // search_1m: realistic terms; two-character Chinese ones cannot use the trigram index. The debounce is the
    // page's typing pause, not part of the query: it is set to 0 so the change runs at the next event.
    debounce->setInterval(0);
    QList<double> searchMs;
    QStringList terms{QStringLiteral("榴莲"), QStringLiteral("过敏"),    QStringLiteral("车厘子"),
                      QStringLiteral("面膜"), QStringLiteral("补发中"),  QStringLiteral("7300000000001234"),
                      QStringLiteral("破损"), QStringLiteral("阳光玫瑰")};
    for (const QString &term : terms) {
        searchMs << measure([&] {
            search->setText(term);
            QCoreApplication::processEvents(); // the debounce fires: the model changes
        });
    }
    search->clear();
    QCoreApplication::processEvents();
    bench::emitResult(QStringLiteral("search_") + suffix, median(searchMs), QStringLiteral("ms"), std::nullopt, 100,
                      "value_max",
                      {{QStringLiteral("max_ms"), *std::max_element(searchMs.cbegin(), searchMs.cend())},
                       {QStringLiteral("cases"), samples(searchMs, terms)}});

    // rss_1m: all statuses (every cached ticket), scrolled top to bottom one page at a time, each page painted.
    status->setCurrentIndex(status->count() - 1);
    settle();
    if (!table->isVisible() || model->rowCount() != tickets) {
        std::fprintf(stderr, "the list shows %d rows of %d\n", model->rowCount(), tickets);
        return 1;
    }
    QScrollBar *bar = table->verticalScrollBar();
    const int step = scrollStep > 0 ? scrollStep : std::max(1, bar->pageStep());
    QElapsedTimer scrollTimer;
    scrollTimer.start();
    int pages = 0;
    for (int v = 0;; v = std::min(v + step, bar->maximum())) {
        bar->setValue(v);
        table->viewport()->repaint();
        ++pages;
        if (pages % 64 == 0)
            QCoreApplication::processEvents();
        if (v >= bar->maximum())
            break;
    }
    const qint64 bottomRow = table->rowAt(table->viewport()->height() - 2);
    const double scrollSecs = scrollTimer.elapsed() / 1000.0;
    const qint64 rssKib = bench::peakRssKib();
    bench::emitResult(QStringLiteral("rss_") + suffix, rssKib / 1024.0, QStringLiteral("MB"), std::nullopt, 250,
                      "value_max",
                      {{QStringLiteral("rows"), model->rowCount()},
                       {QStringLiteral("last_row_painted"), bottomRow},
                       {QStringLiteral("pages_painted"), pages},
                       {QStringLiteral("scroll_seconds"), scrollSecs},
                       {QStringLiteral("ms_per_page"), qRound(scrollSecs * 1e5 / std::max(pages, 1)) / 100.0}});
    return 0;
}

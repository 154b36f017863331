#include "score/scorepage.h"

#include "common/bands.h"
#include "common/icons.h"
#include "common/listpage.h"
#include "common/typography.h"
#include "core/scoremodel.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "models/scoredashboard.h"
#include "models/scoresummary.h"
#include "score/calibrationdialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>

#include <array>
#include <cmath>

namespace anxin::ui {

using models::ScoreDashboard;

namespace {

QString number(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("—");
}

QString signedNumber(const std::optional<double> &v)
{
    if (!v)
        return QStringLiteral("—");
    const double rounded = std::round(*v * 10.0) / 10.0;
    if (rounded == 0.0)
        return QLocale().toString(0.0, 'f', 1); // never "+0.0" or "-0.0"
    return (rounded > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(rounded, 'f', 1);
}

// The dimension of row (or series, or bar) `index`: overall first, as core::kDimensions.
core::Dimension dimensionAt(int index)
{
    return core::kDimensions[std::size_t(index)];
}

QString dimensionKeyAt(int index)
{
    return core::dimensionKey(dimensionAt(index));
}

QChartView *makeChartView(const QString &objectName, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// The charts in the colours of the theme in force (Settings → Colours): a white chart in a dark window glares.
// True when the theme changed (the series already drawn keep the old colours until drawn again).
bool matchChartTheme(QChartView *view, const QPalette &palette)
{
    const QChart::ChartTheme theme = isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (view->chart()->theme() == theme)
        return false;
    view->chart()->setTheme(theme);
    return true;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

ScorePage::ScorePage(models::DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dashboard(new ScoreDashboard(session, this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_refresh(new QPushButton(this))
    , m_exportTrend(new QPushButton(this))
    , m_exportBars(new QPushButton(this))
    , m_summaryGrid(new QGridLayout)
    , m_calibration(new QLabel(this))
    , m_howComputed(new QPushButton(this))
    , m_trend(makeChartView(QStringLiteral("scoreTrendChart"), this))
    , m_bars(makeChartView(QStringLiteral("scoreBarsChart"), this))
    , m_metricsView(new QTableView(this))
    , m_drillTitle(new QLabel(this))
    , m_drillView(new QTableView(this))
    , m_openTickets(new QPushButton(this))
    , m_whatIfTitle(new QLabel(this))
    , m_side(new QTabWidget(this))
    , m_whatIfDue(new QLabel(this))
    , m_whatIfTickets(new QSpinBox(this))
    , m_whatIfOrders(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    matchChartTheme(m_trend, palette());
    matchChartTheme(m_bars, palette());
    m_error->setObjectName(QStringLiteral("scoreError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_subtitle->setWordWrap(true);
    auto *upper = new QHBoxLayout;
    upper->addWidget(buildSummaryBox(), 2);
    upper->addWidget(m_trend, 4);
    upper->addWidget(m_bars, 3);
    auto *lower = new QSplitter(this);
    lower->setObjectName(QStringLiteral("scoreSplitter"));
    buildMetricsView();
    lower->addWidget(m_metricsView);
    // The drill-down and the what-if share the room beside the sub-metrics, one at a time: side by side at 1366 px
    // the drill-down showed two of its five columns. Drilling into a sub-metric brings its tab forward.
    m_side->setObjectName(QStringLiteral("scoreSideTabs"));
    m_side->setDocumentMode(true);
    m_side->addTab(buildDrillPane(), QString());
    m_side->addTab(buildWhatIfBox(), QString());
    lower->addWidget(m_side);
    // The sub-metrics whole first ("254 of 279 shipments"), then the drill-down or the what-if.
    lower->setStretchFactor(0, 6);
    lower->setStretchFactor(1, 7);
    lower->setSizes({540, 660});

    auto *layout = new QVBoxLayout(this);
    setMargins(layout, kListPageMargins);
    layout->addLayout(buildHeader());
    layout->addWidget(m_subtitle);
    layout->addWidget(m_error);
    layout->addLayout(upper, 3);
    layout->addWidget(lower, 4);
    wireDashboard();
    retranslate();
}

namespace {

// A grid of labels under a row of N headings: one row per dimension (overall first), the first column the name, the
// others numbers aligned right. Object names "<prefix>_<dimension>_<column>"; column c is laid out at position[c]
// (empty: in order).
template <int N>
void fillDimensionGrid(QGridLayout *grid, QLabel *(&heads)[N], QLabel *(&cells)[4][N], const QString &prefix,
                       bool boldOverall, QWidget *parent, const std::array<int, N> &position = {})
{
    const auto at = [&position](int c) { return position[std::size_t(N - 1)] ? position[std::size_t(c)] : c; };
    for (int c = 0; c < N; ++c) {
        if (!heads[c])
            heads[c] = new QLabel(parent);
        heads[c]->setAlignment(c ? Qt::AlignRight : Qt::AlignLeft);
        grid->addWidget(heads[c], 0, at(c));
    }
    for (int r = 0; r < 4; ++r) {
        for (int c = 0; c < N; ++c) {
            auto *l = new QLabel(parent);
            l->setObjectName(QStringLiteral("%1_%2_%3").arg(prefix, dimensionKeyAt(r)).arg(c));
            l->setAlignment(c ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
            if (r == 0 && boldOverall) {
                QFont f = l->font();
                f.setBold(true);
                l->setFont(f);
            }
            cells[r][c] = l;
            grid->addWidget(l, r + 1, at(c));
        }
    }
    grid->setHorizontalSpacing(18);
}

} // namespace

QLayout *ScorePage::buildHeader()
{
    setTextRole(m_title, TextRole::PageTitle);
    m_progress->setObjectName(QStringLiteral("scoreProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressLabel->setObjectName(QStringLiteral("scoreProgressLabel"));
    m_progressLabel->hide();
    m_refresh->setObjectName(QStringLiteral("scoreRefresh"));
    m_exportTrend->setObjectName(QStringLiteral("exportTrend"));
    m_exportBars->setObjectName(QStringLiteral("exportBars"));
    setToolIcon(m_refresh, QStringLiteral(":/icons/syncing.svg"));
    setToolIcon(m_exportTrend, QStringLiteral(":/icons/export.svg"));
    setToolIcon(m_exportBars, QStringLiteral(":/icons/export.svg"));
    connect(m_refresh, &QPushButton::clicked, this, &ScorePage::refresh);
    connect(m_exportTrend, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("trend")); });
    connect(m_exportBars, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("bars")); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_progressLabel);
    top->addWidget(m_progress);
    top->addWidget(m_refresh);
    top->addWidget(m_exportTrend);
    top->addWidget(m_exportBars);
    return top;
}

// Platform vs our estimate vs the gap, per dimension.
QWidget *ScorePage::buildSummaryBox()
{
    m_calibration->setWordWrap(true);
    m_calibration->setObjectName(QStringLiteral("calibrationNote"));
    openLinksIn(m_calibration);
    // Calibrated (cell 4) next to the platform's number, then our rule score and its gap.
    fillDimensionGrid<5>(m_summaryGrid, m_summaryHeads, m_summaryCells, QStringLiteral("summary"), true, this,
                         {0, 1, 3, 4, 2});
    m_howComputed->setObjectName(QStringLiteral("howComputed"));
    styleAsLink(m_howComputed);
    connect(m_howComputed, &QPushButton::clicked, this, &ScorePage::showHowComputed);
    auto *summaryBox = new QGroupBox(this);
    summaryBox->setObjectName(QStringLiteral("summaryBox"));
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addLayout(m_summaryGrid);
    summaryLayout->addWidget(m_calibration);
    summaryLayout->addWidget(m_howComputed, 0, Qt::AlignLeft);
    summaryLayout->addStretch();
    return summaryBox;
}

// What-if over what falls due in the next 24 h.
QWidget *ScorePage::buildWhatIfBox()
{
    auto *whatIfBox = new QGroupBox(this);
    whatIfBox->setObjectName(QStringLiteral("whatIfBox"));
    m_whatIfTitle->setWordWrap(true);
    m_whatIfDue->setWordWrap(true);
    m_whatIfDue->setObjectName(QStringLiteral("whatIfDue"));
    m_whatIfTickets->setObjectName(QStringLiteral("whatIfTickets"));
    m_whatIfOrders->setObjectName(QStringLiteral("whatIfOrders"));
    auto *ticketsCaption = new QLabel(this);
    ticketsCaption->setObjectName(QStringLiteral("whatIfTicketsCaption"));
    auto *ordersCaption = new QLabel(this);
    ordersCaption->setObjectName(QStringLiteral("whatIfOrdersCaption"));
    ticketsCaption->setBuddy(m_whatIfTickets);
    ordersCaption->setBuddy(m_whatIfOrders);
    auto *pick = new QGridLayout;
    pick->addWidget(ticketsCaption, 0, 0);
    pick->addWidget(m_whatIfTickets, 0, 1);
    pick->addWidget(ordersCaption, 1, 0);
    pick->addWidget(m_whatIfOrders, 1, 1);
    pick->setColumnStretch(2, 1);
    auto *results = new QGridLayout;
    fillDimensionGrid<4>(results, m_whatIfHeads, m_whatIfCells, QStringLiteral("whatIf"), false, this);
    auto *whatIfLayout = new QVBoxLayout(whatIfBox);
    whatIfLayout->addWidget(m_whatIfTitle);
    whatIfLayout->addWidget(m_whatIfDue);
    whatIfLayout->addLayout(pick);
    whatIfLayout->addLayout(results);
    whatIfLayout->addStretch();
    connect(m_whatIfTickets, &QSpinBox::valueChanged, this, &ScorePage::updateWhatIf);
    connect(m_whatIfOrders, &QSpinBox::valueChanged, this, &ScorePage::updateWhatIf);
    return whatIfBox;
}

void ScorePage::buildMetricsView()
{
    m_metricsView->setObjectName(QStringLiteral("scoreMetrics"));
    m_metricsView->setModel(m_dashboard->metrics());
    m_metricsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metricsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_metricsView->verticalHeader()->hide();
    m_metricsView->verticalHeader()->setDefaultSectionSize(28);
    m_metricsView->horizontalHeader()->setStretchLastSection(true);
    m_metricsView->setColumnWidth(models::ScoreMetricsModel::Name, 180);
    m_metricsView->setColumnWidth(models::ScoreMetricsModel::Dimension, 75);
    m_metricsView->setColumnWidth(models::ScoreMetricsModel::Value, 70);
    m_metricsView->setColumnWidth(models::ScoreMetricsModel::Score, 50);
    m_metricsView->setColumnWidth(models::ScoreMetricsModel::AtStake, 50);
    connect(m_metricsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        drillInto(index.siblingAtColumn(0).data(models::ScoreMetricsModel::MetricNameRole).toString());
    });
}

QWidget *ScorePage::buildDrillPane()
{
    m_drillView->setObjectName(QStringLiteral("scoreDrill"));
    m_drillView->setModel(m_dashboard->drill());
    m_drillView->verticalHeader()->hide();
    m_drillView->verticalHeader()->setDefaultSectionSize(28);
    m_drillView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drillView->setColumnWidth(models::ScoreDrillModel::Id, 160); // 19 digits
    m_drillView->setColumnWidth(models::ScoreDrillModel::Status, 110);
    // Times whole, as wide as they are in this language; the state takes the rest (elided, whole in its tooltip).
    connect(m_drillView->model(), &QAbstractItemModel::modelReset, m_drillView, [this] {
        for (int c : {models::ScoreDrillModel::Started, models::ScoreDrillModel::Due, models::ScoreDrillModel::Done})
            m_drillView->resizeColumnToContents(c);
    });
    fillWithColumn(m_drillView, models::ScoreDrillModel::Status);
    m_drillTitle->setObjectName(QStringLiteral("drillTitle"));
    m_drillTitle->setWordWrap(true);
    m_openTickets->setObjectName(QStringLiteral("openDrillTickets"));
    setToolIcon(m_openTickets, QStringLiteral(":/icons/aftersales.svg"));
    m_openTickets->setEnabled(false);
    connect(m_openTickets, &QPushButton::clicked, this, [this] {
        const models::ScoreDrillModel *drill = m_dashboard->drill();
        if (!drill->isOrders())
            emit openTicketsRequested(drill->ids(), models::scoreMetricTitle(drill->metric()));
    });
    connect(m_drillView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!m_dashboard->drill()->isOrders())
            emit openTicketsRequested({index.data(models::ScoreDrillModel::IdRole).toString()},
                                      models::scoreMetricTitle(m_dashboard->drill()->metric()));
    });
    auto *drillPane = new QWidget(this);
    auto *drillLayout = new QVBoxLayout(drillPane);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    auto *drillTop = new QHBoxLayout;
    drillTop->addWidget(m_drillTitle, 1);
    drillTop->addWidget(m_openTickets);
    drillLayout->addLayout(drillTop);
    drillLayout->addWidget(m_drillView, 1);
    return drillPane;
}

void ScorePage::wireDashboard()
{
    connect(m_dashboard, &ScoreDashboard::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->show();
        m_progressLabel->setText(tr("Computing the estimate from the cache: step %1 of %2").arg(done).arg(total));
        m_progressLabel->show();
    });
    connect(m_dashboard, &ScoreDashboard::updated, this, &ScorePage::onUpdated);
    connect(m_dashboard, &ScoreDashboard::drillReady, this, &ScorePage::updateDrillHeader);
    connect(m_dashboard, &ScoreDashboard::failed, this, [this](const QString &message) {
        m_progress->hide();
        m_progressLabel->hide();
        m_error->setText(tr("The score could not be computed from the cache: %1. Try Refresh; if it keeps failing, "
                            "check the database in Settings.")
                             .arg(message));
        m_error->show();
    });
    // New data from a sync: recompute, at most every few seconds.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(3000);
    connect(debounce, &QTimer::timeout, this, [this] {
        if (m_lazy.wanted()) // hidden: recomputed when shown again
            refresh();
    });
    connect(&m_session, &models::DeskSession::cacheChanged, debounce, qOverload<>(&QTimer::start));
}

ScorePage::~ScorePage() = default;

void ScorePage::refresh()
{
    m_error->hide();
    m_dashboard->refresh();
}

void ScorePage::drillIntoWeakest(const QString &dimension)
{
    if (const core::MetricResult *worst = m_dashboard->data().summary.estimate.weakest(dimension))
        drillInto(worst->name);
}

void ScorePage::drillInto(const QString &metric)
{
    if (metric.isEmpty())
        return;
    for (int r = 0; r < m_dashboard->metrics()->rowCount(); ++r) {
        const QModelIndex index = m_dashboard->metrics()->index(r, 0);
        if (index.data(models::ScoreMetricsModel::MetricNameRole).toString() == metric)
            m_metricsView->selectRow(r);
    }
    m_drillTitle->setText(tr("Listing what is behind “%1”…").arg(models::scoreMetricTitle(metric)));
    m_side->setCurrentIndex(0);
    m_dashboard->drillDown(metric);
}

bool ScorePage::exportChart(const QString &which, const QString &path)
{
    QChartView *view = which == QLatin1String("bars") ? m_bars : m_trend;
    // The charts hold scores and dates only: nothing about a buyer can end up in the picture.
    return view->grab().save(path, "PNG");
}

bool ScorePage::readyForScreenshot()
{
    if (m_dashboard->isBusy() || m_dashboard->isDrilling())
        return false;
    if (!m_dashboard->hasData() || !m_dashboard->drill()->metric().isEmpty())
        return true;
    const core::MetricResult *worst = m_dashboard->data().summary.estimate.weakest();
    if (!worst)
        return true;
    drillInto(worst->name);
    return false;
}

void ScorePage::exportWithDialog(const QString &which)
{
    const QString name =
        which == QLatin1String("bars") ? QStringLiteral("score-dimensions.png") : QStringLiteral("score-trend.png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), name, tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportChart(which, path)) {
        m_error->setText(tr("The chart could not be saved to %1. Choose a folder you can write to.").arg(path));
        m_error->show();
    }
}

void ScorePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_lazy.setActive(true))
        refresh();
}

void ScorePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous()) // minimised windows stay visible
        m_lazy.setActive(false);
}

void ScorePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        // A new theme: the series are drawn again in its colours; any other palette change leaves the charts be.
        if (matchChartTheme(m_trend, palette()))
            updateTrend();
        if (matchChartTheme(m_bars, palette()))
            updateBars();
    }
    QWidget::changeEvent(event);
}

void ScorePage::retranslate()
{
    m_title->setText(tr("Experience score"));
    m_subtitle->setText(
        tr("The platform's own numbers come from one snapshot a day; our estimate is computed from the cached tickets "
           "and orders of the last %n day(s). Double-click a sub-metric to see what is behind it.",
           nullptr, core::ScoreRules::builtin().windowDays));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Recompute the estimate from the cache"));
    m_exportTrend->setText(tr("Export trend…"));
    m_exportBars->setText(tr("Export dimensions…"));
    m_exportTrend->setToolTip(tr("Save the trend chart as a PNG image (scores only, no buyer data)"));
    m_exportBars->setToolTip(tr("Save the dimensions chart as a PNG image (scores only, no buyer data)"));
    m_summaryHeads[0]->setText(QString());
    m_summaryHeads[1]->setText(tr("Platform"));
    m_summaryHeads[2]->setText(tr("Rule score"));
    m_summaryHeads[2]->setToolTip(tr("Our estimate by the documented rules, before calibration"));
    m_summaryHeads[3]->setText(tr("Gap"));
    m_summaryHeads[3]->setToolTip(tr("Our rule score minus the platform's number"));
    m_summaryHeads[4]->setText(tr("Calibrated"));
    m_summaryHeads[4]->setToolTip(tr("Our rule score on the platform's scale, learnt from the days kept, with the band "
                                     "the platform's number is expected in"));
    m_howComputed->setText(tr("How is this computed?"));
    m_side->setTabText(0, tr("Behind the number"));
    m_side->setTabText(1, tr("What if"));
    m_whatIfTitle->setText(tr("<b>What if</b> the tickets and orders due in the next 24 hours are settled and shipped "
                              "in time, or all missed?"));
    m_whatIfHeads[0]->setText(QString());
    m_whatIfHeads[1]->setText(tr("Now"));
    m_whatIfHeads[2]->setText(tr("All in time"));
    m_whatIfHeads[3]->setText(tr("All missed"));
    if (auto *c = findChild<QLabel *>(QStringLiteral("whatIfTicketsCaption")))
        c->setText(tr("Tickets to settle:"));
    if (auto *c = findChild<QLabel *>(QStringLiteral("whatIfOrdersCaption")))
        c->setText(tr("Orders to ship:"));
    m_openTickets->setText(tr("Open in After-sales"));
    m_bars->chart()->setTitle(tr("Dimensions: latest day against the day before"));
    updateSummary();
    updateTrend();
    updateBars();
    updateWhatIf();
    updateDrillHeader();
}

void ScorePage::onUpdated()
{
    m_progress->hide();
    m_progressLabel->hide();
    const models::ScoreData &d = m_dashboard->data();
    const QSignalBlocker a(m_whatIfTickets), b(m_whatIfOrders);
    m_whatIfTickets->setRange(0, int(d.dueTicketIds.size()));
    m_whatIfOrders->setRange(0, int(d.dueOrderIds.size()));
    m_whatIfTickets->setValue(int(d.dueTicketIds.size()));
    m_whatIfOrders->setValue(int(d.dueOrderIds.size()));
    updateSummary();
    updateTrend();
    updateBars();
    updateWhatIf();
}

void ScorePage::updateSummary()
{
    for (int r = 0; r < 4; ++r)
        m_summaryCells[r][0]->setText(models::scoreDimensionTitle(dimensionKeyAt(r)));
    if (!m_dashboard->hasData()) {
        for (int r = 0; r < 4; ++r)
            for (int c = 1; c < 5; ++c)
                m_summaryCells[r][c]->setText(QStringLiteral("—"));
        m_calibration->setText(m_session.hasShop() ? tr("Computing…")
                                                   : tr("%1 to see its experience score.").arg(connectShopLink()));
        return;
    }
    const models::ScoreData &d = m_dashboard->data();
    const models::ScoreSummary &s = d.summary;
    for (int r = 0; r < 4; ++r) {
        m_summaryCells[r][1]->setText(s.snapshot ? number(models::platformScores(*s.snapshot)[dimensionAt(r)])
                                                 : QStringLiteral("—"));
        m_summaryCells[r][2]->setText(number(s.estimate.score(dimensionAt(r))));
        m_summaryCells[r][3]->setText(signedNumber(s.calibration.gaps[dimensionAt(r)]));
        const std::optional<core::CalibratedValue> &c = s.calibrated[dimensionAt(r)];
        QLabel *cell = m_summaryCells[r][4];
        if (c) {
            cell->setText(tr("%1 ±%2").arg(number(c->value), QLocale().toString((c->high - c->low) / 2, 'f', 1)));
            cell->setToolTip(tr("Expected between %1 and %2 (fitted on %n day(s))", nullptr, c->days)
                                 .arg(number(c->low), number(c->high)));
        } else {
            cell->setText(QStringLiteral("—"));
            cell->setToolTip(tr("Calibration needs %1 days of snapshots").arg(models::kCalibrationMinSnapshots));
        }
    }
    const int days = int(d.snapshots.size());
    QString note;
    if (!m_session.hasShop())
        note = tr("%1 to see its experience score.").arg(connectShopLink());
    else if (!s.estimate.hasData[core::Dimension::Overall])
        note = tr("No estimate yet: the cache holds no tickets or orders of the last %n day(s) for this shop.", nullptr,
                  s.windowDays);
    else if (!s.snapshot)
        note = tr("No platform number yet: each day's first sync stores one. Until then there is nothing to "
                  "calibrate against.");
    else if (days < models::kCalibrationMinSnapshots)
        note = tr("The gap compares our estimate with the platform's number of %1. With %n day(s) of snapshots it is "
                  "too early to tell a steady offset from day-to-day noise; calibration needs %2 days.",
                  nullptr, days)
                   .arg(s.snapshot->day)
                   .arg(models::kCalibrationMinSnapshots);
    else if (s.calibrated[core::Dimension::Overall])
        note = tr("Calibrated on %n day(s) of snapshots: our rule score mapped onto the platform's scale by what those "
                  "days taught, with the band the platform's number is expected in. The rule score and its gap are our "
                  "documented model before calibration.",
                  nullptr, s.calibrated[core::Dimension::Overall]->days);
    else
        note = tr("The gap compares our estimate with the platform's number of %1 (%n day(s) of snapshots). The "
                  "calibration starts once %2 days have our estimate kept beside the platform's number (%3 so far; "
                  "snapshots kept by an earlier version have none).",
                  nullptr, days)
                   .arg(s.snapshot->day)
                   .arg(models::kCalibrationMinSnapshots)
                   .arg(s.points[core::Dimension::Overall].size());
    if (s.inputs.exemptTickets > 0)
        note += QLatin1Char(' ') +
                tr("%n ticket(s) exempt from the score are left out.", nullptr, int(s.inputs.exemptTickets));
    m_calibration->setText(note);
}

void ScorePage::showHowComputed()
{
    if (!m_dashboard->hasData())
        return;
    if (m_howDialog)
        m_howDialog->close();
    auto *dialog = new CalibrationDialog(m_dashboard->data().summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_howDialog = dialog;
    dialog->show();
}

void ScorePage::updateTrend()
{
    QChart *chart = m_trend->chart();
    // The platform is never on this computer: a gateway on loopback is a sandbox, and its numbers say so.
    const QString host = QUrl(m_session.settings().get(core::keys::gateway)).host();
    const bool sandbox = m_session.settings().get(core::keys::sandboxDemo) || host == QLatin1String("localhost") ||
                         host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
    chart->setTitle(sandbox ? tr("The sandbox's score (not the platform's), last 90 days")
                            : tr("Platform score, last 90 days"));
    clearChart(chart);
    if (!m_dashboard->hasData() || m_dashboard->data().snapshots.isEmpty())
        return;
    const auto &snapshots = m_dashboard->data().snapshots;
    qint64 minT = std::numeric_limits<qint64>::max(), maxT = 0;
    double minV = 100, maxV = 0;
    for (int dim = 0; dim < 4; ++dim) {
        auto *line = new QLineSeries(chart);
        auto *points = new QScatterSeries(chart); // a single day still shows as a point
        line->setName(models::scoreDimensionTitle(dimensionKeyAt(dim)));
        points->setMarkerSize(7);
        for (const store::ScoreSnapshotRecord &s : snapshots) {
            const std::optional<double> v = models::platformScores(s)[dimensionAt(dim)];
            if (!v)
                continue;
            const qint64 t =
                QDateTime(QDate::fromString(s.day, Qt::ISODate), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            line->append(double(t), *v);
            points->append(double(t), *v);
            minT = std::min(minT, t);
            maxT = std::max(maxT, t);
            minV = std::min(minV, *v);
            maxV = std::max(maxV, *v);
        }
        chart->addSeries(line);
        chart->addSeries(points);
        points->setColor(line->color());
        points->setBorderColor(line->color());
        chart->legend()->markers(points).constFirst()->setVisible(false);
        // A click on a dimension's point drills into its weakest sub-metric.
        const QString dimension = dimensionKeyAt(dim);
        const auto drill = [this, dimension] { drillIntoWeakest(dimension); };
        connect(points, &QScatterSeries::clicked, this, drill);
        connect(line, &QLineSeries::clicked, this, drill);
    }
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("MM-dd"));
    const qint64 pad = 12 * 3600 * 1000LL;
    x->setRange(QDateTime::fromMSecsSinceEpoch(minT - pad, QTimeZone::utc()),
                QDateTime::fromMSecsSinceEpoch(maxT + pad, QTimeZone::utc()));
    x->setTickCount(std::clamp(int(snapshots.size()) + 1, 2, 7));
    auto *y = new QValueAxis(chart);
    y->setRange(std::max(0.0, std::floor(minV / 10) * 10 - 10), std::min(100.0, std::ceil(maxV / 10) * 10 + 5));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ScorePage::updateBars()
{
    QChart *chart = m_bars->chart();
    clearChart(chart);
    if (!m_dashboard->hasData() || m_dashboard->data().snapshots.isEmpty())
        return;
    const auto &snapshots = m_dashboard->data().snapshots;
    auto *series = new QBarSeries(chart);
    const auto addSet = [&](const store::ScoreSnapshotRecord &s) {
        auto *set = new QBarSet(s.day, series);
        for (int dim = 1; dim < 4; ++dim)
            *set << models::platformScores(s)[dimensionAt(dim)].value_or(0);
        series->append(set);
    };
    if (snapshots.size() >= 2)
        addSet(snapshots.at(snapshots.size() - 2));
    addSet(snapshots.constLast());
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsAngle(-90); // two bars side by side leave no room for horizontal numbers
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    for (int dim = 1; dim < 4; ++dim)
        x->append(models::scoreDimensionTitle(dimensionKeyAt(dim)));
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(series, &QBarSeries::clicked, this,
            [this](int index, QBarSet *) { drillIntoWeakest(dimensionKeyAt(index + 1)); });
    if (snapshots.size() < 2)
        chart->setTitle(tr("Dimensions on %1 (no earlier day yet)").arg(snapshots.constLast().day));
    else
        chart->setTitle(tr("Dimensions: latest day against the day before"));
}

void ScorePage::updateWhatIf()
{
    for (int r = 0; r < 4; ++r)
        m_whatIfCells[r][0]->setText(models::scoreDimensionTitle(dimensionKeyAt(r)));
    if (!m_dashboard->hasData()) {
        m_whatIfDue->setText(QString());
        for (int r = 0; r < 4; ++r)
            for (int c = 1; c < 4; ++c)
                m_whatIfCells[r][c]->setText(QStringLiteral("—"));
        return;
    }
    const models::ScoreData &d = m_dashboard->data();
    m_whatIfDue->setText(tr("Due in the next 24 hours: %1 and %2.")
                             .arg(tr("%n open ticket(s)", nullptr, int(d.dueTicketIds.size())),
                                  tr("%n unshipped order(s)", nullptr, int(d.dueOrderIds.size()))));
    const core::ScoreEstimate inTime = m_dashboard->whatIf(m_whatIfTickets->value(), m_whatIfOrders->value(), true);
    const core::ScoreEstimate missed = m_dashboard->whatIf(m_whatIfTickets->value(), m_whatIfOrders->value(), false);
    // On the platform's scale where the dimension is calibrated: the number the platform is expected to show, and
    // the band it is expected in.
    const auto onScale = [&d](core::Dimension dim,
                              const std::optional<double> &raw) -> std::optional<core::CalibratedValue> {
        const std::optional<core::CalibrationFit> &fit = d.summary.fits[dim];
        if (!raw)
            return std::nullopt;
        return fit ? core::applyCalibration(*fit, *raw) : core::CalibratedValue{*raw, *raw, *raw, 0};
    };
    if (const auto overall = d.summary.calibrated[core::Dimension::Overall]) {
        m_whatIfDue->setText(m_whatIfDue->text() + QLatin1Char(' ') +
                             tr("On the platform's scale (calibrated): its number is expected within ±%1 of these.")
                                 .arg(number((overall->high - overall->low) / 2.0)));
    }
    for (int r = 0; r < 4; ++r) {
        const bool calibrated = d.summary.fits[dimensionAt(r)].has_value();
        const auto now = onScale(dimensionAt(r), d.summary.estimate.score(dimensionAt(r)));
        m_whatIfCells[r][1]->setText(number(now ? std::optional(now->value) : std::nullopt));
        for (const auto &[col, e] : {std::pair{2, &inTime}, std::pair{3, &missed}}) {
            const auto v = onScale(dimensionAt(r), e->score(dimensionAt(r)));
            QString text = number(v ? std::optional(v->value) : std::nullopt);
            if (v && now)
                text += QStringLiteral(" (%1)").arg(signedNumber(v->value - now->value));
            m_whatIfCells[r][col]->setText(text);
            m_whatIfCells[r][col]->setToolTip(
                v && calibrated ? tr("The platform is expected to show between %1 and %2 (the calibration's band).")
                                      .arg(number(v->low), number(v->high))
                                : QString());
        }
    }
}

void ScorePage::updateDrillHeader()
{
    const models::ScoreDrillModel *drill = m_dashboard->drill();
    if (drill->metric().isEmpty()) {
        m_drillTitle->setText(tr("Double-click a sub-metric (or click a chart point) to list the tickets or orders "
                                 "behind it."));
        m_openTickets->setEnabled(false);
        return;
    }
    const int n = drill->rowCount();
    const QString title = models::scoreMetricTitle(drill->metric());
    if (n >= models::kDrillLimit)
        m_drillTitle->setText(drill->isOrders() ? tr("The latest %n orders behind “%1”", nullptr, n).arg(title)
                                                : tr("The latest %n tickets behind “%1”", nullptr, n).arg(title));
    else if (drill->isOrders())
        m_drillTitle->setText(tr("%n order(s) behind “%1”", nullptr, n).arg(title));
    else
        m_drillTitle->setText(tr("%n ticket(s) behind “%1”", nullptr, n).arg(title));
    m_openTickets->setEnabled(!drill->isOrders() && n > 0);
    m_openTickets->setVisible(!drill->isOrders());
}

} // namespace anxin::ui

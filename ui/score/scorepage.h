#pragma once

#include "models/lazyreload.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QChartView;

class QGridLayout;
class QLabel;
class QLayout;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace anxin::models {
class DeskSession;
class ScoreDashboard;
} // namespace anxin::models

namespace anxin::ui {

// The experience score: the platform's trend from daily snapshots, the dimensions against the previous day, our
// estimate with its gap to the platform, the sub-metrics with drill-down to the tickets and orders behind them,
// and a what-if over what falls due in the next 24 h. The numbers are computed on the dashboard's own thread.
class ScorePage : public QWidget
{
    Q_OBJECT
public:
    explicit ScorePage(models::DeskSession &session, QWidget *parent = nullptr);
    ~ScorePage() override;

    models::ScoreDashboard *dashboard() const { return m_dashboard; }
    void refresh();
    // Drills into one sub-metric (as a double-click on its row does).
    void drillInto(const QString &metric);
    // A click on a dimension: the drill-down opens its weakest sub-metric ("overall": the weakest of all).
    void drillIntoWeakest(const QString &dimension);
    // Saves the trend ("trend") or the dimension bars ("bars") as a PNG; false if it could not be written.
    bool exportChart(const QString &which, const QString &path);
    // The "how is this computed" panel of the calibration (a dialog, open until closed).
    QDialog *howComputedDialog() const { return m_howDialog.data(); }
    // For --screenshot: true once the numbers are in and the weakest sub-metric is drilled into.
    bool readyForScreenshot();

signals:
    // Tickets behind a sub-metric, to be listed in the After-sales page; `origin` names the metric.
    void openTicketsRequested(const QStringList &ids, const QString &origin);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLayout *buildHeader();
    QWidget *buildSummaryBox();
    QWidget *buildWhatIfBox();
    void buildMetricsView();
    QWidget *buildDrillPane();
    void wireDashboard();
    void retranslate();
    void onUpdated();
    void updateSummary();
    void updateTrend();
    void updateBars();
    void updateWhatIf();
    void updateDrillHeader();
    void exportWithDialog(const QString &which);
    void showHowComputed();

    models::DeskSession &m_session;
    models::ScoreDashboard *m_dashboard;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_refresh;
    QPushButton *m_exportTrend;
    QPushButton *m_exportBars;
    QGridLayout *m_summaryGrid;
    // Rows: overall, product, logistics, service; cells by meaning: name, platform, our rule score, its gap, calibrated
    // (shown in the order name, platform, calibrated, rule score, gap).
    QLabel *m_summaryCells[4][5] = {};
    QLabel *m_summaryHeads[5] = {};
    QLabel *m_calibration;
    QPushButton *m_howComputed;
    QChartView *m_trend;
    QChartView *m_bars;
    QTableView *m_metricsView;
    QLabel *m_drillTitle;
    QTableView *m_drillView;
    QPushButton *m_openTickets;
    QLabel *m_whatIfTitle;
    QTabWidget *m_side; // what is behind a sub-metric, and the what-if: one at a time, with room for the columns
    QLabel *m_whatIfDue;
    QSpinBox *m_whatIfTickets;
    QSpinBox *m_whatIfOrders;
    QLabel *m_whatIfCells[4][4] = {}; // rows as the summary; columns: name, now, in time, missed
    QLabel *m_whatIfHeads[4] = {};
    QLabel *m_error;
    QPointer<QDialog> m_howDialog;
    models::LazyReload m_lazy{false}; // computed when first shown, and when shown after the cache changed
};

} // namespace anxin::ui

#pragma once

#include "core/scoremodel.h"
#include "models/scoresummary.h"
#include "store/records.h"

#include <QAbstractTableModel>
#include <QObject>
#include <QThread>

#include <memory>

namespace anxin::models {

class DeskSession;

// What the Score page shows, computed off the UI thread: the summary (estimate, latest snapshot, gap), the
// snapshots of the trend window (oldest first) and what falls due in the next 24 h (for the what-if).
struct ScoreData
{
    ScoreSummary summary;
    QList<store::ScoreSnapshotRecord> snapshots;
    QStringList dueTicketIds; // open tickets due within 24 h, soonest first
    QStringList dueOrderIds;  // unshipped orders due within 24 h
};

// One row of a drill-down: a ticket or an order behind a sub-metric. Ids, statuses and times only: no buyer PII.
struct DrillRow
{
    QString id;
    bool isOrder = false;
    int status = 0;
    int type = 0;         // tickets: aftersale_type
    qint64 start = 0;     // tickets: apply_time; orders: pay_time
    qint64 due = 0;       // tickets: status_deadline; orders: exp_ship_time
    qint64 done = 0;      // tickets: final_time; orders: ship_time
    qint64 pickup = 0;    // orders only
    qint64 delivered = 0; // orders only: sign_time
};

// Runs on the score thread with its own read-only connection (opened on first use), like the sync worker.
class ScoreJob : public QObject
{
    Q_OBJECT
public:
    explicit ScoreJob(QString databasePath);
    ~ScoreJob() override;

public slots:
    void compute(const QString &shopId, qint64 now, quint64 generation);
    void drill(const QString &metric, const QString &shopId, qint64 now, quint64 generation);

signals:
    void progress(int done, int total, quint64 generation);
    void computed(const anxin::models::ScoreData &data, quint64 generation);
    void drilled(const QString &metric, const QList<anxin::models::DrillRow> &rows, quint64 generation);
    void failed(const QString &message, quint64 generation);

private:
    bool ensureOpen(quint64 generation);
    QString m_path;
    std::unique_ptr<class ScoreJobDb> m_db;
};

// The sub-metrics of the current estimate, one per row.
class ScoreMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Dimension,
        Value,
        Score,
        Basis,
        ColumnCount
    };
    enum Role
    {
        MetricNameRole = Qt::UserRole + 1, // the metric's key, e.g. "late_shipment_rate"
        RawValueRole,                      // double or invalid (no data)
        IsOrderMetricRole
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setEstimate(const core::ScoreEstimate &estimate);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::MetricResult> m_metrics;
};

// The tickets or orders behind one sub-metric.
class ScoreDrillModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Status,
        Started,
        Due,
        Done,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawTimeRole // the column's Unix seconds (0 = none)
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QString &metric, const QList<DrillRow> &rows);
    QString metric() const { return m_metric; }
    bool isOrders() const;
    QStringList ids() const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_metric;
    QList<DrillRow> m_rows;
};

// The Score page's state: starts computations on its own thread, keeps the latest result, answers what-ifs.
// A newer request supersedes an older one (answers carry a generation; stale ones are dropped).
class ScoreDashboard : public QObject
{
    Q_OBJECT
public:
    explicit ScoreDashboard(DeskSession &session, QObject *parent = nullptr);
    ~ScoreDashboard() override;

    void refresh();
    void drillDown(const QString &metric);
    bool isBusy() const { return m_busy; }
    bool isDrilling() const { return m_drilling; }
    bool hasData() const { return m_data.has_value(); }
    const ScoreData &data() const; // only when hasData()
    const core::ScoreRules &rules() const { return core::ScoreRules::builtin(); }
    ScoreMetricsModel *metrics() const { return m_metrics; }
    ScoreDrillModel *drill() const { return m_drill; }

    // The estimate if `tickets` due tickets are settled in time and `orders` due orders ship on time (inTime) or
    // if they are all missed. Counts above what is due are clamped.
    core::ScoreEstimate whatIf(int tickets, int orders, bool inTime) const;

signals:
    void progress(int done, int total);
    void updated();
    void drillReady();
    void failed(const QString &message);

private:
    DeskSession &m_session;
    QThread m_thread;
    ScoreJob *m_job = nullptr;
    quint64 m_lastGeneration = 0; // one sequence for both kinds of request
    quint64 m_generation = 0;
    quint64 m_drillGeneration = 0;
    bool m_busy = false;
    bool m_drilling = false;
    std::optional<ScoreData> m_data;
    ScoreMetricsModel *m_metrics;
    ScoreDrillModel *m_drill;
};

// Translated titles of a sub-metric ("late_shipment_rate") and a dimension ("logistics"; anything else: overall).
QString scoreMetricTitle(const QString &name);
QString scoreDimensionTitle(const QString &dimension);

// At most this many rows in a drill-down (the most recent, or the slowest for medians).
inline constexpr int kDrillLimit = 500;

// Snapshot days needed before the calibration gap says anything about a systematic offset.
inline constexpr int kCalibrationMinSnapshots = 7;

} // namespace anxin::models

Q_DECLARE_METATYPE(anxin::models::ScoreData)
Q_DECLARE_METATYPE(anxin::models::DrillRow)

#pragma once

#include "core/scorecalibration.h"
#include "core/scoremodel.h"
#include "models/scoresummary.h"
#include "store/records.h"

#include <QAbstractTableModel>
#include <QObject>

#include <functional>
#include <memory>

namespace anxin::store {
class Database;
}

namespace anxin::models {

class CacheReader;
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

// The Score page's reads, run on the dashboard's CacheReaders: the whole ScoreData (progress(done, total) after
// each step), and the tickets or orders behind one sub-metric.
core::Result<ScoreData> computeScoreData(store::Database &db, const QString &shopId, qint64 now,
                                         const std::function<void(int done, int total)> &progress);
core::Result<QList<DrillRow>> drillRows(store::Database &db, const QString &metric, const QString &shopId, qint64 now);

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
        AtStake, // overall points this sub-metric costs: on the platform's scale once calibrated
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
    // `overallFit`: the calibration of the overall number (nullopt before it has enough days): its slope turns
    // rule points into the platform's.
    void setEstimate(const core::ScoreEstimate &estimate,
                     const std::optional<core::CalibrationFit> &overallFit = std::nullopt);
    // The overall points `metric` costs: what the overall number would gain were it at full marks (the rules'
    // points times the calibration's slope when there is one). 0 without data.
    static double pointsAtStake(const core::MetricResult &metric, const std::optional<core::CalibrationFit> &fit);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::MetricResult> m_metrics;
    std::optional<core::CalibrationFit> m_fit;
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

// The Score page's state: computes on CacheReaders (one for the summary, one for drill-downs: a newer request of
// a kind supersedes an older one), keeps the latest result, answers what-ifs.
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
    CacheReader *m_computeReader; // null for a cache without a file: computed in place
    CacheReader *m_drillReader;
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

} // namespace anxin::models

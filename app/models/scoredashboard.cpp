#include "models/scoredashboard.h"

#include "core/profile.h"
#include "models/cachereader.h"
#include "models/desksession.h"
#include "models/labels.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/scoreinputsrepository.h"
#include "store/scoresnapshotrepository.h"
#include "store/ticketrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace anxin::models {

namespace {

constexpr qint64 kDueWindowS = 24 * 3600;
constexpr int kDueLimit = 500;

} // namespace

QString scoreMetricTitle(const QString &name)
{
    static const std::pair<const char *, const char *> titles[] = {
        {core::metric::QualityReturnRate, QT_TRANSLATE_NOOP("ScoreLabels", "Quality returns")},
        {core::metric::BadReviewRate, QT_TRANSLATE_NOOP("ScoreLabels", "Bad reviews")},
        {core::metric::Pickup24hRate, QT_TRANSLATE_NOOP("ScoreLabels", "Picked up within 24 h")},
        {core::metric::LateShipmentRate, QT_TRANSLATE_NOOP("ScoreLabels", "Late shipments")},
        {core::metric::PayToDeliveryHours, QT_TRANSLATE_NOOP("ScoreLabels", "Payment to delivery")},
        {core::metric::RefundOnlyCompletionHours, QT_TRANSLATE_NOOP("ScoreLabels", "Refund-only completion")},
        {core::metric::ReturnRefundCompletionHours, QT_TRANSLATE_NOOP("ScoreLabels", "Return-refund completion")},
        {core::metric::MerchantRejectionRate, QT_TRANSLATE_NOOP("ScoreLabels", "Merchant rejections")},
        {core::metric::ArbitrationRate, QT_TRANSLATE_NOOP("ScoreLabels", "Platform arbitration")},
        {core::metric::DecidedBeforeDeadlineRate, QT_TRANSLATE_NOOP("ScoreLabels", "Decided before the deadline")}};
    for (const auto &[key, title] : titles) {
        if (name == QLatin1String(key))
            return QCoreApplication::translate("ScoreLabels", title);
    }
    return name;
}

QString scoreDimensionTitle(const QString &dimension)
{
    if (dimension == QLatin1String("product"))
        return QCoreApplication::translate("ScoreLabels", "Product");
    if (dimension == QLatin1String("logistics"))
        return QCoreApplication::translate("ScoreLabels", "Logistics");
    if (dimension == QLatin1String("service"))
        return QCoreApplication::translate("ScoreLabels", "Service");
    return QCoreApplication::translate("ScoreLabels", "Overall");
}

// --- Reads ----------------------------------------------------------------------------------------------------------

core::Result<ScoreData> computeScoreData(store::Database &db, const QString &shopId, qint64 now,
                                         const std::function<void(int done, int total)> &progress)
{
    const core::ScoreRules &rules = core::ScoreRules::builtin();
    // Steps: 4 input passes, then the trend and the due list.
    constexpr int kSteps = 6;
    ScoreData data;
    data.summary.shopId = shopId;
    data.summary.now = now;
    data.summary.windowDays = rules.windowDays;
    data.summary.rulesVersion = rules.version;
    store::ScoreInputsRepository inputs(db, rules);
    inputs.setProgress([&progress](int done, int) { progress(done, kSteps); });
    auto in = inputs.inputs(shopId, core::InputsQuery::fromRules(rules, now));
    if (!in)
        return in.error();
    data.summary.inputs = in.value();
    data.summary.estimate = core::estimate(in.value(), rules);
    auto range = windowSnapshots(db, shopId, now, rules);
    if (!range)
        return range.error();
    data.snapshots = range.value();
    if (!data.snapshots.isEmpty()) {
        data.summary.snapshot = data.snapshots.constLast();
        data.summary.calibration = core::calibrate(data.summary.estimate, platformScores(data.snapshots.constLast()));
    }
    calibrateSummary(data.summary, data.snapshots, rules);
    progress(5, kSteps);
    auto due = inputs.dueSoon(shopId, now, kDueWindowS, kDueLimit);
    if (!due)
        return due.error();
    data.dueTicketIds = due->ticketIds;
    data.dueOrderIds = due->orderIds;
    progress(kSteps, kSteps);
    return data;
}

core::Result<QList<DrillRow>> drillRows(store::Database &db, const QString &metric, const QString &shopId, qint64 now)
{
    const core::ScoreRules &rules = core::ScoreRules::builtin();
    store::ScoreInputsRepository inputs(db, rules);
    const bool orders = core::metric::isOrderMetric(metric);
    auto ids = orders ? inputs.ordersBehind(metric, shopId, now, rules.windowDays, kDrillLimit)
                      : inputs.ticketsBehind(metric, shopId, now, rules.windowDays, kDrillLimit);
    if (!ids)
        return ids.error();
    QList<DrillRow> rows;
    for (const QString &id : ids.value()) {
        DrillRow r;
        r.id = id;
        r.isOrder = orders;
        if (orders) {
            auto o = store::OrderRepository(db).get(id);
            if (!o)
                return o.error();
            if (!o.value())
                continue;
            r.status = o.value()->orderStatus;
            r.start = o.value()->payTime;
            r.due = o.value()->expShipTime;
            r.done = o.value()->shipTime;
            r.pickup = o.value()->pickupTime;
            r.delivered = o.value()->signTime;
        } else {
            auto t = store::TicketRepository(db).get(id);
            if (!t)
                return t.error();
            if (!t.value())
                continue;
            r.status = t.value()->aftersaleStatus;
            r.type = t.value()->aftersaleType;
            r.start = t.value()->applyTime;
            r.due = t.value()->statusDeadline;
            r.done = t.value()->finalTime;
        }
        rows << r;
    }
    return rows;
}

// --- ScoreMetricsModel --------------------------------------------------------------------------------------------

void ScoreMetricsModel::setEstimate(const core::ScoreEstimate &estimate,
                                    const std::optional<core::CalibrationFit> &overallFit)
{
    beginResetModel();
    m_metrics = estimate.metrics;
    m_fit = overallFit;
    endResetModel();
}

double ScoreMetricsModel::pointsAtStake(const core::MetricResult &metric,
                                        const std::optional<core::CalibrationFit> &fit)
{
    if (!metric.hasData)
        return 0;
    return (fit ? fit->slope : 1.0) * metric.weight * (100.0 - metric.score);
}

int ScoreMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int ScoreMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_metrics.size())
        return {};
    const core::MetricResult &m = m_metrics.at(index.row());
    const bool hours = m.name.endsWith(QLatin1String("_hours"));
    switch (role) {
    case MetricNameRole:
        return m.name;
    case IsOrderMetricRole:
        return core::metric::isOrderMetric(m.name);
    case RawValueRole:
        if (index.column() == Score)
            return m.hasData ? QVariant(m.score) : QVariant();
        if (index.column() == AtStake)
            return m.hasData ? QVariant(pointsAtStake(m, m_fit)) : QVariant();
        return m.value ? QVariant(*m.value) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= Value && index.column() <= AtStake ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return QCoreApplication::translate("ScoreMetricsModel", "Double-click to list what is behind this number");
        if (index.column() == AtStake && m.hasData) {
            const QString points = QLocale().toString(pointsAtStake(m, m_fit), 'f', 1);
            const QString share = QLocale().toString(m.weight * 100.0, 'f', 0);
            const QString shortBy = QLocale().toString(100.0 - m.score, 'f', 1);
            return m_fit ? QCoreApplication::translate("ScoreMetricsModel",
                                                       "At full marks the overall number would be about %1 points "
                                                       "higher on the platform's scale: this sub-metric's %2 % share "
                                                       "× the %3 points it is short × %4, the calibration's slope.")
                               .arg(points, share, shortBy, QLocale().toString(m_fit->slope, 'f', 2))
                         : QCoreApplication::translate("ScoreMetricsModel",
                                                       "At full marks our overall rule score would be %1 points "
                                                       "higher: this sub-metric's %2 % share × the %3 points it is "
                                                       "short. On the platform's scale once the calibration has its "
                                                       "days.")
                               .arg(points, share, shortBy);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return scoreMetricTitle(m.name);
        case Dimension:
            return scoreDimensionTitle(m.dimension);
        case Value:
            if (!m.value)
                return QCoreApplication::translate("ScoreMetricsModel", "no data");
            return hours ? QCoreApplication::translate("ScoreMetricsModel", "%1 h")
                               .arg(QLocale().toString(*m.value, 'f', 1))
                         : QStringLiteral("%1 %").arg(QLocale().toString(*m.value * 100.0, 'f', 2));
        case Score:
            return m.hasData ? QLocale().toString(m.score, 'f', 1) : QStringLiteral("—");
        case AtStake:
            return m.hasData ? QLocale().toString(-pointsAtStake(m, m_fit), 'f', 1) : QStringLiteral("—");
        case Basis:
            if (!m.hasData)
                return m.name == QLatin1String(core::metric::BadReviewRate)
                           ? QCoreApplication::translate("ScoreMetricsModel", "reviews are not in the cache")
                           : QCoreApplication::translate("ScoreMetricsModel", "nothing in the window yet");
            return hours ? QCoreApplication::translate("ScoreMetricsModel", "median of %n sample(s)", nullptr,
                                                       int(m.denominator))
                         : QCoreApplication::translate("ScoreMetricsModel", "%1 of %2")
                               .arg(m.numerator)
                               .arg(m.denominator);
        }
        return {};
    }
    return {};
}

QVariant ScoreMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return QCoreApplication::translate("ScoreMetricsModel", "Sub-metric");
    case Dimension:
        return QCoreApplication::translate("ScoreMetricsModel", "Dimension");
    case Value:
        return QCoreApplication::translate("ScoreMetricsModel", "Value");
    case Score:
        return QCoreApplication::translate("ScoreMetricsModel", "Score");
    case AtStake:
        return QCoreApplication::translate("ScoreMetricsModel", "Costs");
    case Basis:
        return QCoreApplication::translate("ScoreMetricsModel", "Based on");
    }
    return {};
}

// --- ScoreDrillModel ----------------------------------------------------------------------------------------------

void ScoreDrillModel::setRows(const QString &metric, const QList<DrillRow> &rows)
{
    beginResetModel();
    m_metric = metric;
    m_rows = rows;
    endResetModel();
}

bool ScoreDrillModel::isOrders() const
{
    return core::metric::isOrderMetric(m_metric);
}

QStringList ScoreDrillModel::ids() const
{
    QStringList out;
    for (const DrillRow &r : m_rows)
        out << r.id;
    return out;
}

int ScoreDrillModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreDrillModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreDrillModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DrillRow &r = m_rows.at(index.row());
    const qint64 times[] = {0, 0, r.start, r.due, r.done};
    if (role == IdRole)
        return r.id;
    if (role == RawTimeRole)
        return index.column() >= Started ? QVariant(times[index.column()]) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Status)
        return data(index, Qt::DisplayRole); // the state whole where the column elides it
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return r.id;
    case Status:
        if (!r.isOrder)
            return QString(ticketTypeName(r.type) + QStringLiteral(" · ") + ticketStatusName(r.status));
        if (!r.done)
            return r.status == 4 ? tr("Cancelled") : tr("Not shipped");
        if (!r.pickup)
            return tr("Shipped, no carrier scan");
        // What a score cares about: how long the parcel waited for the carrier, then whether it arrived.
        return r.delivered ? tr("Carrier scan after %1, delivered").arg(durationText(r.pickup - r.done))
                           : tr("Carrier scan after %1").arg(durationText(r.pickup - r.done));
    default:
        return dateTimeText(times[index.column()]);
    }
}

QVariant ScoreDrillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const bool orders = isOrders();
    switch (section) {
    case Id:
        return orders ? tr("Order") : tr("Ticket");
    case Status:
        return tr("State");
    case Started:
        return orders ? tr("Paid") : tr("Applied");
    case Due:
        return orders ? tr("Ship by") : tr("Deadline");
    case Done:
        return orders ? tr("Shipped") : tr("Finished");
    }
    return {};
}

// --- ScoreDashboard -----------------------------------------------------------------------------------------------

ScoreDashboard::ScoreDashboard(DeskSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_computeReader(CacheReader::beside(session.cache().database(), QStringLiteral("anxin-score"), this))
    , m_drillReader(CacheReader::beside(session.cache().database(), QStringLiteral("anxin-score-drill"), this))
    , m_metrics(new ScoreMetricsModel(this))
    , m_drill(new ScoreDrillModel(this))
{}

ScoreDashboard::~ScoreDashboard() = default;

void ScoreDashboard::refresh()
{
    m_busy = true;
    const QString shopId = m_session.shop().shopId;
    const qint64 now = m_session.clock()->nowSecs();
    const auto shown = [this](core::Result<ScoreData> data) {
        m_busy = false;
        if (!data)
            return emit failed(data.error().message);
        m_data = std::move(data).value();
        m_metrics->setEstimate(m_data->summary.estimate, m_data->summary.fits[core::Dimension::Overall]);
        emit updated();
    };
    if (!m_computeReader) { // a cache without a file (or none): computed here
        if (!m_session.cache().database())
            return shown(core::Error::make(core::Error::Kind::Storage, QStringLiteral("the cache is not open")));
        return shown(computeScoreData(*m_session.cache().database(), shopId, now,
                                      [this](int done, int total) { emit progress(done, total); }));
    }
    m_computeReader->postWithProgress(
        [this, shopId, now, shown](const core::Result<store::Database *> &db,
                                   const CacheReader::Notify &notify) -> CacheReader::Reply {
            core::Result<ScoreData> data =
                db ? computeScoreData(*db.value(), shopId, now,
                                      [this, &notify](int done, int total) {
                                          notify([this, done, total] { emit progress(done, total); });
                                      })
                   : core::Result<ScoreData>(db.error());
            return [shown, data = std::move(data)]() mutable { shown(std::move(data)); };
        });
}

void ScoreDashboard::drillDown(const QString &metric)
{
    m_drilling = true;
    const QString shopId = m_session.shop().shopId;
    const qint64 now = m_session.clock()->nowSecs();
    const auto shown = [this, metric](core::Result<QList<DrillRow>> rows) {
        m_drilling = false;
        if (!rows)
            return emit failed(rows.error().message);
        m_drill->setRows(metric, rows.value());
        emit drillReady();
    };
    store::Database *db = m_session.cache().database();
    if (!db)
        return shown(core::Error::make(core::Error::Kind::Storage, QStringLiteral("the cache is not open")));
    // Without a reader (a cache without a file) CacheReader::read runs it here.
    CacheReader::read(
        m_drillReader, *db, [metric, shopId, now](store::Database &d) { return drillRows(d, metric, shopId, now); },
        shown);
}

const ScoreData &ScoreDashboard::data() const
{
    return *m_data;
}

core::ScoreEstimate ScoreDashboard::whatIf(int tickets, int orders, bool inTime) const
{
    if (!m_data)
        return {};
    core::WhatIfChange change;
    tickets = std::clamp(tickets, 0, int(m_data->dueTicketIds.size()));
    orders = std::clamp(orders, 0, int(m_data->dueOrderIds.size()));
    if (inTime) {
        change.ticketsSettledInTime = tickets;
        change.ordersShippedOnTime = orders;
    } else {
        change.ticketsMissed = tickets;
        change.ordersShippedLate = orders;
    }
    return core::whatIf(m_data->summary.inputs, change, rules());
}

} // namespace anxin::models

#pragma once

#include "core/result.h"
#include "core/scorecalibration.h"
#include "core/scoremodel.h"
#include "store/records.h"

#include <QJsonObject>

#include <optional>

namespace anxin::store {
class Database;
}

namespace anxin::models {

// Everything the score views and `anxin-cli score` show for one shop at one instant: the platform's latest
// snapshot, our estimate over the rules' window and the gap between them. Plain data, no Qt object.
struct ScoreSummary
{
    QString shopId;
    qint64 now = 0;
    int windowDays = 0;
    int rulesVersion = 0;
    std::optional<store::ScoreSnapshotRecord> snapshot; // the latest one; nullopt before the first sync
    core::MetricInputs inputs;
    core::ScoreEstimate estimate;
    core::Calibration calibration; // estimate - platform, from `snapshot`
    // The estimate calibrated against the platform (core/scorecalibration.h), per dimension: the days it is fitted
    // on (the kept snapshots of the rules window whose estimate came from the rules in force, oldest first), the fit
    // (nullopt below kCalibrationMinSnapshots days) and today's estimate on the platform's scale with its band.
    core::PerDimension<QList<core::CalibrationPoint>> points;
    core::PerDimension<std::optional<core::CalibrationFit>> fits;
    core::PerDimension<std::optional<core::CalibratedValue>> calibrated;
};

// Snapshot days needed before a calibration is fitted (fewer: the raw estimate only, and the gap).
inline constexpr int kCalibrationMinSnapshots = 7;

core::PlatformScores platformScores(const store::ScoreSnapshotRecord &snapshot);
// Our estimate kept beside the snapshot (nullopt before schema 15 or without data).
std::optional<double> estimateOf(const store::ScoreSnapshotRecord &snapshot, core::Dimension dimension);
// The days of `snapshots` with both numbers of `dimension` and an estimate by `rules`' version, in their order.
QList<core::CalibrationPoint> calibrationPoints(const QList<store::ScoreSnapshotRecord> &snapshots,
                                                core::Dimension dimension, const core::ScoreRules &rules);
// Fills summary.points, fits and calibrated from `snapshots` and summary.estimate.
void calibrateSummary(ScoreSummary &summary, const QList<store::ScoreSnapshotRecord> &snapshots,
                      const core::ScoreRules &rules);
// The snapshots of the rules window up to `now`, oldest first.
core::Result<QList<store::ScoreSnapshotRecord>> windowSnapshots(store::Database &db, const QString &shopId, qint64 now,
                                                                const core::ScoreRules &rules);

// Reads the latest snapshot and the estimate's inputs. `db` may be any connection (the UI's or a worker's).
core::Result<ScoreSummary> computeScoreSummary(store::Database &db, const QString &shopId, qint64 now,
                                               const core::ScoreRules &rules = core::ScoreRules::builtin());

// The `anxin-cli score --json` object: platform (numbers or null), estimate, metrics, snapshot_time (Unix
// seconds of the snapshot's fetch, or null), plus shop_id, window_days, rules_version, calibration (the gaps) and
// calibrated: per dimension {value, low, high (null below the minimum days), days, min_days, slope, intercept, error}.
QJsonObject scoreSummaryJson(const ScoreSummary &summary);

} // namespace anxin::models

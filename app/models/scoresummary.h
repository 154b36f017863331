#pragma once

#include "core/result.h"
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
};

core::PlatformScores platformScores(const store::ScoreSnapshotRecord &snapshot);

// Reads the latest snapshot and the estimate's inputs. `db` may be any connection (the UI's or a worker's).
core::Result<ScoreSummary> computeScoreSummary(store::Database &db, const QString &shopId, qint64 now,
                                               const core::ScoreRules &rules = core::ScoreRules::builtin());

// The `anxin-cli score --json` object: platform (numbers or null), estimate, metrics, snapshot_time (Unix
// seconds of the snapshot's fetch, or null), plus shop_id, window_days, rules_version and calibration.
QJsonObject scoreSummaryJson(const ScoreSummary &summary);

} // namespace anxin::models

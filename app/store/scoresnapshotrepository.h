#pragma once

#include "core/result.h"
#include "store/records.h"

#include <optional>

namespace anxin::store {

class Database;

// One shop.reputation snapshot per shop and day: the platform's own trend.
class ScoreSnapshotRepository
{
public:
    explicit ScoreSnapshotRepository(Database &db)
        : m_db(db)
    {}
    // Same (shop, day) again replaces the earlier snapshot of that day.
    core::Status upsert(const ScoreSnapshotRecord &snapshot);
    // Days in [fromDay, toDay] (yyyy-MM-dd, inclusive), oldest first.
    core::Result<QList<ScoreSnapshotRecord>> range(const QString &shopId, const QString &fromDay,
                                                   const QString &toDay) const;
    core::Result<std::optional<ScoreSnapshotRecord>> latest(const QString &shopId) const;

private:
    Database &m_db;
};

} // namespace anxin::store

#pragma once

#include "core/result.h"
#include "core/scoremodel.h"

#include <QStringList>

namespace anxin::store {

class Database;

// The experience-score estimate's raw inputs (core::MetricInputs) as SQL aggregates over tickets and orders, and
// the drill-down from a sub-metric to the tickets / orders that cost points. Read-only; the definitions are
// core::accumulateInputs()'s (see core/scoremodel.cpp), which the tests check this against.
//
// Cost: two passes over the window's tickets (counts; the two completion-time medians by window functions) via
// tickets_apply_time, and two over orders (counts; the delivery median). Orders have no index on their times,
// so those passes scan the shop's orders (orders_shop_update) or the whole table.
class ScoreInputsRepository
{
public:
    // Quality reason codes, ticket types and the pickup window come from `rules` (its window is the default).
    explicit ScoreInputsRepository(const Database &db, const core::ScoreRules &rules = core::ScoreRules::builtin());

    // shopId empty = all shops. The window is [now - windowDays * 86400, now].
    core::Result<core::MetricInputs> inputs(const QString &shopId, qint64 now, int windowDays,
                                            const QList<int> &qualityReasonCodes) const;
    core::Result<core::MetricInputs> inputs(const QString &shopId, const core::InputsQuery &query) const;

    // Ids behind a metric, at most `limit`: the rate's numerator for "lower is better" rates (rejected, arbitrated,
    // quality-return tickets; late orders), its misses for "higher is better" ones (tickets not decided in time,
    // orders without a pickup in the window), and for medians the samples slower than the rule's full-score
    // bound, slowest first. Rates list the most recent first. A ticket metric passed to ordersBehind (or the
    // reverse) or an unknown name is a Usage error; bad_review_rate has no data and lists nothing.
    core::Result<QStringList> ticketsBehind(const QString &metric, const QString &shopId, qint64 now, int windowDays,
                                            int limit) const;
    core::Result<QStringList> ordersBehind(const QString &metric, const QString &shopId, qint64 now, int windowDays,
                                           int limit) const;

private:
    core::Status ticketCounts(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::Status ticketMedians(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::Status orderCounts(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::Status orderMedian(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::InputsQuery queryFor(qint64 now, int windowDays) const;

    const Database &m_db;
    core::ScoreRules m_rules;
};

} // namespace anxin::store

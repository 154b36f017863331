#pragma once

#include "core/result.h"
#include "core/scoremodel.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace anxin::store {

class Database;
struct ScoreSql;

// The experience-score estimate's raw inputs (core::MetricInputs) as SQL aggregates over tickets and orders, and
// the drill-down from a sub-metric to the tickets / orders that cost points. Read-only.
//
// The definitions of the inputs, implemented once, here, in SQL (the drill-down reuses the same clauses); the tests
// check them against a plain C++ oracle written from this text (tests/support/scoreoracle.cpp).
// Window W = [now - window_days * 86400, now], both ends inclusive. Statuses: 12 refunded, 27/29 rejected by the
// merchant, 28 closed. T = tickets with apply_time in W; exempt tickets (豁免体验分) are counted in exemptTickets
// and left out of everything else.
//   tickets            every ticket of T                      arbitratedTickets  ... with arbitrate_status != 0
//   decidedTickets     final_time > 0 or status 27/29         rejectedTickets    ... with status 27/29
//   qualityReturns     status 12 and reason code in quality_reason_codes (any type)
//   actionTickets      needed the merchant and is determined: not an express refund, not closed (28), and either
//                      final or open past its status_deadline (open and not yet due = pending, not counted)
//   actedInTime        final and not auto-decided; auto-decided = the platform's auto_audit_bits holds 2, or the
//                      last known status_deadline (> 0) is earlier than final_time
//   refund-only / return-refund medians: final_time - apply_time of final, non-express tickets of the types in
//                      refund_only_types / return_refund_types (any final status)
// Orders (no exemption exists for orders):
//   paidOrders         pay_time in W
//   shippedOrders      ship_time in W and the pickup is determined: pickup_time > 0, or now - ship_time > pickup
//                      window and not signed for (a signed parcel was picked up at a time the cache does not know:
//                      missing data is not a miss); pickedUpInWindow: pickup_time > 0 and pickup_time - ship_time <=
//                      pickup window
//   dueOrders          exp_ship_time >= start of W (and > 0), and either shipped, or unshipped, not cancelled (4) and
//                      exp_ship_time < now; lateOrders: ship_time > exp_ship_time, or unshipped (and due)
//   pay-to-delivery median: sign_time - pay_time of orders with sign_time in W, pay_time > 0, sign_time >= pay_time
//
// Cost, one shop: a grouped walk of tickets_score (the index's order is the grouping), each median one OFFSET into
// an index ordered by the duration, and three range walks of order indexes (migration 0005) -- never the rows
// themselves, never a sort; from a database file the order walks run on a thread and read-only connection of their
// own beside the ticket walks (inputsSideBySide). All shops: plain aggregates over the rows (two passes over tickets
// via tickets_apply_time, the medians by window functions, two scans of orders): correct, but seconds per million.
class ScoreInputsRepository
{
public:
    // Quality reason codes, ticket types and the pickup window come from `rules` (its window is the default).
    explicit ScoreInputsRepository(const Database &db, const core::ScoreRules &rules = core::ScoreRules::builtin());

    // shopId empty = all shops. The window is [now - windowDays * 86400, now].
    core::Result<core::MetricInputs> inputs(const QString &shopId, qint64 now, int windowDays,
                                            const QList<int> &qualityReasonCodes) const;
    core::Result<core::MetricInputs> inputs(const QString &shopId, const core::InputsQuery &query) const;
    // Called with (steps done, steps) before each of inputs()'s steps and once at the end (for a progress bar).
    void setProgress(std::function<void(int done, int total)> progress) { m_progress = std::move(progress); }

    // Ids behind a metric, at most `limit`: the rate's numerator for "lower is better" rates (rejected, arbitrated,
    // quality-return tickets; late orders), its misses for "higher is better" ones (tickets not decided in time,
    // orders without a pickup in the window), and for medians the samples slower than the rule's full-score
    // bound, slowest first. Rates list the most recent first. A ticket metric passed to ordersBehind (or the
    // reverse) or an unknown name is a Usage error; bad_review_rate has no data and lists nothing.
    core::Result<QStringList> ticketsBehind(const QString &metric, const QString &shopId, qint64 now, int windowDays,
                                            int limit) const;
    core::Result<QStringList> ordersBehind(const QString &metric, const QString &shopId, qint64 now, int windowDays,
                                           int limit) const;

    // What is still pending and falls due within (now, now + withinS]: open, non-exempt tickets that need the
    // merchant (not express, not closed) by status_deadline, and unshipped, non-cancelled orders by exp_ship_time;
    // soonest first, at most `limit` of each. These are exactly what core::WhatIfChange may move.
    struct DueSoon
    {
        QStringList ticketIds;
        QStringList orderIds;
    };
    core::Result<DueSoon> dueSoon(const QString &shopId, qint64 now, qint64 withinS, int limit) const;

private:
    core::Status ticketCounts(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::Status ticketMedians(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::Status orderCounts(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::Status orderMedian(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::Status shopTicketCounts(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::Status shopTicketMedians(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::Status shopOrderCounts(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::Status shopOrderMedian(const QString &shopId, const core::InputsQuery &q, core::MetricInputs &out) const;
    core::Result<std::optional<double>> nthPairMedian(ScoreSql &s, qint64 n) const;
    core::InputsQuery queryFor(qint64 now, int windowDays) const;

    const Database &m_db;
    core::ScoreRules m_rules;
    // One shop from a database file: the ticket steps here, the order steps on a thread and connection of their own.
    core::Result<core::MetricInputs> inputsSideBySide(const QString &shopId, const core::InputsQuery &query) const;
    std::function<void(int, int)> m_progress;
    mutable std::pair<qint64, qint64> m_completed; // samples per median group, found by shopTicketCounts
};

} // namespace anxin::store

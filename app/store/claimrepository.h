#pragma once

#include "core/eligibility.h"
#include "core/result.h"

#include <QString>

namespace anxin::store {

class Database;

// One guarantee claim as the cache knows it: the ticket's identity and state, and the facts the eligibility
// engine judges (line paid, sign-for time, evidence, product flag, buyer's claims in 90 days).
struct ClaimRow
{
    QString aftersaleId;
    QString shopId;
    QString shopOrderId;
    QString skuOrderId;
    QString productId;
    QString productName;
    int aftersaleType = 0;
    int aftersaleStatus = 0;
    qint64 updateTime = 0;
    qint64 finalTime = 0;
    bool detailCached = false; // afterSale.Detail fetched: the evidence count is known
    int pendingDecisions = 0;  // outbox decisions (not notes) pending, in flight or unknown
    core::ClaimFacts facts;
};

// Assembles claims from cached tickets, details, evidence, orders and products. A claim is a ticket whose reason
// code is a guarantee reason of the rules given. Buyer claim counts use the platform's opaque buyer id of the
// order (`doudian_open_id`), never decrypted PII: the buyer's claims applied in the 90 days up to and including
// this one.
class ClaimRepository
{
public:
    explicit ClaimRepository(Database &db)
        : m_db(db)
    {}

    // Open claims (final_time = 0), soonest respond-by first.
    core::Result<QList<ClaimRow>> openClaims(const core::GuaranteeRules &rules) const;
    // One claim, open or closed; NotFound when the ticket is not cached or not a claim.
    core::Result<ClaimRow> claim(const core::GuaranteeRules &rules, const QString &aftersaleId) const;
    // Claims applied in [since, until) that the platform has closed (final_time != 0): what a dry-run replays.
    core::Result<QList<ClaimRow>> closedClaims(const core::GuaranteeRules &rules, qint64 since, qint64 until) const;

    static constexpr qint64 kBuyerWindowS = 90 * 86400;

private:
    core::Result<QList<ClaimRow>> select(const core::GuaranteeRules &rules, const QString &where,
                                         const QVariantList &binds, const QString &order) const;
    Database &m_db;
};

} // namespace anxin::store

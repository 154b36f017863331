#pragma once

#include "core/guaranteerules.h"

#include <QList>
#include <QString>

#include <optional>

namespace anxin::core {

// What the eligibility engine needs to know about one open ticket (domain-rules §4). Unknowns are explicit.
struct ClaimFacts
{
    int reasonCode = 0;
    qint64 applyTime = 0;
    qint64 signForTime = 0;    // 0: unknown
    qint64 statusDeadline = 0; // the platform's respond-by; 0: none sent
    int evidenceCount = 0;
    qint64 claimedAmount = 0;  // fen (refund_amount)
    qint64 linePaidAmount = 0; // fen, what the buyer paid for the line; 0: unknown
    QString badItemText;       // e.g. "坏果 2/10"
    QString reasonText;
    std::optional<bool> productCovered; // the product's guarantee flag; nullopt: product detail not cached yet
    QString categoryName;               // shown, never checked
    bool riskFlagged = false;           // platform's risk_decision_code
    int priorSuccessfulClaimsOnSku = 0; // earlier claims on the same SKU order that were refunded
    int otherOpenClaimsOnSku = 0;       // other claims on the same SKU order still open
    int buyerClaims90d = 0;
};

enum class Verdict
{
    Eligible,
    NeedsReview,
    NotEligible
};
const char *verdictKey(Verdict v); // "eligible", "needs_review", "not_eligible"

// One line of the checklist: what was checked and how it came out, with the numbers a sentence needs.
struct Finding
{
    enum class Code
    {
        Covered,
        NotCovered,
        CoverageUnknown,
        InWindow,
        LateClaim,
        SignForUnknown,
        EvidenceOk,
        EvidenceMissing,
        AmountOk,
        AmountOverPaid,
        ProportionalShare,
        RiskFlagged,
        PriorClaimOnSku,
        FrequentClaimer,
        OpenClaimOnSku,
    };
    enum class Effect
    {
        Pass,
        Review,
        Fail,
        Warn
    };
    Code code;
    Effect effect;
    qint64 a = 0; // numbers for the sentence (seconds, counts, fen)
    qint64 b = 0;
};
const char *findingKey(Finding::Code code);
QString describeFinding(const Finding &f, ClaimKind kind); // plain English, for CLI and logs

struct BadShare
{
    int bad = 0;
    int total = 0;
};
// Finds "2/10", "坏果 2/10", "10个坏了2个", "坏了2个共10个", "坏果2颗/共10颗", "收到12个，坏了5个" in the buyer's
// words; nullopt when absent or nonsense (an order number or a date is not a share).
std::optional<BadShare> parseBadShare(const QString &text);

struct Eligibility
{
    ClaimKind kind = ClaimKind::None;
    Verdict verdict = Verdict::NeedsReview;
    QList<Finding> findings;
    std::optional<qint64> claimedAfterSigningS;
    std::optional<bool> inWindow;
    qint64 windowS = 0;
    qint64 respondBy = 0;       // status_deadline, else apply + response window
    qint64 suggestedRefund = 0; // fen
    std::optional<BadShare> share;
    QStringList reasons() const; // describeFinding() of every finding that is not a pass
};

// Evaluates a claim. Precedence: not_eligible (uncovered, or late) beats needs_review (sign-for unknown,
// evidence missing, coverage unknown, more claimed than the line's paid amount, an earlier refunded or another
// open claim on the same SKU order), which beats eligible. Money a one-key approve or a rule could pay twice or
// beyond the line is always a person's call. Other risk signals are findings, not verdicts.
Eligibility evaluateClaim(const ClaimFacts &facts, const GuaranteeRules &rules);

} // namespace anxin::core

#pragma once

#include "core/eligibility.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace anxin::core {

// How far a merchant's auto-approve rule goes: off; dry-run only (replayed over history on request); shadow
// (labels the claims it would approve); live (queues the approvals itself after each sync).
enum class RuleMode
{
    Off,
    DryRun,
    Shadow,
    Live
};
const char *ruleModeKey(RuleMode mode); // "off", "dry_run", "shadow", "live"
bool ruleModeFromKey(const QString &key, RuleMode *out);

// "Approve fresh claims up to ¥50 with at least 1 photo, inside the window, not risky, buyer's claims in 90 days
// ≤ 2" (domain-rules §5). Inside-window and not-risky are not options: they hold for every rule (judgeClaim).
struct AutoRule
{
    qint64 id = 0;
    QString name;
    ClaimKind kind = ClaimKind::Fresh;
    qint64 maxAmountFen = 0; // the per-rule cap; a rule without one (≤ 0) never acts
    int minPhotos = 1;
    int maxBuyerClaims90d = -1; // < 0: no limit
    RuleMode mode = RuleMode::Off;

    // Fine when the rule can be saved; otherwise what is wrong (a Usage error naming the situation).
    Status validate() const;
    QJsonObject toJson() const;
    static Result<AutoRule> fromJson(const QJsonObject &json);
};

// Why a rule leaves a claim to a person. The first four are hard limits of the client, whatever the rule says.
enum class RuleSkip
{
    Risky,           // the platform's risk flag
    AboveCap,        // the amount the platform would pay is above the rule's cap (or the rule has no cap)
    OutsideWindow,   // claimed after the window, or the sign-for time is unknown
    NotEligible,     // the eligibility verdict is not "eligible"
    WrongKind,       // a rule for the other guarantee
    TooFewPhotos,    // fewer evidence images than the rule asks (or the evidence was never synced)
    FrequentClaimer, // more claims by the buyer in 90 days than the rule allows
    PartialRefund,   // the buyer claims more than the suggested share: a person agrees the amount
    OverPaid,        // the claim is more than the line's paid amount (approving would pay the claim)
    ClaimedTwice,    // the line was already refunded, or another claim on it is open
};
const char *ruleSkipKey(RuleSkip skip);

struct RuleJudgement
{
    bool approve = false;
    qint64 amountFen = 0;  // what the approval would pay (the claimed amount)
    QList<RuleSkip> skips; // every reason it does not approve; empty when it approves
};

// Judges one claim against one rule. `evidenceKnown` false (the ticket's detail never synced) counts as no photos.
// Hard limits, enforced here for every rule and every mode: never a risky claim, never above the cap, never
// outside the guarantee window, never a claim the eligibility engine does not call eligible.
RuleJudgement judgeClaim(const AutoRule &rule, const ClaimFacts &facts, const Eligibility &eligibility,
                         bool evidenceKnown = true);

// The outcome of a closed claim, from its final status: approved (refunded, return or exchange done), rejected,
// or closed without a merchant decision (withdrawn, cancelled).
enum class ClaimOutcome
{
    Approved,
    Rejected,
    Closed
};
ClaimOutcome outcomeOfStatus(int aftersaleStatus);

struct DryRunEntry
{
    QString aftersaleId;
    QString productName;
    qint64 amountFen = 0;
    bool ruleApproves = false;
    ClaimOutcome outcome = ClaimOutcome::Closed;
    QList<RuleSkip> skips;
    bool disagrees() const; // the rule approves what was rejected, or leaves to a person what was approved
};

struct DryRunSummary
{
    int replayed = 0;           // closed claims of the rule's kind in the period
    int wouldDecide = 0;        // the rule would have approved
    qint64 totalFen = 0;        // sum of what those approvals pay
    int disagreements = 0;      // approves a rejected claim (the costly kind)
    int missedApprovals = 0;    // approved by a person, left by the rule (the safe kind)
    int evidenceUnknown = 0;    // detail never synced: counted as no photos
    QList<DryRunEntry> entries; // every replayed claim, in apply-time order
};

} // namespace anxin::core

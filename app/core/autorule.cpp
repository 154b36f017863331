#include "core/autorule.h"

namespace anxin::core {

const char *ruleModeKey(RuleMode mode)
{
    switch (mode) {
    case RuleMode::Off:
        return "off";
    case RuleMode::DryRun:
        return "dry_run";
    case RuleMode::Shadow:
        return "shadow";
    case RuleMode::Live:
        return "live";
    }
    return "";
}

bool ruleModeFromKey(const QString &key, RuleMode *out)
{
    for (RuleMode m : {RuleMode::Off, RuleMode::DryRun, RuleMode::Shadow, RuleMode::Live}) {
        if (key == QLatin1String(ruleModeKey(m))) {
            *out = m;
            return true;
        }
    }
    return false;
}

const char *ruleSkipKey(RuleSkip skip)
{
    switch (skip) {
    case RuleSkip::Risky:
        return "risky";
    case RuleSkip::AboveCap:
        return "above_cap";
    case RuleSkip::OutsideWindow:
        return "outside_window";
    case RuleSkip::NotEligible:
        return "not_eligible";
    case RuleSkip::WrongKind:
        return "wrong_kind";
    case RuleSkip::TooFewPhotos:
        return "too_few_photos";
    case RuleSkip::FrequentClaimer:
        return "frequent_claimer";
    case RuleSkip::PartialRefund:
        return "partial_refund";
    case RuleSkip::OverPaid:
        return "over_paid";
    case RuleSkip::ClaimedTwice:
        return "claimed_twice";
    }
    return "";
}

Status AutoRule::validate() const
{
    const auto bad = [](const char *situation, const char *message) {
        return Error::coded(Error::Kind::Usage, situation, {}, QString::fromLatin1(message));
    };
    if (name.trimmed().isEmpty())
        return bad("rule.name_needed", "a rule needs a name");
    if (name.size() > 40)
        return bad("rule.name_too_long", "a rule name has at most 40 characters");
    if (kind == ClaimKind::None)
        return bad("rule.kind_needed", "a rule is for fresh or allergy claims");
    if (maxAmountFen <= 0)
        return bad("rule.cap_needed", "a rule needs an amount cap above zero");
    if (minPhotos < 0 || minPhotos > 8)
        return bad("rule.photos_range", "minimum photos is between 0 and 8");
    if (maxBuyerClaims90d > 1000)
        return bad("rule.claims_limit", "buyer claims limit is at most 1000");
    return {};
}

QJsonObject AutoRule::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), QLatin1String(claimKindKey(kind))},
                       {QStringLiteral("max_amount_fen"), maxAmountFen},
                       {QStringLiteral("min_photos"), minPhotos},
                       {QStringLiteral("inside_window"), true},
                       {QStringLiteral("not_risky"), true},
                       {QStringLiteral("max_buyer_claims_90d"), maxBuyerClaims90d},
                       {QStringLiteral("mode"), QLatin1String(ruleModeKey(mode))}};
}

Result<AutoRule> AutoRule::fromJson(const QJsonObject &o)
{
    auto bad = [](const char *field, const char *what) {
        return Error::make(Error::Kind::Malformed,
                           QStringLiteral("rule field %1: %2").arg(QLatin1String(field), QLatin1String(what)));
    };
    AutoRule r;
    if (!o.value(QLatin1String("name")).isString())
        return bad("name", "a string is required");
    r.name = o.value(QLatin1String("name")).toString();
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("fresh"))
        r.kind = ClaimKind::Fresh;
    else if (kind == QLatin1String("allergy"))
        r.kind = ClaimKind::Allergy;
    else
        return bad("kind", "\"fresh\" or \"allergy\"");
    if (!o.value(QLatin1String("max_amount_fen")).isDouble())
        return bad("max_amount_fen", "a number of fen is required");
    r.maxAmountFen = o.value(QLatin1String("max_amount_fen")).toInteger();
    r.minPhotos = int(o.value(QLatin1String("min_photos")).toInteger(1));
    r.maxBuyerClaims90d = int(o.value(QLatin1String("max_buyer_claims_90d")).toInteger(-1));
    // The hard limits cannot be switched off: a file that tries is refused rather than silently "fixed".
    if (o.value(QLatin1String("inside_window")).toBool(true) == false)
        return bad("inside_window", "rules never act outside the guarantee window");
    if (o.value(QLatin1String("not_risky")).toBool(true) == false)
        return bad("not_risky", "rules never act on claims the platform flags as risky");
    if (!ruleModeFromKey(o.value(QLatin1String("mode")).toString(QStringLiteral("dry_run")), &r.mode))
        return bad("mode", "off, dry_run, shadow or live");
    if (auto st = r.validate(); !st) {
        Error e = st.error();
        e.kind = Error::Kind::Malformed; // a file, not a form: the same situation, read from outside
        return e;
    }
    return r;
}

RuleJudgement judgeClaim(const AutoRule &rule, const ClaimFacts &facts, const Eligibility &e, bool evidenceKnown)
{
    RuleJudgement j;
    j.amountFen = facts.claimedAmount;
    // Hard limits first: they hold whatever the rule says.
    if (facts.riskFlagged)
        j.skips << RuleSkip::Risky;
    if (rule.maxAmountFen <= 0 || j.amountFen > rule.maxAmountFen)
        j.skips << RuleSkip::AboveCap;
    if (e.inWindow != true)
        j.skips << RuleSkip::OutsideWindow;
    if (e.verdict != Verdict::Eligible)
        j.skips << RuleSkip::NotEligible;
    if (e.kind != rule.kind)
        j.skips << RuleSkip::WrongKind;
    if (!evidenceKnown || facts.evidenceCount < rule.minPhotos)
        j.skips << RuleSkip::TooFewPhotos;
    if (rule.maxBuyerClaims90d >= 0 && facts.buyerClaims90d > rule.maxBuyerClaims90d)
        j.skips << RuleSkip::FrequentClaimer;
    if (e.suggestedRefund < facts.claimedAmount)
        j.skips << RuleSkip::PartialRefund;
    // Money the merchant could pay twice or beyond the line: named, so a dry run says why it skipped.
    if (facts.linePaidAmount > 0 && facts.claimedAmount > facts.linePaidAmount)
        j.skips << RuleSkip::OverPaid;
    if (facts.priorSuccessfulClaimsOnSku > 0 || facts.otherOpenClaimsOnSku > 0)
        j.skips << RuleSkip::ClaimedTwice;
    j.approve = j.skips.isEmpty();
    return j;
}

ClaimOutcome outcomeOfStatus(int status)
{
    switch (status) {
    case 7:
    case 11:
    case 12:
    case 13:
    case 14:
        return ClaimOutcome::Approved;
    case 27:
    case 29:
        return ClaimOutcome::Rejected;
    default:
        return ClaimOutcome::Closed;
    }
}

bool DryRunEntry::disagrees() const
{
    return (ruleApproves && outcome == ClaimOutcome::Rejected) || (!ruleApproves && outcome == ClaimOutcome::Approved);
}

} // namespace anxin::core

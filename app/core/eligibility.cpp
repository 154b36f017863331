#include "core/eligibility.h"

#include "core/deadlines.h"
#include "core/money.h"

#include <QRegularExpression>

namespace anxin::core {

const char *verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Eligible:
        return "eligible";
    case Verdict::NeedsReview:
        return "needs_review";
    case Verdict::NotEligible:
        return "not_eligible";
    }
    return "";
}

const char *findingKey(Finding::Code code)
{
    using C = Finding::Code;
    switch (code) {
    case C::Covered:
        return "covered";
    case C::NotCovered:
        return "not_covered";
    case C::CoverageUnknown:
        return "coverage_unknown";
    case C::InWindow:
        return "in_window";
    case C::LateClaim:
        return "late_claim";
    case C::SignForUnknown:
        return "sign_for_unknown";
    case C::EvidenceOk:
        return "evidence_ok";
    case C::EvidenceMissing:
        return "evidence_missing";
    case C::AmountOk:
        return "amount_ok";
    case C::AmountOverPaid:
        return "amount_over_paid";
    case C::ProportionalShare:
        return "proportional_share";
    case C::RiskFlagged:
        return "risk_flagged";
    case C::PriorClaimOnSku:
        return "prior_claim_on_sku";
    case C::FrequentClaimer:
        return "frequent_claimer";
    case C::OpenClaimOnSku:
        return "open_claim_on_sku";
    }
    return "";
}

namespace {
QString hours(qint64 s)
{
    return QString::fromLatin1(spanText(s));
}
} // namespace

QString describeFinding(const Finding &f, ClaimKind kind)
{
    using C = Finding::Code;
    const QString program =
        kind == ClaimKind::Allergy ? QStringLiteral("allergy-return") : QStringLiteral("fresh-damage");
    switch (f.code) {
    case C::Covered:
        return QStringLiteral("product carries the %1 guarantee").arg(program);
    case C::NotCovered:
        return QStringLiteral("product does not carry the %1 guarantee").arg(program);
    case C::CoverageUnknown:
        return QStringLiteral("product guarantee flags not fetched yet");
    case C::InWindow:
        return QStringLiteral("claimed %1 after signing, %2 inside the %3 window")
            .arg(hours(f.a), hours(f.b - f.a), hours(f.b));
    case C::LateClaim:
        return QStringLiteral("claimed %1 after signing, %2 past the %3 window")
            .arg(hours(f.a), hours(f.a - f.b), hours(f.b));
    case C::SignForUnknown:
        return QStringLiteral("sign-for time unknown");
    case C::EvidenceOk:
        return QStringLiteral("%1 evidence image(s)").arg(f.a);
    case C::EvidenceMissing:
        return QStringLiteral("no evidence images (at least %1 needed)").arg(f.b);
    case C::AmountOk:
        return QStringLiteral("claimed %1 of %2 paid").arg(formatFen(f.a), formatFen(f.b));
    case C::AmountOverPaid:
        return QStringLiteral("claimed %1 is more than the %2 paid for the line").arg(formatFen(f.a), formatFen(f.b));
    case C::ProportionalShare:
        return QStringLiteral("bad share %1/%2 of the line").arg(f.a).arg(f.b);
    case C::RiskFlagged:
        return QStringLiteral("flagged by the platform's risk check");
    case C::PriorClaimOnSku:
        return QStringLiteral("an earlier claim on this item succeeded");
    case C::FrequentClaimer:
        return QStringLiteral("buyer made %1 claims in 90 days").arg(f.a);
    case C::OpenClaimOnSku:
        return QStringLiteral("another claim on this item is still open");
    }
    return {};
}

QStringList Eligibility::reasons() const
{
    QStringList out;
    for (const Finding &f : findings) {
        if (f.effect != Finding::Effect::Pass)
            out << describeFinding(f, kind);
    }
    return out;
}

std::optional<BadShare> parseBadShare(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    // Digits never run on into a longer number (an order number, a date), and a count names its unit.
    static const QRegularExpression slash(QStringLiteral("(?<!\\d)(\\d{1,4})\\s*[/／]\\s*(\\d{1,4})(?!\\d)"));
    static const QRegularExpression badOfTotal(QStringLiteral(
        "(?:共|一共|总共)\\s*(\\d{1,4})\\s*[个颗只枚盒斤]?.{0,8}?坏(?:了|果|掉了?)?\\s*(\\d{1,4})(?!\\d)"));
    static const QRegularExpression badThenTotal(QStringLiteral(
        "坏(?:了|果|掉了?)?\\s*(\\d{1,4})\\s*[个颗只枚盒斤]?.{0,8}?(?:共|一共|总共)\\s*(\\d{1,4})(?!\\d)"));
    // "10个坏了2个", "收到12个，坏了5个", "10颗里面坏了3颗".
    static const QRegularExpression totalThenBad(
        QStringLiteral("(?<!\\d)(\\d{1,4})\\s*[个颗只枚盒](?:里面|里|中|当中)?\\s*[，,]?\\s*有?\\s*坏(?:了|掉了?)?\\s*"
                       "(\\d{1,4})(?!\\d)"));
    int bad = 0, total = 0;
    if (auto m = slash.match(text); m.hasMatch()) {
        bad = m.captured(1).toInt();
        total = m.captured(2).toInt();
    } else if (auto m2 = badOfTotal.match(text); m2.hasMatch()) {
        total = m2.captured(1).toInt();
        bad = m2.captured(2).toInt();
    } else if (auto m3 = badThenTotal.match(text); m3.hasMatch()) {
        bad = m3.captured(1).toInt();
        total = m3.captured(2).toInt();
    } else if (auto m4 = totalThenBad.match(text); m4.hasMatch()) {
        total = m4.captured(1).toInt();
        bad = m4.captured(2).toInt();
    } else {
        return std::nullopt;
    }
    if (total <= 0 || bad <= 0 || bad > total)
        return std::nullopt;
    return BadShare{bad, total};
}

Eligibility evaluateClaim(const ClaimFacts &facts, const GuaranteeRules &rules)
{
    using C = Finding::Code;
    using E = Finding::Effect;
    Eligibility r;
    r.kind = rules.kindForReason(facts.reasonCode);
    if (r.kind == ClaimKind::None) {
        r.verdict = Verdict::NotEligible;
        return r;
    }
    const GuaranteeKindRules &k = rules.forKind(r.kind);
    r.windowS = k.claimWindowS;
    r.respondBy = facts.statusDeadline > 0 ? facts.statusDeadline : facts.applyTime + k.responseWindowS;

    bool fail = false, review = false;
    if (!facts.productCovered.has_value()) {
        r.findings << Finding{C::CoverageUnknown, E::Review};
        review = true;
    } else if (*facts.productCovered) {
        r.findings << Finding{C::Covered, E::Pass};
    } else {
        r.findings << Finding{C::NotCovered, E::Fail};
        fail = true;
    }

    if (facts.signForTime > 0) {
        const qint64 elapsed = facts.applyTime - facts.signForTime;
        r.claimedAfterSigningS = elapsed;
        r.inWindow = elapsed <= k.claimWindowS;
        if (*r.inWindow) {
            r.findings << Finding{C::InWindow, E::Pass, std::max<qint64>(elapsed, 0), k.claimWindowS};
        } else {
            r.findings << Finding{C::LateClaim, E::Fail, elapsed, k.claimWindowS};
            fail = true;
        }
    } else {
        r.findings << Finding{C::SignForUnknown, E::Review};
        review = true;
    }

    if (facts.evidenceCount >= k.minEvidenceImages) {
        r.findings << Finding{C::EvidenceOk, E::Pass, facts.evidenceCount, k.minEvidenceImages};
    } else {
        r.findings << Finding{C::EvidenceMissing, E::Review, facts.evidenceCount, k.minEvidenceImages};
        review = true;
    }

    // Suggested refund: a bad share of the line for fresh claims, capped by the claim; never above the line.
    const qint64 paid = facts.linePaidAmount;
    qint64 suggested = facts.claimedAmount;
    if (k.proportionalRefund) {
        r.share = parseBadShare(facts.badItemText);
        if (!r.share)
            r.share = parseBadShare(facts.reasonText);
        if (r.share && paid > 0) {
            const qint64 proportional = (paid * r.share->bad * 2 + r.share->total) / (2 * r.share->total); // half up
            suggested = std::min(proportional, facts.claimedAmount);
            r.findings << Finding{C::ProportionalShare, E::Pass, r.share->bad, r.share->total};
        }
    }
    // Approving pays what was claimed: more than the line's paid amount is never a one-key decision.
    if (paid > 0 && facts.claimedAmount > paid) {
        r.findings << Finding{C::AmountOverPaid, E::Review, facts.claimedAmount, paid};
        review = true;
    } else if (paid > 0)
        r.findings << Finding{C::AmountOk, E::Pass, facts.claimedAmount, paid};
    r.suggestedRefund = std::max<qint64>(0, paid > 0 ? std::min(suggested, paid) : suggested);

    if (facts.riskFlagged)
        r.findings << Finding{C::RiskFlagged, E::Warn};
    // A line already refunded, or claimed again while another claim is open: a second payment for the same goods.
    if (facts.priorSuccessfulClaimsOnSku > 0) {
        r.findings << Finding{C::PriorClaimOnSku, E::Review, facts.priorSuccessfulClaimsOnSku};
        review = true;
    }
    if (facts.otherOpenClaimsOnSku > 0) {
        r.findings << Finding{C::OpenClaimOnSku, E::Review, facts.otherOpenClaimsOnSku};
        review = true;
    }
    if (facts.buyerClaims90d >= rules.buyerClaims90dWarn)
        r.findings << Finding{C::FrequentClaimer, E::Warn, facts.buyerClaims90d};

    r.verdict = fail ? Verdict::NotEligible : (review ? Verdict::NeedsReview : Verdict::Eligible);
    return r;
}

} // namespace anxin::core

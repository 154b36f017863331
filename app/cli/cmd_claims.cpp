// anxin-cli claims: guarantee claims from the cache, each with its eligibility verdict (works offline).
#include "cli.h"
#include "core/clock.h"
#include "core/deadlines.h"
#include "core/eligibility.h"
#include "core/money.h"
#include "store/autorulerepository.h"
#include "store/claimrepository.h"
#include "sync/autorules.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anxin::cli {

namespace {

QJsonObject claimJson(const store::ClaimRow &c, const core::Eligibility &e)
{
    return QJsonObject{
        {QStringLiteral("aftersale_id"), c.aftersaleId},
        {QStringLiteral("shop_id"), c.shopId},
        {QStringLiteral("shop_order_id"), c.shopOrderId},
        {QStringLiteral("kind"), QLatin1String(core::claimKindKey(e.kind))},
        {QStringLiteral("verdict"), QLatin1String(core::verdictKey(e.verdict))},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(e.reasons())},
        {QStringLiteral("claimed_after_signing_s"),
         e.claimedAfterSigningS ? QJsonValue(*e.claimedAfterSigningS) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("window_s"), e.windowS},
        {QStringLiteral("in_window"), e.inWindow ? QJsonValue(*e.inWindow) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("respond_by"), e.respondBy},
        {QStringLiteral("suggested_refund"), e.suggestedRefund},
        {QStringLiteral("claimed_amount"), c.facts.claimedAmount},
        {QStringLiteral("line_paid"), c.facts.linePaidAmount},
        {QStringLiteral("evidence_count"), c.facts.evidenceCount},
        {QStringLiteral("detail_cached"), c.detailCached},
        {QStringLiteral("reason_code"), c.facts.reasonCode},
        {QStringLiteral("product_name"), c.productName},
        {QStringLiteral("category"), c.facts.categoryName},
        {QStringLiteral("risk_flag"), c.facts.riskFlagged},
        {QStringLiteral("buyer_claims_90d"), c.facts.buyerClaims90d},
        {QStringLiteral("aftersale_status"), c.aftersaleStatus},
        {QStringLiteral("pending"), c.pendingDecisions > 0},
    };
}

const char *outcomeKey(core::ClaimOutcome o)
{
    switch (o) {
    case core::ClaimOutcome::Approved:
        return "approved";
    case core::ClaimOutcome::Rejected:
        return "rejected";
    case core::ClaimOutcome::Closed:
        return "closed";
    }
    return "";
}

// A rule from a JSON file, or a stored rule by id or name.
core::Result<core::AutoRule> loadRule(store::Database &db, const QString &ref)
{
    if (QFile::exists(ref)) {
        QFile f(ref);
        if (!f.open(QIODevice::ReadOnly))
            return core::Error::make(core::Error::Kind::Usage, QStringLiteral("cannot read %1").arg(ref));
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (!doc.isObject())
            return core::Error::make(core::Error::Kind::Usage,
                                     QStringLiteral("%1 is not a JSON object: %2").arg(ref, err.errorString()));
        return core::AutoRule::fromJson(doc.object());
    }
    store::AutoRuleRepository repo(db);
    bool isId = false;
    const qint64 id = ref.toLongLong(&isId);
    auto found = isId ? repo.get(id) : repo.byName(ref);
    if (!found)
        return found.error();
    if (!found.value())
        return core::Error::make(core::Error::Kind::NotFound,
                                 QStringLiteral("no rule file or stored rule called %1").arg(ref));
    return *found.value();
}

int dryRun(Context &ctx, store::Database &db, const QString &ref)
{
    auto rule = loadRule(db, ref);
    if (!rule)
        return fail(rule.error());
    const qint64 now = ctx.platformNowSecs();
    auto summary = sync::AutoRuleService(db).dryRun(rule.value(), now);
    if (!summary)
        return fail(summary.error());
    const core::DryRunSummary &s = summary.value();
    if (ctx.json) {
        QJsonArray entries;
        for (const auto &e : s.entries) {
            QJsonArray skips;
            for (core::RuleSkip k : e.skips)
                skips.append(QLatin1String(core::ruleSkipKey(k)));
            entries.append(QJsonObject{{QStringLiteral("aftersale_id"), e.aftersaleId},
                                       {QStringLiteral("amount"), e.amountFen},
                                       {QStringLiteral("rule_approves"), e.ruleApproves},
                                       {QStringLiteral("outcome"), QLatin1String(outcomeKey(e.outcome))},
                                       {QStringLiteral("disagrees"), e.disagrees()},
                                       {QStringLiteral("skips"), skips}});
        }
        printJson(QJsonObject{{QStringLiteral("rule"), rule.value().toJson()},
                              {QStringLiteral("period_days"), 90},
                              {QStringLiteral("replayed"), s.replayed},
                              {QStringLiteral("would_decide"), s.wouldDecide},
                              {QStringLiteral("total_fen"), s.totalFen},
                              {QStringLiteral("disagreements"), s.disagreements},
                              {QStringLiteral("missed_approvals"), s.missedApprovals},
                              {QStringLiteral("evidence_unknown"), s.evidenceUnknown},
                              {QStringLiteral("entries"), entries}});
        return kOk;
    }
    printOut(QStringLiteral("rule %1: %2 claims up to %3, at least %4 photo(s), buyer claims in 90 days %5\n")
                 .arg(rule.value().name, QLatin1String(core::claimKindKey(rule.value().kind)),
                      core::formatFen(rule.value().maxAmountFen))
                 .arg(rule.value().minPhotos)
                 .arg(rule.value().maxBuyerClaims90d < 0
                          ? QStringLiteral("any")
                          : QStringLiteral("<= %1").arg(rule.value().maxBuyerClaims90d)));
    printOut(QStringLiteral("replayed %1 closed claims of the last 90 days: would have approved %2 for %3; approved "
                            "what a person rejected %4 time(s); left %5 approved claim(s) to a person; evidence "
                            "never synced for %6\n")
                 .arg(s.replayed)
                 .arg(s.wouldDecide)
                 .arg(core::formatFen(s.totalFen))
                 .arg(s.disagreements)
                 .arg(s.missedApprovals)
                 .arg(s.evidenceUnknown));
    // The list: every claim the rule would have approved, and what was decided.
    for (const auto &e : s.entries) {
        if (!e.ruleApproves)
            continue;
        printOut(QStringLiteral("%1  %2  %3%4\n")
                     .arg(e.aftersaleId, -19)
                     .arg(core::formatFen(e.amountFen), 11)
                     .arg(QLatin1String(outcomeKey(e.outcome)), -8)
                     .arg(e.disagrees() ? QStringLiteral("  <- a person rejected this claim") : QString()));
    }
    return kOk;
}

} // namespace

int cmdClaims(Context &ctx, const Args &args)
{
    if (!args.positional.isEmpty())
        return fail(core::Error::make(core::Error::Kind::Usage,
                                      QStringLiteral("usage: anxin-cli claims [--dry-run RULE_FILE_OR_ID] [--json]")));
    auto db = ctx.database();
    if (!db)
        return fail(db.error());
    if (args.values.contains(QStringLiteral("dry-run")))
        return dryRun(ctx, *db.value(), args.value(QStringLiteral("dry-run")));
    const auto &rules = core::GuaranteeRules::builtin();
    auto rows = store::ClaimRepository(*db.value()).openClaims(rules);
    if (!rows)
        return fail(rows.error());
    const qint64 now = ctx.platformNowSecs(); // ANXIN_NOW fixes "now" for the countdown
    QJsonArray list;
    for (const store::ClaimRow &c : rows.value()) {
        const core::Eligibility e = core::evaluateClaim(c.facts, rules);
        if (ctx.json) {
            list.append(claimJson(c, e));
            continue;
        }
        const QString after =
            e.claimedAfterSigningS ? QString::fromLatin1(core::spanText(*e.claimedAfterSigningS)) : QStringLiteral("?");
        printOut(QStringLiteral("%1  %2  %3  %4  signed+%5  respond %6  refund %7  %8%9\n")
                     .arg(c.aftersaleId, -19)
                     .arg(QLatin1String(core::claimKindKey(e.kind)), -7)
                     .arg(QLatin1String(core::verdictKey(e.verdict)), -12)
                     .arg(e.inWindow ? (*e.inWindow ? QStringLiteral("in window") : QStringLiteral("late     "))
                                     : QStringLiteral("window ? "))
                     .arg(after, -9)
                     .arg(QString::fromLatin1(core::compactDuration(e.respondBy - now)), -16)
                     .arg(core::formatFen(e.suggestedRefund), 11)
                     .arg(c.productName, c.pendingDecisions ? QStringLiteral("  [pending]") : QString()));
        for (const QString &reason : e.reasons())
            printOut(QStringLiteral("    - %1\n").arg(reason));
    }
    if (ctx.json)
        printJson(list);
    else if (rows.value().isEmpty())
        printOut(QStringLiteral("no open guarantee claims in the cache\n"));
    return kOk;
}

} // namespace anxin::cli

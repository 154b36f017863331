// anxin-cli claims: guarantee claims from the cache, each with its eligibility verdict (works offline).
#include "cli.h"
#include "core/clock.h"
#include "core/deadlines.h"
#include "core/eligibility.h"
#include "core/money.h"
#include "store/claimrepository.h"

#include <QDateTime>
#include <QJsonArray>
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

} // namespace

int cmdClaims(Context &ctx, const Args &args)
{
    if (!args.positional.isEmpty())
        return fail(core::Error::make(core::Error::Kind::Usage, QStringLiteral("usage: anxin-cli claims [--json]")));
    auto db = ctx.database();
    if (!db)
        return fail(db.error());
    const auto &rules = core::GuaranteeRules::builtin();
    auto rows = store::ClaimRepository(*db.value()).openClaims(rules);
    if (!rows)
        return fail(rows.error());
    const qint64 now = core::Clock::fromEnvironment()->nowSecs(); // ANXIN_NOW fixes "now" for the countdown
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

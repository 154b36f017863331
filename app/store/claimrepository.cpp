#include "store/claimrepository.h"

#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/queryrunner.h"

#include <QHash>

#include <algorithm>

namespace anxin::store {

using core::Error;

namespace {

QStringList claimReasonCodes(const core::GuaranteeRules &rules)
{
    QStringList codes;
    for (int c : rules.fresh.reasonCodes)
        codes << QString::number(c);
    for (int c : rules.allergy.reasonCodes)
        codes << QString::number(c);
    return codes;
}

} // namespace

core::Result<QList<ClaimRow>> ClaimRepository::openClaims(const core::GuaranteeRules &rules) const
{
    return select(rules, QStringLiteral("t.final_time = 0"), {},
                  QStringLiteral("CASE WHEN t.status_deadline > 0 THEN t.status_deadline ELSE t.apply_time END, "
                                 "t.aftersale_id"));
}

core::Result<ClaimRow> ClaimRepository::claim(const core::GuaranteeRules &rules, const QString &aftersaleId) const
{
    auto rows = select(rules, QStringLiteral("t.aftersale_id = ?"), {aftersaleId}, QStringLiteral("t.aftersale_id"));
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error::make(Error::Kind::NotFound, QStringLiteral("ticket %1 is not a cached claim").arg(aftersaleId));
    return rows.value().first();
}

core::Result<QList<ClaimRow>> ClaimRepository::closedClaims(const core::GuaranteeRules &rules, qint64 since,
                                                            qint64 until) const
{
    return select(rules, QStringLiteral("t.final_time <> 0 AND t.apply_time >= ? AND t.apply_time < ?"), {since, until},
                  QStringLiteral("t.apply_time, t.aftersale_id"));
}

core::Result<QList<ClaimRow>> ClaimRepository::select(const core::GuaranteeRules &rules, const QString &where,
                                                      const QVariantList &binds, const QString &order) const
{
    const QStringList codes = claimReasonCodes(rules);
    const QString in = placeholders(codes.size());
    QVariantList codeBinds;
    for (const QString &c : codes)
        codeBinds << c;

    // Every claim's buyer, time, line and outcome, once: buyer counts and earlier claims on the same line come
    // from this in memory, so the cost stays linear in the number of claims.
    auto all = runQuery(m_db,
                        QStringLiteral("SELECT t.aftersale_id, t.apply_time, t.sku_order_id, t.aftersale_status, "
                                       "COALESCE(o.buyer_open_id, ''), t.final_time "
                                       "FROM tickets t LEFT JOIN orders o ON o.order_id = t.shop_order_id "
                                       "WHERE t.reason_code IN (%1)")
                            .arg(in),
                        codeBinds);
    if (!all)
        return all.error();
    struct Seen
    {
        QString id;
        qint64 apply;
        QString sku;
        int status;
        bool open;
    };
    QHash<QString, QList<qint64>> applyByBuyer; // buyer -> apply times
    QHash<QString, QString> buyerOf;
    QHash<QString, QList<Seen>> bySku;
    while (all.value().next()) {
        const QSqlQuery &q = all.value();
        const Seen s{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(5).toLongLong() == 0};
        const QString buyer = q.value(4).toString();
        if (!buyer.isEmpty()) {
            applyByBuyer[buyer] << s.apply;
            buyerOf.insert(s.id, buyer);
        }
        if (!s.sku.isEmpty())
            bySku[s.sku] << s;
    }
    for (auto &times : applyByBuyer)
        std::sort(times.begin(), times.end());

    QVariantList allBinds = codeBinds;
    allBinds << binds;
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "SELECT t.aftersale_id, t.shop_id, t.shop_order_id, t.sku_order_id, t.product_id, t.product_name, "
            "t.aftersale_type, t.aftersale_status, t.update_time, t.final_time, t.reason_code, t.apply_time, "
            "CASE WHEN t.sign_for_time > 0 THEN t.sign_for_time ELSE COALESCE(NULLIF(l.logistics_receipt_time, 0), "
            "NULLIF(o.sign_time, 0), 0) END, "
            "t.status_deadline, (SELECT count(*) FROM evidence e WHERE e.aftersale_id = t.aftersale_id), "
            "t.refund_amount, CASE WHEN t.pay_amount > 0 THEN t.pay_amount ELSE COALESCE(l.pay_amount, 0) END, "
            "t.bad_item_text, COALESCE(json_extract(t.raw_json, '$.text_part.reason_text'), t.reason_text), "
            "p.product_id IS NOT NULL, COALESCE(p.damaged_order_return, 0), COALESCE(p.support_allergy_return, 0), "
            "COALESCE(p.first_cname, ''), t.risk_flag, "
            "EXISTS (SELECT 1 FROM ticket_detail d WHERE d.aftersale_id = t.aftersale_id), "
            "(SELECT count(*) FROM outbox b WHERE b.aftersale_id = t.aftersale_id AND b.action <> 'note' "
            "AND b.state IN %4) "
            "FROM tickets t LEFT JOIN orders o ON o.order_id = t.shop_order_id "
            "LEFT JOIN order_lines l ON l.sku_order_id = t.sku_order_id "
            "LEFT JOIN products p ON p.product_id = t.product_id "
            "WHERE t.reason_code IN (%1) AND %2 ORDER BY %3")
            .arg(in, where, order, QString::fromLatin1(kWaitingStatesSql)),
        allBinds);
    if (!q)
        return q.error();
    QList<ClaimRow> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ClaimRow c;
        c.aftersaleId = r.value(0).toString();
        c.shopId = r.value(1).toString();
        c.shopOrderId = r.value(2).toString();
        c.skuOrderId = r.value(3).toString();
        c.productId = r.value(4).toString();
        c.productName = r.value(5).toString();
        c.aftersaleType = r.value(6).toInt();
        c.aftersaleStatus = r.value(7).toInt();
        c.updateTime = r.value(8).toLongLong();
        c.finalTime = r.value(9).toLongLong();
        core::ClaimFacts &f = c.facts;
        f.reasonCode = r.value(10).toInt();
        f.applyTime = r.value(11).toLongLong();
        f.signForTime = r.value(12).toLongLong();
        f.statusDeadline = c.finalTime == 0 ? r.value(13).toLongLong() : 0;
        f.evidenceCount = r.value(14).toInt();
        f.claimedAmount = r.value(15).toLongLong();
        f.linePaidAmount = r.value(16).toLongLong();
        f.badItemText = r.value(17).toString();
        f.reasonText = r.value(18).toString();
        if (r.value(19).toBool()) {
            const bool allergy = rules.kindForReason(f.reasonCode) == core::ClaimKind::Allergy;
            f.productCovered = allergy ? r.value(21).toBool() : r.value(20).toBool();
        }
        f.categoryName = r.value(22).toString();
        f.riskFlagged = r.value(23).toBool();
        c.detailCached = r.value(24).toBool();
        c.pendingDecisions = r.value(25).toInt();
        if (const QString buyer = buyerOf.value(c.aftersaleId); !buyer.isEmpty()) {
            const QList<qint64> &times = applyByBuyer[buyer];
            const auto lo = std::lower_bound(times.begin(), times.end(), f.applyTime - kBuyerWindowS + 1);
            const auto hi = std::upper_bound(times.begin(), times.end(), f.applyTime);
            f.buyerClaims90d = int(hi - lo);
        }
        // Earlier claims on the same line that succeeded (status 12, refunded), and other claims on it still open.
        for (const auto &s : bySku.value(c.skuOrderId)) {
            if (s.id == c.aftersaleId)
                continue;
            if (s.apply < f.applyTime && s.status == 12)
                ++f.priorSuccessfulClaimsOnSku;
            else if (s.open && c.finalTime == 0) // "open" is now: it says nothing about a closed claim's past
                ++f.otherOpenClaimsOnSku;
        }
        out << c;
    }
    return out;
}

} // namespace anxin::store

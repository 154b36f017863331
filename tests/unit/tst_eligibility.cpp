#include "core/deadlines.h"
#include "core/eligibility.h"
#include "testmain.h"

#include <QTest>

using namespace anxin::core;

namespace {
constexpr qint64 kSign = 1'763'000'000;
constexpr qint64 kDay = 86400;

ClaimFacts freshClaim(qint64 afterSigning)
{
    ClaimFacts f;
    f.reasonCode = 26;
    f.signForTime = kSign;
    f.applyTime = kSign + afterSigning;
    f.evidenceCount = 2;
    f.claimedAmount = 36800;
    f.linePaidAmount = 36800;
    f.productCovered = true;
    return f;
}

ClaimFacts allergyClaim(qint64 afterSigning)
{
    ClaimFacts f = freshClaim(afterSigning);
    f.reasonCode = 34;
    f.claimedAmount = 149000;
    f.linePaidAmount = 149000;
    return f;
}

bool hasFinding(const Eligibility &e, Finding::Code c)
{
    for (const Finding &f : e.findings)
        if (f.code == c)
            return true;
    return false;
}
} // namespace

class TestEligibility : public QObject
{
    Q_OBJECT
private slots:
    void builtinRules_loadFromResources()
    {
        const GuaranteeRules &r = GuaranteeRules::builtin();
        QCOMPARE(r.fresh.claimWindowS, 86400);
        QCOMPARE(r.allergy.claimWindowS, 60 * 86400);
        QCOMPARE(r.kindForReason(26), ClaimKind::Fresh);
        QCOMPARE(r.kindForReason(19), ClaimKind::Fresh);
        QCOMPARE(r.kindForReason(34), ClaimKind::Allergy);
        QCOMPARE(r.kindForReason(7), ClaimKind::None);
        QCOMPARE(r.fresh.productFlag, QStringLiteral("damaged_order_return"));
        QCOMPARE(r.allergy.productFlag, QStringLiteral("support_allergy_returnV2"));
    }
    void rulesFromJson_missingField_namesIt()
    {
        auto r = GuaranteeRules::fromJson(
            "{\"version\":1,\"kinds\":{\"fresh\":{\"product_flag\":\"x\",\"reason_codes\":[1]}}}");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("kinds.fresh.claim_window_s")),
                 qPrintable(r.error().message));
        QVERIFY(!GuaranteeRules::fromJson("not json").ok());
        QVERIFY(!GuaranteeRules::fromJson("{\"version\":-1}").ok());
    }
    void fresh_exactly24h_eligible()
    {
        const auto e = evaluateClaim(freshClaim(kDay), GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::Eligible);
        QCOMPARE(e.inWindow, std::optional<bool>(true));
        QCOMPARE(e.claimedAfterSigningS, std::optional<qint64>(kDay));
    }
    void fresh_24hPlus1s_notEligible()
    {
        const auto e = evaluateClaim(freshClaim(kDay + 1), GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::NotEligible);
        QCOMPARE(e.inWindow, std::optional<bool>(false));
        QVERIFY(hasFinding(e, Finding::Code::LateClaim));
        QVERIFY(e.reasons().join(QLatin1Char(';')).contains(QStringLiteral("past the")));
    }
    void fresh_durianSeedCase_4hAfterSigning_fullRefund()
    {
        const auto e = evaluateClaim(freshClaim(4 * 3600), GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::Eligible);
        QCOMPARE(e.suggestedRefund, 36800);
        QVERIFY(e.reasons().isEmpty());
        QCOMPARE(describeFinding(e.findings.at(1), e.kind),
                 QStringLiteral("claimed 4 h after signing, 20 h inside the 24 h window"));
    }
    void allergy_day60_eligible_day60Plus1s_not()
    {
        QCOMPARE(evaluateClaim(allergyClaim(60 * kDay), GuaranteeRules::builtin()).verdict, Verdict::Eligible);
        QCOMPARE(evaluateClaim(allergyClaim(60 * kDay + 1), GuaranteeRules::builtin()).verdict, Verdict::NotEligible);
    }
    void allergy_seedCase_29Days_fullRefund_noProportion()
    {
        ClaimFacts f = allergyClaim(29 * kDay);
        f.badItemText = QStringLiteral("用了2/3瓶"); // a ratio in allergy text is not a refund share
        const auto e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::Eligible);
        QCOMPARE(e.suggestedRefund, 149000);
        QVERIFY(!e.share);
        QCOMPARE(e.respondBy, f.applyTime + GuaranteeRules::builtin().allergy.responseWindowS);
    }
    void noSignForTime_needsReview()
    {
        ClaimFacts f = freshClaim(3600);
        f.signForTime = 0;
        const auto e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::NeedsReview);
        QVERIFY(!e.claimedAfterSigningS);
        QVERIFY(!e.inWindow);
    }
    void noEvidence_needsReview()
    {
        ClaimFacts f = freshClaim(3600);
        f.evidenceCount = 0;
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).verdict, Verdict::NeedsReview);
    }
    void uncoveredProduct_spoilageReason_notEligible_evenWithoutSignForOrEvidence()
    {
        ClaimFacts f = freshClaim(3600);
        f.productCovered = false;
        f.signForTime = 0;
        f.evidenceCount = 0;
        const auto e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::NotEligible);
        QVERIFY(hasFinding(e, Finding::Code::NotCovered));
    }
    void lateClaim_withoutEvidence_stillNotEligible()
    {
        ClaimFacts f = freshClaim(kDay + 1);
        f.evidenceCount = 0;
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).verdict, Verdict::NotEligible);
    }
    void coverageUnknown_needsReview()
    {
        ClaimFacts f = freshClaim(3600);
        f.productCovered.reset();
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).verdict, Verdict::NeedsReview);
    }
    void proportional_twoTenthsOfOddAmounts_roundHalfUp()
    {
        ClaimFacts f = freshClaim(3600);
        f.badItemText = QStringLiteral("坏果 2/10");
        f.linePaidAmount = 3333; // 2/10 = 666.6 → 667
        f.claimedAmount = 3333;
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).suggestedRefund, 667);
        f.linePaidAmount = 3335; // 667.0
        f.claimedAmount = 3335;
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).suggestedRefund, 667);
        f.linePaidAmount = 3332; // 666.4 → 666
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).suggestedRefund, 666);
        f.linePaidAmount = 1; // 0.2 → 0
        f.claimedAmount = 1;
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).suggestedRefund, 0);
    }
    void proportional_cappedByClaim()
    {
        ClaimFacts f = freshClaim(3600);
        f.badItemText = QStringLiteral("坏了 5/10");
        f.linePaidAmount = 10000;
        f.claimedAmount = 3000; // share would be 5000, buyer asked less
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).suggestedRefund, 3000);
    }
    void claimAboveLinePaid_cappedAndNeedsReview()
    {
        ClaimFacts f = freshClaim(3600);
        f.claimedAmount = 36801; // one fen above the line: approving would pay it all
        f.linePaidAmount = 36800;
        const auto e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.suggestedRefund, 36800);
        QVERIFY(hasFinding(e, Finding::Code::AmountOverPaid));
        QCOMPARE(e.verdict, Verdict::NeedsReview);
        QVERIFY(e.reasons().contains(QStringLiteral("claimed ¥368.01 is more than the ¥368.00 paid for the line")));
        f.claimedAmount = 36800; // exactly the line: fine
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).verdict, Verdict::Eligible);
        f.linePaidAmount = 0; // line paid unknown: the claim stands as it is
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).verdict, Verdict::Eligible);
    }
    void secondClaimOnALine_refundedOrOpen_needsReview()
    {
        ClaimFacts f = freshClaim(3600);
        f.priorSuccessfulClaimsOnSku = 1;
        auto e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::NeedsReview);
        QVERIFY(hasFinding(e, Finding::Code::PriorClaimOnSku));
        f.priorSuccessfulClaimsOnSku = 0;
        f.otherOpenClaimsOnSku = 1;
        e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::NeedsReview);
        QVERIFY(hasFinding(e, Finding::Code::OpenClaimOnSku));
        QVERIFY(e.reasons().contains(QStringLiteral("another claim on this item is still open")));
        f.otherOpenClaimsOnSku = 0;
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).verdict, Verdict::Eligible);
    }
    void riskSignals_areWarnings()
    {
        ClaimFacts f = freshClaim(3600);
        f.riskFlagged = true;
        f.buyerClaims90d = 5;
        const auto e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::Eligible);
        QVERIFY(hasFinding(e, Finding::Code::RiskFlagged));
        QVERIFY(hasFinding(e, Finding::Code::FrequentClaimer));
        QCOMPARE(e.reasons().size(), 2);
    }
    void respondBy_prefersPlatformDeadline()
    {
        ClaimFacts f = freshClaim(3600);
        f.statusDeadline = f.applyTime + 7200;
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).respondBy, f.applyTime + 7200);
        f.statusDeadline = 0;
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).respondBy, f.applyTime + 86400);
    }
    void fresh_20hAfterSigning_marginSentence()
    {
        const auto e = evaluateClaim(freshClaim(20 * 3600), GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::Eligible);
        QCOMPARE(describeFinding(e.findings.at(1), e.kind),
                 QStringLiteral("claimed 20 h after signing, 4 h inside the 24 h window"));
    }
    void fresh_exactly24h_zeroMarginStillInside()
    {
        const auto e = evaluateClaim(freshClaim(kDay), GuaranteeRules::builtin());
        QVERIFY(hasFinding(e, Finding::Code::InWindow));
        QVERIFY(!hasFinding(e, Finding::Code::LateClaim));
        QVERIFY(e.reasons().isEmpty());
    }
    void fresh_24hPlus1s_reasonSaysOneSecondLate()
    {
        const auto e = evaluateClaim(freshClaim(kDay + 1), GuaranteeRules::builtin());
        QCOMPARE(e.reasons(), QStringList{QStringLiteral("claimed 24 h after signing, 1 s past the 24 h window")});
    }
    void allergy_day60_inWindow_day60Plus1s_late()
    {
        const auto in = evaluateClaim(allergyClaim(60 * kDay), GuaranteeRules::builtin());
        QCOMPARE(in.inWindow, std::optional<bool>(true));
        QCOMPARE(in.claimedAfterSigningS, std::optional<qint64>(60 * kDay));
        QCOMPARE(in.windowS, 60 * kDay);
        const auto late = evaluateClaim(allergyClaim(60 * kDay + 1), GuaranteeRules::builtin());
        QCOMPARE(late.inWindow, std::optional<bool>(false));
        QVERIFY(hasFinding(late, Finding::Code::LateClaim));
        QCOMPARE(late.reasons(), QStringList{QStringLiteral("claimed 60 d after signing, 1 s past the 60 d window")});
    }
    void allergy_noSignForTime_needsReview_reasonSaysSo()
    {
        ClaimFacts f = allergyClaim(10 * kDay);
        f.signForTime = 0;
        const auto e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::NeedsReview);
        QVERIFY(!e.inWindow);
        QCOMPARE(e.reasons(), QStringList{QStringLiteral("sign-for time unknown")});
    }
    void allergy_noEvidence_needsReview()
    {
        ClaimFacts f = allergyClaim(10 * kDay);
        f.evidenceCount = 0;
        const auto e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::NeedsReview);
        QCOMPARE(e.reasons(), QStringList{QStringLiteral("no evidence images (at least 1 needed)")});
    }
    void noSignForAndNoEvidence_needsReview_bothReasons()
    {
        ClaimFacts f = freshClaim(3600);
        f.signForTime = 0;
        f.evidenceCount = 0;
        const auto e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.verdict, Verdict::NeedsReview);
        QCOMPARE(e.reasons().size(), 2);
    }
    void uncoveredProduct_eachSpoilageReason_notEligible()
    {
        for (int code : {19, 21, 26, 27}) {
            ClaimFacts f = freshClaim(3600);
            f.reasonCode = code;
            f.productCovered = false;
            const auto e = evaluateClaim(f, GuaranteeRules::builtin());
            QCOMPARE(e.kind, ClaimKind::Fresh);
            QCOMPARE(e.verdict, Verdict::NotEligible);
            QCOMPARE(e.reasons(), QStringList{QStringLiteral("product does not carry the fresh-damage guarantee")});
        }
    }
    void notEligible_beatsNeedsReview_lateAndCoverageUnknown()
    {
        ClaimFacts f = freshClaim(kDay + 1);
        f.productCovered.reset();
        f.evidenceCount = 0;
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).verdict, Verdict::NotEligible);
        ClaimFacts g = allergyClaim(3600);
        g.productCovered = false;
        g.signForTime = 0;
        QCOMPARE(evaluateClaim(g, GuaranteeRules::builtin()).verdict, Verdict::NotEligible);
    }
    void proportional_twoTenthsOfOddAmounts_data()
    {
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<qint64>("claimed");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("999 -> 199.8") << qint64(999) << qint64(999) << qint64(200);
        QTest::newRow("1 -> 0.2") << qint64(1) << qint64(1) << qint64(0);
        QTest::newRow("3 -> 0.6") << qint64(3) << qint64(3) << qint64(1);
        QTest::newRow("12345 -> 2469") << qint64(12345) << qint64(12345) << qint64(2469);
        QTest::newRow("4999 -> 999.8") << qint64(4999) << qint64(4999) << qint64(1000);
        QTest::newRow("claim below share") << qint64(9999) << qint64(1500) << qint64(1500);
        QTest::newRow("claim above paid") << qint64(7777) << qint64(9000) << qint64(1555);
    }
    void proportional_twoTenthsOfOddAmounts()
    {
        QFETCH(qint64, paid);
        QFETCH(qint64, claimed);
        QFETCH(qint64, expected);
        ClaimFacts f = freshClaim(3600);
        f.badItemText = QStringLiteral("坏果 2/10");
        f.linePaidAmount = paid;
        f.claimedAmount = claimed;
        const auto e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.suggestedRefund, expected);
        QVERIFY(e.suggestedRefund <= paid);
    }
    void proportional_shareInBuyerWordsWhenNoBadItemText()
    {
        ClaimFacts f = freshClaim(3600);
        f.reasonText = QStringLiteral("一共10个，坏了3个");
        f.linePaidAmount = 10001;
        f.claimedAmount = 10001;
        QCOMPARE(evaluateClaim(f, GuaranteeRules::builtin()).suggestedRefund, 3000);
    }
    void notAClaimReason_notEligibleNoKind()
    {
        ClaimFacts f = freshClaim(3600);
        f.reasonCode = 7;
        const auto e = evaluateClaim(f, GuaranteeRules::builtin());
        QCOMPARE(e.kind, ClaimKind::None);
        QCOMPARE(e.verdict, Verdict::NotEligible);
    }
    void spanText_forms()
    {
        QCOMPARE(spanText(86400), QByteArray("24 h"));
        QCOMPARE(spanText(20 * 3600 + 30 * 60), QByteArray("20 h 30 m"));
        QCOMPARE(spanText(45 * 60), QByteArray("45 m"));
        QCOMPARE(spanText(1), QByteArray("1 s"));
        QCOMPARE(spanText(60 * 86400), QByteArray("60 d"));
        QCOMPARE(spanText(29 * 86400 + 3 * 3600), QByteArray("29 d 3 h"));
    }
    void parseBadShare_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("bad");
        QTest::addColumn<int>("total");
        QTest::newRow("slash") << QStringLiteral("坏果 2/10") << 2 << 10;
        QTest::newRow("fullwidth") << QStringLiteral("坏了3／12个") << 3 << 12;
        QTest::newRow("total-first") << QStringLiteral("一共10个，坏了4个") << 4 << 10;
        QTest::newRow("bad-first") << QStringLiteral("坏3个，共12个") << 3 << 12;
        QTest::newRow("none") << QStringLiteral("全部烂了") << 0 << 0;
        QTest::newRow("zero-total") << QStringLiteral("2/0") << 0 << 0;
        QTest::newRow("more-bad-than-total") << QStringLiteral("12/10") << 0 << 0;
        // The forms buyers write (issue #28), each with its neighbours that must not match.
        QTest::newRow("2/10") << QStringLiteral("2/10") << 2 << 10;
        QTest::newRow("10个坏了2个") << QStringLiteral("10个坏了2个") << 2 << 10;
        QTest::newRow("坏了2个共10个") << QStringLiteral("坏了2个共10个") << 2 << 10;
        QTest::newRow("坏果2颗/共10颗") << QStringLiteral("坏果2颗/共10颗") << 2 << 10;
        QTest::newRow("收到12个，坏了5个") << QStringLiteral("收到12个，坏了5个") << 5 << 12;
        QTest::newRow("10颗里面坏了3颗") << QStringLiteral("10颗里面坏了3颗") << 3 << 10;
        QTest::newRow("共8只坏掉2只") << QStringLiteral("共8只坏掉2只") << 2 << 8;
        QTest::newRow("order number") << QStringLiteral("订单12345/67890") << 0 << 0;
        QTest::newRow("a date") << QStringLiteral("2026/12/05 到货全坏") << 0 << 0;
        QTest::newRow("bought, none bad said") << QStringLiteral("买了10个") << 0 << 0;
        QTest::newRow("zero bad") << QStringLiteral("10个坏了0个") << 0 << 0;
        QTest::newRow("more bad than bought") << QStringLiteral("10个坏了12个") << 0 << 0;
        QTest::newRow("weight, not a count") << QStringLiteral("5斤") << 0 << 0;
    }
    void parseBadShare()
    {
        QFETCH(QString, text);
        QFETCH(int, bad);
        QFETCH(int, total);
        const auto s = anxin::core::parseBadShare(text);
        if (bad == 0) {
            QVERIFY(!s);
        } else {
            QVERIFY(s);
            QCOMPARE(s->bad, bad);
            QCOMPARE(s->total, total);
        }
    }
    void deadlineBands_edges()
    {
        const qint64 now = 1000000;
        QCOMPARE(deadlineBand(0, now), DeadlineBand::None);
        QCOMPARE(deadlineBand(now - 1, now), DeadlineBand::Overdue);
        QCOMPARE(deadlineBand(now, now), DeadlineBand::Under1h);
        QCOMPARE(deadlineBand(now + 3599, now), DeadlineBand::Under1h);
        QCOMPARE(deadlineBand(now + 3600, now), DeadlineBand::Under4h);
        QCOMPARE(deadlineBand(now + 4 * 3600 - 1, now), DeadlineBand::Under4h);
        QCOMPARE(deadlineBand(now + 4 * 3600, now), DeadlineBand::Under24h);
        QCOMPARE(deadlineBand(now + 86399, now), DeadlineBand::Under24h);
        QCOMPARE(deadlineBand(now + 86400, now), DeadlineBand::Later);
    }
    void shipBands_edges()
    {
        QCOMPARE(shipBand(-1), ShipBand::Overdue);
        QCOMPARE(shipBand(0), ShipBand::Under4h);
        QCOMPARE(shipBand(4 * 3600 - 1), ShipBand::Under4h);
        QCOMPARE(shipBand(4 * 3600), ShipBand::Under12h);
        QCOMPARE(shipBand(12 * 3600 - 1), ShipBand::Under12h);
        QCOMPARE(shipBand(12 * 3600), ShipBand::Under24h);
        QCOMPARE(shipBand(24 * 3600 - 1), ShipBand::Under24h);
        QCOMPARE(shipBand(24 * 3600), ShipBand::Later);
        QCOMPARE(QByteArray(shipBandKey(ShipBand::Under12h)), QByteArray("12h"));
    }
    void compactDuration_forms()
    {
        QCOMPARE(compactDuration(3 * 3600 + 12 * 60), QByteArray("3 h 12 m"));
        QCOMPARE(compactDuration(45 * 60), QByteArray("45 m"));
        QCOMPARE(compactDuration(2 * 86400 + 4 * 3600), QByteArray("2 d 4 h"));
        QCOMPARE(compactDuration(-(3600 + 5 * 60)), QByteArray("overdue 1 h 5 m"));
    }
};

ANXIN_TEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"

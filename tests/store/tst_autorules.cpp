// Auto-approve rules: the hard limits in the core, owner-only editing, live and shadow runs over a real cache,
// and dry-runs over closed claims.
#include "core/autorule.h"
#include "store/auditrepository.h"
#include "store/autorulerepository.h"
#include "store/claimrepository.h"
#include "store/cursorrepository.h"
#include "store/orderrepository.h"
#include "store/outboxrepository.h"
#include "store/productrepository.h"
#include "store/ticketdetailrepository.h"
#include "store/ticketrepository.h"
#include "store/writetransaction.h"
#include "sync/autorules.h"
#include "sync/shopsyncer.h"
#include "tempdb.h"
#include "testmain.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace anxin;
using namespace anxin::store;
using core::AutoRule;
using core::RuleSkip;

namespace {
constexpr qint64 kNow = 1'790'000'000;
constexpr qint64 kDay = 86400;
const sync::Actor kOwner{QStringLiteral("boss"), sync::Role::Owner, 0};
const sync::Actor kAgent{QStringLiteral("amy"), sync::Role::Agent, 1'000'000};

core::ClaimFacts goodFresh()
{
    core::ClaimFacts f;
    f.reasonCode = 26;
    f.signForTime = kNow - 5 * 3600;
    f.applyTime = kNow;
    f.evidenceCount = 2;
    f.claimedAmount = 3000;
    f.linePaidAmount = 3000;
    f.productCovered = true;
    f.buyerClaims90d = 1;
    return f;
}

AutoRule cheapFresh(core::RuleMode mode = core::RuleMode::Live)
{
    AutoRule r;
    r.name = QStringLiteral("cheap-fresh");
    r.kind = core::ClaimKind::Fresh;
    r.maxAmountFen = 5000;
    r.minPhotos = 1;
    r.maxBuyerClaims90d = 2;
    r.mode = mode;
    return r;
}

core::RuleJudgement judge(const AutoRule &r, const core::ClaimFacts &f, bool evidenceKnown = true)
{
    return core::judgeClaim(r, f, core::evaluateClaim(f, core::GuaranteeRules::builtin()), evidenceKnown);
}

TicketRecord claim(const QString &id, qint64 amount, int status, qint64 final, qint64 apply)
{
    TicketRecord t = test::makeTicket(id, apply + 10);
    t.reasonCode = QStringLiteral("26");
    t.aftersaleType = 1;
    t.aftersaleStatus = status;
    t.finalTime = final;
    t.applyTime = apply;
    t.signForTime = apply - 3 * 3600;
    t.statusDeadline = final ? 0 : apply + kDay;
    t.refundAmount = amount;
    t.payAmount = amount;
    t.productId = QStringLiteral("p1");
    t.productName = QStringLiteral("荔枝 ") + id;
    return t;
}
} // namespace

class TestAutoRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void judge_goodClaim_approves();
    void judge_hardLimits_holdWhateverTheRule_data();
    void judge_hardLimits_holdWhateverTheRule();
    void judge_ruleConditions();
    void judge_neverPaysBeyondTheLineOrTwice();
    void ruleJson_cannotSwitchOffHardLimits();
    void migration_refusesRuleWithoutHardLimits();
    void save_agentRefused_ownerAudited();
    void shadow_labelsOnly_noDecisions();
    void live_queuesOnlyWithinHardLimits_auditedAsRule();
    void dryRun_countsTotalsDisagreementsAndUnknownEvidence();
    void cli_dryRun_ruleFileAndStoredRule();

private:
    test::TempDb m_tmp;
    Database m_db;
};

void TestAutoRules::initTestCase()
{
    ANXIN_VERIFY_OK(m_tmp.open(m_db));
    ProductRecord p;
    p.productId = QStringLiteral("p1");
    p.damagedOrderReturn = true;
    p.fetchedAt = 1;
    ANXIN_VERIFY_OK(ProductRepository(m_db).upsertBatch({p}));
    // Open claims: one a rule may approve, and one for each hard limit.
    TicketRecord ok = claim(QStringLiteral("ok"), 3000, 6, 0, kNow - 600);
    TicketRecord risky = claim(QStringLiteral("risky"), 3000, 6, 0, kNow - 600);
    risky.riskFlag = true;
    TicketRecord big = claim(QStringLiteral("big"), 9000, 6, 0, kNow - 600);
    TicketRecord late = claim(QStringLiteral("late"), 3000, 6, 0, kNow - 600);
    late.signForTime = late.applyTime - kDay - 1;
    TicketRecord nosign = claim(QStringLiteral("nosign"), 3000, 6, 0, kNow - 600);
    nosign.signForTime = 0;
    // Money the merchant could pay beyond the line or twice: a claim above what the line paid, and a second claim
    // on a line already refunded (h1, below).
    TicketRecord overpaid = claim(QStringLiteral("overpaid"), 3000, 6, 0, kNow - 600);
    overpaid.payAmount = 2500;
    TicketRecord twice = claim(QStringLiteral("twice"), 2000, 6, 0, kNow - 600);
    twice.skuOrderId = QStringLiteral("sku-h1");
    // Closed claims of the last 90 days: approved, rejected (eligible and cheap: the rule disagrees), approved but
    // above the cap (the rule leaves it: a missed approval), and one whose detail was never synced.
    TicketRecord h1 = claim(QStringLiteral("h1"), 2000, 12, kNow - 5 * kDay, kNow - 6 * kDay);
    h1.skuOrderId = QStringLiteral("sku-h1");
    TicketRecord h2 = claim(QStringLiteral("h2"), 1500, 27, kNow - 4 * kDay, kNow - 5 * kDay);
    TicketRecord h3 = claim(QStringLiteral("h3"), 8000, 12, kNow - 3 * kDay, kNow - 4 * kDay);
    TicketRecord h4 = claim(QStringLiteral("h4"), 1000, 12, kNow - 2 * kDay, kNow - 3 * kDay);
    TicketRecord old = claim(QStringLiteral("old"), 1000, 12, kNow - 99 * kDay, kNow - 100 * kDay);
    ANXIN_VERIFY_OK(
        TicketRepository(m_db).upsertBatch({ok, risky, big, late, nosign, overpaid, twice, h1, h2, h3, h4, old}));
    for (const QString &id :
         {QStringLiteral("ok"), QStringLiteral("risky"), QStringLiteral("big"), QStringLiteral("overpaid"),
          QStringLiteral("twice"), QStringLiteral("late"), QStringLiteral("nosign"), QStringLiteral("h1"),
          QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("old")}) {
        TicketDetailRecord d;
        d.aftersaleId = id;
        d.fetchedAt = kNow;
        ANXIN_VERIFY_OK(
            TicketDetailRepository(m_db).replace(d, {{id, 0, QStringLiteral("http://x/") + id, {}, 0}}, {}, {}));
    }
}

void TestAutoRules::judge_goodClaim_approves()
{
    const auto j = judge(cheapFresh(), goodFresh());
    QVERIFY(j.approve);
    QCOMPARE(j.amountFen, 3000);
    QVERIFY(j.skips.isEmpty());
}

void TestAutoRules::judge_hardLimits_holdWhateverTheRule_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("risky") << 0;
    QTest::newRow("above cap") << 1;
    QTest::newRow("one second late") << 2;
    QTest::newRow("sign-for unknown") << 3;
    QTest::newRow("no cap") << 4;
}

void TestAutoRules::judge_hardLimits_holdWhateverTheRule()
{
    QFETCH(int, which);
    // The most permissive rule there is: any photos, any buyer, a huge cap.
    AutoRule r = cheapFresh();
    r.minPhotos = 0;
    r.maxBuyerClaims90d = -1;
    r.maxAmountFen = 1'000'000'000;
    core::ClaimFacts f = goodFresh();
    RuleSkip expected = RuleSkip::Risky;
    switch (which) {
    case 0:
        f.riskFlagged = true;
        break;
    case 1:
        r.maxAmountFen = 2999;
        expected = RuleSkip::AboveCap;
        break;
    case 2:
        f.signForTime = f.applyTime - kDay - 1;
        expected = RuleSkip::OutsideWindow;
        break;
    case 3:
        f.signForTime = 0;
        expected = RuleSkip::OutsideWindow;
        break;
    case 4:
        r.maxAmountFen = 0;
        expected = RuleSkip::AboveCap;
        break;
    }
    const auto j = judge(r, f);
    QVERIFY(!j.approve);
    QVERIFY(j.skips.contains(expected));
}

void TestAutoRules::judge_ruleConditions()
{
    core::ClaimFacts f = goodFresh();
    f.evidenceCount = 0;
    QVERIFY(judge(cheapFresh(), f).skips.contains(RuleSkip::TooFewPhotos));
    QVERIFY(judge(cheapFresh(), goodFresh(), false).skips.contains(RuleSkip::TooFewPhotos)); // never synced
    f = goodFresh();
    f.buyerClaims90d = 3;
    QVERIFY(judge(cheapFresh(), f).skips.contains(RuleSkip::FrequentClaimer));
    f = goodFresh();
    f.badItemText = QStringLiteral("坏果 2/10"); // suggests 20 %: a person agrees the amount
    QVERIFY(judge(cheapFresh(), f).skips.contains(RuleSkip::PartialRefund));
    f = goodFresh();
    f.reasonCode = 34;
    QVERIFY(judge(cheapFresh(), f).skips.contains(RuleSkip::WrongKind));
    f = goodFresh();
    f.productCovered = false;
    QVERIFY(judge(cheapFresh(), f).skips.contains(RuleSkip::NotEligible));
}

// A rule never approves a claim above the line's paid amount, nor a second claim on a line already refunded or
// still claimed; the dry run names why.
void TestAutoRules::judge_neverPaysBeyondTheLineOrTwice()
{
    core::ClaimFacts f = goodFresh();
    f.claimedAmount = f.linePaidAmount + 1;
    auto j = judge(cheapFresh(), f);
    QVERIFY(!j.approve);
    QVERIFY(j.skips.contains(RuleSkip::OverPaid));
    QCOMPARE(QLatin1String(core::ruleSkipKey(RuleSkip::OverPaid)), QLatin1String("over_paid"));
    f = goodFresh();
    f.priorSuccessfulClaimsOnSku = 1;
    j = judge(cheapFresh(), f);
    QVERIFY(!j.approve);
    QVERIFY(j.skips.contains(RuleSkip::ClaimedTwice));
    f = goodFresh();
    f.otherOpenClaimsOnSku = 1;
    QVERIFY(judge(cheapFresh(), f).skips.contains(RuleSkip::ClaimedTwice));

    // The same from the cache: the facts ClaimRepository builds for "overpaid" and "twice".
    const auto rows = ClaimRepository(m_db).openClaims(core::GuaranteeRules::builtin());
    ANXIN_VERIFY_OK(rows);
    int seen = 0;
    for (const ClaimRow &r : rows.value()) {
        const auto e = core::evaluateClaim(r.facts, core::GuaranteeRules::builtin());
        if (r.aftersaleId == QLatin1String("overpaid")) {
            ++seen;
            QCOMPARE(e.verdict, core::Verdict::NeedsReview);
            QVERIFY(judge(cheapFresh(), r.facts).skips.contains(RuleSkip::OverPaid));
        } else if (r.aftersaleId == QLatin1String("twice")) {
            ++seen;
            QCOMPARE(r.facts.priorSuccessfulClaimsOnSku, 1);
            QCOMPARE(e.verdict, core::Verdict::NeedsReview);
            QVERIFY(judge(cheapFresh(), r.facts).skips.contains(RuleSkip::ClaimedTwice));
        }
    }
    QCOMPARE(seen, 2);
}

void TestAutoRules::ruleJson_cannotSwitchOffHardLimits()
{
    QJsonObject o = cheapFresh().toJson();
    auto back = AutoRule::fromJson(o);
    ANXIN_VERIFY_OK(back);
    QCOMPARE(back.value().maxAmountFen, 5000);
    QCOMPARE(back.value().mode, core::RuleMode::Live);
    o.insert(QStringLiteral("inside_window"), false);
    QVERIFY(!AutoRule::fromJson(o).ok());
    o = cheapFresh().toJson();
    o.insert(QStringLiteral("not_risky"), false);
    QVERIFY(!AutoRule::fromJson(o).ok());
    o = cheapFresh().toJson();
    o.insert(QStringLiteral("max_amount_fen"), 0);
    QVERIFY(!AutoRule::fromJson(o).ok());
}

void TestAutoRules::migration_refusesRuleWithoutHardLimits()
{
    QVERIFY(m_db.schemaVersion() >= 4);
    QSqlQuery q(m_db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO auto_rules (name, kind, max_amount_fen, inside_window) "
                                   "VALUES ('x', 'fresh', 100, 0)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO auto_rules (name, kind, max_amount_fen, not_risky) "
                                   "VALUES ('y', 'fresh', 100, 0)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO auto_rules (name, kind, max_amount_fen) VALUES ('z', 'fresh', 0)")));
}

void TestAutoRules::save_agentRefused_ownerAudited()
{
    sync::AutoRuleService service(m_db);
    auto refused = service.save(cheapFresh(core::RuleMode::Shadow), kAgent, kNow);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, core::Error::Kind::Forbidden);
    QCOMPARE(service.rules().value().size(), 0);
    auto id = service.save(cheapFresh(core::RuleMode::Shadow), kOwner, kNow);
    ANXIN_VERIFY_OK(id);
    const auto head = AuditRepository(m_db).head().value();
    QVERIFY(head);
    QCOMPARE(head->action, QStringLiteral("rule.save"));
    QCOMPARE(head->actor, QStringLiteral("boss"));
    QCOMPARE(head->subject, QStringLiteral("cheap-fresh"));
    QCOMPARE(service.remove(id.value(), kAgent, kNow).error().kind, core::Error::Kind::Forbidden);
    AutoRule dup = cheapFresh();
    QCOMPARE(service.save(dup, kOwner, kNow).error().kind, core::Error::Kind::Conflict); // same name, new rule
}

void TestAutoRules::shadow_labelsOnly_noDecisions()
{
    sync::AutoRuleService service(m_db);
    auto labels = service.shadowLabels();
    ANXIN_VERIFY_OK(labels);
    QCOMPARE(labels.value().keys(), QList<QString>{QStringLiteral("ok")});
    QCOMPARE(labels.value().value(QStringLiteral("ok")), QStringLiteral("cheap-fresh"));
    QCOMPARE(service.runLive(kNow, QStringLiteral("1")).queued, 0); // shadow never acts
    QCOMPARE(OutboxRepository(m_db).list().value().size(), 0);
}

void TestAutoRules::live_queuesOnlyWithinHardLimits_auditedAsRule()
{
    sync::AutoRuleService service(m_db);
    AutoRule r = service.rules().value().first();
    r.mode = core::RuleMode::Live;
    ANXIN_VERIFY_OK(service.save(r, kOwner, kNow));
    // While the shop's history is still loading (an open-work-first sync, issue #36) a buyer's earlier claim on the
    // same line may not be cached yet ("twice" is refused only because h1 is): no live rule acts on its claims.
    const QString shop = test::makeTicket(QStringLiteral("x"), 1).shopId;
    CursorRepository cursors(m_db);
    ANXIN_VERIFY_OK(cursors.set(SyncCursor{shop, sync::kHistoryBackfillStream, kNow - 60, 0, kNow - 60}));
    const auto waiting = service.runLive(kNow, QStringLiteral("1"));
    QCOMPARE(waiting.queued, 0);
    QCOMPARE(waiting.waiting, 7); // every open claim
    QCOMPARE(OutboxRepository(m_db).list().value().size(), 0);
    ANXIN_VERIFY_OK(cursors.remove(shop, sync::kHistoryBackfillStream));
    // Another shop's history loading does not hold this one back.
    ANXIN_VERIFY_OK(cursors.set(SyncCursor{QStringLiteral("another"), sync::kHistoryBackfillStream, 1, 0, 1}));

    const auto report = service.runLive(kNow, QStringLiteral("1"));
    QCOMPARE(report.queued, 1);
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    const auto entries = OutboxRepository(m_db).list().value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().aftersaleId, QStringLiteral("ok")); // not risky, big, late, nosign, overpaid, twice
    QCOMPARE(entries.first().createdBy, QStringLiteral("rule:cheap-fresh"));
    QCOMPARE(QJsonDocument::fromJson(entries.first().payloadJson.toUtf8()).object().value(QLatin1String("op")).toInt(),
             201);
    const auto head = AuditRepository(m_db).head().value();
    QCOMPARE(head->actor, QStringLiteral("rule:cheap-fresh"));
    // After the next sync nothing new: the approval is pending.
    QCOMPARE(service.runLive(kNow + 60, QStringLiteral("1")).queued, 0);
    QCOMPARE(AuditRepository(m_db).verify().value(), std::nullopt);
}

void TestAutoRules::dryRun_countsTotalsDisagreementsAndUnknownEvidence()
{
    sync::AutoRuleService service(m_db);
    auto s = service.dryRun(cheapFresh(core::RuleMode::DryRun), kNow);
    ANXIN_VERIFY_OK(s);
    const auto &d = s.value();
    QCOMPARE(d.replayed, 4);    // h1..h4; "old" is 100 days back
    QCOMPARE(d.wouldDecide, 2); // h1 (approved by a person too) and h2 (rejected by a person)
    QCOMPARE(d.totalFen, 3500);
    QCOMPARE(d.disagreements, 1);   // h2
    QCOMPARE(d.missedApprovals, 2); // h3 above the cap, h4 evidence never synced
    QCOMPARE(d.evidenceUnknown, 1);
    QCOMPARE(d.entries.size(), 4);
    QCOMPARE(d.entries.at(1).aftersaleId, QStringLiteral("h2"));
    QVERIFY(d.entries.at(1).disagrees());
}

void TestAutoRules::cli_dryRun_ruleFileAndStoredRule()
{
    const QString file = m_tmp.dir() + QStringLiteral("/rule.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(cheapFresh(core::RuleMode::DryRun).toJson()).toJson());
    f.close();
    for (const QString &ref : {file, QStringLiteral("cheap-fresh")}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANXIN_NOW"), QString::number(kNow));
        p.setProcessEnvironment(env);
        p.start(test::binaryPath(QStringLiteral("anxin-cli")),
                {QStringLiteral("--profile"), m_tmp.dir(), QStringLiteral("claims"), QStringLiteral("--dry-run"), ref,
                 QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QLatin1String("replayed")).toInt(), 4);
        QCOMPARE(o.value(QLatin1String("would_decide")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("total_fen")).toInteger(), 3500);
        QCOMPARE(o.value(QLatin1String("disagreements")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("entries")).toArray().size(), 4);
    }
    QProcess bad;
    bad.start(test::binaryPath(QStringLiteral("anxin-cli")),
              {QStringLiteral("--profile"), m_tmp.dir(), QStringLiteral("claims"), QStringLiteral("--dry-run"),
               QStringLiteral("no-such-rule")});
    QVERIFY(bad.waitForFinished(30000));
    QVERIFY(bad.exitCode() != 0);
}

ANXIN_TEST_GUILESS_MAIN(TestAutoRules)
#include "tst_autorules.moc"

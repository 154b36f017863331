// Claims assembled from the cache (tickets, details, evidence, orders, products) and `anxin-cli claims --json`
// over the same file, with ANXIN_NOW fixed.
#include "core/eligibility.h"
#include "store/claimrepository.h"
#include "store/migrator.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/ticketdetailrepository.h"
#include "store/ticketrepository.h"
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

namespace {
constexpr qint64 kNow = 1'790'000'000;
constexpr qint64 kDay = 86400;

TicketRecord claimTicket(const QString &id, const QString &reason, const QString &product, const QString &order,
                         const QString &sku, qint64 apply)
{
    TicketRecord t = test::makeTicket(id, apply + 10);
    t.reasonCode = reason;
    t.productId = product;
    t.shopOrderId = order;
    t.skuOrderId = sku;
    t.applyTime = apply;
    t.aftersaleType = reason == QLatin1String("34") ? 0 : 1;
    return t;
}

OrderRecord order(const QString &id, const QString &buyer, const QString &sku, qint64 receipt, qint64 paid)
{
    OrderRecord o;
    o.orderId = id;
    o.shopId = QStringLiteral("s1");
    o.orderStatus = 5;
    o.updateTime = 100;
    o.buyerOpenId = buyer;
    OrderLineRecord l;
    l.orderId = id;
    l.skuOrderId = sku;
    l.payAmount = paid;
    l.logisticsReceiptTime = receipt;
    o.lines << l;
    return o;
}

ProductRecord product(const QString &id, bool fresh, bool allergy)
{
    ProductRecord p;
    p.productId = id;
    p.shopId = QStringLiteral("s1");
    p.firstCname = QStringLiteral("水果");
    p.damagedOrderReturn = fresh;
    p.supportAllergyReturn = allergy;
    p.fetchedAt = 1;
    return p;
}

const ClaimRow *find(const QList<ClaimRow> &rows, const QString &id)
{
    for (const ClaimRow &r : rows)
        if (r.aftersaleId == id)
            return &r;
    return nullptr;
}
} // namespace

class TestClaims : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openClaims_onlyGuaranteeReasons_byRespondBy();
    void openClaims_factsFromOrderLineProductAndEvidence();
    void openClaims_buyerCounts90d_andEarlierSuccessOnSameLine();
    void openClaims_unknownsStayUnknown();
    void closedClaims_inRangeOnly();
    void cli_claimsJson_matchesContract();
    void cli_claimsTable_showsVerdictAndReasons();
    void migration14_buyerFromStoredJson_jsonNotKept();

private:
    test::TempDb m_tmp;
    Database m_db;
};

void TestClaims::initTestCase()
{
    ANXIN_VERIFY_OK(m_tmp.open(m_db));
    ANXIN_VERIFY_OK(ProductRepository(m_db).upsertBatch(
        {product(QStringLiteral("p-fresh"), true, false), product(QStringLiteral("p-plain"), false, false)}));
    ANXIN_VERIFY_OK(OrderRepository(m_db).upsertBatch({
        order(QStringLiteral("o1"), QStringLiteral("buyerA"), QStringLiteral("sku1"), kNow - 20 * 3600, 3333),
        order(QStringLiteral("o2"), QStringLiteral("buyerA"), QStringLiteral("sku2"), kNow - 200 * kDay, 5000),
        order(QStringLiteral("o3"), QStringLiteral("buyerB"), QStringLiteral("sku3"), kNow - 3600, 9000),
    }));
    // c1: fresh, signed 20 h before it was claimed (from the order line), 2/10 bad, two photos.
    TicketRecord c1 = claimTicket(QStringLiteral("c1"), QStringLiteral("26"), QStringLiteral("p-fresh"),
                                  QStringLiteral("o1"), QStringLiteral("sku1"), kNow);
    c1.statusDeadline = kNow + 20 * 3600;
    c1.refundAmount = 3333;
    c1.badItemText = QStringLiteral("坏果 2/10");
    // c2: spoilage reason on a product without the flag; deadline sooner.
    TicketRecord c2 = claimTicket(QStringLiteral("c2"), QStringLiteral("19"), QStringLiteral("p-plain"),
                                  QStringLiteral("o3"), QStringLiteral("sku3"), kNow - 600);
    c2.statusDeadline = kNow + 3600;
    c2.signForTime = kNow - 3600;
    c2.payAmount = 9000;
    // c3: allergy, product and order not cached: sign-for time and coverage unknown; no deadline sent.
    TicketRecord c3 = claimTicket(QStringLiteral("c3"), QStringLiteral("34"), QStringLiteral("p-unknown"),
                                  QStringLiteral("o-missing"), QStringLiteral("sku9"), kNow - 100);
    // Earlier claims of buyer A: one refunded on the same line 10 days ago, one 100 days ago (outside 90 days).
    TicketRecord h1 = claimTicket(QStringLiteral("h1"), QStringLiteral("26"), QStringLiteral("p-fresh"),
                                  QStringLiteral("o1"), QStringLiteral("sku1"), kNow - 10 * kDay);
    h1.aftersaleStatus = 12;
    h1.finalTime = kNow - 9 * kDay;
    TicketRecord h2 = claimTicket(QStringLiteral("h2"), QStringLiteral("21"), QStringLiteral("p-fresh"),
                                  QStringLiteral("o2"), QStringLiteral("sku2"), kNow - 100 * kDay);
    h2.aftersaleStatus = 27;
    h2.finalTime = kNow - 99 * kDay;
    // Not a claim: an ordinary reason.
    TicketRecord n1 = claimTicket(QStringLiteral("n1"), QStringLiteral("7"), QStringLiteral("p-fresh"),
                                  QStringLiteral("o1"), QStringLiteral("sku1"), kNow - 50);
    ANXIN_VERIFY_OK(TicketRepository(m_db).upsertBatch({c1, c2, c3, h1, h2, n1}));
    TicketDetailRecord d;
    d.aftersaleId = QStringLiteral("c1");
    d.fetchedAt = kNow;
    ANXIN_VERIFY_OK(
        TicketDetailRepository(m_db).replace(d,
                                             {{QStringLiteral("c1"), 0, QStringLiteral("http://x/1.png"), {}, 0},
                                              {QStringLiteral("c1"), 1, QStringLiteral("http://x/2.png"), {}, 0}},
                                             {}, {}));
}

void TestClaims::openClaims_onlyGuaranteeReasons_byRespondBy()
{
    auto rows = ClaimRepository(m_db).openClaims(core::GuaranteeRules::builtin());
    ANXIN_VERIFY_OK(rows);
    QStringList ids;
    for (const auto &r : rows.value())
        ids << r.aftersaleId;
    // c3 has no deadline: ordered by its apply time, which is earlier than both deadlines.
    QCOMPARE(ids, (QStringList{QStringLiteral("c3"), QStringLiteral("c2"), QStringLiteral("c1")}));
}

void TestClaims::openClaims_factsFromOrderLineProductAndEvidence()
{
    auto rows = ClaimRepository(m_db).openClaims(core::GuaranteeRules::builtin());
    ANXIN_VERIFY_OK(rows);
    const ClaimRow *c1 = find(rows.value(), QStringLiteral("c1"));
    QVERIFY(c1);
    QCOMPARE(c1->facts.signForTime, kNow - 20 * 3600); // from the order line's logistics receipt time
    QCOMPARE(c1->facts.linePaidAmount, 3333);          // the ticket had none: the line's
    QCOMPARE(c1->facts.evidenceCount, 2);
    QVERIFY(c1->detailCached);
    QCOMPARE(c1->facts.productCovered, std::optional<bool>(true));
    QCOMPARE(c1->facts.categoryName, QStringLiteral("水果"));
    const auto e = core::evaluateClaim(c1->facts, core::GuaranteeRules::builtin());
    // In window, covered, with evidence, but the line was refunded once already (h1): a person decides.
    QCOMPARE(e.verdict, core::Verdict::NeedsReview);
    QCOMPARE(e.reasons(), QStringList{QStringLiteral("an earlier claim on this item succeeded")});
    QCOMPARE(e.suggestedRefund, 667);
    const ClaimRow *c2 = find(rows.value(), QStringLiteral("c2"));
    QVERIFY(c2);
    QCOMPARE(c2->facts.productCovered, std::optional<bool>(false));
    QCOMPARE(core::evaluateClaim(c2->facts, core::GuaranteeRules::builtin()).verdict, core::Verdict::NotEligible);
}

void TestClaims::openClaims_buyerCounts90d_andEarlierSuccessOnSameLine()
{
    auto rows = ClaimRepository(m_db).openClaims(core::GuaranteeRules::builtin());
    ANXIN_VERIFY_OK(rows);
    const ClaimRow *c1 = find(rows.value(), QStringLiteral("c1"));
    QCOMPARE(c1->facts.buyerClaims90d, 2); // c1 and h1; h2 is 100 days back, n1 is not a claim
    QCOMPARE(c1->facts.priorSuccessfulClaimsOnSku, 1);
    const ClaimRow *c2 = find(rows.value(), QStringLiteral("c2"));
    QCOMPARE(c2->facts.buyerClaims90d, 1);
    QCOMPARE(c2->facts.priorSuccessfulClaimsOnSku, 0);
}

void TestClaims::openClaims_unknownsStayUnknown()
{
    auto c3 = ClaimRepository(m_db).claim(core::GuaranteeRules::builtin(), QStringLiteral("c3"));
    ANXIN_VERIFY_OK(c3);
    QCOMPARE(c3.value().facts.signForTime, 0);
    QVERIFY(!c3.value().facts.productCovered.has_value());
    QVERIFY(!c3.value().detailCached);
    QCOMPARE(c3.value().facts.buyerClaims90d, 0);
    QCOMPARE(ClaimRepository(m_db).claim(core::GuaranteeRules::builtin(), QStringLiteral("n1")).error().kind,
             core::Error::Kind::NotFound);
}

void TestClaims::closedClaims_inRangeOnly()
{
    auto rows = ClaimRepository(m_db).closedClaims(core::GuaranteeRules::builtin(), kNow - 90 * kDay, kNow);
    ANXIN_VERIFY_OK(rows);
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().first().aftersaleId, QStringLiteral("h1"));
    QCOMPARE(rows.value().first().facts.statusDeadline, 0); // closed: no respond-by
}

void TestClaims::cli_claimsJson_matchesContract()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANXIN_NOW"), QString::number(kNow));
    env.insert(QStringLiteral("ANXIN_SECRET_STORE"), QStringLiteral("memory"));
    p.setProcessEnvironment(env);
    p.start(test::binaryPath(QStringLiteral("anxin-cli")),
            {QStringLiteral("--profile"), m_tmp.dir(), QStringLiteral("claims"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonArray list = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(list.size(), 3);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"aftersale_id", "kind", "verdict", "reasons", "claimed_after_signing_s", "in_window",
                                "respond_by", "suggested_refund"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        byId.insert(o.value(QLatin1String("aftersale_id")).toString(), o);
    }
    const QJsonObject c1 = byId.value(QStringLiteral("c1"));
    QCOMPARE(c1.value(QLatin1String("kind")).toString(), QStringLiteral("fresh"));
    QCOMPARE(c1.value(QLatin1String("verdict")).toString(), QStringLiteral("needs_review"));
    QCOMPARE(c1.value(QLatin1String("reasons")).toArray().first().toString(),
             QStringLiteral("an earlier claim on this item succeeded"));
    QCOMPARE(c1.value(QLatin1String("claimed_after_signing_s")).toInteger(), 20 * 3600);
    QCOMPARE(c1.value(QLatin1String("in_window")), QJsonValue(true));
    QCOMPARE(c1.value(QLatin1String("respond_by")).toInteger(), kNow + 20 * 3600);
    QCOMPARE(c1.value(QLatin1String("suggested_refund")).toInteger(), 667);
    const QJsonObject c2 = byId.value(QStringLiteral("c2"));
    QCOMPARE(c2.value(QLatin1String("verdict")).toString(), QStringLiteral("not_eligible"));
    QCOMPARE(c2.value(QLatin1String("reasons")).toArray().first().toString(),
             QStringLiteral("product does not carry the fresh-damage guarantee"));
    const QJsonObject c3 = byId.value(QStringLiteral("c3"));
    QCOMPARE(c3.value(QLatin1String("kind")).toString(), QStringLiteral("allergy"));
    QCOMPARE(c3.value(QLatin1String("verdict")).toString(), QStringLiteral("needs_review"));
    QVERIFY(c3.value(QLatin1String("claimed_after_signing_s")).isNull());
    QVERIFY(c3.value(QLatin1String("in_window")).isNull());
    // No deadline sent: apply time + the allergy response window of the rules file.
    QCOMPARE(c3.value(QLatin1String("respond_by")).toInteger(),
             kNow - 100 + core::GuaranteeRules::builtin().allergy.responseWindowS);
}

void TestClaims::cli_claimsTable_showsVerdictAndReasons()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANXIN_NOW"), QString::number(kNow));
    p.setProcessEnvironment(env);
    p.start(test::binaryPath(QStringLiteral("anxin-cli")),
            {QStringLiteral("--profile"), m_tmp.dir(), QStringLiteral("claims")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("c1")) && out.contains(QStringLiteral("eligible")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("respond 20 h 0 m")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("- sign-for time unknown")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("n1 ")), qPrintable(out));
}

// Schema 14 keeps an order's buyer as a column and drops the JSON it was read from: a cache written by an earlier
// version still counts a buyer's claims after the upgrade, and an order whose stored JSON is unreadable loses only
// its buyer.
void TestClaims::migration14_buyerFromStoredJson_jsonNotKept()
{
    test::TempDb tmp;
    const auto builtin = Migrator::builtin();
    ANXIN_VERIFY_OK(builtin);
    {
        Database old;
        Database::Options o;
        o.migrations = builtin.value().mid(0, 13);
        ANXIN_VERIFY_OK(tmp.open(old, o));
        QCOMPARE(old.schemaVersion(), 13);
        const QString insert = QStringLiteral("INSERT INTO orders (order_id, shop_id, update_time, raw_json) VALUES "
                                              "('%1', 's1', 1, '%2')");
        for (const auto &[id, json] : {std::pair{"oa1", R"({"order_id":"oa1","doudian_open_id":"buyerZ"})"},
                                       std::pair{"oa2", R"({"order_id":"oa2","doudian_open_id":"buyerZ"})"},
                                       std::pair{"ob", R"({"order_id":"ob","doudian_open_id":)"}})
            ANXIN_VERIFY_OK(old.exec(insert.arg(QLatin1String(id), QLatin1String(json))));
        TicketRecord x1 = claimTicket(QStringLiteral("x1"), QStringLiteral("26"), QStringLiteral("p"),
                                      QStringLiteral("oa1"), QStringLiteral("ska1"), kNow);
        x1.statusDeadline = kNow + kDay;
        TicketRecord x2 = claimTicket(QStringLiteral("x2"), QStringLiteral("26"), QStringLiteral("p"),
                                      QStringLiteral("oa2"), QStringLiteral("ska2"), kNow - 5 * kDay);
        x2.aftersaleStatus = 12;
        x2.finalTime = kNow - 4 * kDay;
        TicketRecord x3 = claimTicket(QStringLiteral("x3"), QStringLiteral("26"), QStringLiteral("p"),
                                      QStringLiteral("ob"), QStringLiteral("skb"), kNow);
        x3.statusDeadline = kNow + kDay;
        ANXIN_VERIFY_OK(TicketRepository(old).upsertBatch({x1, x2, x3}));
    }
    Database db;
    ANXIN_VERIFY_OK(tmp.open(db));
    QVERIFY(db.schemaVersion() >= 14);
    QCOMPARE(test::TempDb::scalar(db, QStringLiteral("SELECT group_concat(order_id || '=' || buyer_open_id, ' ') "
                                                     "FROM (SELECT * FROM orders ORDER BY order_id)"))
                 .toString(),
             QStringLiteral("oa1=buyerZ oa2=buyerZ ob="));
    QCOMPARE(test::TempDb::scalar(db, QStringLiteral("SELECT count(*) FROM orders WHERE raw_json <> ''")).toInt(), 0);
    auto rows = ClaimRepository(db).openClaims(core::GuaranteeRules::builtin());
    ANXIN_VERIFY_OK(rows);
    QCOMPARE(find(rows.value(), QStringLiteral("x1"))->facts.buyerClaims90d, 2);
    QCOMPARE(find(rows.value(), QStringLiteral("x3"))->facts.buyerClaims90d, 0); // no buyer known: none counted
}

ANXIN_TEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"

#include "store/cursorrepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/imagecacherepository.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/rejectreasonrepository.h"
#include "store/savedviewrepository.h"
#include "store/scoresnapshotrepository.h"
#include "store/shoprepository.h"
#include "store/ticketdetailrepository.h"
#include "store/ticketrepository.h"
#include "store/writetransaction.h"
#include "tempdb.h"
#include "testmain.h"

#include <QtTest>

using namespace anxin;
using namespace anxin::store;
using anxin::core::Error;
using anxin::test::TempDb;

namespace {

OrderRecord makeOrder(const QString &id, int status, qint64 updateTime, qint64 expShip)
{
    OrderRecord o;
    o.orderId = id;
    o.shopId = QStringLiteral("s1");
    o.orderStatus = status;
    o.updateTime = updateTime;
    o.expShipTime = expShip;
    o.maskPostTel = QStringLiteral("138****0000");
    o.encryptPostTel = QStringLiteral("#cipher#");
    o.lines = {OrderLineRecord{id, id + QStringLiteral("-1"), QStringLiteral("p1"), QStringLiteral("榴莲"), 20, 1, 100,
                               expShip, 0, 0}};
    return o;
}

} // namespace

class TstRepositories : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void detail_replace_swapsEvidenceAndLogsAndKeepsDownloads();
    void detail_unknownTicket_writesNothing();
    void orders_upsert_neverBackwardsAndLinesFollow();
    void orders_shippingQueues_awaitingAndWithoutPickup();
    void orders_schema_hasNoPlaintextPiiColumns();
    void cursor_setWithPage_commitsOrRollsBackTogether();
    void products_upsertAndMissing();
    void rejectReasons_replaceForShop_dropsOldCodes();
    void scoreSnapshots_unparsableScore_isNull();
    void shopsDraftsViewsImages_roundTrip();

private:
    std::unique_ptr<TempDb> m_tmp;
    std::unique_ptr<Database> m_db;
};

void TstRepositories::init()
{
    m_tmp = std::make_unique<TempDb>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_tmp->open(*m_db).ok());
}

void TstRepositories::cleanup()
{
    m_db.reset();
    m_tmp.reset();
}

void TstRepositories::detail_replace_swapsEvidenceAndLogsAndKeepsDownloads()
{
    QVERIFY(TicketRepository(*m_db).upsertBatch({test::makeTicket(QStringLiteral("t1"), 1)}).ok());
    TicketDetailRepository repo(*m_db);
    TicketDetailRecord d{QStringLiteral("t1"), QStringLiteral("rc"), QStringLiteral("烂了"), 2, 1, {}, {}, 10};
    const QString u1 = QStringLiteral("http://x/1.jpg");
    const QString u2 = QStringLiteral("http://x/2.jpg");
    ANXIN_VERIFY_OK(
        repo.replace(d, {{QStringLiteral("t1"), 0, u1, {}, 0}, {QStringLiteral("t1"), 1, u2, {}, 0}},
                     {{QStringLiteral("t1"), 0, QStringLiteral("buyer"), 5, QStringLiteral("申请"), {}, {}, {}}},
                     {{QStringLiteral("t1"), 0, QStringLiteral("〔小王〕已联系"), QStringLiteral("商家客服"), 7}}));
    QCOMPARE(repo.evidenceToFetch(10).value().size(), 2);
    QVERIFY(repo.setEvidenceLocalPath(QStringLiteral("t1"), 0, QStringLiteral("/cache/1.jpg"), 20).ok());
    QCOMPARE(repo.evidenceToFetch(10).value().size(), 1);

    d.reasonRemark = QStringLiteral("第二次");
    QVERIFY(repo.replace(d, {{QStringLiteral("t1"), 0, u1, {}, 0}},
                         {{QStringLiteral("t1"), 0, QStringLiteral("buyer"), 5, QStringLiteral("申请"), {}, {}, {}},
                          {QStringLiteral("t1"), 1, QStringLiteral("merchant"), 6, QStringLiteral("同意"), {}, {}, {}}},
                         {{QStringLiteral("t1"), 0, QStringLiteral("〔小王〕已联系"), QStringLiteral("商家客服"), 7},
                          {QStringLiteral("t1"), 1, QStringLiteral("〔小李｜交接〕明早回访"),
                           QStringLiteral("商家客服"), 9}})
                .ok());
    QCOMPARE(repo.get(QStringLiteral("t1")).value()->reasonRemark, QStringLiteral("第二次"));
    QCOMPARE(repo.get(QStringLiteral("t1")).value()->returnMethod, 2);
    const auto ev = repo.evidence(QStringLiteral("t1")).value();
    QCOMPARE(ev.size(), 1);
    QCOMPARE(ev.first().localPath, QStringLiteral("/cache/1.jpg")); // download kept across the refetch
    QCOMPARE(repo.logs(QStringLiteral("t1")).value().size(), 2);
    QCOMPARE(repo.logs(QStringLiteral("t1")).value().last().operatorName, QStringLiteral("merchant"));
    const auto remarks = repo.remarks(QStringLiteral("t1")).value();
    QCOMPARE(remarks.size(), 2); // replaced, not appended
    QCOMPARE(remarks.last().remark, QStringLiteral("〔小李｜交接〕明早回访"));
    QCOMPARE(remarks.last().createTime, 9);
    QCOMPARE(repo.remarksSince(8, 10).value().size(), 1);
    QCOMPARE(repo.remarksSince(0, 10).value().first().createTime, 9); // newest first
}

void TstRepositories::detail_unknownTicket_writesNothing()
{
    TicketDetailRepository repo(*m_db);
    TicketDetailRecord d;
    d.aftersaleId = QStringLiteral("ghost");
    QVERIFY(!repo.replace(d, {{QStringLiteral("ghost"), 0, QStringLiteral("u"), {}, 0}}, {}, {}).ok());
    QVERIFY(!repo.get(QStringLiteral("ghost")).value().has_value());
    QVERIFY(repo.evidence(QStringLiteral("ghost")).value().isEmpty());
}

void TstRepositories::orders_upsert_neverBackwardsAndLinesFollow()
{
    OrderRepository repo(*m_db);
    auto r =
        repo.upsertBatch({makeOrder(QStringLiteral("o1"), 2, 100, 500), makeOrder(QStringLiteral("o2"), 2, 100, 600)});
    QVERIFY(r.ok());
    QCOMPARE(r.value().inserted, 2);
    OrderRecord shipped = makeOrder(QStringLiteral("o1"), 3, 200, 500);
    shipped.shipTime = 190;
    shipped.lines << OrderLineRecord{
        QStringLiteral("o1"), QStringLiteral("o1-2"), QStringLiteral("p2"), {}, 0, 1, 5, 0, 0, 0};
    OrderRecord stale = makeOrder(QStringLiteral("o2"), 4, 50, 600);
    stale.lines.clear();
    r = repo.upsertBatch({shipped, stale});
    QVERIFY(r.ok());
    QCOMPARE(r.value().updated, 1);
    QCOMPARE(r.value().stale, 1);
    const auto o1 = repo.get(QStringLiteral("o1")).value();
    QCOMPARE(o1->orderStatus, 3);
    QCOMPARE(o1->lines.size(), 2);
    const auto o2 = repo.get(QStringLiteral("o2")).value();
    QCOMPARE(o2->orderStatus, 2);
    QCOMPARE(o2->lines.size(), 1); // the stale order did not touch its lines
    QCOMPARE(o2->maskPostTel, QStringLiteral("138****0000"));
    QCOMPARE(o2->encryptPostTel, QStringLiteral("#cipher#"));
}

void TstRepositories::orders_shippingQueues_awaitingAndWithoutPickup()
{
    OrderRepository repo(*m_db);
    OrderRecord a = makeOrder(QStringLiteral("a"), 2, 1, 900);
    OrderRecord b = makeOrder(QStringLiteral("b"), 101, 1, 300);
    OrderRecord c = makeOrder(QStringLiteral("c"), 3, 1, 100);
    c.shipTime = 1000;
    OrderRecord d = makeOrder(QStringLiteral("d"), 3, 1, 100);
    d.shipTime = 5000;
    OrderRecord e = makeOrder(QStringLiteral("e"), 3, 1, 100);
    e.shipTime = 1000;
    e.pickupTime = 1500;
    QVERIFY(repo.upsertBatch({a, b, c, d, e}).ok());
    auto awaiting = repo.awaitingShipment({}, 0, 10).value();
    QCOMPARE(awaiting.size(), 2);
    QCOMPARE(awaiting.first().orderId, QStringLiteral("b")); // earliest promise first
    QCOMPARE(repo.awaitingShipment({QStringLiteral("s1")}, 500, 10).value().size(), 1);
    QCOMPARE(repo.awaitingShipment({QStringLiteral("other")}, 0, 10).value().size(), 0);
    auto noPickup = repo.shippedWithoutPickup(6000, 24 * 0 + 2000, 10).value();
    QCOMPARE(noPickup.size(), 1);
    QCOMPARE(noPickup.first().orderId, QStringLiteral("c"));
    QVERIFY(repo.setPickupTime(QStringLiteral("c"), 1200, 0).ok());
    QVERIFY(repo.shippedWithoutPickup(6000, 2000, 10).value().isEmpty());
    // A later order page (no pickup info) does not erase the scan.
    c.updateTime = 2;
    QVERIFY(repo.upsertBatch({c}).ok());
    QCOMPARE(repo.get(QStringLiteral("c")).value()->pickupTime, 1200);
    QCOMPARE(repo.setPickupTime(QStringLiteral("zz"), 1, 0).error().kind, Error::Kind::NotFound);
}

void TstRepositories::orders_schema_hasNoPlaintextPiiColumns()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('orders')")));
    QStringList pii;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const bool personal = name.contains(QStringLiteral("receiver")) || name.contains(QStringLiteral("tel")) ||
                              name.contains(QStringLiteral("addr"));
        if (personal && !name.startsWith(QStringLiteral("mask_")) && !name.startsWith(QStringLiteral("encrypt_")))
            pii << name;
    }
    QVERIFY2(pii.isEmpty(), qPrintable(pii.join(QLatin1Char(','))));
}

void TstRepositories::cursor_setWithPage_commitsOrRollsBackTogether()
{
    CursorRepository cursors(*m_db);
    TicketRepository tickets(*m_db);
    {
        WriteTransaction tx(*m_db);
        QVERIFY(tx.ok());
        QVERIFY(tickets.upsertBatch(tx, {test::makeTicket(QStringLiteral("1"), 10)}).ok());
        QVERIFY(cursors.set(tx, {QStringLiteral("s1"), QStringLiteral("aftersale.incremental"), 10, 1, 99}).ok());
        QVERIFY(tx.commit().ok());
    }
    {
        WriteTransaction tx(*m_db);
        QVERIFY(tickets.upsertBatch(tx, {test::makeTicket(QStringLiteral("2"), 20)}).ok());
        QVERIFY(cursors.set(tx, {QStringLiteral("s1"), QStringLiteral("aftersale.incremental"), 20, 2, 100}).ok());
        // the page's apply fails later on: neither the rows nor the cursor move
    }
    const auto c = cursors.get(QStringLiteral("s1"), QStringLiteral("aftersale.incremental")).value();
    QVERIFY(c.has_value());
    QCOMPARE(c->cursorTime, 10);
    QCOMPARE(c->cursorPage, 1);
    QCOMPARE(tickets.count({}).value(), 1);
    QVERIFY(cursors.set({QStringLiteral("s1"), QStringLiteral("orders"), 5, 0, 1}).ok());
    QCOMPARE(cursors.list(QStringLiteral("s1")).value().size(), 2);
    QVERIFY(!cursors.get(QStringLiteral("s2"), QStringLiteral("orders")).value().has_value());
}

void TstRepositories::products_upsertAndMissing()
{
    ProductRepository repo(*m_db);
    TicketRecord t = test::makeTicket(QStringLiteral("1"), 1);
    t.productId = QStringLiteral("p9");
    QVERIFY(TicketRepository(*m_db).upsertBatch({t}).ok());
    QCOMPARE(repo.missingProductIds(10).value(), QStringList{QStringLiteral("p9")});
    QVERIFY(repo.upsertBatch({{QStringLiteral("p9"), QStringLiteral("s1"), QStringLiteral("榴莲"), 20,
                               QStringLiteral("生鲜"), true, false, true, 5}})
                .ok());
    QVERIFY(repo.missingProductIds(10).value().isEmpty());
    const auto p = repo.get(QStringLiteral("p9")).value();
    QVERIFY(p.has_value());
    QVERIFY(p->supply7DayReturn && !p->supportAllergyReturn && p->damagedOrderReturn);
    QCOMPARE(p->firstCname, QStringLiteral("生鲜"));
}

void TstRepositories::rejectReasons_replaceForShop_dropsOldCodes()
{
    RejectReasonRepository repo(*m_db);
    QVERIFY(repo.replaceForShop(QStringLiteral("s1"), {{QStringLiteral("s1"), 1, QStringLiteral("a"), true, {}, {}},
                                                       {QStringLiteral("s1"), 2, QStringLiteral("b"), false, {}, {}}})
                .ok());
    QVERIFY(repo.replaceForShop(QStringLiteral("s2"), {{QStringLiteral("s2"), 1, QStringLiteral("x"), false, {}, {}}})
                .ok());
    QVERIFY(repo.replaceForShop(QStringLiteral("s1"),
                                {{QStringLiteral("s1"), 3, QStringLiteral("c"), true, QStringLiteral("照片"), {}}})
                .ok());
    QCOMPARE(repo.list(QStringLiteral("s1")).value().size(), 1);
    QVERIFY(repo.get(QStringLiteral("s1"), 3).value()->evidenceNeed);
    QVERIFY(!repo.get(QStringLiteral("s1"), 1).value().has_value());
    QCOMPARE(repo.list(QStringLiteral("s2")).value().size(), 1);
}

void TstRepositories::scoreSnapshots_unparsableScore_isNull()
{
    ScoreSnapshotRepository repo(*m_db);
    ScoreSnapshotRecord s{QStringLiteral("s1"), QStringLiteral("2024-05-01"), 92.5, 90.0, std::nullopt, 88.25, {}, 1};
    QVERIFY(repo.upsert(s).ok());
    s.day = QStringLiteral("2024-05-02");
    s.shopScore = 93.0;
    QVERIFY(repo.upsert(s).ok());
    s.shopScore = 94.0; // same day again replaces
    QVERIFY(repo.upsert(s).ok());
    const auto all =
        repo.range(QStringLiteral("s1"), QStringLiteral("2024-05-01"), QStringLiteral("2024-05-31")).value();
    QCOMPARE(all.size(), 2);
    QVERIFY(!all.first().logisticsScore.has_value());
    QCOMPARE(*all.first().serviceScore, 88.25);
    QCOMPARE(*repo.latest(QStringLiteral("s1")).value()->shopScore, 94.0);
    s.day = QStringLiteral("May 3");
    QCOMPARE(repo.upsert(s).error().kind, Error::Kind::Usage);
}

void TstRepositories::shopsDraftsViewsImages_roundTrip()
{
    ShopRepository shops(*m_db);
    QVERIFY(shops
                .upsert({QStringLiteral("s1"), QStringLiteral("鲜果铺"), QStringLiteral("key"),
                         QStringLiteral("http://127.0.0.1:1"), QStringLiteral("hmac-sha256"), 0, 0},
                        10)
                .ok());
    QCOMPARE(shops.get(QStringLiteral("s1")).value()->signMethod, QStringLiteral("hmac-sha256"));
    QCOMPARE(shops.list().value().size(), 1);

    DraftRepository drafts(*m_db);
    QVERIFY(
        drafts.save({QStringLiteral("t1"), QStringLiteral("reject"), QStringLiteral("{\"remark\":\"坏\"}"), 5}).ok());
    QCOMPARE(drafts.get(QStringLiteral("t1"), QStringLiteral("reject")).value()->bodyJson,
             QStringLiteral("{\"remark\":\"坏\"}"));
    QVERIFY(drafts.remove(QStringLiteral("t1"), QStringLiteral("reject")).ok());
    QVERIFY(drafts.listForTicket(QStringLiteral("t1")).value().isEmpty());

    SavedViewRepository views(*m_db);
    QVERIFY(views.save({QStringLiteral("li"), QStringLiteral("今日到期"), QStringLiteral("{}"), 1}).ok());
    QVERIFY(!views.save({QStringLiteral("li"), QStringLiteral(" "), QStringLiteral("{}"), 1}).ok());
    QCOMPARE(views.list(QStringLiteral("li")).value().size(), 1);
    QVERIFY(views.list(QStringLiteral("wang")).value().isEmpty());

    ImageCacheRepository images(*m_db);
    QVERIFY(images.put({QStringLiteral("u1"), QStringLiteral("/c/1"), 100, 1, 1}).ok());
    QVERIFY(images.put({QStringLiteral("u2"), QStringLiteral("/c/2"), 300, 1, 2}).ok());
    QCOMPARE(images.use(QStringLiteral("u1"), 50).value()->lastUsedAt, 50);
    QCOMPARE(images.totalBytes().value(), 400);
    const auto evict = images.evictionCandidates(150).value();
    QCOMPARE(evict.size(), 1);
    QCOMPARE(evict.first().url, QStringLiteral("u2")); // least recently used
    QVERIFY(!images.use(QStringLiteral("nope"), 1).value().has_value());
}

ANXIN_TEST_GUILESS_MAIN(TstRepositories)
#include "tst_repositories.moc"

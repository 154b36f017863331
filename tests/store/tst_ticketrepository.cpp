#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/ticketrepository.h"
#include "store/writetransaction.h"
#include "tempdb.h"
#include "testmain.h"

#include <QtTest>

using namespace anxin;
using anxin::core::Error;
using anxin::store::Database;
using anxin::store::TicketFilter;
using anxin::store::TicketRecord;
using anxin::store::TicketRepository;
using anxin::store::TicketSort;
using anxin::test::TempDb;

namespace {

constexpr qint64 kNow = 1'700'000'000;

QStringList ids(const QList<store::TicketListRow> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << r.aftersaleId;
    return out;
}

} // namespace

class TstTicketRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void upsert_newAndNewerAndOlder_countsInsertedUpdatedStale();
    void upsert_olderUpdateTime_neverMovesRowBackwards();
    void upsert_finalWithDeadlineCleared_keepsLastDeadlineSeen();
    void upsertBatch_failureMidBatch_keepsNothing();
    void count_eachFilter_matchesExpectedRows();
    void page_windowAndSort_returnsStableSlices();
    void page_unknownSortColumn_isRefused();
    void search_cjkAndIds_findsTickets();
    void search_productRenamed_indexFollowsRow();
    void get_roundTrip_keepsEveryField();

private:
    void seed();
    QList<store::TicketListRow> pageOf(const TicketFilter &f, const TicketSort &s = {}, int offset = 0,
                                       int limit = 100);

    std::unique_ptr<TempDb> m_tmp;
    std::unique_ptr<Database> m_db;
};

void TstTicketRepository::init()
{
    m_tmp = std::make_unique<TempDb>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_tmp->open(*m_db).ok());
}

void TstTicketRepository::cleanup()
{
    m_db.reset();
    m_tmp.reset();
}

QList<store::TicketListRow> TstTicketRepository::pageOf(const TicketFilter &f, const TicketSort &s, int offset,
                                                        int limit)
{
    const auto r = TicketRepository(*m_db).page(f, s, offset, limit);
    if (!r.ok())
        qWarning("page failed: %s", qPrintable(r.error().message));
    return r.ok() ? r.value() : QList<store::TicketListRow>{};
}

// t1..t8 with distinct properties; see each filter's expectation below.
void TstTicketRepository::seed()
{
    QList<TicketRecord> rows;
    auto make = [&](const char *id, const char *shop, int type, int status, qint64 amount, qint64 deadline) {
        TicketRecord t = test::makeTicket(QString::fromLatin1(id), kNow - 1000, QString::fromLatin1(shop));
        t.aftersaleType = type;
        t.aftersaleStatus = status;
        t.refundAmount = amount;
        t.statusDeadline = deadline;
        rows << t;
        return &rows.last();
    };
    make("t1", "s1", 1, 6, 500, kNow + 3600);                                           // due in 1 h
    make("t2", "s1", 0, 7, 2500, kNow + 10 * 3600);                                     // due in 10 h
    make("t3", "s2", 2, 12, 9900, 0)->finalTime = kNow - 50;                            // closed
    make("t4", "s2", 1, 6, 100, kNow + 1800)->riskFlag = true;                          // due in 30 min, risky
    make("t5", "s3", 3, 11, 4000, kNow - 10)->reasonCode = QStringLiteral("fresh_bad"); // overdue
    make("t6", "s1", 1, 6, 1200, kNow + 7200)->reasonCode = QStringLiteral("allergy");
    rows[0].productName = QStringLiteral("泰国金枕榴莲 5斤装");
    rows[1].productName = QStringLiteral("海南妃子笑荔枝");
    rows[2].reasonText = QStringLiteral("榴莲坏了");
    rows[3].remark = QStringLiteral("买家说 durian 不新鲜");
    rows[4].productName = QStringLiteral("保湿面霜");
    rows[5].productName = QStringLiteral("面膜 50% off_sale");
    rows[0].aftersaleId = QStringLiteral("7301234567890123456");
    QVERIFY(TicketRepository(*m_db).upsertBatch(rows).ok());

    store::OutboxEntry e;
    e.shopId = QStringLiteral("s1");
    e.aftersaleId = QStringLiteral("t2");
    e.action = QStringLiteral("approve");
    e.createdBy = QStringLiteral("agent");
    ANXIN_VERIFY_OK(store::OutboxRepository(*m_db).enqueue(e, kNow));
    e.aftersaleId = QStringLiteral("t6");
    const auto cancelled = store::OutboxRepository(*m_db).enqueue(e, kNow);
    QVERIFY(store::OutboxRepository(*m_db).cancel(cancelled.value(), QStringLiteral("agent"), kNow).ok());
}

void TstTicketRepository::upsert_newAndNewerAndOlder_countsInsertedUpdatedStale()
{
    TicketRepository repo(*m_db);
    auto first =
        repo.upsertBatch({test::makeTicket(QStringLiteral("1"), 100), test::makeTicket(QStringLiteral("2"), 100)});
    QVERIFY(first.ok());
    QCOMPARE(first.value().inserted, 2);
    QCOMPARE(first.value().updated, 0);
    QCOMPARE(first.value().stale, 0);
    auto second =
        repo.upsertBatch({test::makeTicket(QStringLiteral("1"), 200), test::makeTicket(QStringLiteral("2"), 50),
                          test::makeTicket(QStringLiteral("2"), 100), test::makeTicket(QStringLiteral("3"), 1)});
    QVERIFY(second.ok());
    QCOMPARE(second.value().inserted, 1);
    QCOMPARE(second.value().updated, 2); // "1" newer, "2" same version again (idempotent)
    QCOMPARE(second.value().stale, 1);   // "2" older
}

void TstTicketRepository::upsert_olderUpdateTime_neverMovesRowBackwards()
{
    TicketRepository repo(*m_db);
    TicketRecord newer = test::makeTicket(QStringLiteral("9"), 500);
    newer.aftersaleStatus = 12;
    newer.rawJson = QStringLiteral("{\"v\":\"new\"}");
    QVERIFY(repo.upsertBatch({newer}).ok());
    TicketRecord older = test::makeTicket(QStringLiteral("9"), 400);
    older.aftersaleStatus = 6;
    older.rawJson = QStringLiteral("{\"v\":\"old\"}");
    auto r = repo.upsertBatch({older});
    QVERIFY(r.ok());
    QCOMPARE(r.value().stale, 1);
    const auto got = repo.get(QStringLiteral("9"));
    QVERIFY(got.ok() && got.value().has_value());
    QCOMPARE(got.value()->updateTime, 500);
    QCOMPARE(got.value()->aftersaleStatus, 12);
    QCOMPARE(got.value()->rawJson, QStringLiteral("{\"v\":\"new\"}"));
}

void TstTicketRepository::upsert_finalWithDeadlineCleared_keepsLastDeadlineSeen()
{
    // The platform answers status_deadline 0 once a ticket is final; whether it was decided before its deadline is
    // part of the score, and the drill-down shows that deadline.
    TicketRepository repo(*m_db);
    TicketRecord open = test::makeTicket(QStringLiteral("9"), 100);
    open.aftersaleStatus = 6;
    open.statusDeadline = 5000;
    TicketRecord neverSeenOpen = test::makeTicket(QStringLiteral("10"), 100);
    neverSeenOpen.aftersaleStatus = 12;
    neverSeenOpen.finalTime = 150;
    ANXIN_VERIFY_OK(repo.upsertBatch({open, neverSeenOpen}));
    TicketRecord moved = open; // the platform moved the deadline (an extension): the new one counts
    moved.updateTime = 200;
    moved.statusDeadline = 9000;
    TicketRecord decided = open;
    decided.updateTime = 300;
    decided.aftersaleStatus = 12;
    decided.statusDeadline = 0;
    decided.finalTime = 9100;
    ANXIN_VERIFY_OK(repo.upsertBatch({moved, decided}));
    auto got = repo.get(QStringLiteral("9"));
    QVERIFY(got.ok() && got.value().has_value());
    QCOMPARE(got.value()->aftersaleStatus, 12);
    QCOMPARE(got.value()->finalTime, 9100);
    QCOMPARE(got.value()->statusDeadline, 9000);
    got = repo.get(QStringLiteral("10"));
    QVERIFY(got.ok() && got.value().has_value());
    QCOMPARE(got.value()->statusDeadline, 0); // never seen open: no deadline to show

    // Pages read out of order end the same: the final answer first, then the open ones (stale, counted so), the
    // latest deadline wins.
    TicketRecord early = open;
    early.aftersaleId = QStringLiteral("11");
    TicketRecord later = moved;
    later.aftersaleId = early.aftersaleId;
    TicketRecord closed = decided;
    closed.aftersaleId = early.aftersaleId;
    ANXIN_VERIFY_OK(repo.upsertBatch({closed}));
    const auto stale = repo.upsertBatch({later, early});
    ANXIN_VERIFY_OK(stale);
    QCOMPARE(stale.value().stale, 2);
    got = repo.get(early.aftersaleId);
    QVERIFY(got.ok() && got.value().has_value());
    QCOMPARE(got.value()->aftersaleStatus, 12);
    QCOMPARE(got.value()->updateTime, 300);
    QCOMPARE(got.value()->statusDeadline, 9000);

    // An open ticket's deadline is the platform's, even 0.
    TicketRecord reopened = decided;
    reopened.updateTime = 400;
    reopened.aftersaleStatus = 6;
    reopened.finalTime = 0;
    reopened.statusDeadline = 0;
    ANXIN_VERIFY_OK(repo.upsertBatch({reopened}));
    got = repo.get(QStringLiteral("9"));
    QVERIFY(got.ok() && got.value().has_value());
    QCOMPARE(got.value()->statusDeadline, 0);
}

void TstTicketRepository::upsertBatch_failureMidBatch_keepsNothing()
{
    TicketRepository repo(*m_db);
    QList<TicketRecord> rows{test::makeTicket(QStringLiteral("1"), 1), test::makeTicket(QStringLiteral("2"), 1)};
    rows << TicketRecord{}; // no id: refused
    const auto r = repo.upsertBatch(rows);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Usage);
    QCOMPARE(repo.count({}).value(), 0);
}

void TstTicketRepository::count_eachFilter_matchesExpectedRows()
{
    seed();
    TicketRepository repo(*m_db);
    const auto check = [&](const TicketFilter &f, QStringList expected) {
        QStringList got = ids(pageOf(f, {QStringLiteral("aftersale_id"), false}));
        expected.sort();
        QCOMPARE(got, expected);
        QCOMPARE(repo.count(f).value(), int(expected.size()));
    };
    const QString t1 = QStringLiteral("7301234567890123456");
    check({}, {t1, QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("t4"), QStringLiteral("t5"),
               QStringLiteral("t6")});
    TicketFilter f;
    f.shopIds = {QStringLiteral("s2"), QStringLiteral("s3")};
    check(f, {QStringLiteral("t3"), QStringLiteral("t4"), QStringLiteral("t5")});
    f = {};
    f.types = {1};
    check(f, {t1, QStringLiteral("t4"), QStringLiteral("t6")});
    f = {};
    f.statuses = {7, 11};
    check(f, {QStringLiteral("t2"), QStringLiteral("t5")});
    f = {};
    f.minAmount = 1000;
    f.maxAmount = 4000;
    check(f, {QStringLiteral("t2"), QStringLiteral("t5"), QStringLiteral("t6")});
    f = {};
    f.now = kNow;
    f.dueWithinSecs = 2 * 3600;
    check(f, {t1, QStringLiteral("t4"), QStringLiteral("t6")}); // overdue t5 and closed t3 excluded
    f = {};
    f.openOnly = true;
    check(f, {t1, QStringLiteral("t2"), QStringLiteral("t4"), QStringLiteral("t5"), QStringLiteral("t6")});
    f = {};
    f.reasonCodes = {QStringLiteral("fresh_bad"), QStringLiteral("allergy")};
    check(f, {QStringLiteral("t5"), QStringLiteral("t6")});
    f = {};
    f.riskFlag = true;
    check(f, {QStringLiteral("t4")});
    f = {};
    f.hasPendingDecision = true;
    check(f, {QStringLiteral("t2")}); // t6's decision was cancelled
    f.hasPendingDecision = false;
    QCOMPARE(repo.count(f).value(), 5);
    f = {};
    f.shopIds = {QStringLiteral("s1")};
    f.types = {1};
    f.now = kNow;
    f.dueWithinSecs = 3600;
    check(f, {t1});
    QCOMPARE(pageOf({}, {QStringLiteral("aftersale_id"), false}).at(1).pendingDecisions, 1); // t2
}

void TstTicketRepository::page_windowAndSort_returnsStableSlices()
{
    seed();
    TicketSort byAmount{QStringLiteral("refund_amount"), true};
    const QStringList all = ids(pageOf({}, byAmount));
    QCOMPARE(all, (QStringList{QStringLiteral("t3"), QStringLiteral("t5"), QStringLiteral("t2"), QStringLiteral("t6"),
                               QStringLiteral("7301234567890123456"), QStringLiteral("t4")}));
    QCOMPARE(ids(pageOf({}, byAmount, 2, 2)), all.mid(2, 2));
    QCOMPARE(ids(pageOf({}, byAmount, 5, 10)), all.mid(5));
    QVERIFY(pageOf({}, byAmount, 6, 10).isEmpty());
    TicketFilter open;
    open.openOnly = true;
    const QStringList byDeadline = ids(pageOf(open, {QStringLiteral("status_deadline"), false}));
    QCOMPARE(byDeadline.first(), QStringLiteral("t5"));
    QCOMPARE(byDeadline.last(), QStringLiteral("t2"));
    for (const QString &column : TicketRepository::sortColumns())
        QCOMPARE(pageOf({}, {column, false}).size(), 6);
}

void TstTicketRepository::page_unknownSortColumn_isRefused()
{
    seed();
    TicketRepository repo(*m_db);
    for (const QString &bad : {QStringLiteral("raw_json"), QStringLiteral("apply_time; DROP TABLE tickets"),
                               QStringLiteral("1"), QString()}) {
        const auto r = repo.page({}, {bad, false}, 0, 10);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Usage);
    }
    QCOMPARE(repo.count({}).value(), 6);
    QVERIFY(!repo.page({}, {}, -1, 10).ok());
}

void TstTicketRepository::search_cjkAndIds_findsTickets()
{
    seed();
    TicketRepository repo(*m_db);
    const auto search = [&](const QString &text) {
        TicketFilter f;
        f.text = text;
        return ids(pageOf(f, {QStringLiteral("aftersale_id"), false}));
    };
    const QString t1 = QStringLiteral("7301234567890123456");
    // Two characters: below trigram's reach, matched by the LIKE fallback (product name and reason text).
    QCOMPARE(search(QStringLiteral("榴莲")), (QStringList{t1, QStringLiteral("t3")}));
    // Three and more: the FTS5 trigram index.
    QCOMPARE(search(QStringLiteral("金枕榴莲")), QStringList{t1});
    QCOMPARE(search(QStringLiteral("妃子笑")), QStringList{QStringLiteral("t2")});
    QCOMPARE(search(QStringLiteral("DURIAN")), QStringList{QStringLiteral("t4")}); // remark, case-insensitive
    QCOMPARE(search(QStringLiteral("4567890123")), QStringList{t1});               // part of an aftersale id
    QCOMPARE(search(QStringLiteral("69t5")), QStringList{QStringLiteral("t5")});   // shop order id
    QCOMPARE(search(QStringLiteral("榴莲 金枕")), QStringList{t1});                // every term must match
    QCOMPARE(search(QStringLiteral("50%")), QStringList{QStringLiteral("t6")});    // LIKE wildcards escaped
    QCOMPARE(search(QStringLiteral("0%")), QStringList{QStringLiteral("t6")});
    QCOMPARE(search(QStringLiteral("f_s")), QStringList{QStringLiteral("t6")});
    QCOMPARE(search(QStringLiteral("\"金枕榴莲\" OR")), QStringList{}); // quotes and operators are only text
    QCOMPARE(search(QStringLiteral("金枕\"榴")), QStringList{});
    QVERIFY(search(QStringLiteral("不存在的商品")).isEmpty());
    TicketFilter f;
    f.text = QStringLiteral("榴莲");
    f.shopIds = {QStringLiteral("s2")};
    QCOMPARE(repo.count(f).value(), 1);
}

void TstTicketRepository::search_productRenamed_indexFollowsRow()
{
    TicketRepository repo(*m_db);
    TicketRecord t = test::makeTicket(QStringLiteral("42"), 10);
    t.productName = QStringLiteral("新鲜猫山王榴莲");
    QVERIFY(repo.upsertBatch({t}).ok());
    TicketFilter f;
    f.text = QStringLiteral("猫山王");
    QCOMPARE(repo.count(f).value(), 1);
    t.updateTime = 20;
    t.productName = QStringLiteral("智利车厘子");
    QVERIFY(repo.upsertBatch({t}).ok());
    QCOMPARE(repo.count(f).value(), 0);
    f.text = QStringLiteral("车厘子");
    QCOMPARE(repo.count(f).value(), 1);
    t.updateTime = 5; // stale: the index keeps the newer text
    t.productName = QStringLiteral("猫山王");
    QVERIFY(repo.upsertBatch({t}).ok());
    QCOMPARE(repo.count(f).value(), 1);
    QCOMPARE(TempDb::scalar(*m_db, QStringLiteral("SELECT count(*) FROM tickets_fts")).toInt(), 1);
}

void TstTicketRepository::get_roundTrip_keepsEveryField()
{
    TicketRecord t;
    t.aftersaleId = QStringLiteral("7300000000000000001");
    t.shopId = QStringLiteral("shop");
    t.shopOrderId = QStringLiteral("6900000000000000001");
    t.aftersaleType = 3;
    t.aftersaleStatus = 13;
    t.refundAmount = 123456;
    t.refundPostAmount = 800;
    t.applyTime = 11;
    t.updateTime = 12;
    t.statusDeadline = 13;
    t.finalTime = 14;
    t.reasonCode = QStringLiteral("rc");
    t.reasonText = QStringLiteral("原因");
    t.badItemText = QStringLiteral("坏果 2 个");
    t.productId = QStringLiteral("p1");
    t.productName = QStringLiteral("名称");
    t.skuOrderId = QStringLiteral("sku1");
    t.payAmount = 5000;
    t.itemNum = 2;
    t.refundType = 1;
    t.refundStatus = 2;
    t.arbitrateStatus = 3;
    t.gotPkg = 1;
    t.riskDecisionCode = 7;
    t.riskFlag = true;
    t.exemptFromScore = true;
    t.expressRefund = true;
    t.signForTime = 15;
    t.tags = QStringLiteral("[\"极速退款\"]");
    t.remark = QStringLiteral("备注");
    t.rawJson = QStringLiteral("{}");
    t.fetchedAt = 16;
    TicketRepository repo(*m_db);
    QVERIFY(repo.upsertBatch({t}).ok());
    const auto got = repo.get(t.aftersaleId);
    QVERIFY(got.ok() && got.value());
    const TicketRecord &g = *got.value();
    QCOMPARE(g.shopOrderId, t.shopOrderId);
    QCOMPARE(g.aftersaleType, 3);
    QCOMPARE(g.refundAmount, 123456);
    QCOMPARE(g.refundPostAmount, 800);
    QCOMPARE(g.finalTime, 14);
    QCOMPARE(g.badItemText, t.badItemText);
    QCOMPARE(g.skuOrderId, t.skuOrderId);
    QCOMPARE(g.itemNum, 2);
    QCOMPARE(g.arbitrateStatus, 3);
    QCOMPARE(g.riskDecisionCode, 7);
    QVERIFY(g.riskFlag && g.exemptFromScore && g.expressRefund);
    QCOMPARE(g.signForTime, 15);
    QCOMPARE(g.tags, t.tags);
    QCOMPARE(g.remark, t.remark);
    QCOMPARE(g.fetchedAt, 16);
    QVERIFY(!repo.get(QStringLiteral("nope")).value().has_value());
}

ANXIN_TEST_GUILESS_MAIN(TstTicketRepository)
#include "tst_ticketrepository.moc"

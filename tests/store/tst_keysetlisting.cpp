// The one keyset listing (store::forEachRow) that anxin-cli tickets and anxin-cli shipping page with: a sync
// committing on another connection between two pages neither skips nor repeats a row. Each case first shows
// that the same commits do make the old way (OFFSET over separate reads) skip and repeat, so the fault bites.
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/readsnapshot.h"
#include "store/shippingrepository.h"
#include "store/ticketrepository.h"
#include "store/writetransaction.h"
#include "tempdb.h"
#include "testmain.h"

#include <QSet>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace anxin;
using namespace anxin::store;
using anxin::test::TempDb;

namespace {

constexpr qint64 kNow = 1763700000;
constexpr qint64 kH = 3600;
constexpr int kPage = 3;

TicketRecord ticket(int n, qint64 deadline, qint64 updateTime = kNow - 1000)
{
    TicketRecord t = test::makeTicket(QStringLiteral("7%1").arg(n, 3, 10, QLatin1Char('0')), updateTime);
    t.statusDeadline = deadline;
    return t;
}

OrderRecord order(int n, qint64 expShip, qint64 updateTime = kNow - 1000)
{
    OrderRecord o;
    o.orderId = QStringLiteral("69%1").arg(n, 3, 10, QLatin1Char('0'));
    o.shopId = QStringLiteral("s1");
    o.orderStatus = 2;
    o.payTime = kNow - 48 * kH;
    o.updateTime = updateTime;
    o.expShipTime = expShip;
    o.payAmount = 1990;
    return o;
}

// The listing the CLI used before: OFFSET pages, each its own read.
template <class Row, class Page>
QStringList listByOffset(Page page, const std::function<void(int)> &betweenPages,
                         const std::function<QString(const Row &)> &id)
{
    QStringList out;
    for (int offset = 0, n = 0;; offset += kPage, ++n) {
        auto rows = page(offset, kPage);
        if (!rows)
            return {QStringLiteral("<error>")};
        for (const Row &r : rows.value())
            out << id(r);
        if (rows.value().size() < kPage)
            return out;
        betweenPages(n);
    }
}

} // namespace

class TstKeysetListing : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tickets_syncBetweenPages_neitherSkipsNorRepeats();
    void shipping_syncBetweenPages_neitherSkipsNorRepeats();
    void snapshot_endsWithTheListing();
    void snapshot_insideAnOpenTransaction_isThatTransaction();

private:
    // The other process: a sync writing through its own connection to the same file.
    void syncTickets(const QList<TicketRecord> &rows)
    {
        ANXIN_VERIFY_OK(TicketRepository(*m_writer).upsertBatch(rows));
    }
    void syncOrders(const QList<OrderRecord> &rows) { ANXIN_VERIFY_OK(OrderRepository(*m_writer).upsertBatch(rows)); }

    std::unique_ptr<TempDb> m_tmp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_writer;
};

void TstKeysetListing::init()
{
    m_tmp = std::make_unique<TempDb>();
    m_db = std::make_unique<Database>();
    ANXIN_VERIFY_OK(m_tmp->open(*m_db));
    m_writer = std::make_unique<Database>();
    ANXIN_VERIFY_OK(m_tmp->open(*m_writer));
}

void TstKeysetListing::cleanup()
{
    m_writer.reset();
    m_db.reset();
    m_tmp.reset();
}

void TstKeysetListing::tickets_syncBetweenPages_neitherSkipsNorRepeats()
{
    // Ten open tickets, due one hour apart: 7000 first.
    QList<TicketRecord> seed;
    QStringList expected;
    for (int i = 0; i < 10; ++i) {
        seed << ticket(i, kNow + (i + 1) * kH);
        expected << seed.last().aftersaleId;
    }
    syncTickets(seed);
    TicketFilter filter;
    filter.now = kNow;
    const TicketSort sort; // by deadline, ascending
    const TicketRepository repo(*m_db);
    // After the first page, the sync brings a new ticket due before all of them and moves the last one (7009) to
    // the front: an OFFSET listing repeats a row and never reaches 7009.
    const auto sync = [&](int page) {
        if (page == 0)
            syncTickets({ticket(100, kNow + 10), ticket(9, kNow + 20, kNow)});
    };

    const QStringList byOffset =
        listByOffset<TicketListRow>([&](int offset, int limit) { return repo.page(filter, sort, offset, limit); }, sync,
                                    [](const TicketListRow &r) { return r.aftersaleId; });
    QVERIFY2(byOffset.size() != QSet<QString>(byOffset.cbegin(), byOffset.cend()).size(),
             qPrintable(byOffset.join(QLatin1Char(' ')))); // a repeat
    QVERIFY(!byOffset.contains(QStringLiteral("7009")));   // a skip

    // Same again from the seeded state, through the listing the CLI uses.
    syncTickets({ticket(9, kNow + 10 * kH, kNow + 1)});
    ANXIN_VERIFY_OK(m_writer->exec(QStringLiteral("DELETE FROM tickets WHERE aftersale_id = '7100'")));
    QStringList listed;
    int rowsSeen = 0;
    const core::Status st =
        forEachRow<TicketListRow>(*m_db, kPage, KeysetReader{repo, filter, sort}, [&](const TicketListRow &r) {
            listed << r.aftersaleId;
            if (++rowsSeen == kPage)
                syncTickets({ticket(100, kNow + 10), ticket(9, kNow + 20, kNow + 2)});
        });
    ANXIN_VERIFY_OK(st);
    QCOMPARE(listed, expected); // the state when the listing began, each row once

    // The next listing sees the sync.
    QStringList after;
    ANXIN_VERIFY_OK(forEachRow<TicketListRow>(*m_db, kPage, KeysetReader{repo, filter, sort},
                                              [&](const TicketListRow &r) { after << r.aftersaleId; }));
    QCOMPARE(after.size(), 11);
    QCOMPARE(after.mid(0, 2), (QStringList{QStringLiteral("7100"), QStringLiteral("7009")}));
}

void TstKeysetListing::shipping_syncBetweenPages_neitherSkipsNorRepeats()
{
    QList<OrderRecord> seed;
    QStringList expected;
    for (int i = 0; i < 10; ++i) {
        seed << order(i, kNow + (i + 1) * kH);
        expected << seed.last().orderId;
    }
    syncOrders(seed);
    ShippingFilter filter;
    filter.now = kNow;
    const ShippingSort sort; // by promise, ascending
    const ShippingRepository repo(*m_db);

    const QStringList byOffset =
        listByOffset<ShippingRow>([&](int offset, int limit) { return repo.page(filter, sort, offset, limit); },
                                  [&](int page) {
                                      if (page == 0)
                                          syncOrders({order(100, kNow + 10), order(9, kNow + 20, kNow)});
                                  },
                                  [](const ShippingRow &r) { return r.orderId; });
    QVERIFY2(byOffset.size() != QSet<QString>(byOffset.cbegin(), byOffset.cend()).size(),
             qPrintable(byOffset.join(QLatin1Char(' '))));
    QVERIFY(!byOffset.contains(QStringLiteral("69009")));

    syncOrders({order(9, kNow + 10 * kH, kNow + 1)});
    ANXIN_VERIFY_OK(m_writer->exec(QStringLiteral("DELETE FROM orders WHERE order_id = '69100'")));
    for (const bool descending : {false, true}) {
        ShippingSort s = sort;
        s.descending = descending;
        QStringList listed;
        int rowsSeen = 0;
        ANXIN_VERIFY_OK(forEachRow<ShippingRow>(*m_db, kPage, KeysetReader{repo, filter, s}, [&](const ShippingRow &r) {
            listed << r.orderId;
            if (++rowsSeen == kPage) {
                // A new order due first, and the last one moved to the front, then both undone: two commits.
                syncOrders({order(200 + int(descending), kNow + 10), order(9, kNow + 20, kNow + 2 + 20 * descending)});
            }
        }));
        QStringList want = expected;
        if (descending)
            std::reverse(want.begin(), want.end());
        QCOMPARE(listed, want);
        syncOrders({order(9, kNow + 10 * kH, kNow + 10 + 20 * descending)});
        ANXIN_VERIFY_OK(m_writer->exec(QStringLiteral("DELETE FROM orders WHERE order_id LIKE '692%'")));
    }
}

void TstKeysetListing::snapshot_endsWithTheListing()
{
    syncTickets({ticket(1, kNow + kH)});
    {
        ReadSnapshot snapshot(*m_db);
        ANXIN_VERIFY_OK(snapshot.status());
        QVERIFY(m_db->inTransaction());
        QCOMPARE(TicketRepository(*m_db).count(TicketFilter{}).valueOr(-1), 1);
        syncTickets({ticket(2, kNow + kH)});
        QCOMPARE(TicketRepository(*m_db).count(TicketFilter{}).valueOr(-1), 1); // still the snapshot
        // A write on the reading connection is refused while it reads, not silently nested.
        WriteTransaction tx(*m_db);
        QCOMPARE(tx.status().error().kind, core::Error::Kind::Usage);
    }
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(TicketRepository(*m_db).count(TicketFilter{}).valueOr(-1), 2);
    // And the snapshot no longer holds the writer back: a checkpoint of the whole WAL goes through.
    QCOMPARE(TempDb::scalar(*m_writer, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).toInt(), 0);
}

void TstKeysetListing::snapshot_insideAnOpenTransaction_isThatTransaction()
{
    WriteTransaction tx(*m_db);
    ANXIN_VERIFY_OK(tx.status());
    ANXIN_VERIFY_OK(TicketRepository(*m_db).upsertBatch(tx, {ticket(3, kNow + kH)}));
    {
        ReadSnapshot snapshot(*m_db);
        ANXIN_VERIFY_OK(snapshot.status());
        QCOMPARE(TicketRepository(*m_db).count(TicketFilter{}).valueOr(-1), 1); // sees its own transaction's row
    }
    QVERIFY(m_db->inTransaction()); // the snapshot did not end the write transaction
    ANXIN_VERIFY_OK(tx.commit());
    QCOMPARE(TicketRepository(*m_writer).count(TicketFilter{}).valueOr(-1), 1);
}

ANXIN_TEST_GUILESS_MAIN(TstKeysetListing)
#include "tst_keysetlisting.moc"

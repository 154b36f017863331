// The After-sales list model over a real cache file: keyset windows, sorting on every column with ties, and the
// count settled by the counter thread.
#include "core/clock.h"
#include "models/ticketlistmodel.h"
#include "store/database.h"
#include "store/ticketrepository.h"
#include "tempdb.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace anxin;
using anxin::models::TicketListModel;
using anxin::store::TicketFilter;
using anxin::store::TicketRepository;
using anxin::store::TicketSort;
using anxin::test::TempDb;

namespace {

constexpr qint64 kNow = 1'700'000'000;
constexpr int kTickets = 1100; // more than four blocks of 256

// Many ties on every sortable column, so the id tie-break and the keyset position are exercised.
QList<store::TicketRecord> makeTickets(int first, int n)
{
    const QStringList products{QStringLiteral("榴莲"), QStringLiteral("荔枝"), QStringLiteral("车厘子"),
                               QStringLiteral("面霜"), QStringLiteral("Apple")};
    QList<store::TicketRecord> rows;
    for (int i = first; i < first + n; ++i) {
        store::TicketRecord t = test::makeTicket(QStringLiteral("73%1").arg(i * 7919 % 100003, 8, 10, QLatin1Char('0')),
                                                 kNow - 1000, QStringLiteral("s%1").arg(i % 3));
        t.aftersaleType = i % 4;
        t.aftersaleStatus = QList<int>{6, 7, 11, 12}.at(i % 4);
        t.refundAmount = (i % 37) * 100;
        t.statusDeadline = kNow + (i % 53) * 600;
        t.finalTime = i % 5 == 0 ? kNow - 10 : 0;
        t.productName = products.at(i % products.size());
        rows << t;
    }
    return rows;
}

// Every row the model shows: (raw value of the column, id).
QList<std::pair<QVariant, QString>> allRows(const TicketListModel &model, int column)
{
    QList<std::pair<QVariant, QString>> out;
    for (int r = 0; r < model.rowCount(); ++r) {
        out.append({model.data(model.index(r, column), TicketListModel::RawRole),
                    model.data(model.index(r, 0), TicketListModel::IdRole).toString()});
    }
    return out;
}

} // namespace

class TstTicketListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pageAfter_everySortColumnBothDirections_continuesOffsetOrder();
    void setFilter_moreThanOneBlock_countSettledByCounter();
    void setFilter_lessThanOneBlock_countExactAtOnce();
    void sort_eachColumnWithTies_everyRowInOrder();
    void reload_rowsAddedAndRemoved_countFollows();

private:
    std::unique_ptr<TempDb> m_tmp;
    std::unique_ptr<store::Database> m_db;
};

void TstTicketListModel::init()
{
    m_tmp = std::make_unique<TempDb>();
    m_db = std::make_unique<store::Database>();
    QVERIFY(m_tmp->open(*m_db).ok());
    ANXIN_VERIFY_OK(TicketRepository(*m_db).upsertBatch(makeTickets(0, kTickets)));
}

void TstTicketListModel::cleanup()
{
    m_db.reset();
    m_tmp.reset();
}

void TstTicketListModel::pageAfter_everySortColumnBothDirections_continuesOffsetOrder()
{
    const TicketRepository repo(*m_db);
    TicketFilter open;
    open.openOnly = true;
    for (const TicketFilter &filter : {TicketFilter{}, open}) {
        for (const QString &column : TicketRepository::sortColumns()) {
            for (bool descending : {false, true}) {
                const TicketSort sort{column, descending};
                const auto all = repo.page(filter, sort, 0, kTickets + 10);
                ANXIN_VERIFY_OK(all);
                QList<store::TicketListRow> walked = repo.page(filter, sort, 0, 100).value();
                while (true) {
                    const auto next = repo.pageAfter(filter, sort, walked.constLast(), 100);
                    ANXIN_VERIFY_OK(next);
                    if (next.value().isEmpty())
                        break;
                    walked += next.value();
                }
                QCOMPARE(walked.size(), all.value().size());
                for (qsizetype i = 0; i < walked.size(); ++i)
                    QCOMPARE(walked[i].id, all.value()[i].id);
            }
        }
    }
}

void TstTicketListModel::setFilter_moreThanOneBlock_countSettledByCounter()
{
    TicketListModel model(m_db.get(), std::make_shared<core::ManualClock>(kNow * 1000));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model.countIsExact());
    QCOMPARE(model.rowCount(), kTickets);
    QSignalSpy counts(&model, &TicketListModel::countChanged);
    TicketFilter open;
    open.openOnly = true;
    model.setFilter(open);
    // The first block at once; the rest when the counter thread has counted.
    QCOMPARE(model.rowCount(), TicketListModel::kBlock);
    QVERIFY(!model.countIsExact());
    QTRY_VERIFY(model.countIsExact());
    const int expected = TicketRepository(*m_db).count(open).value();
    QCOMPARE(expected, kTickets - kTickets / 5);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(counts.size(), 2); // the rows shown at once, then the exact count
    QCOMPARE(counts.at(0).first().toInt(), int(TicketListModel::kBlock));
    QCOMPARE(counts.at(1).first().toInt(), expected);
    QVERIFY(!model.data(model.index(expected - 1, 0), TicketListModel::IdRole).toString().isEmpty());
}

void TstTicketListModel::setFilter_lessThanOneBlock_countExactAtOnce()
{
    TicketListModel model(m_db.get(), std::make_shared<core::ManualClock>(kNow * 1000));
    QSignalSpy counts(&model, &TicketListModel::countChanged);
    TicketFilter f;
    f.shopIds = {QStringLiteral("s1")};
    f.types = {1};
    f.openOnly = true;
    model.setFilter(f);
    QVERIFY(model.countIsExact());
    QCOMPARE(model.rowCount(), TicketRepository(*m_db).count(f).value());
    QVERIFY(model.rowCount() > 0 && model.rowCount() < TicketListModel::kBlock);
    QCOMPARE(counts.size(), 1);
    f.text = QStringLiteral("nothing-matches-this");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(counts.size(), 2);
}

void TstTicketListModel::sort_eachColumnWithTies_everyRowInOrder()
{
    TicketListModel model(m_db.get(), std::make_shared<core::ManualClock>(kNow * 1000));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model.countIsExact());
    const TicketRepository repo(*m_db);
    int sorted = 0;
    for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
        const QString key = TicketListModel::sortKeyFor(column);
        if (key.isEmpty())
            continue;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            const auto rows = allRows(model, column);
            QCOMPARE(rows.size(), kTickets);
            // The same rows in the same order as one query over the whole table: ties broken by id.
            const auto expected = repo.page({}, {key, order == Qt::DescendingOrder}, 0, kTickets).value();
            for (int i = 0; i < kTickets; ++i)
                QCOMPARE(rows[i].second, expected[i].aftersaleId);
            // And the column's raw values are monotonic (the time-left column shows no deadline once closed).
            if (column == TicketListModel::TimeLeft)
                continue;
            for (int i = 1; i < kTickets; ++i) {
                const int c = QVariant::compare(rows[i - 1].first, rows[i].first) == QPartialOrdering::Greater
                                  ? 1
                                  : (rows[i - 1].first == rows[i].first ? 0 : -1);
                QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0, qPrintable(key));
            }
        }
        ++sorted;
    }
    QCOMPARE(sorted, 6);
}

void TstTicketListModel::reload_rowsAddedAndRemoved_countFollows()
{
    TicketListModel model(m_db.get(), std::make_shared<core::ManualClock>(kNow * 1000));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model.countIsExact());
    ANXIN_VERIFY_OK(TicketRepository(*m_db).upsertBatch(makeTickets(kTickets, 300)));
    model.reload();
    QCOMPARE(model.rowCount(), kTickets); // the place in the list is kept until the count is known
    QTRY_COMPARE(model.rowCount(), kTickets + 300);
    QVERIFY(model.countIsExact());
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM tickets WHERE id > 200")).ok());
    model.reload();
    QTRY_COMPARE(model.rowCount(), 200);
    QVERIFY(model.countIsExact());
}

ANXIN_TEST_GUILESS_MAIN(TstTicketListModel)
#include "tst_ticketlistmodel.moc"

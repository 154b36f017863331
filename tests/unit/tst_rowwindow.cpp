// The list models' one windowed row cache (models::RowWindow) and "reload when shown" (models::LazyReload).
#include "models/lazyreload.h"
#include "models/rowwindow.h"
#include "testmain.h"

#include <QtTest>

using namespace anxin;
using anxin::models::LazyReload;
using anxin::models::RowWindow;

namespace {

// A list of `total` rows 0..total-1 that records how each block was asked for.
struct Source
{
    int total = 0;
    QStringList calls; // "after N" or "offset N"
    bool fail = false;

    core::Result<QList<int>> operator()(const int *after, int offset, int limit)
    {
        if (fail)
            return core::Error::make(core::Error::Kind::Storage, QStringLiteral("disk gone"));
        const int from = after ? *after + 1 : offset;
        calls << (after ? QStringLiteral("after %1").arg(*after) : QStringLiteral("offset %1").arg(offset));
        QList<int> out;
        for (int i = from; i < qMin(total, from + limit); ++i)
            out << i;
        return out;
    }
};

} // namespace

class TstRowWindow : public QObject
{
    Q_OBJECT
private slots:
    void scrolling_readsTheNextBlockByKeyset()
    {
        RowWindow<int> w(10, 3);
        Source src{95};
        core::Error err;
        for (int row = 0; row < 95; ++row) {
            const int *r = w.at(row, src, err);
            QVERIFY(r);
            QCOMPARE(*r, row);
        }
        QCOMPARE(src.calls.first(), QStringLiteral("offset 0"));
        QCOMPARE(src.calls.size(), 10);
        for (int i = 1; i < 10; ++i)
            QCOMPARE(src.calls.at(i), QStringLiteral("after %1").arg(i * 10 - 1));
        QVERIFY(!w.at(95, src, err)); // past the rows read
    }

    void jump_readsByOffset_andKeepsAtMostMaxBlocks()
    {
        RowWindow<int> w(10, 3);
        Source src{1000};
        core::Error err;
        QCOMPARE(*w.at(500, src, err), 500);
        QCOMPARE(src.calls, QStringList{QStringLiteral("offset 500")});
        QCOMPARE(*w.at(5, src, err), 5);
        QCOMPARE(*w.at(15, src, err), 15);
        QCOMPARE(*w.at(25, src, err), 25); // a fourth block: block 50 (least recently used) goes
        QCOMPARE(w.find([](int v) { return v == 505; }), -1);
        QCOMPARE(w.find([](int v) { return v == 7; }), 7);
        src.calls.clear();
        QCOMPARE(*w.at(7, src, err), 7); // kept: no read
        QVERIFY(src.calls.isEmpty());
        w.truncate(20);
        QCOMPARE(w.find([](int v) { return v == 25; }), -1);
        QCOMPARE(w.find([](int v) { return v == 15; }), 15);
    }

    void failedRead_saysWhy_andIsRetried()
    {
        RowWindow<int> w(10, 3);
        Source src{30};
        src.fail = true;
        core::Error err;
        QVERIFY(!w.at(3, src, err));
        QCOMPARE(err.kind, core::Error::Kind::Storage);
        src.fail = false;
        QCOMPARE(*w.at(3, src, err), 3);
        w.setFirst({100, 101});
        QCOMPARE(*w.at(1, src, err), 101);
        QCOMPARE(w.first()->size(), 2);
    }

    void lazyReload_remembersWhileHidden_once()
    {
        LazyReload hidden(false);
        QVERIFY(hidden.isStale()); // never loaded: loads when first shown
        QVERIFY(hidden.setActive(true));
        QVERIFY(!hidden.setActive(true)); // nothing new since
        QVERIFY(hidden.wanted());         // shown: at once
        hidden.setActive(false);
        QVERIFY(!hidden.wanted());
        QVERIFY(!hidden.wanted()); // asked twice while hidden: one reload when shown
        QVERIFY(hidden.setActive(true));
        QVERIFY(!hidden.isStale());
        LazyReload shown;
        QVERIFY(!shown.isStale());
        QVERIFY(!shown.setActive(false));
        QVERIFY(!shown.setActive(true));
    }
};

ANXIN_TEST_GUILESS_MAIN(TstRowWindow)
#include "tst_rowwindow.moc"

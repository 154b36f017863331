// The one home for remembered page layout (ui::rememberHeader, ui::rememberSplitter): what the user arranged
// comes back in a new window of the same profile; a damaged value falls back to the defaults.
#include "common/viewstate.h"
#include "testmain.h"

#include <QHeaderView>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace anxin;

namespace {

QStandardItemModel *numbers(QObject *parent)
{
    auto *m = new QStandardItemModel(5, 3, parent);
    for (int r = 0; r < 5; ++r) {
        for (int c = 0; c < 3; ++c) {
            auto *item = new QStandardItem;
            item->setData((r * 7 + c) % 5, Qt::DisplayRole);
            m->setItem(r, c, item);
        }
    }
    return m;
}

} // namespace

class TstViewState : public QObject
{
    Q_OBJECT
private slots:
    void header_widthsOrderAndSort_comeBack()
    {
        QTemporaryDir dir;
        core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        const core::SettingKey<QByteArray> key{"test/headerState", QByteArray()};
        {
            QTableView table;
            table.setModel(numbers(&table));
            table.setSortingEnabled(true);
            QVERIFY(!ui::rememberHeader(&table, settings, key)); // nothing remembered yet
            table.setColumnWidth(1, 171);
            table.horizontalHeader()->moveSection(2, 0);
            table.sortByColumn(1, Qt::DescendingOrder);
        }
        QVERIFY(!settings.get(key).isEmpty());
        QTableView again;
        auto *model = numbers(&again);
        again.setModel(model);
        again.setSortingEnabled(true);
        again.sortByColumn(0, Qt::AscendingOrder);
        QVERIFY(ui::rememberHeader(&again, settings, key));
        QCOMPARE(again.columnWidth(1), 171);
        QCOMPARE(again.horizontalHeader()->visualIndex(2), 0);
        QCOMPARE(again.horizontalHeader()->sortIndicatorSection(), 1);
        // The model is sorted the way the header says, not only the arrow.
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->item(r - 1, 1)->data(Qt::DisplayRole).toInt() >=
                    model->item(r, 1)->data(Qt::DisplayRole).toInt());
    }

    void splitter_sizesComeBack_damagedValueGivesDefaults()
    {
        QTemporaryDir dir;
        core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        const core::SettingKey<QByteArray> key{"test/splitterState", QByteArray()};
        QList<int> moved;
        {
            QSplitter splitter;
            splitter.addWidget(new QWidget);
            splitter.addWidget(new QWidget);
            splitter.resize(1000, 400);
            ui::rememberSplitter(&splitter, settings, key, {600, 400});
            splitter.show();
            QVERIFY(QTest::qWaitForWindowExposed(&splitter));
            QVERIFY(splitter.sizes().constFirst() > splitter.sizes().constLast()); // the defaults: nothing remembered
            const int handle = splitter.handleWidth();
            splitter.setSizes({300, 700 - handle});
            moved = splitter.sizes();
            emit splitter.splitterMoved(300, 1); // what a drag of the handle announces
        }
        {
            QSplitter splitter;
            splitter.addWidget(new QWidget);
            splitter.addWidget(new QWidget);
            splitter.resize(1000, 400);
            ui::rememberSplitter(&splitter, settings, key, {600, 400});
            splitter.show();
            QVERIFY(QTest::qWaitForWindowExposed(&splitter));
            QCOMPARE(splitter.sizes(), moved);
        }
        settings.set(key, QByteArray("not a splitter state"));
        QSplitter splitter;
        splitter.addWidget(new QWidget);
        splitter.addWidget(new QWidget);
        splitter.resize(1000, 400);
        ui::rememberSplitter(&splitter, settings, key, {600, 400});
        splitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        QVERIFY(splitter.sizes().constFirst() > splitter.sizes().constLast());
    }
};

ANXIN_TEST_MAIN(TstViewState)
#include "tst_viewstate.moc"

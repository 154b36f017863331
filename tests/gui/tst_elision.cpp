// Screens an agent reads all day (issue #38, step 1): on the seeded demo shop, at 1366×768 (the most common office
// laptop), no money, status or time-left value in the main lists is cut. Read from the views' geometry and the
// delegates' size hints (the font metrics the views paint with), not from pixels. The real DeskSession and
// MainWindow, synced from the in-process sandbox with the demo's seed.
#include "models/desksession.h"
#include "sandbox/sandboxoptions.h"
#include "sandboxharness.h"
#include "sandboxprofile.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"
#include "testmain.h"

#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace anxin;

class TstElision : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lists_at1366x768_noMoneyStatusOrTimeCut_data();
    void lists_at1366x768_noMoneyStatusOrTimeCut();
    void cleanupTestCase();

private:
    std::unique_ptr<test::SandboxHarness> m_sandbox;
    std::unique_ptr<test::SandboxProfile> m_profile;
    std::unique_ptr<models::DeskSession> m_session;
    std::unique_ptr<ui::LanguageManager> m_languages;
};

void TstElision::initTestCase()
{
    sandbox::SandboxOptions options;
    options.seed = 42; // the demo's shop (scripts/demo)
    options.tickets = 600;
    m_sandbox = std::make_unique<test::SandboxHarness>(options);
    m_profile = std::make_unique<test::SandboxProfile>(*m_sandbox);
    QVERIFY(m_profile->created);
    m_session = std::make_unique<models::DeskSession>(m_profile->profile, m_profile->settings, core::Clock::system());
    QVERIFY(m_session->open().ok());
    QSignalSpy synced(m_session.get(), &models::DeskSession::syncFinished);
    m_session->syncControl().startSync(0);
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 120000);
    m_languages = std::make_unique<ui::LanguageManager>();
}

void TstElision::cleanupTestCase()
{
    m_session.reset();
}

void TstElision::lists_at1366x768_noMoneyStatusOrTimeCut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QList<int>>("columns"); // the model's money, status and time-left columns
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        // TicketListModel: TimeLeft 0, Status 3, Amount 4. ClaimsModel: TimeLeft 0, Verdict 1, Window 4, Claimed 5,
        // Suggested 6. ShippingListModel: TimeLeft 0, Amount 5, State 6.
        QTest::addRow("after-sales %s", qPrintable(language))
            << language << int(ui::PageId::AfterSales) << QStringLiteral("ticketTable") << QList<int>{0, 3, 4};
        QTest::addRow("claims %s", qPrintable(language))
            << language << int(ui::PageId::Claims) << QStringLiteral("claimTable") << QList<int>{0, 1, 4, 5, 6};
        QTest::addRow("shipping %s", qPrintable(language))
            << language << int(ui::PageId::Shipping) << QStringLiteral("shippingTable") << QList<int>{0, 5, 6};
    }
}

void TstElision::lists_at1366x768_noMoneyStatusOrTimeCut()
{
    QFETCH(QString, language);
    QFETCH(int, page);
    QFETCH(QString, table);
    QFETCH(QList<int>, columns);
    m_languages->apply(language);
    ui::MainWindow w(*m_session, *m_languages, m_profile->dir.path());
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(ui::PageId(page));
    QTableView *view = nullptr;
    QTRY_VERIFY((view = w.findChild<QTableView *>(table)) && view->isVisible() && view->model()->rowCount() > 0);
    QTest::qWait(50); // one turn of the event loop after the rows arrived: the columns are sized by then
    QAbstractItemModel *model = view->model();
    QStringList cut;
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    option.widget = view;
    for (int row = 0; row < std::min(model->rowCount(), 400); ++row) {
        for (int col : columns) {
            if (view->isColumnHidden(col))
                continue;
            const QModelIndex index = model->index(row, col);
            const int needed = view->itemDelegateForIndex(index)->sizeHint(option, index).width();
            if (needed > view->columnWidth(col))
                cut << QStringLiteral("%1 “%2” needs %3 px, has %4")
                           .arg(model->headerData(col, Qt::Horizontal).toString(), index.data().toString())
                           .arg(needed)
                           .arg(view->columnWidth(col));
        }
    }
    cut.removeDuplicates();
    QVERIFY2(cut.isEmpty(), qPrintable(cut.mid(0, 8).join(QStringLiteral("\n"))));
}

ANXIN_TEST_MAIN(TstElision)
#include "tst_elision.moc"

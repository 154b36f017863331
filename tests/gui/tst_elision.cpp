// Screens an agent reads all day (issue #38, step 1): on the seeded demo shop, at 1366×768 (the most common office
// laptop), no money, status or time-left value in the main lists is cut. Read from the views' geometry and the
// delegates' size hints (the font metrics the views paint with), not from pixels. The real DeskSession and
// MainWindow, synced from the in-process sandbox with the demo's seed.
#include "core/deadlines.h"
#include "models/claimsmodel.h"
#include "models/desksession.h"
#include "models/labels.h"
#include "models/shippinglistmodel.h"
#include "models/ticketlistmodel.h"
#include "sandbox/sandboxoptions.h"
#include "sandboxharness.h"
#include "sandboxprofile.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"
#include "testmain.h"

#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace anxin;

namespace {

// What the view paints a cell with: its font and metrics (the delegates' size hints read them).
QStyleOptionViewItem viewOption(QTableView *view)
{
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    option.widget = view;
    return option;
}

} // namespace

class TstElision : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lists_at1366x768_noMoneyStatusOrTimeCut_data();
    void lists_at1366x768_noMoneyStatusOrTimeCut();
    void timeLeftColumns_worstCaseTexts_fit_data();
    void timeLeftColumns_worstCaseTexts_fit();
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
    const QStyleOptionViewItem option = viewOption(view);
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

// The demo's rows are one month's texts; a desk offline for a day or a parcel unscanned for weeks makes longer ones.
// The longest each time-left column can be asked to show, in each language and in the face it is drawn in (bold when
// overdue or under an hour), fits the column's width at 1366×768.
void TstElision::timeLeftColumns_worstCaseTexts_fit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("bandRole");
    QTest::addColumn<bool>("shipping");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}) {
        QTest::addRow("after-sales %s", qPrintable(language))
            << language << int(ui::PageId::AfterSales) << QStringLiteral("ticketTable")
            << int(models::TicketListModel::BandRole) << false;
        QTest::addRow("claims %s", qPrintable(language))
            << language << int(ui::PageId::Claims) << QStringLiteral("claimTable") << int(models::ClaimsModel::BandRole)
            << false;
        QTest::addRow("shipping %s", qPrintable(language))
            << language << int(ui::PageId::Shipping) << QStringLiteral("shippingTable")
            << int(models::ShippingListModel::BandRole) << true;
    }
}

void TstElision::timeLeftColumns_worstCaseTexts_fit()
{
    QFETCH(QString, language);
    QFETCH(int, page);
    QFETCH(QString, table);
    QFETCH(int, bandRole);
    QFETCH(bool, shipping);
    m_languages->apply(language);
    ui::MainWindow w(*m_session, *m_languages, m_profile->dir.path());
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(ui::PageId(page));
    QTableView *view = nullptr;
    QTRY_VERIFY((view = w.findChild<QTableView *>(table)) && view->isVisible());
    QTest::qWait(50);
    const qint64 now = 1'800'000'000;
    const qint64 m = 60, h = 3600, d = 86400;
    using core::DeadlineBand;
    QList<std::pair<QString, DeadlineBand>> texts{
        {models::timeLeftText(now - 23 * h - 59 * m, now), DeadlineBand::Overdue},
        {models::timeLeftText(now + 59 * m, now), DeadlineBand::Under1h},
        {models::timeLeftText(now + 3 * h + 59 * m, now), DeadlineBand::Under4h},
        {models::timeLeftText(now + 23 * h + 59 * m, now), DeadlineBand::Under24h},
        {models::timeLeftText(now + 29 * d + 23 * h, now), DeadlineBand::Later}};
    if (shipping) {
        // A paid order weeks past its promise, a parcel weeks without its pickup scan.
        texts << std::pair{models::timeLeftText(now - 99 * d - 23 * h, now), DeadlineBand::Overdue}
              << std::pair{QCoreApplication::translate("ShippingList", "No pickup scan · %1")
                               .arg(models::durationText(99 * d + 23 * h)),
                           DeadlineBand::Overdue};
    } else {
        texts << std::pair{models::timeLeftText(now - 6 * d - 23 * h, now), DeadlineBand::Overdue}; // a week offline
    }
    QStandardItemModel model;
    for (const auto &[text, band] : texts) {
        auto *item = new QStandardItem(text);
        item->setData(int(band), bandRole);
        model.appendRow(item);
    }
    const QStyleOptionViewItem option = viewOption(view);
    QAbstractItemDelegate *delegate = view->itemDelegateForColumn(0);
    QStringList cut;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const int needed = delegate->sizeHint(option, index).width();
        if (needed > view->columnWidth(0))
            cut << QStringLiteral("“%1” needs %2 px, has %3")
                       .arg(index.data().toString())
                       .arg(needed)
                       .arg(view->columnWidth(0));
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
}

ANXIN_TEST_MAIN(TstElision)
#include "tst_elision.moc"

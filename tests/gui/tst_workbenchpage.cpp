// The Workbench page over a real cache: what falls due in the next 4 hours, read on the page's own reader thread
// (the UI only shows it), re-read when the cache changes while shown, not read at all while hidden.
#include "common/bands.h"
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "store/ticketrepository.h"
#include "tempdb.h"
#include "testmain.h"
#include "workbench/workbenchpage.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace anxin;

namespace {
constexpr qint64 kNow = 1795000000;
}

class TestWorkbenchPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void shown_readsOffTheUiThread_listsWhatIsDueIn4Hours();
    void cacheChanged_whileShown_reread_whileHidden_notReadUntilShown();
    void cacheUnreadable_saysSo_tryAgainReadsIt();

private:
    bool addTicket(const QString &id, qint64 deadline, qint64 finalTime = 0);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Profile> m_profile;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<models::DeskSession> m_session;
};

void TestWorkbenchPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<core::Profile>(m_dir->path());
    QVERIFY(m_profile->ensureExists().ok());
    m_settings = std::make_unique<core::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->set(core::keys::shopId, QStringLiteral("s1"));
    m_session = std::make_unique<models::DeskSession>(*m_profile, *m_settings,
                                                      std::make_shared<core::ManualClock>(kNow * 1000));
    QVERIFY(m_session->open().ok());
    QVERIFY(addTicket(QStringLiteral("7001"), kNow - 600));       // overdue
    QVERIFY(addTicket(QStringLiteral("7002"), kNow + 1800));      // < 1 h
    QVERIFY(addTicket(QStringLiteral("7003"), kNow + 3 * 3600));  // < 4 h
    QVERIFY(addTicket(QStringLiteral("7004"), kNow + 6 * 3600));  // this shift, not the next 4 hours
    QVERIFY(addTicket(QStringLiteral("7005"), kNow + 600, kNow)); // closed: nothing to do
    QVERIFY(addTicket(QStringLiteral("7006"), kNow + 30 * 3600)); // tomorrow
}

void TestWorkbenchPage::cleanup()
{
    m_session.reset();
    m_settings.reset();
    m_profile.reset();
    m_dir.reset();
}

bool TestWorkbenchPage::addTicket(const QString &id, qint64 deadline, qint64 finalTime)
{
    store::TicketRecord t = test::makeTicket(id, kNow - 3600);
    t.statusDeadline = deadline;
    t.finalTime = finalTime;
    return store::TicketRepository(*m_session->cache().database()).upsertBatch({t}).ok();
}

void TestWorkbenchPage::shown_readsOffTheUiThread_listsWhatIsDueIn4Hours()
{
    ui::WorkbenchPage page(*m_session);
    QSignalSpy loaded(&page, &ui::WorkbenchPage::loaded);
    page.resize(1200, 800);
    page.show();
    // Showing asks the reader; the UI thread has nothing to show until the answer comes back.
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(page.dueCount(), 0);
    QVERIFY(loaded.wait());
    QCOMPARE(page.dueCount(), 3);
    auto *due = page.findChild<QTableView *>(QStringLiteral("dueTable"));
    QVERIFY(due && due->model());
    const QAbstractItemModel *m = due->model();
    QCOMPARE(m->index(0, 2).data().toString(), QStringLiteral("7001")); // soonest (overdue) first
    QCOMPARE(m->index(1, 2).data().toString(), QStringLiteral("7002"));
    QCOMPARE(m->index(2, 2).data().toString(), QStringLiteral("7003"));
    QCOMPARE(m->index(0, 1).data().toString(), QStringLiteral("After-sales"));
    // The time left is drawn as in every list, in its band (the delegate makes the chip and the weight).
    QVERIFY(qobject_cast<ui::BandDelegate *>(due->itemDelegateForColumn(0)));
    QCOMPARE(m->index(0, 0).data(ui::WorkbenchPage::kDueBandRole).toInt(), int(core::DeadlineBand::Overdue));
    QCOMPARE(m->index(2, 0).data(ui::WorkbenchPage::kDueBandRole).toInt(), int(core::DeadlineBand::Under4h));
    QCOMPARE(m->index(1, 3).data().toString(), QStringLiteral("¥10.00"));
    QCOMPARE(m->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Ticket or order"));
    QCOMPARE(m->index(1, 4).data(Qt::ToolTipRole), m->index(1, 4).data()); // what is due, whole where it is elided

    // Enter on a ticket opens it.
    QSignalSpy open(&page, &ui::WorkbenchPage::openTicketRequested);
    due->setFocus();
    due->setCurrentIndex(m->index(1, 0));
    QTest::keyClick(due, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("7002"));
    bool shiftSaid = false;
    for (const QLabel *l : page.findChildren<QLabel *>())
        shiftSaid = shiftSaid || l->text().contains(QLatin1String("4 ticket step(s)")); // 7001–7004 within 8 h
    QVERIFY(shiftSaid);
}

// A cache the reader cannot read hides the last list (it may no longer be true) and says why, with "Try again".
void TestWorkbenchPage::cacheUnreadable_saysSo_tryAgainReadsIt()
{
    ui::WorkbenchPage page(*m_session);
    QSignalSpy loaded(&page, &ui::WorkbenchPage::loaded);
    page.resize(1200, 800);
    page.show();
    QVERIFY(loaded.wait());
    auto *due = page.findChild<QTableView *>(QStringLiteral("dueTable"));
    auto *empty = page.findChild<QLabel *>(QStringLiteral("workbenchEmpty"));
    QVERIFY(due->isVisible());
    store::Database &db = *m_session->cache().database();
    QVERIFY(db.exec(QStringLiteral("ALTER TABLE tickets RENAME TO tickets_away")).ok());
    page.refresh();
    QVERIFY(loaded.wait());
    QVERIFY(empty->isVisible());
    QVERIFY(!due->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("This list could not be read")), qPrintable(empty->text()));
    QVERIFY(db.exec(QStringLiteral("ALTER TABLE tickets_away RENAME TO tickets")).ok());
    emit empty->linkActivated(QStringLiteral("anxin:retry"));
    QVERIFY(loaded.wait());
    QVERIFY(due->isVisible());
    QCOMPARE(page.dueCount(), 3);
}

void TestWorkbenchPage::cacheChanged_whileShown_reread_whileHidden_notReadUntilShown()
{
    ui::WorkbenchPage page(*m_session);
    QSignalSpy loaded(&page, &ui::WorkbenchPage::loaded);
    page.show();
    QVERIFY(loaded.wait());
    QCOMPARE(page.dueCount(), 3);

    QVERIFY(addTicket(QStringLiteral("7010"), kNow + 2 * 3600));
    emit m_session->cacheChanged();
    QCOMPARE(page.dueCount(), 3); // the new ticket shows when the reader answers
    QVERIFY(loaded.wait());
    QCOMPARE(page.dueCount(), 4);

    page.hide();
    QVERIFY(addTicket(QStringLiteral("7011"), kNow + 2 * 3600));
    emit m_session->cacheChanged();
    QVERIFY(!loaded.wait(300)); // hidden: nothing read
    QCOMPARE(loaded.size(), 2);
    page.show();
    QVERIFY(loaded.wait());
    QCOMPARE(page.dueCount(), 5);
}

ANXIN_TEST_MAIN(TestWorkbenchPage)
#include "tst_workbenchpage.moc"

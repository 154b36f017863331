// Settings driven through the real main window: the About box, key bindings picked up by the After-sales page,
// the confirmation threshold, and the agent limit by role. Against a real in-process sandbox and a real cache.
#include "aftersales/aftersalespage.h"
#include "common/prompts.h"
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "core/version.h"
#include "models/desksession.h"
#include "models/ticketlistmodel.h"
#include "sandboxharness.h"
#include "settings/aboutdialog.h"
#include "settings/settingspage.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/ticketrepository.h"
#include "testmain.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace anxin;
using namespace anxin::ui;

class TestSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void about_showsVersionsProfileAndAuditHead();
    void rebindApprove_afterSalesUsesNewKey_conflictRefused();
    void resetKeys_restoresDefaults();
    void confirmThreshold_setInSettings_usedByApprove();
    void agentLimit_ownerSets_agentReadOnly();
    void afterSalesColumns_widthOrderSort_rememberedAcrossRestarts();

private:
    QString approvableId();
    int pendingCount() const;
    int approvalsOf(const QString &id) const;
    void rebind(QKeySequenceEdit *edit, Qt::Key key);

    std::unique_ptr<test::SandboxHarness> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Profile> m_profile;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<models::DeskSession> m_session;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    int m_confirmations = 0;
};

void TestSettingsPage::initTestCase()
{
    qputenv("ANXIN_SECRET_STORE", "memory");
    qputenv("ANXIN_APP_SECRET", sandbox::kDemoAppSecret);
    sandbox::SandboxOptions options;
    options.seed = 11;
    options.tickets = 400;
    m_sandbox = std::make_unique<test::SandboxHarness>(options);
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<core::Profile>(m_dir->path());
    QVERIFY(m_profile->ensureExists().ok());
    m_settings = std::make_unique<core::Settings>(m_profile->settingsPath());
    m_settings->set(core::keys::gateway, m_sandbox->baseUrl());
    m_settings->set(core::keys::appKey, QString::fromLatin1(sandbox::kDemoAppKey));
    m_settings->set(core::keys::shopId, QString::fromLatin1(sandbox::kDemoShopId));
    m_session = std::make_unique<models::DeskSession>(*m_profile, *m_settings, core::Clock::system());
    QVERIFY(m_session->open().ok());
    QSignalSpy synced(m_session.get(), &models::DeskSession::syncFinished);
    m_session->syncControl().startSync(0);
    QVERIFY(synced.wait(120000));
    QVERIFY(m_session->tickets()->rowCount() > 0);
    m_languages = std::make_unique<LanguageManager>();
    m_languages->apply(QStringLiteral("en"));
    setConfirmOverride([this](QWidget *, const QString &, const QString &) {
        ++m_confirmations;
        return true;
    });
}

void TestSettingsPage::init()
{
    m_confirmations = 0;
    m_window = std::make_unique<MainWindow>(*m_session, *m_languages, m_dir->path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestSettingsPage::cleanup()
{
    m_window.reset();
}

void TestSettingsPage::cleanupTestCase()
{
    setConfirmOverride({});
    m_session.reset();
    m_sandbox.reset();
}

QString TestSettingsPage::approvableId()
{
    store::TicketFilter f;
    f.statuses = {6};
    f.types = {0};
    f.openOnly = true;
    f.hasPendingDecision = false;
    // Skip tickets decided earlier in this run (their new state may not have been pulled yet).
    QSet<QString> decided;
    const QList<store::OutboxEntry> entries = m_session->decisions().outboxEntries().value();
    for (const auto &e : entries)
        decided.insert(e.aftersaleId);
    for (const auto &r : store::TicketRepository(*m_session->cache().database()).page(f, {}, 0, 50).valueOr({}))
        if (!decided.contains(r.aftersaleId))
            return r.aftersaleId;
    return {};
}

// Decisions queued on this computer, whatever became of them since (the background sync sends them at once).
int TestSettingsPage::pendingCount() const
{
    return int(m_session->decisions().outboxEntries().value().size());
}

int TestSettingsPage::approvalsOf(const QString &id) const
{
    int n = 0;
    const QList<store::OutboxEntry> entries = m_session->decisions().outboxEntries().value();
    for (const auto &e : entries)
        n += e.aftersaleId == id && e.action == QLatin1String("approve");
    return n;
}

void TestSettingsPage::rebind(QKeySequenceEdit *edit, Qt::Key key)
{
    QSignalSpy finished(edit, &QKeySequenceEdit::editingFinished);
    edit->setFocus();
    QTest::keyClick(edit, key);
    QVERIFY(finished.wait(5000)); // the edit finishes recording a second after the last key
}

void TestSettingsPage::about_showsVersionsProfileAndAuditHead()
{
    store::AuditEntry e;
    e.at = 1763700000;
    e.actor = QStringLiteral("tester");
    e.action = QStringLiteral("settings.test");
    e.subject = QStringLiteral("about");
    store::AuditRepository audit(*m_session->cache().database());
    QVERIFY(audit.append(e).ok());
    QVERIFY(audit.append(e).ok());
    const auto head = audit.head();
    QVERIFY(head.ok() && head.value());

    m_window->showPage(PageId::Settings);
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("aboutButton"));
    QVERIFY(button && button->isVisible());
    button->click();
    auto *dialog = m_window->findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const auto text = [dialog](const char *name) {
        auto *l = dialog->findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QStringLiteral("<missing>");
    };
    QVERIFY(text("aboutVersion").contains(QLatin1String(core::kAppVersion)));
    QVERIFY(text("aboutVersion").contains(QLatin1String(core::kGitCommit)));
    QCOMPARE(text("aboutQt"), QString::fromLatin1(qVersion()));
    QCOMPARE(text("aboutSqlite"), QString::fromLatin1(sqlite3_libversion()));
    QVERIFY(text("aboutRules").contains(QLatin1String("guarantee rules v1")));
    QCOMPARE(text("aboutProfile"), m_dir->path());
    QVERIFY2(text("aboutAudit").contains(head.value()->hash), qPrintable(text("aboutAudit")));
    QVERIFY(text("aboutAudit").contains(QStringLiteral("%1 entries").arg(head.value()->seq)));
    QVERIFY(dialog->plainText().contains(head.value()->hash));
    dialog->close();
}

void TestSettingsPage::rebindApprove_afterSalesUsesNewKey_conflictRefused()
{
    m_settings->set(core::keys::confirmAmountFen, qint64(100'000'000)); // no confirmation in the way
    m_window->showPage(PageId::Settings);
    auto *approveKey = m_window->findChild<QKeySequenceEdit *>(QStringLiteral("key_approve"));
    QVERIFY(approveKey);
    QCOMPARE(approveKey->keySequence(), QKeySequence(Qt::Key_A));
    rebind(approveKey, Qt::Key_Y);
    QCOMPARE(m_settings->raw().value(QStringLiteral("keys/approve")).toString(), QStringLiteral("Y"));
    QCOMPARE(approveKey->keySequence(), QKeySequence(Qt::Key_Y));

    // J already moves to the next ticket: refused, with a message naming the other action.
    rebind(approveKey, Qt::Key_J);
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("keyMessage"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("Next ticket")), qPrintable(message->text()));
    QCOMPARE(m_settings->raw().value(QStringLiteral("keys/approve")).toString(), QStringLiteral("Y"));
    QCOMPARE(approveKey->keySequence(), QKeySequence(Qt::Key_Y));
    // Keys the window uses are refused too.
    rebind(approveKey, Qt::Key_F5);
    QVERIFY2(message->text().contains(QLatin1String("used by the window")), qPrintable(message->text()));
    QCOMPARE(m_settings->raw().value(QStringLiteral("keys/approve")).toString(), QStringLiteral("Y"));

    // The After-sales page, already built, now approves with Y and no longer with A.
    m_window->showPage(PageId::AfterSales);
    auto *page = qobject_cast<AfterSalesPage *>(m_window->page(PageId::AfterSales));
    QVERIFY(page);
    const QString id = approvableId();
    QVERIFY(!id.isEmpty());
    page->openTicket(id);
    QCOMPARE(page->selectedIds(), QStringList{id});
    auto *table = page->findChild<QTableView *>(QStringLiteral("ticketTable"));
    table->setFocus();
    const int before = pendingCount();
    QTest::keyClick(table, Qt::Key_A);
    QCOMPARE(pendingCount(), before);
    // A in a table is a type-ahead search now, which may have moved the selection: back to the ticket.
    page->openTicket(id);
    QCOMPARE(page->selectedIds(), QStringList{id});
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Y);
    QTRY_COMPARE(pendingCount(), before + 1);
    QCOMPARE(approvalsOf(id), 1);
}

void TestSettingsPage::resetKeys_restoresDefaults()
{
    m_settings->raw().setValue(QStringLiteral("keys/reject"), QStringLiteral("X"));
    m_window.reset();
    init();
    m_window->showPage(PageId::Settings);
    auto *rejectKey = m_window->findChild<QKeySequenceEdit *>(QStringLiteral("key_reject"));
    auto *reset = m_window->findChild<QPushButton *>(QStringLiteral("resetKeys"));
    QVERIFY(rejectKey && reset);
    QCOMPARE(rejectKey->keySequence(), QKeySequence(Qt::Key_X));
    reset->click();
    QCOMPARE(rejectKey->keySequence(), QKeySequence(Qt::Key_R));
    QVERIFY(!m_settings->raw().contains(QStringLiteral("keys/reject")));
    QCOMPARE(m_window->findChild<QKeySequenceEdit *>(QStringLiteral("key_approve"))->keySequence(),
             QKeySequence(Qt::Key_A));
}

void TestSettingsPage::confirmThreshold_setInSettings_usedByApprove()
{
    m_window->showPage(PageId::Settings);
    auto *amount = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("confirmAmountSpin"));
    QVERIFY(amount);
    amount->setValue(0.01);
    QCOMPARE(m_settings->get(core::keys::confirmAmountFen), qint64(1));

    m_window->showPage(PageId::AfterSales);
    auto *page = qobject_cast<AfterSalesPage *>(m_window->page(PageId::AfterSales));
    const QString id = approvableId();
    QVERIFY(!id.isEmpty());
    page->openTicket(id);
    const int before = pendingCount();
    page->approveSelected();
    QCOMPARE(m_confirmations, 1);
    QCOMPARE(pendingCount(), before + 1);
    QCOMPARE(approvalsOf(id), 1);

    // Raised above every amount: the next single approval asks nothing.
    m_window->showPage(PageId::Settings);
    amount->setValue(999'999);
    QCOMPARE(m_settings->get(core::keys::confirmAmountFen), qint64(99'999'900));
    m_window->showPage(PageId::AfterSales);
    const QString next = approvableId();
    QVERIFY(!next.isEmpty() && next != id);
    page->openTicket(next);
    page->approveSelected();
    QCOMPARE(m_confirmations, 1);
    QCOMPARE(pendingCount(), before + 2);
    QCOMPARE(approvalsOf(next), 1);
}

void TestSettingsPage::agentLimit_ownerSets_agentReadOnly()
{
    m_window->showPage(PageId::Settings);
    auto *limit = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("agentLimitSpin"));
    auto *role = m_window->findChild<QLabel *>(QStringLiteral("roleValue"));
    QVERIFY(limit && role);
    QCOMPARE(role->text(), QStringLiteral("Shop owner"));
    QVERIFY(!limit->isReadOnly());
    limit->setValue(321.5);
    QCOMPARE(m_settings->get(core::keys::agentLimitFen), qint64(32150));
    QCOMPARE(m_session->decisions().actor().agentLimitFen, qint64(32150));

    m_settings->set(core::keys::role, QStringLiteral("agent"));
    m_window.reset();
    init();
    m_window->showPage(PageId::Settings);
    limit = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("agentLimitSpin"));
    role = m_window->findChild<QLabel *>(QStringLiteral("roleValue"));
    QCOMPARE(role->text(), QStringLiteral("Agent"));
    QVERIFY(limit->isReadOnly());
    QCOMPARE(limit->value(), 321.5);
    limit->setFocus();
    QTest::keyClick(limit, Qt::Key_Up);
    QCOMPARE(m_settings->get(core::keys::agentLimitFen), qint64(32150));
    m_settings->set(core::keys::role, QStringLiteral("owner"));
}

void TestSettingsPage::afterSalesColumns_widthOrderSort_rememberedAcrossRestarts()
{
    using models::TicketListModel;
    m_window->showPage(PageId::AfterSales);
    auto *table = m_window->page(PageId::AfterSales)->findChild<QTableView *>(QStringLiteral("ticketTable"));
    QVERIFY(table);
    QHeaderView *header = table->horizontalHeader();
    header->moveSection(header->visualIndex(TicketListModel::Amount), 0);
    header->resizeSection(TicketListModel::Product, 333);
    table->sortByColumn(TicketListModel::Amount, Qt::DescendingOrder);
    const auto amountAt = [](QTableView *t, int row) {
        return t->model()->index(row, TicketListModel::Amount).data(TicketListModel::RawRole).toLongLong();
    };
    QVERIFY(amountAt(table, 0) >= amountAt(table, 1));

    m_window.reset();
    init();
    m_window->showPage(PageId::AfterSales);
    table = m_window->page(PageId::AfterSales)->findChild<QTableView *>(QStringLiteral("ticketTable"));
    header = table->horizontalHeader();
    QCOMPARE(header->visualIndex(TicketListModel::Amount), 0);
    QCOMPARE(header->sectionSize(TicketListModel::Product), 333);
    // One shop in the cache: its column is hidden (and the team's On it beside it), which the saved state survives.
    QTRY_VERIFY(table->isColumnHidden(TicketListModel::Shop));
    QCOMPARE(header->sortIndicatorSection(), int(TicketListModel::Amount));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(table->model()->rowCount() > 2);
    QVERIFY(amountAt(table, 0) >= amountAt(table, 1));
    QVERIFY(amountAt(table, 1) >= amountAt(table, 2));
    // Back to the defaults for the other tests.
    m_settings->raw().remove(QStringLiteral("aftersales/headerState"));
}

ANXIN_TEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"

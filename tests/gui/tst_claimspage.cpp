// The Claims page driven as an agent would, against a real sandbox over loopback and a real cache, with the
// clock fixed: filter the queue, open a claim, approve it with the one key, see it pending, undo it.
#include "claims/claimpanel.h"
#include "claims/claimspage.h"
#include "claims/ruledialog.h"
#include "common/evidencegrid.h"
#include "common/prompts.h"
#include "common/typography.h"
#include "core/clock.h"
#include "core/money.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/claimsmodel.h"
#include "models/desksession.h"
#include "models/labels.h"
#include "sandboxharness.h"
#include "store/claimrepository.h"
#include "store/cursorrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "sync/shopsyncer.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace anxin;
using models::ClaimsModel;

namespace {
constexpr qint64 kNow = 1'795'000'000;
}
#define ANXIN_VERIFY_OK_RESULT(expr)                                                                                   \
    do {                                                                                                               \
        const auto &r_ = (expr);                                                                                       \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message));                                              \
    } while (false)

class TestClaimsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelTester_overFilters_noViolations();
    void verdictAndKindFilters_onlyMatchingRows();
    void openFreshClaim_windowSentenceCountdownAndCalculator();
    void amountBelowClaim_approveDisabled_neverAboveLinePaid();
    void claimAboveLinePaid_needsReview_approveDisabledNamingTheClaim();
    void oneKeyApprove_fresh_refundOnlyPendingThenUndo();
    void oneKeyApprove_allergy_agreeReturnFirst();
    void rules_shadowLabelsDryRunThenLive_ownerOnly();
    void inactiveModel_readsNothingUntilActivated();
    void afterSync_readInBackground_decisionReadAtOnce();
    void historyLoading_bannerAndEveryApprovalAsks();
    void notEligible_approveStillPossible_butNotSuggested();

private:
    const models::ClaimItem *firstWhere(const std::function<bool(const models::ClaimItem &)> &pred) const;
    QList<store::OutboxEntry> outboxFor(const QString &id) const;
    // An eligible spoiled-fresh claim, refunded in full, nothing pending, that the one key approves.
    const models::ClaimItem *freshApprovable() const;

    std::unique_ptr<test::SandboxHarness> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Profile> m_profile;
    std::unique_ptr<core::Settings> m_settings;
    std::shared_ptr<core::ManualClock> m_clock;
    std::unique_ptr<models::DeskSession> m_session;
    std::unique_ptr<ui::ClaimsPage> m_page;
};

void TestClaimsPage::initTestCase()
{
    qputenv("ANXIN_SECRET_STORE", "memory");
    qputenv("ANXIN_APP_SECRET", sandbox::kDemoAppSecret);
    sandbox::SandboxOptions options;
    options.seed = 42;
    options.tickets = 600;
    m_sandbox = std::make_unique<test::SandboxHarness>(options, kNow);
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<core::Profile>(m_dir->path());
    m_profile->ensureExists();
    m_settings = std::make_unique<core::Settings>(m_profile->settingsPath());
    m_settings->set(core::keys::gateway, m_sandbox->baseUrl());
    m_settings->set(core::keys::appKey, QString::fromLatin1(sandbox::kDemoAppKey));
    m_settings->set(core::keys::shopId, QString::fromLatin1(sandbox::kDemoShopId));
    m_settings->set(core::keys::userName, QStringLiteral("tester"));
    m_clock = std::make_shared<core::ManualClock>(kNow * 1000);
    m_session = std::make_unique<models::DeskSession>(*m_profile, *m_settings, m_clock);
    QVERIFY(m_session->open().ok());
    QSignalSpy synced(m_session.get(), &models::DeskSession::syncFinished);
    m_session->syncControl().startSync(0);
    m_session->syncControl().syncNow();
    QVERIFY(synced.wait(120000));
    // The finished sync's claims are read in the background (after the open work's, read when the history began).
    QTRY_VERIFY2(m_session->claims()->totalCount() > 5 && !m_session->claims()->isLoading(),
                 "the sandbox world has guarantee claims");
    m_page = std::make_unique<ui::ClaimsPage>(*m_session);
    m_page->resize(1280, 800);
    m_page->show();
    ui::setConfirmOverride([](QWidget *, const QString &, const QString &) { return true; });
}

void TestClaimsPage::cleanupTestCase()
{
    ui::setConfirmOverride({});
    m_page.reset();
    m_session.reset();
    m_sandbox.reset();
}

const models::ClaimItem *TestClaimsPage::firstWhere(const std::function<bool(const models::ClaimItem &)> &pred) const
{
    ClaimsModel *model = m_session->claims();
    for (int i = 0; i < model->rowCount(); ++i) {
        if (pred(*model->itemAt(i)))
            return model->itemAt(i);
    }
    return nullptr;
}

const models::ClaimItem *TestClaimsPage::freshApprovable() const
{
    return firstWhere([](const models::ClaimItem &i) {
        return i.eligibility.verdict == core::Verdict::Eligible && i.eligibility.kind == core::ClaimKind::Fresh &&
               i.eligibility.suggestedRefund == i.row.facts.claimedAmount && i.row.pendingDecisions == 0 &&
               models::oneKeyAction(i.eligibility.kind, i.row.aftersaleType, i.row.aftersaleStatus) ==
                   sync::DecisionAction::Approve;
    });
}

QList<store::OutboxEntry> TestClaimsPage::outboxFor(const QString &id) const
{
    return store::OutboxRepository(*m_session->cache().database()).listForTicket(id).valueOr({});
}

void TestClaimsPage::modelTester_overFilters_noViolations()
{
    ClaimsModel *model = m_session->claims();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setVerdictFilter(core::Verdict::Eligible);
    model->setKindFilter(core::ClaimKind::Fresh);
    model->setSearch(QStringLiteral("榴莲"));
    model->setSearch({});
    model->setShadowLabels({{model->itemAt(0)->row.aftersaleId, QStringLiteral("x")}});
    model->tick();
    model->reload();
    model->setShadowLabels({});
    model->setKindFilter(core::ClaimKind::None);
    model->setVerdictFilter(std::nullopt);
    QCOMPARE(model->rowCount(), model->totalCount());
}

void TestClaimsPage::verdictAndKindFilters_onlyMatchingRows()
{
    auto *verdict = m_page->findChild<QComboBox *>(QStringLiteral("verdictFilter"));
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("kindFilter"));
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("claimTable"));
    QVERIFY(verdict && kind && table);
    verdict->setCurrentIndex(verdict->findData(int(core::Verdict::NotEligible)));
    QVERIFY(table->model()->rowCount() > 0);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QCOMPARE(table->model()->index(r, 0).data(ClaimsModel::VerdictRole).toInt(), int(core::Verdict::NotEligible));
    kind->setCurrentIndex(kind->findData(int(core::ClaimKind::Allergy)));
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QCOMPARE(m_session->claims()->itemAt(r)->eligibility.kind, core::ClaimKind::Allergy);
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("claimSearch"));
    search->insert(QStringLiteral("不存在的商品"));
    QCOMPARE(table->model()->rowCount(), 0);
    search->clear();
    verdict->setCurrentIndex(0);
    kind->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), m_session->claims()->totalCount());
    // Soonest response first.
    for (int r = 1; r < table->model()->rowCount(); ++r)
        QVERIFY(table->model()->index(r - 1, 0).data(ClaimsModel::RawRole).toLongLong() <=
                table->model()->index(r, 0).data(ClaimsModel::RawRole).toLongLong());
}

void TestClaimsPage::openFreshClaim_windowSentenceCountdownAndCalculator()
{
    const auto *c = firstWhere([](const models::ClaimItem &i) {
        return i.eligibility.kind == core::ClaimKind::Fresh && i.eligibility.inWindow == true &&
               i.eligibility.respondBy > kNow && i.row.facts.evidenceCount > 0;
    });
    QVERIFY(c);
    const QString id = c->row.aftersaleId;
    const qint64 used = *c->eligibility.claimedAfterSigningS;
    m_page->openClaim(id);
    auto *panel = m_page->panel();
    QCOMPARE(panel->currentId(), id);
    const QString window = panel->findChild<QLabel *>(QStringLiteral("claimWindow"))->text();
    QVERIFY2(window.startsWith(QStringLiteral("Claimed %1 after signing").arg(models::spanText(used))),
             qPrintable(window));
    QVERIFY2(window.endsWith(QStringLiteral("inside the 24 h window")), qPrintable(window));
    const QString countdown = panel->findChild<QLabel *>(QStringLiteral("claimCountdown"))->text();
    QVERIFY2(countdown.contains(models::timeLeftText(c->eligibility.respondBy, kNow)), qPrintable(countdown));
    // The countdown follows the clock.
    m_clock->setSecs(kNow + 600);
    panel->tick(kNow + 600);
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("claimCountdown"))
                ->text()
                .contains(models::timeLeftText(c->eligibility.respondBy, kNow + 600)));
    m_clock->setSecs(kNow);
    auto *amount = panel->findChild<QDoubleSpinBox *>(QStringLiteral("refundAmount"));
    QCOMPARE(qRound64(amount->value() * 100), c->eligibility.suggestedRefund);
    // The evidence from the local image cache: one thumbnail per image, the first opens full size.
    auto *grid = panel->findChild<ui::EvidenceGrid *>(QStringLiteral("claimEvidence"));
    QVERIFY(grid);
    QCOMPARE(grid->shownCount(), c->row.facts.evidenceCount);
    if (c->row.facts.evidenceCount > 0) {
        auto *first = grid->findChild<QToolButton *>(QStringLiteral("evidence0"));
        QVERIFY(first);
        QVERIFY2(first->isEnabled(), "the sync downloaded the claim's evidence images");
        QTest::mouseClick(first, Qt::LeftButton);
        QTRY_VERIFY(panel->findChild<QDialog *>(QStringLiteral("evidenceViewer")));
        panel->findChild<QDialog *>(QStringLiteral("evidenceViewer"))->close();
    }
}

void TestClaimsPage::amountBelowClaim_approveDisabled_neverAboveLinePaid()
{
    const auto *c = firstWhere([](const models::ClaimItem &i) {
        return i.eligibility.verdict == core::Verdict::Eligible && i.eligibility.kind == core::ClaimKind::Fresh &&
               i.row.facts.claimedAmount > 100 && i.row.facts.linePaidAmount > 0 &&
               i.eligibility.suggestedRefund == i.row.facts.claimedAmount &&
               models::oneKeyAction(i.eligibility.kind, i.row.aftersaleType, i.row.aftersaleStatus).has_value();
    });
    QVERIFY(c);
    m_page->openClaim(c->row.aftersaleId);
    auto *panel = m_page->panel();
    auto *amount = panel->findChild<QDoubleSpinBox *>(QStringLiteral("refundAmount"));
    auto *approve = panel->findChild<QPushButton *>(QStringLiteral("oneKeyApprove"));
    QVERIFY(approve->isEnabled());
    QCOMPARE(qRound64(amount->maximum() * 100), c->row.facts.linePaidAmount);
    amount->setValue(amount->maximum() + 1000.0);
    QCOMPARE(panel->refundAmountFen(), c->row.facts.linePaidAmount);
    amount->setValue(double(c->row.facts.claimedAmount - 100) / 100.0);
    QVERIFY(!approve->isEnabled());
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("refundNote"))->isVisibleTo(panel));
    amount->setValue(double(c->row.facts.claimedAmount) / 100.0);
    QVERIFY(approve->isEnabled());
}

// Issue #28: approving pays what was claimed; a claim one fen above the line's paid amount is "needs review" and
// its one-key approve is disabled, the note naming both amounts.
void TestClaimsPage::claimAboveLinePaid_needsReview_approveDisabledNamingTheClaim()
{
    const auto *c = firstWhere([](const models::ClaimItem &i) {
        return i.eligibility.verdict == core::Verdict::Eligible && i.eligibility.kind == core::ClaimKind::Fresh &&
               i.row.facts.linePaidAmount > 0 && i.row.facts.claimedAmount == i.row.facts.linePaidAmount &&
               models::oneKeyAction(i.eligibility.kind, i.row.aftersaleType, i.row.aftersaleStatus).has_value();
    });
    QVERIFY(c);
    const QString id = c->row.aftersaleId;
    const qint64 claimed = c->row.facts.claimedAmount;
    const qint64 paid = c->row.facts.linePaidAmount;
    const auto setClaim = [&](qint64 fen) {
        QVERIFY(
            m_session->cache()
                .database()
                ->exec(
                    QStringLiteral("UPDATE tickets SET refund_amount = %1 WHERE aftersale_id = '%2'").arg(fen).arg(id))
                .ok());
        m_session->claims()->reload();
    };
    setClaim(paid + 1);
    const auto *over = firstWhere([&](const models::ClaimItem &i) { return i.row.aftersaleId == id; });
    QVERIFY(over);
    QCOMPARE(over->eligibility.verdict, core::Verdict::NeedsReview);
    m_page->openClaim(id);
    auto *panel = m_page->panel();
    auto *approve = panel->findChild<QPushButton *>(QStringLiteral("oneKeyApprove"));
    auto *note = panel->findChild<QLabel *>(QStringLiteral("refundNote"));
    QTRY_VERIFY(!approve->isEnabled());
    QVERIFY2(approve->text().contains(core::formatFen(paid + 1)), qPrintable(approve->text()));
    // Nothing to settle here: opening the ticket is what the panel suggests.
    QVERIFY(!approve->property(ui::kPrimaryProperty).toBool());
    QVERIFY(
        panel->findChild<QPushButton *>(QStringLiteral("openInAfterSales"))->property(ui::kPrimaryProperty).toBool());
    QVERIFY(note->isVisibleTo(panel));
    QVERIFY2(note->text().contains(core::formatFen(paid + 1)) && note->text().contains(core::formatFen(paid)),
             qPrintable(note->text()));
    setClaim(claimed);
    m_page->openClaim(id);
    QTRY_VERIFY(approve->isEnabled());
}

// A claim the guarantee does not cover can still be approved (at the shop's cost), but the panel does not suggest
// it: opening the ticket, where it can be rejected with a reason, is the filled button.
void TestClaimsPage::notEligible_approveStillPossible_butNotSuggested()
{
    const auto *c = firstWhere([](const models::ClaimItem &x) {
        // Approvable as it stands: nothing above the line paid, and the refund box not set below the claim.
        return x.eligibility.verdict == core::Verdict::NotEligible && x.row.aftersaleStatus == 6 &&
               x.row.facts.claimedAmount <= x.row.facts.linePaidAmount &&
               (x.eligibility.kind == core::ClaimKind::Allergy ||
                x.eligibility.suggestedRefund >= x.row.facts.claimedAmount);
    });
    QVERIFY(c);
    m_page->openClaim(c->row.aftersaleId);
    auto *approve = m_page->panel()->findChild<QPushButton *>(QStringLiteral("oneKeyApprove"));
    auto *open = m_page->panel()->findChild<QPushButton *>(QStringLiteral("openInAfterSales"));
    QTRY_VERIFY(approve->isEnabled());
    QVERIFY(!approve->property(ui::kPrimaryProperty).toBool());
    QVERIFY(open->property(ui::kPrimaryProperty).toBool());
}

void TestClaimsPage::oneKeyApprove_fresh_refundOnlyPendingThenUndo()
{
    const auto *c = freshApprovable();
    QVERIFY(c);
    const QString id = c->row.aftersaleId;
    m_page->openClaim(id);
    auto *approve = m_page->panel()->findChild<QPushButton *>(QStringLiteral("oneKeyApprove"));
    QVERIFY(approve->isEnabled());
    // Eligible: settling it is the one suggested action.
    auto *open = m_page->panel()->findChild<QPushButton *>(QStringLiteral("openInAfterSales"));
    QVERIFY(approve->property(ui::kPrimaryProperty).toBool());
    QVERIFY(!open->property(ui::kPrimaryProperty).toBool());
    QTest::mouseClick(approve, Qt::LeftButton);
    const auto entries = outboxFor(id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("approve"));
    QCOMPARE(entries.first().state, store::OutboxState::Pending);
    QCOMPARE(entries.first().createdBy, QStringLiteral("tester"));
    const QJsonObject payload = QJsonDocument::fromJson(entries.first().payloadJson.toUtf8()).object();
    QCOMPARE(payload.value(QLatin1String("op")).toInt(), 201); // refund only: no return for spoiled fresh goods
    // Pending at once, in the queue and in the panel; the approve key is spent.
    const int row = m_session->claims()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_session->claims()->itemAt(row)->row.pendingDecisions, 1);
    QVERIFY(!approve->isEnabled());
    auto *undo = m_page->panel()->findChild<QPushButton *>(QStringLiteral("claimUndo"));
    QVERIFY(undo->isVisibleTo(m_page->panel()));
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(outboxFor(id).first().state, store::OutboxState::Cancelled);
    QCOMPARE(m_session->claims()->itemAt(m_session->claims()->rowOf(id))->row.pendingDecisions, 0);
    QVERIFY(approve->isEnabled());
}

void TestClaimsPage::oneKeyApprove_allergy_agreeReturnFirst()
{
    const auto *c = firstWhere([](const models::ClaimItem &i) {
        return i.eligibility.kind == core::ClaimKind::Allergy && i.row.aftersaleStatus == 6 &&
               i.row.aftersaleType == 0 && i.row.pendingDecisions == 0;
    });
    QVERIFY(c);
    const QString id = c->row.aftersaleId;
    m_page->openClaim(id);
    QTest::keyClick(m_page->panel(), Qt::Key_A); // the page's shortcut
    if (outboxFor(id).isEmpty())                 // offscreen windows may not take shortcuts: the button then
        QTest::mouseClick(m_page->panel()->findChild<QPushButton *>(QStringLiteral("oneKeyApprove")), Qt::LeftButton);
    const auto entries = outboxFor(id);
    QCOMPARE(entries.size(), 1);
    const QJsonObject payload = QJsonDocument::fromJson(entries.first().payloadJson.toUtf8()).object();
    QCOMPARE(payload.value(QLatin1String("op")).toInt(), 101); // agree the return; refund comes after receipt
    QCOMPARE(payload.value(QLatin1String("receiver_address_id")).toString(),
             m_settings->get(core::keys::returnAddressId));
    // After the parcel is back (status 11) the same key confirms receipt and refunds.
    QCOMPARE(models::oneKeyAction(core::ClaimKind::Allergy, 0, 11), sync::DecisionAction::ConfirmReceipt);
    QCOMPARE(models::oneKeyAction(core::ClaimKind::Allergy, 0, 7), std::nullopt);
    QCOMPARE(models::oneKeyAction(core::ClaimKind::Fresh, 0, 6), std::nullopt); // fresh is never a return
    QCOMPARE(models::oneKeyAction(core::ClaimKind::Fresh, 1, 6), sync::DecisionAction::Approve);
}

void TestClaimsPage::rules_shadowLabelsDryRunThenLive_ownerOnly()
{
    ui::RuleDialog *dlg = m_page->openRules();
    QVERIFY(dlg);
    auto *name = dlg->findChild<QLineEdit *>(QStringLiteral("ruleName"));
    name->clear();
    name->insert(QStringLiteral("gui-fresh"));
    dlg->findChild<QDoubleSpinBox *>(QStringLiteral("ruleCap"))->setValue(500.0);
    auto *mode = dlg->findChild<QComboBox *>(QStringLiteral("ruleMode"));
    mode->setCurrentIndex(mode->findData(int(core::RuleMode::Shadow)));
    QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("ruleSave")), Qt::LeftButton);
    QCOMPARE(m_session->decisions().autoRules().size(), 1);
    // Shadow: labels in the queue, the Rule column shows, nothing queued.
    int labelled = 0;
    for (int r = 0; r < m_session->claims()->rowCount(); ++r) {
        const auto *item = m_session->claims()->itemAt(r);
        if (item->shadowRule.isEmpty())
            continue;
        ++labelled;
        QCOMPARE(item->shadowRule, QStringLiteral("gui-fresh"));
        QVERIFY(!item->row.facts.riskFlagged);
        QVERIFY(item->row.facts.claimedAmount <= 50000);
        QCOMPARE(m_session->claims()->index(r, ClaimsModel::Rule).data().toString(), QStringLiteral("✓ gui-fresh"));
    }
    QVERIFY(labelled > 0);
    QVERIFY(!m_page->findChild<QTableView *>(QStringLiteral("claimTable"))->isColumnHidden(ClaimsModel::Rule));
    const int outboxBefore = int(m_session->decisions().outboxEntries().value().size());
    // Dry-run over the sandbox's closed claims.
    QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("ruleDryRun")), Qt::LeftButton);
    QVERIFY2(dlg->findChild<QLabel *>(QStringLiteral("dryRunSummary"))->text().contains(QStringLiteral("90 days")),
             qPrintable(dlg->lastMessage()));
    QCOMPARE(int(m_session->decisions().outboxEntries().value().size()), outboxBefore);
    // An agent cannot change rules, whatever the UI shows.
    m_settings->set(core::keys::role, QStringLiteral("agent"));
    core::AutoRule live = m_session->decisions().autoRules().first();
    live.mode = core::RuleMode::Live;
    QCOMPARE(m_session->decisions().saveAutoRule(live).error().kind, core::Error::Kind::Forbidden);
    m_settings->set(core::keys::role, QStringLiteral("owner"));
    ANXIN_VERIFY_OK_RESULT(m_session->decisions().saveAutoRule(live));
    // Live: after a sync (called directly here) the rule queues what it labelled, as "rule:gui-fresh".
    const auto report = m_session->decisions().runLiveRules();
    QVERIFY(report.queued > 0);
    QVERIFY(report.queued <= labelled);
    int byRule = 0;
    const QList<store::OutboxEntry> entries = m_session->decisions().outboxEntries().value();
    for (const auto &e : entries) {
        if (e.createdBy != QLatin1String("rule:gui-fresh"))
            continue;
        ++byRule;
        auto c = store::ClaimRepository(*m_session->cache().database())
                     .claim(core::GuaranteeRules::builtin(), e.aftersaleId);
        QVERIFY(c.ok());
        const auto eligibility = core::evaluateClaim(c.value().facts, core::GuaranteeRules::builtin());
        QVERIFY(!c.value().facts.riskFlagged);
        QVERIFY(c.value().facts.claimedAmount <= 50000);
        QCOMPARE(eligibility.inWindow, std::optional<bool>(true));
    }
    QCOMPARE(byRule, report.queued);
    QCOMPARE(m_session->decisions().runLiveRules().queued, 0); // already pending
}

// A hidden page's model (MainWindow deactivates it) only notes that a reload is due and reads when shown again.
void TestClaimsPage::inactiveModel_readsNothingUntilActivated()
{
    ClaimsModel lazy(m_session->cache().database(), m_clock, nullptr, /*loadNow=*/false);
    QSignalSpy counted(&lazy, &ClaimsModel::countChanged);
    QSignalSpy activated(&lazy, &ClaimsModel::activated);
    QSignalSpy loaded(&lazy, &ClaimsModel::loaded);
    QVERIFY(!lazy.isActive());
    QCOMPARE(lazy.totalCount(), 0);
    lazy.reload();
    QCOMPARE(lazy.totalCount(), 0);
    QCOMPARE(counted.count(), 0);
    // Shown: the read runs in the background (switching pages never waits for it).
    lazy.setActive(true);
    QCOMPARE(activated.count(), 1);
    QVERIFY(lazy.isLoading());
    QCOMPARE(counted.count(), 0);
    QVERIFY(loaded.wait());
    QVERIFY(!lazy.isLoading());
    QCOMPARE(counted.count(), 1);
    QVERIFY(lazy.totalCount() > 5);
    QCOMPARE(lazy.totalCount(), m_session->claims()->totalCount());
    // Deactivated again: a reload waits; activation without anything due reads nothing.
    lazy.setActive(false);
    lazy.reload();
    QCOMPARE(counted.count(), 1);
    lazy.setActive(true);
    QVERIFY(loaded.wait());
    QCOMPARE(counted.count(), 2);
    lazy.setActive(true);
    QVERIFY(!lazy.isLoading());
    QCOMPARE(counted.count(), 2);
    QCOMPARE(activated.count(), 2);
}

// A finished sync's reload reads on the model's own thread (the queue stays as it was until the answer); the
// agent's own decision reloads at once and an older background answer never replaces it.
void TestClaimsPage::afterSync_readInBackground_decisionReadAtOnce()
{
    ClaimsModel *model = m_session->claims();
    const int total = model->totalCount();
    QSignalSpy loaded(model, &ClaimsModel::loaded);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    emit m_session->cacheChanged(); // what a finished sync that changed the cache says
    QCOMPARE(reset.count(), 0);
    QVERIFY(loaded.wait());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->totalCount(), total);

    model->reloadInBackground();
    model->reload(); // the agent decided: read now, and the read in flight is dropped
    QCOMPARE(loaded.count(), 2);
    QVERIFY(!loaded.wait(500));
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(model->totalCount(), total);
}

// While the shop's history is still loading (a first sync backfilling it), a buyer's earlier claim on the same line
// may not be cached, so the verdict may miss it: the page says so, and an approval asks even for a small, eligible
// claim; refused, nothing is queued. Once the history is in, the banner goes.
void TestClaimsPage::historyLoading_bannerAndEveryApprovalAsks()
{
    store::Database &db = *m_session->cache().database();
    const QString shop = QString::fromLatin1(sandbox::kDemoShopId);
    QVERIFY(store::CursorRepository(db).set({shop, sync::kHistoryBackfillStream, kNow, 0, kNow}).ok());
    QVERIFY(m_session->historyLoading());
    ui::ClaimsPage page(*m_session);
    page.resize(1280, 800);
    page.show();
    auto *banner = page.findChild<QLabel *>(QStringLiteral("claimsHistoryState"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("history is still loading")), qPrintable(banner->text()));

    const auto *c = freshApprovable();
    QVERIFY(c);
    const QString id = c->row.aftersaleId;
    // Well under the confirmation threshold: asked only because the history is loading.
    m_settings->set(core::keys::confirmAmountFen, c->row.facts.claimedAmount + 100000);
    QStringList asked;
    ui::setConfirmOverride([&asked](QWidget *, const QString &, const QString &text) {
        asked << text;
        return false;
    });
    page.openClaim(id);
    auto *approve = page.panel()->findChild<QPushButton *>(QStringLiteral("oneKeyApprove"));
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    ui::setConfirmOverride([](QWidget *, const QString &, const QString &) { return true; });
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QLatin1String("earlier claim by this buyer")), qPrintable(asked.first()));
    QVERIFY(outboxFor(id).isEmpty());

    QVERIFY(store::CursorRepository(db).remove(shop, sync::kHistoryBackfillStream).ok());
    emit m_session->cacheChanged();
    QVERIFY(!banner->isVisible());
}

ANXIN_TEST_MAIN(TestClaimsPage)
#include "tst_claimspage.moc"

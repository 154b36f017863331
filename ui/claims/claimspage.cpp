#include "claims/claimspage.h"

#include "claims/claimpanel.h"
#include "claims/ruledialog.h"
#include "common/bands.h"
#include "common/errortext.h"
#include "common/evidencegrid.h"
#include "common/icons.h"
#include "common/listpage.h"
#include "common/prompts.h"
#include "core/money.h"
#include "core/settings.h"
#include "models/claimsmodel.h"
#include "models/desksession.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace anxin::ui {

using models::ClaimsModel;

ClaimsPage::ClaimsPage(models::DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_verdict(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_rules(new QPushButton(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_panel(new ClaimPanel(this))
    , m_splitter(new QSplitter(this))
    , m_emptyState(new QLabel(this))
    , m_historyState(new QLabel(this))
    , m_tick(new QTimer(this))
{
    buildTable();
    setUpMasterDetail(m_splitter, buildListPane(), m_panel, QStringLiteral("claimsSplitter"), m_session.settings(),
                      core::keys::claimsSplitter, {800, 440});
    fillPage(this, m_splitter);
    wireModel();
    wirePanel();
    wireKeysAndTimers();
    retranslate();
    updateCount();
}

void ClaimsPage::buildTable()
{
    m_proxy->setSourceModel(m_session.claims());
    m_proxy->setSortRole(ClaimsModel::RawRole);
    m_table->setModel(m_proxy);
    setUpListTable(m_table, QStringLiteral("claimTable"), QAbstractItemView::SingleSelection, ClaimsModel::TimeLeft);
    m_table->setItemDelegateForColumn(ClaimsModel::TimeLeft, new BandDelegate(ClaimsModel::BandRole, m_table));
    m_table->setColumnWidth(ClaimsModel::TimeLeft, 160); // "剩余 23 小时 59 分", "23 h 59 m left"
    m_table->setColumnWidth(ClaimsModel::Verdict, 90);
    m_table->setColumnWidth(ClaimsModel::Kind, 96);
    m_table->setColumnWidth(ClaimsModel::Window, 118);
    m_table->setColumnWidth(ClaimsModel::Claimed, 72);
    m_table->setColumnWidth(ClaimsModel::Suggested, 72);
    m_table->setColumnWidth(ClaimsModel::Evidence, 46);
    m_table->setColumnWidth(ClaimsModel::BuyerClaims, 40);
    m_table->setColumnWidth(ClaimsModel::Rule, 130);
    m_table->horizontalHeader()->moveSection(ClaimsModel::Rule, ClaimsModel::Verdict + 1); // next to the verdict
    m_table->setColumnWidth(ClaimsModel::Product, 120);
    fillWithColumn(m_table, ClaimsModel::Product);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setColumnHidden(ClaimsModel::Rule, true); // shown while a shadow-mode rule labels claims
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClaimsPage::onCurrentChanged);
    setUpEmptyState(m_emptyState, QStringLiteral("claimsEmpty"));
    onRetry(m_emptyState, [this] { m_session.claims()->reload(); });
}

QWidget *ClaimsPage::buildListPane()
{
    m_search->setObjectName(QStringLiteral("claimSearch"));
    m_search->setClearButtonEnabled(true);
    m_verdict->setObjectName(QStringLiteral("verdictFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_count->setObjectName(QStringLiteral("claimCount"));
    m_rules->setObjectName(QStringLiteral("rulesButton"));
    setToolIcon(m_rules, QStringLiteral(":/icons/rules.svg"));
    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilters(); });
    connect(m_verdict, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_rules, &QPushButton::clicked, this, [this] { openRules(); });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    auto *chips = new QHBoxLayout;
    chips->addWidget(m_verdict);
    chips->addWidget(m_kind);
    chips->addWidget(m_rules);
    chips->addStretch();
    chips->addWidget(m_count);
    leftLayout->addLayout(top);
    leftLayout->addLayout(chips);
    m_historyState->setObjectName(QStringLiteral("claimsHistoryState"));
    m_historyState->setWordWrap(true);
    m_historyState->hide();
    leftLayout->addWidget(m_historyState);
    connect(&m_session, &models::DeskSession::cacheChanged, this, &ClaimsPage::showHistoryState);
    connect(&m_session, &models::DeskSession::syncFinished, this, &ClaimsPage::showHistoryState);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_emptyState, 1);
    return left;
}

void ClaimsPage::wireModel()
{
    ClaimsModel *model = m_session.claims();
    connect(model, &ClaimsModel::countChanged, this, [this] { updateCount(); });
    connect(model, &ClaimsModel::loadingChanged, this, [this] { updateCount(); });
    // The Rule column appears while a shadow-mode rule labels claims.
    auto showRuleColumn = [this] {
        bool any = false;
        for (int r = 0; r < m_session.claims()->rowCount() && !any; ++r)
            any = !m_session.claims()->itemAt(r)->shadowRule.isEmpty();
        m_table->setColumnHidden(ClaimsModel::Rule, !any);
    };
    connect(model, &QAbstractItemModel::modelReset, this, showRuleColumn);
    connect(model, &QAbstractItemModel::dataChanged, this, showRuleColumn);
    showRuleColumn();
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // The queue reloads after every sync and decision: keep showing the claim the agent was looking at.
        if (!m_shownId.isEmpty()) {
            const int row = m_session.claims()->rowOf(m_shownId);
            if (row >= 0) {
                const QModelIndex at = m_proxy->mapFromSource(m_session.claims()->index(row, 0));
                const QSignalBlocker block(m_table->selectionModel());
                m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
                showClaim(m_shownId);
            }
        }
    });
}

void ClaimsPage::wirePanel()
{
    connect(m_panel, &ClaimPanel::approveRequested, this, &ClaimsPage::approveCurrent);
    connect(m_panel, &ClaimPanel::undoRequested, this, [this](qint64 id) {
        auto st = m_session.decisions().undo(id);
        say(st ? tr("Decision taken back; nothing was sent.") : tr("Not undone: %1").arg(errorText(st.error())));
    });
    connect(m_panel, &ClaimPanel::openTicketRequested, this, &ClaimsPage::openTicketRequested);
    m_panel->evidenceGrid()->retryThrough(
        m_session.syncControl(), [this] { return m_shownId; }, [this](const QString &id) { showClaim(id); });
}

void ClaimsPage::wireKeysAndTimers()
{
    auto bind = [this](const QString &keys, auto fn) {
        auto *s = new QShortcut(QKeySequence(keys), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    bind(QStringLiteral("/"), [this] { m_search->setFocus(); });
    bind(QStringLiteral("J"), [this] { moveSelection(1); });
    bind(QStringLiteral("K"), [this] { moveSelection(-1); });
    bind(QStringLiteral("A"), [this] { approveCurrent(); });
    m_tick->setInterval(30000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_session.claims()->tick();
        m_panel->tick(m_session.clock()->nowSecs());
    });
    m_tick->start();
}

void ClaimsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClaimsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search product, ticket, order or the buyer's words  ( / )"));
    m_search->setAccessibleName(tr("Search claims"));
    const int verdict = std::max(0, m_verdict->currentIndex());
    const int kind = std::max(0, m_kind->currentIndex());
    {
        const QSignalBlocker b1(m_verdict), b2(m_kind);
        m_verdict->clear();
        m_verdict->addItem(tr("Any verdict"), -1);
        m_verdict->addItem(tr("Eligible"), int(core::Verdict::Eligible));
        m_verdict->addItem(tr("Needs review"), int(core::Verdict::NeedsReview));
        m_verdict->addItem(tr("Not eligible"), int(core::Verdict::NotEligible));
        m_verdict->setCurrentIndex(verdict);
        m_verdict->setAccessibleName(tr("Verdict"));
        m_kind->clear();
        m_kind->addItem(tr("Both guarantees"), int(core::ClaimKind::None));
        m_kind->addItem(tr("Fresh damage"), int(core::ClaimKind::Fresh));
        m_kind->addItem(tr("Allergy return"), int(core::ClaimKind::Allergy));
        m_kind->setCurrentIndex(kind);
        m_kind->setAccessibleName(tr("Guarantee"));
    }
    m_rules->setText(tr("Auto-approve rules…"));
    m_rules->setToolTip(tr("Rules that approve small, clear claims: dry-run, shadow, live"));
    updateCount();
    showHistoryState();
}

void ClaimsPage::showHistoryState()
{
    m_historyState->setVisible(m_session.historyLoading());
    m_historyState->setText(tr("The shop's history is still loading: a buyer's earlier claim on the same item may not "
                               "be here yet, so every approval asks first. Auto-approve rules wait for it."));
}

void ClaimsPage::applyFilters()
{
    ClaimsModel *model = m_session.claims();
    const int v = m_verdict->currentData().toInt();
    model->setVerdictFilter(v < 0 ? std::nullopt : std::optional<core::Verdict>(core::Verdict(v)));
    model->setKindFilter(core::ClaimKind(m_kind->currentData().toInt()));
    model->setSearch(m_search->text());
}

bool ClaimsPage::isLoading() const
{
    return m_session.claims()->isLoading();
}

void ClaimsPage::updateCount()
{
    ClaimsModel *model = m_session.claims();
    const int shown = model->rowCount();
    const int total = model->totalCount();
    m_count->setText(shown == total ? tr("%n claim(s)", nullptr, total)
                                    : tr("%1 of %n claim(s)", nullptr, total).arg(shown));
    m_table->setVisible(total > 0);
    m_emptyState->setVisible(total == 0);
    m_emptyState->setText(model->isLoading() ? tr("Reading the claims from the local cache…")
                          : model->lastError().kind != core::Error::Kind::None ? readFailedText(model->lastError())
                          : !m_session.hasShop()
                              ? tr("No shop connected yet. %1: its guarantee claims appear here after the first sync.")
                                    .arg(connectShopLink())
                              : tr("No open guarantee claims. Spoiled-fresh and allergy claims appear here after a "
                                   "sync, with their eligibility already checked."));
}

void ClaimsPage::onCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString id = current.isValid() ? current.data(ClaimsModel::IdRole).toString() : QString();
    if (id.isEmpty())
        return;
    showClaim(id);
}

void ClaimsPage::showClaim(const QString &id)
{
    ClaimsModel *model = m_session.claims();
    const int row = model->rowOf(id);
    if (row < 0)
        return;
    auto details = m_session.decisions().details(id);
    if (!details) {
        say(tr("Cannot show this claim: %1").arg(errorText(details.error())));
        return;
    }
    m_shownId = id;
    m_panel->showClaim(*model->itemAt(row), details.value(), m_session.clock()->nowSecs());
}

void ClaimsPage::openClaim(const QString &aftersaleId)
{
    ClaimsModel *model = m_session.claims();
    int row = model->rowOf(aftersaleId);
    if (row < 0) {
        // Filtered out: clear the filters so the claim can be shown in its place in the queue.
        m_search->clear();
        m_verdict->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        row = model->rowOf(aftersaleId);
    }
    if (row < 0)
        return;
    const QModelIndex at = m_proxy->mapFromSource(model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(at);
}

void ClaimsPage::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = std::clamp(current.isValid() ? current.row() + delta : 0, 0, rows - 1);
    m_table->selectionModel()->setCurrentIndex(m_proxy->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ClaimsPage::approveCurrent()
{
    if (m_shownId.isEmpty() || m_panel->currentId() != m_shownId)
        return;
    const auto action = m_panel->oneKey();
    const int row = m_session.claims()->rowOf(m_shownId);
    if (!action || row < 0)
        return;
    const models::ClaimItem &item = *m_session.claims()->itemAt(row);
    const qint64 payable = std::min(item.row.facts.claimedAmount, m_panel->refundCapFen());
    if (item.eligibility.kind == core::ClaimKind::Fresh && m_panel->refundAmountFen() < payable) {
        say(tr("Not approved: the platform would refund %1, more than the %2 you set.")
                .arg(core::formatFen(payable), core::formatFen(m_panel->refundAmountFen())));
        return;
    }
    // While the history loads the verdict may not know of the buyer's earlier claim on the line: ask, every time.
    const bool historyLoading = m_session.historyLoading();
    if (item.eligibility.verdict != core::Verdict::Eligible || historyLoading ||
        payable >= m_session.settings().get(core::keys::confirmAmountFen)) {
        const QString text =
            item.eligibility.verdict != core::Verdict::Eligible
                ? tr("This claim is not marked eligible (%1). Approve it anyway for %2?")
                      .arg(item.eligibility.reasons().join(QStringLiteral("; ")), core::formatFen(payable))
            : historyLoading
                ? tr("The shop's history is still loading: an earlier claim by this buyer on the same item "
                     "may not be here yet. Approve this claim for %1 anyway?")
                      .arg(core::formatFen(payable))
                : tr("Approve this claim for %1?").arg(core::formatFen(payable));
        if (!confirm(this, tr("Approve claim"), text))
            return;
    }
    sync::DecisionInput in;
    in.aftersaleId = m_shownId;
    in.action = *action;
    in.receiverAddressId = m_session.settings().get(core::keys::returnAddressId);
    auto r = m_session.decisions().decide(in);
    if (!r) {
        say(tr("Not queued: %1").arg(errorText(r.error())));
        return;
    }
    say(tr("Queued; it reaches the platform with the next sync. Undo is possible until then."));
}

RuleDialog *ClaimsPage::openRules()
{
    delete m_ruleDialog;
    m_ruleDialog = new RuleDialog(m_session, this);
    m_ruleDialog->open();
    return m_ruleDialog;
}

void ClaimsPage::say(const QString &text)
{
    m_lastMessage = text;
    emit message(text);
}

} // namespace anxin::ui

#include "aftersales/aftersalespage.h"

#include "aftersales/rejectdialog.h"
#include "aftersales/ticketdetailpane.h"
#include "common/bands.h"
#include "common/errortext.h"
#include "common/evidencegrid.h"
#include "common/keybindings.h"
#include "common/listpage.h"
#include "common/prompts.h"
#include "common/viewstate.h"
#include "core/guaranteerules.h"
#include "core/money.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "models/labels.h"
#include "models/ticketlistmodel.h"
#include "team/teamlink.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace anxin::ui {

using models::TicketListModel;

namespace {

QList<int> intList(const QVariant &v)
{
    QList<int> out;
    for (const QVariant &x : v.toList())
        out << x.toInt();
    return out;
}
} // namespace

AfterSalesPage::AfterSalesPage(models::DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_due(new QComboBox(this))
    , m_guarantee(new QComboBox(this))
    , m_risk(new QCheckBox(this))
    , m_pendingOnly(new QCheckBox(this))
    , m_views(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new TicketDetailPane(this))
    , m_splitter(new QSplitter(this))
    , m_emptyState(new QLabel(this))
    , m_searchDebounce(new QTimer(this))
    , m_tick(new QTimer(this))
{
    buildTable();
    buildFilters();
    setUpMasterDetail(m_splitter, buildListPane(), m_detail, QStringLiteral("aftersalesSplitter"), m_session.settings(),
                      core::keys::afterSalesSplitter, {760, 480});
    fillPage(this, m_splitter);
    wireDetail();
    wireContactReveal();
    wireModel();
    wireHistoryState();
    wireTeam();

    m_searchDebounce->setObjectName(QStringLiteral("searchDebounce"));
    debounceSearch(m_search, m_searchDebounce, 150, [this] { applyFilter(); });
    m_tick->setInterval(30000); // live countdown
    connect(m_tick, &QTimer::timeout, m_session.tickets(), &TicketListModel::tick);
    m_tick->start();
    // Tab follows the page: search and saved views on top, the filter chips, then the list and its detail.
    QWidget *order[] = {m_search, m_views, m_status, m_type, m_due, m_guarantee, m_risk, m_pendingOnly, m_table};
    for (size_t i = 0; i + 1 < std::size(order); ++i)
        setTabOrder(order[i], order[i + 1]);
    buildShortcuts();
    retranslate();
    applyFilter();
}

void AfterSalesPage::buildTable()
{
    m_table->setModel(m_session.tickets());
    setUpListTable(m_table, QStringLiteral("ticketTable"), QAbstractItemView::ExtendedSelection,
                   TicketListModel::TimeLeft);
    m_table->setItemDelegateForColumn(TicketListModel::TimeLeft, new BandDelegate(TicketListModel::BandRole, m_table));
    m_table->setColumnWidth(TicketListModel::TimeLeft, 160);
    m_table->setColumnWidth(TicketListModel::Shop, 120);
    m_table->setColumnWidth(TicketListModel::Type, 150);
    m_table->setColumnWidth(TicketListModel::Status, 175); // "Returned, awaiting check" (tst_elision)
    m_table->setColumnWidth(TicketListModel::Amount, 96);
    m_table->setColumnWidth(TicketListModel::Product, 240);
    m_table->setColumnWidth(TicketListModel::Reason, 140);
    // Team mode's On it column sits beside the time left (where an agent looks first); hidden without a team.
    m_table->setColumnWidth(TicketListModel::OnIt, 90);
    m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(TicketListModel::OnIt), 1);
    // Column widths, order and sort are remembered per profile; columns can be dragged into another order.
    rememberHeader(m_table, m_session.settings(), core::keys::afterSalesHeader);
    fillWithColumn(m_table, TicketListModel::Product); // wider when the window leaves room
    m_table->horizontalHeader()->setSectionsMovable(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AfterSalesPage::onCurrentChanged);
    connect(m_table, &QTableView::activated, this, [this] { m_detail->setFocus(); });
    setUpEmptyState(m_emptyState, QStringLiteral("emptyState"));
    onRetry(m_emptyState, [this] { m_session.tickets()->reload(); });
}

QWidget *AfterSalesPage::buildListPane()
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_views->setObjectName(QStringLiteral("viewsCombo"));
    m_count->setObjectName(QStringLiteral("ticketCount"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *chips = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_type, m_due, m_guarantee, m_risk, m_pendingOnly}) {
        // A filter reads whole ("Any deadli…" says nothing): the pane, not the filter, gives way.
        w->setSizePolicy(QSizePolicy::Minimum, w->sizePolicy().verticalPolicy());
        chips->addWidget(w);
    }
    chips->addStretch();
    // Team mode: this agent's assigned tickets, and splitting the shop's queue among the agents on shift.
    m_myQueue = new QPushButton(left);
    m_myQueue->setObjectName(QStringLiteral("myQueueButton"));
    m_myQueue->hide();
    m_splitQueue = new QPushButton(left);
    m_splitQueue->setObjectName(QStringLiteral("splitQueueButton"));
    m_splitQueue->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count); // beside the search, which gives way, so the filters below keep their room
    top->addWidget(m_views);
    top->addWidget(m_myQueue); // beside the search, which gives way, so the list pane grows no wider
    top->addWidget(m_splitQueue);
    leftLayout->addLayout(top);
    leftLayout->addLayout(chips);
    m_onlyBar = new QWidget(left);
    m_onlyBar->setObjectName(QStringLiteral("showOnlyBar"));
    auto *onlyLayout = new QHBoxLayout(m_onlyBar);
    onlyLayout->setContentsMargins(0, 0, 0, 0);
    m_onlyLabel = new QLabel(m_onlyBar);
    m_onlyLabel->setObjectName(QStringLiteral("showOnlyLabel"));
    auto *showAll = new QPushButton(tr("Show all tickets"), m_onlyBar);
    showAll->setObjectName(QStringLiteral("showAllButton"));
    connect(showAll, &QPushButton::clicked, this, &AfterSalesPage::clearShowOnly);
    onlyLayout->addWidget(m_onlyLabel, 1);
    onlyLayout->addWidget(showAll);
    m_onlyBar->hide();
    leftLayout->addWidget(m_onlyBar);
    m_historyState = new QLabel(left);
    m_historyState->setObjectName(QStringLiteral("historyState"));
    m_historyState->setWordWrap(true);
    m_historyState->hide();
    leftLayout->addWidget(m_historyState);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_emptyState, 1);
    return left;
}

// Actions from the detail pane.
void AfterSalesPage::wireDetail()
{
    connect(m_detail, &TicketDetailPane::approveRequested, this, &AfterSalesPage::approveSelected);
    connect(m_detail, &TicketDetailPane::rejectRequested, this, &AfterSalesPage::rejectCurrent);
    connect(m_detail, &TicketDetailPane::confirmReceiptRequested, this,
            [this] { decide(m_shownId, int(sync::DecisionAction::ConfirmReceipt)); });
    connect(m_detail, &TicketDetailPane::extendRequested, this,
            [this] { decide(m_shownId, int(sync::DecisionAction::Extend)); });
    connect(m_detail, &TicketDetailPane::rejectAfterReceiptRequested, this, &AfterSalesPage::rejectCurrent);
    connect(m_detail, &TicketDetailPane::noteRequested, this, [this](const QString &text, bool handover) {
        if (decide(m_shownId, int(sync::DecisionAction::Note),
                   QJsonObject{{QStringLiteral("remark"), text}, {QStringLiteral("handover"), handover}})) {
            m_detail->clearNote();
            m_session.decisions().dropDraft(m_shownId, QStringLiteral("note"));
        }
    });
    connect(m_detail, &TicketDetailPane::noteTextChanged, this, [this](const QString &text) {
        if (!m_shownId.isEmpty())
            m_session.decisions().saveDraft(m_shownId, QStringLiteral("note"),
                                            QJsonObject{{QStringLiteral("text"), text}});
    });
    connect(m_detail, &TicketDetailPane::undoRequested, this, [this](qint64 id) {
        if (auto st = m_session.decisions().undo(id); !st)
            say(tr("Could not undo: %1").arg(errorText(st.error())));
        else
            say(tr("Decision undone; nothing was sent."));
    });
    // Evidence the sync could not download: the agent asks for it again from the placeholder.
    m_detail->evidenceGrid()->retryThrough(
        m_session.syncControl(), [this] { return m_shownId; }, [this](const QString &id) { showDetails(id); });
}

// Buyer contact: the core decides who may reveal (owners); the plaintext goes to the pane's label only.
void AfterSalesPage::wireContactReveal()
{
    m_detail->setContactRevealAllowed(m_session.decisions().canRevealContact());
    connect(m_detail, &TicketDetailPane::revealContactRequested, this, [this] {
        const QString id = m_shownId;
        m_session.decisions().revealContact(id, this, [this, id](const core::Result<sync::BuyerContact> &c) {
            if (c)
                m_detail->showRevealedContact(id, c->receiver, c->phone, c->address);
            else
                m_detail->showRevealFailed(id, revealFailedText(c.error().kind));
        });
    });
}

QString AfterSalesPage::revealFailedText(core::Error::Kind kind)
{
    switch (kind) {
    case core::Error::Kind::Forbidden:
        return tr("Only the shop owner can reveal buyer contact details.");
    case core::Error::Kind::NotFound:
        return tr("This order's contact is not in the cache yet; sync, then try again.");
    case core::Error::Kind::Auth:
    case core::Error::Kind::Usage:
        return tr("The shop is not connected on this computer; connect it in Settings.");
    case core::Error::Kind::Storage:
    case core::Error::Kind::StorageFull:
    case core::Error::Kind::TooNew:
        return tr("Not revealed: the reveal could not be recorded in the audit log.");
    default:
        return tr("Could not reveal the contact: the platform did not answer. Try again.");
    }
}

void AfterSalesPage::wireModel()
{
    TicketListModel *model = m_session.tickets();
    connect(&m_session, &models::DeskSession::cacheChanged, this, &AfterSalesPage::reloadAfterChange);
    connect(&m_session, &models::DeskSession::outboxChanged, this, &AfterSalesPage::reloadAfterChange);
    connect(model, &TicketListModel::countChanged, this, [this, model](int n) {
        m_count->setText(model->countIsExact() ? tr("%n ticket(s)", nullptr, n) : tr("Counting tickets…"));
        showEmptyState(m_table, m_emptyState, n == 0);
        updateEmptyText();
        // One shop: its name on every row is room the product's name needs at 1366 px (shown again with a second).
        const bool oneShop = model->shopCount() <= 1;
        if (m_table->isColumnHidden(TicketListModel::Shop) != oneShop)
            m_table->setColumnHidden(TicketListModel::Shop, oneShop);
    });
}

void AfterSalesPage::wireHistoryState()
{
    connect(&m_session.syncControl(), &models::SyncController::syncProgress, this, [this](const sync::SyncProgress &p) {
        // The open tickets' details arrive beside the history: the ticket shown without one is read again (at most
        // once a second) until its detail is in.
        if (p.beside && !m_shownId.isEmpty() && !m_shownHasDetail &&
            (!m_detailRetry.isValid() || m_detailRetry.elapsed() >= 1000)) {
            m_detailRetry.start();
            showDetails(m_shownId);
        }
        if (p.stage != QLatin1String("history"))
            return;
        const int percent = p.total > 0 ? int(std::min<qint64>(99, p.done * 100 / p.total)) : 0;
        // Whole minutes, at least one: the pace of a history walk moves too much for seconds to mean anything.
        const QString left = p.etaSecs >= 0 ? models::durationText(std::max<qint64>(p.etaSecs, 60)) : QString();
        if (percent == m_historyPercent && left == m_historyLeft && m_historyState->isVisible())
            return;
        m_historyPercent = percent;
        m_historyLeft = left;
        showHistoryState();
    });
    connect(&m_session, &models::DeskSession::syncFinished, this, [this] {
        m_historyPercent = -1;
        m_historyLeft.clear();
        showHistoryState();
    });
    showHistoryState();
}

void AfterSalesPage::showHistoryState()
{
    if (m_historyPercent >= 0 && !m_historyLeft.isEmpty()) {
        m_historyState->setText(tr("History still loading (%1 %, about %2 left): the open tickets came first; closed "
                                   "ones fill in as they arrive.")
                                    .arg(m_historyPercent)
                                    .arg(m_historyLeft));
    } else if (m_historyPercent >= 0) {
        m_historyState->setText(tr("History still loading (%1 %): the open tickets came first; closed ones fill in "
                                   "as they arrive.")
                                    .arg(m_historyPercent));
    } else if (m_session.historyLoading()) {
        m_historyState->setText(tr("History incomplete: the open tickets are here, the rest of the shop's history "
                                   "loads with the next sync. Auto-approve rules wait for it."));
    } else {
        m_historyState->hide();
        return;
    }
    m_historyState->show();
}

AfterSalesPage::~AfterSalesPage() = default;

void AfterSalesPage::buildFilters()
{
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_guarantee->setObjectName(QStringLiteral("guaranteeFilter"));
    m_risk->setObjectName(QStringLiteral("riskFilter"));
    m_pendingOnly->setObjectName(QStringLiteral("pendingFilter"));
    for (QComboBox *c : {m_status, m_type, m_due, m_guarantee})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *c : {m_status, m_type, m_due, m_guarantee})
        connect(c, &QComboBox::currentIndexChanged, this, &AfterSalesPage::applyFilter);
    connect(m_risk, &QCheckBox::toggled, this, &AfterSalesPage::applyFilter);
    connect(m_pendingOnly, &QCheckBox::toggled, this, &AfterSalesPage::applyFilter);
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        const QString action = m_views->itemData(index).toString();
        if (action == QLatin1String("__save"))
            saveCurrentView();
        else if (!action.isEmpty())
            loadView(action);
    });
}

void AfterSalesPage::buildShortcuts()
{
    auto bind = [this](const char *name, auto slot) {
        auto *s = new QShortcut(boundKey(m_session.settings(), QLatin1String(name)), this);
        s->setObjectName(QStringLiteral("shortcut_") + QLatin1String(name));
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    bind("next", [this] { moveSelection(1); });
    bind("previous", [this] { moveSelection(-1); });
    bind("approve", [this] { approveSelected(); });
    bind("reject", [this] { rejectCurrent(); });
    bind("search", [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    bind("open", [this] {
        if (m_table->hasFocus())
            m_detail->setFocus();
    });
}

void AfterSalesPage::reloadShortcuts()
{
    const QString prefix = QStringLiteral("shortcut_");
    for (QShortcut *s : findChildren<QShortcut *>(Qt::FindDirectChildrenOnly)) {
        if (s->objectName().startsWith(prefix))
            s->setKey(boundKey(m_session.settings(), s->objectName().mid(prefix.size())));
    }
}

void AfterSalesPage::showEvent(QShowEvent *event)
{
    // Keys rebound in Settings apply as soon as the page is back on screen.
    reloadShortcuts();
    QWidget::showEvent(event);
}

void AfterSalesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AfterSalesPage::retranslate()
{
    if (m_historyState->isVisible())
        showHistoryState();
    m_search->setPlaceholderText(tr("Search ticket or order id, product, reason, remark (/)"));
    m_search->setAccessibleName(tr("Search tickets"));
    const QSignalBlocker b1(m_status), b2(m_type), b3(m_due), b4(m_guarantee);
    const int status = std::max(0, m_status->currentIndex());
    m_status->clear();
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Awaiting review"), QVariantList{6});
    m_status->addItem(tr("Awaiting return parcel"), QVariantList{7});
    m_status->addItem(tr("Returned, awaiting check"), QVariantList{11});
    m_status->addItem(tr("Closed"), QVariantList{12, 13, 14, 27, 28, 29});
    m_status->addItem(tr("All statuses"), QVariant());
    m_status->setCurrentIndex(status);
    m_status->setAccessibleName(tr("Status"));
    const int type = std::max(0, m_type->currentIndex());
    m_type->clear();
    m_type->addItem(tr("All types"), QVariant());
    for (int t : {0, 1, 2, 3, 6, 7, 8})
        m_type->addItem(models::ticketTypeName(t), t);
    m_type->setCurrentIndex(type);
    m_type->setAccessibleName(tr("Type"));
    const int due = std::max(0, m_due->currentIndex());
    m_due->clear();
    m_due->addItem(tr("Any deadline"), QVariant());
    m_due->addItem(tr("Due within 1 h"), 3600);
    m_due->addItem(tr("Due within 4 h"), 4 * 3600);
    m_due->addItem(tr("Due within 24 h"), 24 * 3600);
    m_due->setCurrentIndex(due);
    m_due->setAccessibleName(tr("Due within"));
    const int g = std::max(0, m_guarantee->currentIndex());
    m_guarantee->clear();
    m_guarantee->addItem(tr("Any guarantee"), QVariant());
    m_guarantee->addItem(models::claimKindName(core::ClaimKind::Fresh), int(core::ClaimKind::Fresh));
    m_guarantee->addItem(models::claimKindName(core::ClaimKind::Allergy), int(core::ClaimKind::Allergy));
    m_guarantee->setCurrentIndex(g);
    m_guarantee->setAccessibleName(tr("Guarantee"));
    m_risk->setText(tr("Risky"));
    m_risk->setToolTip(tr("Only tickets flagged by the platform's risk check"));
    m_pendingOnly->setText(tr("Pending sync"));
    m_pendingOnly->setToolTip(tr("Only tickets with a decision waiting to reach the platform"));
    m_views->clear();
    m_views->addItem(tr("Saved views"), QString());
    for (const QString &name : m_session.decisions().viewNames())
        m_views->addItem(name, name);
    m_views->addItem(tr("Save current view…"), QStringLiteral("__save"));
    m_views->setAccessibleName(tr("Saved views"));
    m_table->setAccessibleName(tr("Tickets"));
    updateEmptyText();
    m_count->setText(m_session.tickets()->countIsExact() ? tr("%n ticket(s)", nullptr, m_session.tickets()->rowCount())
                                                         : tr("Counting tickets…"));
}

void AfterSalesPage::updateEmptyText()
{
    const core::Error &error = m_session.tickets()->lastError();
    m_emptyState->setText(
        error.kind != core::Error::Kind::None ? readFailedText(error)
        : m_session.hasShop()
            ? tr("No tickets match these filters. Clear the search or choose “All statuses”.")
            : tr("No shop connected yet. %1: its tickets appear here after the first sync.").arg(connectShopLink()));
}

store::TicketFilter AfterSalesPage::currentFilter() const
{
    store::TicketFilter f;
    const QVariant status = m_status->currentData();
    if (status.toString() == QLatin1String("open"))
        f.openOnly = true;
    else if (status.isValid())
        f.statuses = intList(status);
    if (m_type->currentData().isValid())
        f.types = {m_type->currentData().toInt()};
    if (m_due->currentData().isValid())
        f.dueWithinSecs = m_due->currentData().toLongLong();
    if (m_guarantee->currentData().isValid()) {
        const auto &rules = core::GuaranteeRules::builtin();
        for (int code : rules.forKind(core::ClaimKind(m_guarantee->currentData().toInt())).reasonCodes)
            f.reasonCodes << QString::number(code);
    }
    if (m_risk->isChecked())
        f.riskFlag = true;
    if (m_pendingOnly->isChecked())
        f.hasPendingDecision = true;
    f.text = m_search->text().trimmed();
    f.now = m_session.clock()->nowSecs();
    f.aftersaleIds = m_onlyIds;
    return f;
}

void AfterSalesPage::showOnly(const QStringList &ids, const QString &origin)
{
    m_onlyIds = ids;
    if (m_onlyIds.isEmpty())
        m_onlyIds << QString(); // an empty hand-over shows nothing, not everything
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_status), QSignalBlocker(m_type),        QSignalBlocker(m_due),   QSignalBlocker(m_guarantee),
        QSignalBlocker(m_risk),   QSignalBlocker(m_pendingOnly), QSignalBlocker(m_search)};
    for (int i = 0; i < m_status->count(); ++i) {
        if (!m_status->itemData(i).isValid())
            m_status->setCurrentIndex(i); // "All statuses"
    }
    m_type->setCurrentIndex(0);
    m_due->setCurrentIndex(0);
    m_guarantee->setCurrentIndex(0);
    m_risk->setChecked(false);
    m_pendingOnly->setChecked(false);
    m_search->clear();
    m_onlyLabel->setText(tr("Showing %n ticket(s) from %1", nullptr, int(ids.size())).arg(origin));
    m_onlyBar->show();
    applyFilter();
}

void AfterSalesPage::clearShowOnly()
{
    m_onlyIds.clear();
    m_onlyBar->hide();
    applyFilter();
}

void AfterSalesPage::applyFilter()
{
    m_session.tickets()->setFilter(currentFilter());
    if (!m_shownId.isEmpty())
        showDetails(m_shownId); // the open ticket stays open whatever the list shows
}

QJsonObject AfterSalesPage::filterToJson() const
{
    return QJsonObject{{QStringLiteral("status"), m_status->currentIndex()},
                       {QStringLiteral("type"), m_type->currentIndex()},
                       {QStringLiteral("due"), m_due->currentIndex()},
                       {QStringLiteral("guarantee"), m_guarantee->currentIndex()},
                       {QStringLiteral("risk"), m_risk->isChecked()},
                       {QStringLiteral("pending"), m_pendingOnly->isChecked()},
                       {QStringLiteral("text"), m_search->text()}};
}

void AfterSalesPage::saveCurrentView()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save view"), tr("Name of this view:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty()) {
        if (auto st = m_session.decisions().saveView(name.trimmed(), filterToJson()); !st)
            say(tr("Could not save the view: %1").arg(errorText(st.error())));
        retranslate();
    }
    m_views->setCurrentIndex(0);
}

void AfterSalesPage::loadView(const QString &name)
{
    const QJsonObject v = m_session.decisions().view(name);
    {
        const QSignalBlocker b1(m_status), b2(m_type), b3(m_due), b4(m_guarantee), b5(m_risk), b6(m_pendingOnly),
            b7(m_search);
        m_status->setCurrentIndex(v.value(QStringLiteral("status")).toInt());
        m_type->setCurrentIndex(v.value(QStringLiteral("type")).toInt());
        m_due->setCurrentIndex(v.value(QStringLiteral("due")).toInt());
        m_guarantee->setCurrentIndex(v.value(QStringLiteral("guarantee")).toInt());
        m_risk->setChecked(v.value(QStringLiteral("risk")).toBool());
        m_pendingOnly->setChecked(v.value(QStringLiteral("pending")).toBool());
        m_search->setText(v.value(QStringLiteral("text")).toString());
    }
    applyFilter();
}

void AfterSalesPage::moveSelection(int delta)
{
    const int rows = m_session.tickets()->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_table->currentIndex().row() + delta, 0, rows - 1);
    m_table->setCurrentIndex(m_session.tickets()->index(row, 0));
    m_table->setFocus();
}

void AfterSalesPage::wireTeam()
{
    team::TeamLink *team = m_session.team();
    connect(team, &team::TeamLink::changed, this, &AfterSalesPage::updatePresence);
    connect(m_detail, &TicketDetailPane::takeOverRequested, this, &AfterSalesPage::askTakeOver);
    connect(m_myQueue, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const team::Assignment &a : m_session.team()->myQueue())
            ids << a.aftersaleId;
        showOnly(ids, tr("your queue"));
    });
    connect(m_splitQueue, &QPushButton::clicked, this, &AfterSalesPage::askSplitQueue);
    connect(team, &team::TeamLink::splitFinished, this,
            [this](bool ok, int assigned, int unassigned, int agents, const QString &error) {
                if (!ok)
                    say(tr("The queue was not split: %1").arg(error));
                else if (unassigned > 0)
                    say(tr("%1 ticket(s) assigned to %2 agent(s) on shift; %3 left over (everyone is at capacity).")
                            .arg(assigned)
                            .arg(agents)
                            .arg(unassigned));
                else
                    say(tr("%1 ticket(s) assigned to %2 agent(s) on shift, soonest deadline first.")
                            .arg(assigned)
                            .arg(agents));
            });
    connect(team, &team::TeamLink::takeOverFinished, this, [this](const QString &id, bool ok, const QString &error) {
        if (ok)
            say(tr("Ticket %1 is yours now; the other agent sees that you took it over, and why.").arg(id));
        else
            say(tr("Ticket %1 was not taken over: %2").arg(id, error));
    });
    updatePresence();
}

// Who is on the shown ticket, as the detail pane says it. Set before the pane shows the ticket's actions.
void AfterSalesPage::applyPresence(const QString &id)
{
    const team::TeamLink *team = m_session.team();
    using P = TicketDetailPane::Presence;
    if (!team->isActive() || id.isEmpty()) {
        m_detail->setPresence(P::Hidden, {});
        return;
    }
    switch (team->state()) {
    case team::TeamSnapshot::State::Off:
    case team::TeamSnapshot::State::Connecting:
        m_detail->setPresence(P::Connecting, tr("Connecting to the team database…"));
        return;
    case team::TeamSnapshot::State::Offline:
        m_detail->setPresence(P::Offline, tr("Team offline: deciding works as usual, but other desks cannot see that "
                                             "you are on this ticket. The app reconnects by itself."));
        return;
    case team::TeamSnapshot::State::Online:
        break;
    }
    const auto claim = team->claimOn(id);
    if (!claim) {
        m_detail->setPresence(P::Connecting, tr("Telling the other desks you are on this ticket…"));
        return;
    }
    const bool mine = claim->deskId == team->deskId();
    m_detail->setPresence(mine ? P::Mine : P::Other,
                          mine ? models::presenceText(claim->agent, true, claim->claimedAt)
                               : tr("%1 Decisions wait here until you take it over.")
                                     .arg(models::presenceText(claim->agent, false, claim->claimedAt)));
}

void AfterSalesPage::updatePresence()
{
    const team::TeamLink *team = m_session.team();
    m_table->setColumnHidden(TicketListModel::OnIt, !team->isActive());
    const qsizetype queued = team->myQueue().size();
    m_myQueue->setText(tr("My queue (%1)").arg(queued));
    m_myQueue->setToolTip(tr("The tickets assigned to you, soonest deadline first"));
    m_myQueue->setVisible(team->isActive() && queued > 0);
    m_splitQueue->setText(tr("Split queue…"));
    m_splitQueue->setToolTip(tr("Assign the shop's open tickets to the agents on shift, soonest deadline first"));
    m_splitQueue->setVisible(team->isActive() && team->state() == team::TeamSnapshot::State::Online &&
                             m_session.decisions().actor().role == sync::Role::Owner);
    if (m_shownId.isEmpty())
        return;
    const bool heldBefore = m_detail->presence() == TicketDetailPane::Presence::Other;
    applyPresence(m_shownId);
    if (heldBefore != (m_detail->presence() == TicketDetailPane::Presence::Other))
        showDetails(m_shownId); // the actions open or close with it
}

void AfterSalesPage::askTakeOver()
{
    const QString id = m_shownId;
    const auto holder = m_session.team()->heldByOther(id);
    if (id.isEmpty() || !holder)
        return;
    auto d = m_session.decisions().details(id);
    const QString shopId = d ? d->ticket.shopId : QString();
    delete m_takeOverDialog;
    m_takeOverDialog = new QInputDialog(this);
    m_takeOverDialog->setObjectName(QStringLiteral("takeOverDialog"));
    m_takeOverDialog->setWindowTitle(tr("Take over ticket %1").arg(id));
    m_takeOverDialog->setLabelText(
        tr("%1 is on this ticket. Why are you taking it over? %1 sees your reason, and it is kept in the team's "
           "audit.")
            .arg(holder->agent));
    m_takeOverDialog->setOkButtonText(tr("Take over"));
    connect(m_takeOverDialog, &QInputDialog::textValueSelected, this, [this, id, shopId](const QString &reason) {
        if (reason.trimmed().isEmpty()) {
            say(tr("Not taken over: write a reason the other agent can read."));
            return;
        }
        m_session.team()->takeOver(id, shopId, reason.trimmed());
    });
    m_takeOverDialog->open();
}

void AfterSalesPage::askSplitQueue()
{
    delete m_splitDialog;
    m_splitDialog = new QInputDialog(this);
    m_splitDialog->setObjectName(QStringLiteral("splitQueueDialog"));
    m_splitDialog->setWindowTitle(tr("Split the queue"));
    m_splitDialog->setLabelText(tr("The shop's open tickets go to the agents on shift, soonest deadline first, each "
                                   "to whoever has the fewest. At most this many tickets per agent:"));
    m_splitDialog->setInputMode(QInputDialog::IntInput);
    m_splitDialog->setIntRange(1, 10000);
    m_splitDialog->setIntValue(50);
    m_splitDialog->setOkButtonText(tr("Split"));
    connect(m_splitDialog, &QInputDialog::intValueSelected, this, [this](int capacity) {
        if (auto st = m_session.splitTeamQueue(capacity); !st)
            say(tr("The queue was not split: %1").arg(errorText(st.error())));
    });
    m_splitDialog->open();
}

void AfterSalesPage::onCurrentChanged()
{
    m_lastRow = m_table->currentIndex().row();
    const QString id = m_session.tickets()->idAt(m_table->currentIndex().row());
    if (!id.isEmpty())
        showDetails(id);
}

void AfterSalesPage::openTicket(const QString &aftersaleId)
{
    showDetails(aftersaleId);
}

void AfterSalesPage::showDetails(const QString &id)
{
    auto d = m_session.decisions().details(id);
    if (!d) {
        m_detail->clear();
        m_shownId.clear();
        m_shownHasDetail = false;
        m_session.team()->setFocus(QString(), QString());
        return;
    }
    const bool same = id == m_shownId;
    const qint64 before = m_detail->shownUpdateTime();
    m_shownId = id;
    m_shownHasDetail = d->hasDetail;
    if (!same) // other desks see that this agent is on it (team mode)
        m_session.team()->setFocus(id, d->ticket.shopId);
    applyPresence(id);
    m_detail->showTicket(d.value(), m_session.clock()->nowSecs());
    if (same && before != 0 && d->ticket.updateTime != before) {
        m_detail->showChangedBanner(tr("This ticket changed on the platform while you had it open; it now reads “%1”. "
                                       "Your note is kept.")
                                        .arg(models::ticketStatusName(d->ticket.aftersaleStatus)));
    }
    if (!same) {
        const QJsonObject note = m_session.decisions().draft(id, QStringLiteral("note"));
        if (!note.isEmpty())
            m_detail->findChild<QLineEdit *>(QStringLiteral("noteEdit"))
                ->setText(note.value(QStringLiteral("text")).toString());
    }
}

void AfterSalesPage::reloadAfterChange()
{
    // The session has reloaded the model (connected first); keep the agent's place and refresh the detail.
    const int row = m_lastRow;
    if (row >= 0 && row < m_session.tickets()->rowCount())
        m_table->selectionModel()->setCurrentIndex(m_session.tickets()->index(row, 0), QItemSelectionModel::NoUpdate);
    if (!m_shownId.isEmpty())
        showDetails(m_shownId);
}

QStringList AfterSalesPage::selectedIds() const
{
    QStringList ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const QString id = m_session.tickets()->idAt(i.row());
        if (!id.isEmpty())
            ids << id;
    }
    if (ids.isEmpty() && !m_shownId.isEmpty())
        ids << m_shownId;
    return ids;
}

void AfterSalesPage::say(const QString &text)
{
    m_lastMessage = text;
    emit message(text);
}

bool AfterSalesPage::decide(const QString &id, int action, const QJsonObject &extra)
{
    sync::DecisionInput in;
    in.aftersaleId = id;
    in.action = sync::DecisionAction(action);
    in.remark = extra.value(QStringLiteral("remark")).toString();
    in.rejectReasonCode = extra.value(QStringLiteral("reject_reason_code")).toInteger();
    in.overrideReason = extra.value(QStringLiteral("override_reason")).toString();
    in.handover = extra.value(QStringLiteral("handover")).toBool();
    for (const QJsonValue &v : extra.value(QStringLiteral("evidence")).toArray())
        in.evidenceUrls << v.toString();
    in.receiverAddressId = m_session.settings().get(core::keys::returnAddressId);
    auto r = m_session.decisions().decide(in);
    if (!r) {
        say(tr("Not queued: %1").arg(errorText(r.error())));
        return false;
    }
    say(tr("Queued; it reaches the platform with the next sync. Undo is possible until then."));
    return true;
}

void AfterSalesPage::approveSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const qint64 limit = m_session.settings().get(core::keys::confirmAmountFen);
    const int batchLimit = m_session.settings().get(core::keys::confirmBatch);
    qint64 total = 0;
    qint64 largest = 0;
    for (const QString &id : ids) {
        if (auto d = m_session.decisions().details(id)) {
            total += d->ticket.refundAmount;
            largest = std::max(largest, d->ticket.refundAmount);
        }
    }
    if (ids.size() >= batchLimit || largest >= limit) {
        const QString text =
            ids.size() == 1
                ? tr("Approve this ticket for %1?").arg(core::formatFen(total))
                : tr("Approve %n tickets for %1 in total?", nullptr, int(ids.size())).arg(core::formatFen(total));
        if (!confirm(this, tr("Approve"), text))
            return;
    }
    QList<sync::DecisionInput> inputs;
    for (const QString &id : ids) {
        sync::DecisionInput in;
        in.aftersaleId = id;
        in.action = sync::DecisionAction::Approve;
        in.receiverAddressId = m_session.settings().get(core::keys::returnAddressId);
        inputs << in;
    }
    int queued = 0;
    QStringList problems;
    const auto results = m_session.decisions().decideBatch(inputs);
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (results.at(i))
            ++queued;
        else
            problems << tr("%1: %2").arg(ids.at(i), errorText(results.at(i).error()));
    }
    if (problems.isEmpty())
        say(tr("%n approval(s) queued; they reach the platform with the next sync.", nullptr, queued));
    else
        say(tr("%1 queued, %2 not: %3").arg(queued).arg(problems.size()).arg(problems.first()));
}

void AfterSalesPage::rejectCurrent()
{
    if (m_shownId.isEmpty())
        return;
    auto d = m_session.decisions().details(m_shownId);
    if (!d)
        return;
    const bool afterReceipt = d->ticket.aftersaleStatus == 11;
    const auto action = afterReceipt ? sync::DecisionAction::RejectAfterReceipt : sync::DecisionAction::Reject;
    if (!sync::planFor(action, d->ticket.aftersaleType, d->ticket.aftersaleStatus) || d->hasOpenDecision())
        return;
    delete m_rejectDialog;
    m_rejectDialog = new RejectDialog(d->rejectReasons, this);
    m_rejectDialog->setValidClaim(action == sync::DecisionAction::Reject && d->eligibility &&
                                      d->eligibility->verdict == core::Verdict::Eligible,
                                  m_session.decisions().actor().role == sync::Role::Owner);
    const QString id = m_shownId;
    const QJsonObject draft = m_session.decisions().draft(id, QStringLiteral("reject"));
    if (!draft.isEmpty()) {
        QStringList evidence;
        for (const QJsonValue &v : draft.value(QStringLiteral("evidence")).toArray())
            evidence << v.toString();
        m_rejectDialog->setDraft(draft.value(QStringLiteral("code")).toInt(),
                                 draft.value(QStringLiteral("remark")).toString(), evidence);
    }
    connect(m_rejectDialog, &RejectDialog::draftChanged, this, [this, id] {
        m_session.decisions().saveDraft(
            id, QStringLiteral("reject"),
            QJsonObject{{QStringLiteral("code"), m_rejectDialog->reasonCode()},
                        {QStringLiteral("remark"), m_rejectDialog->remark()},
                        {QStringLiteral("evidence"), QJsonArray::fromStringList(m_rejectDialog->evidenceUrls())}});
    });
    connect(m_rejectDialog, &QDialog::accepted, this, [this, id, action] {
        const bool queued =
            decide(id, int(action),
                   QJsonObject{{QStringLiteral("remark"), m_rejectDialog->remark()},
                               {QStringLiteral("reject_reason_code"), m_rejectDialog->reasonCode()},
                               {QStringLiteral("evidence"), QJsonArray::fromStringList(m_rejectDialog->evidenceUrls())},
                               {QStringLiteral("override_reason"), m_rejectDialog->overrideReason()}});
        if (queued)
            m_session.decisions().dropDraft(id, QStringLiteral("reject"));
    });
    m_rejectDialog->open();
}

} // namespace anxin::ui

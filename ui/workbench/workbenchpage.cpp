#include "workbench/workbenchpage.h"

#include "common/bands.h"
#include "common/listpage.h"
#include "common/typography.h"
#include "core/money.h"
#include "models/desksession.h"
#include "models/labels.h"
#include "models/workbench.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace anxin::ui {

namespace {

QString kindName(models::DueKind kind)
{
    switch (kind) {
    case models::DueKind::Ticket:
        return WorkbenchPage::tr("After-sales");
    case models::DueKind::Claim:
        return WorkbenchPage::tr("Guarantee claim");
    case models::DueKind::Shipping:
        return WorkbenchPage::tr("Ship by");
    }
    return {};
}

const core::DeadlineBand kBands[] = {core::DeadlineBand::Overdue, core::DeadlineBand::Under1h,
                                     core::DeadlineBand::Under4h};
const models::DueKind kKinds[] = {models::DueKind::Ticket, models::DueKind::Claim, models::DueKind::Shipping};

} // namespace

// What falls due, as the table shows it: items are formatted when painted (thousands of overdue tickets on a large
// cache cost nothing until scrolled to).
class WorkbenchPage::DueModel : public QAbstractTableModel
{
public:
    explicit DueModel(QWidget *view)
        : QAbstractTableModel(view)
    {}

    void reset(QList<models::WorkbenchItem> items, qint64 now)
    {
        beginResetModel();
        m_items = std::move(items);
        m_now = now;
        endResetModel();
    }
    void setHeaders(QStringList headers)
    {
        m_headers = std::move(headers);
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 5; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
            return m_headers.at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_items.size())
            return {};
        const models::WorkbenchItem &it = m_items.at(index.row());
        const int col = index.column();
        switch (role) {
        case Qt::DisplayRole:
            switch (col) {
            case 0:
                return models::timeLeftText(it.item.deadline, m_now);
            case 1:
                return kindName(it.kind);
            case 2:
                return it.item.id;
            case 3:
                return core::formatFen(it.item.amount);
            case 4:
                return it.kind == models::DueKind::Shipping
                           ? WorkbenchPage::tr("Ship %1").arg(it.item.title)
                           : WorkbenchPage::tr("%1 · %2").arg(models::ticketStatusName(it.item.status), it.item.title);
            }
            break;
        case kDueBandRole: // drawn by the band delegate, as in every list
            return int(it.band);
        case Qt::ToolTipRole:
            if (col == 0)
                return models::dateTimeText(it.item.deadline);
            if (col == 4) // elided at 1366 px: whole here
                return data(index, Qt::DisplayRole);
            break;
        case Qt::TextAlignmentRole:
            if (col == 3)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case Qt::UserRole: // the ticket to open; none for a shipment
            return it.kind == models::DueKind::Shipping ? QString() : it.item.id;
        default:
            break;
        }
        return {};
    }

private:
    QList<models::WorkbenchItem> m_items;
    qint64 m_now = 0;
    QStringList m_headers;
};

WorkbenchPage::WorkbenchPage(models::DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(textLabel(this, TextRole::PageTitle))
    , m_subtitle(new QLabel(this))
    , m_countsGrid(new QGridLayout)
    , m_due(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_handoverTitle(textLabel(this, TextRole::PaneTitle))
    , m_shift(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_interceptTitle(boldLabel(this))
    , m_intercepts(new QListWidget(this))
    , m_notesTitle(boldLabel(this))
    , m_notes(new QListWidget(this))
    , m_timer(new QTimer(this))
{
    m_due->setObjectName(QStringLiteral("dueTable"));
    m_intercepts->setObjectName(QStringLiteral("interceptList"));
    m_notes->setObjectName(QStringLiteral("handoverNotes"));
    m_pending->setObjectName(QStringLiteral("handoverPending"));
    m_shift->setObjectName(QStringLiteral("handoverShift"));
    m_empty->setObjectName(QStringLiteral("workbenchEmpty"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_shift->setWordWrap(true);
    m_pending->setTextFormat(Qt::RichText);
    connect(m_pending, &QLabel::linkActivated, this, [this] { emit openPendingRequested(); });

    // Counts: one row per kind, one column per urgent band.
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 4; ++c) {
            auto *l = new QLabel(this);
            l->setObjectName(QStringLiteral("count_%1_%2").arg(r).arg(c));
            if (c > 0) {
                setTextRole(l, TextRole::Figure);
                l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_countsGrid->addWidget(l, r + 1, c);
            m_countLabels << l;
        }
    }
    for (int c = 0; c < 3; ++c) {
        auto *h = new QLabel(this);
        h->setAlignment(Qt::AlignRight);
        h->setObjectName(QStringLiteral("bandHeader%1").arg(c));
        m_countsGrid->addWidget(h, 0, c + 1);
    }
    m_countsGrid->setHorizontalSpacing(28);

    m_dueModel = new DueModel(m_due);
    m_due->setModel(m_dueModel);
    m_due->verticalHeader()->hide();
    m_due->verticalHeader()->setDefaultSectionSize(28);
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_due->setSelectionMode(QAbstractItemView::SingleSelection);
    m_due->horizontalHeader()->setStretchLastSection(true);
    m_due->setItemDelegateForColumn(0, new BandDelegate(kDueBandRole, m_due));
    m_due->setColumnWidth(0, 160);
    m_due->setColumnWidth(1, 120);
    m_due->setColumnWidth(2, 170);
    m_due->setColumnWidth(3, 96);
    m_due->setAlternatingRowColors(true);
    // Narrow windows scroll the lists instead of growing the window.
    m_due->setMinimumWidth(280);
    for (QListWidget *list : {m_intercepts, m_notes}) {
        list->setMinimumWidth(200);
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setResizeMode(QListView::Adjust);
        // A handover note or an intercept alert opens the ticket it points to (Enter or double-click).
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            const QString id = item->data(Qt::UserRole).toString();
            if (!id.isEmpty())
                emit openTicketRequested(id);
        });
    }
    m_subtitle->setWordWrap(true);
    m_pending->setWordWrap(true);
    connect(m_due, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.siblingAtColumn(0).data(Qt::UserRole).toString();
        if (!id.isEmpty())
            emit openTicketRequested(id);
    });

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_subtitle);
    left->addLayout(m_countsGrid);
    left->addSpacing(8);
    left->addWidget(m_due, 1);
    left->addWidget(m_empty, 1); // in the list's place, from its top
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    openLinksIn(m_empty);
    onRetry(m_empty, [this] { load(); });
    auto *right = new QVBoxLayout;
    right->addWidget(m_handoverTitle);
    right->addWidget(m_shift);
    right->addWidget(m_pending);
    right->addWidget(m_interceptTitle);
    right->addWidget(m_intercepts, 1);
    right->addWidget(m_notesTitle);
    right->addWidget(m_notes, 1);
    auto *layout = new QHBoxLayout(this);
    setMargins(layout, kPageMargins);
    layout->setSpacing(24);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    m_load = models::workbenchQuery(m_session.cache(), this);
    connect(&m_session, &models::DeskSession::cacheChanged, this, &WorkbenchPage::refresh);
    connect(&m_session, &models::DeskSession::outboxChanged, this, &WorkbenchPage::refresh);
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, &WorkbenchPage::refresh);
    m_timer->start();
    retranslate();
}

void WorkbenchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkbenchPage::retranslate()
{
    m_title->setText(tr("Next 4 hours"));
    m_subtitle->setText(tr("Ticket steps, guarantee-claim responses and ship-by times across all shops, soonest first. "
                           "Press Enter on a ticket to open it."));
    for (int c = 0; c < 3; ++c)
        findChild<QLabel *>(QStringLiteral("bandHeader%1").arg(c))->setText(models::bandName(kBands[c]));
    m_dueModel->setHeaders({tr("Time left"), tr("Kind"), tr("Ticket or order"), tr("Amount"), tr("What")});
    m_due->setAccessibleName(tr("Due in the next 4 hours"));
    m_handoverTitle->setText(tr("Shift handover"));
    m_interceptTitle->setText(tr("Intercept the parcel"));
    m_interceptTitle->setToolTip(tr("Express refunds the platform paid on orders that had already shipped: ask the "
                                    "carrier to stop or return the parcel."));
    m_notesTitle->setText(tr("Handover from every desk (24 h)"));
    refresh();
}

int WorkbenchPage::dueCount() const
{
    return m_dueModel->rowCount();
}

void WorkbenchPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_lazy.setActive(true))
        load();
}

void WorkbenchPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous()) // minimised windows stay visible
        m_lazy.setActive(false);
}

void WorkbenchPage::refresh()
{
    if (m_lazy.wanted())
        load();
}

void WorkbenchPage::load()
{
    if (!m_load->available())
        return;
    const qint64 now = m_session.clock()->nowSecs();
    m_loading = true; // until display(), at once without a reader
    m_load->run(now, [this, now](const core::Result<models::Workbench> &result) { display(result, now); });
}

void WorkbenchPage::display(const core::Result<models::Workbench> &result, qint64 now)
{
    m_loading = false;
    if (!result) {
        m_empty->setText(readFailedText(result.error()));
        m_due->hide(); // not the last list read: what it said may no longer be true
        m_empty->show();
        emit loaded();
        return;
    }
    const models::Workbench &w = result.value();
    for (int r = 0; r < 3; ++r) {
        m_countLabels[r * 4]->setText(kindName(kKinds[r]));
        for (int c = 0; c < 3; ++c) {
            QLabel *l = m_countLabels[r * 4 + c + 1];
            const int n = w.count(kKinds[r], kBands[c]);
            l->setText(QString::number(n));
            QPalette p = l->palette();
            p.setColor(QPalette::WindowText,
                       n ? bandColor(kBands[c], palette()) : palette().color(QPalette::PlaceholderText));
            l->setPalette(p);
        }
    }

    m_dueModel->reset(w.next, now);
    m_due->setVisible(!w.next.isEmpty());
    m_empty->setVisible(w.next.isEmpty());
    m_empty->setText(
        m_session.hasShop()
            ? tr("Nothing falls due in the next 4 hours. New tickets and orders appear here as they sync.")
            : tr("No shop connected yet. %1: its deadlines appear here after the first sync.").arg(connectShopLink()));

    m_shift->setText(tr("During the next 8 hours: %1 ticket step(s) and %2 shipment(s) fall due.")
                         .arg(w.shiftTickets)
                         .arg(w.shiftOrders));
    QString pending = tr("Waiting to sync: %1 · conflicts to resolve: %2 · <a href=\"pending\">open Pending sync</a>")
                          .arg(w.pending)
                          .arg(w.conflicts);
    if (w.late > 0)
        pending += QStringLiteral("<br><b>") +
                   tr("%n may reach the platform too late (its deadline is within the hour or past)", nullptr, w.late) +
                   QStringLiteral("</b>");
    m_pending->setText(pending);
    m_intercepts->clear();
    for (const auto &a : w.intercepts) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2 %3 · refunded %4 · %5")
                .arg(a.orderId, a.companyName, a.trackingNo, core::formatFen(a.refundAmount), a.productName),
            m_intercepts);
        item->setData(Qt::UserRole, a.aftersaleId);
    }
    if (w.intercepts.isEmpty())
        new QListWidgetItem(tr("None: no express refund hit a shipped order this week."), m_intercepts);
    m_notes->clear();
    for (const auto &h : w.handover) {
        const models::NoteEntry &n = h.note;
        QString line = tr("%1 · %2 on %3: %4")
                           .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(n.time).time(), QLocale::ShortFormat),
                                n.author, h.aftersaleId, n.text);
        if (const QString state = models::noteStateText(n); !state.isEmpty())
            line += QStringLiteral("  (") + state + QLatin1Char(')');
        auto *item = new QListWidgetItem(line, m_notes);
        item->setData(Qt::UserRole, h.aftersaleId);
    }
    if (w.handover.isEmpty())
        new QListWidgetItem(tr("No handover notes in the last 24 hours. Mark a note “Handover” on a ticket and every "
                               "desk of the shop sees it here."),
                            m_notes);
    emit loaded();
}

} // namespace anxin::ui

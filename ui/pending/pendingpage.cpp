#include "pending/pendingpage.h"

#include "common/errortext.h"
#include "common/icons.h"
#include "common/listpage.h"
#include "common/typography.h"
#include "core/clock.h"
#include "core/deadlines.h"
#include "models/desksession.h"
#include "models/labels.h"
#include "store/outboxrepository.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace anxin::ui {

namespace {

// The platform's code for "this operation is not supported through the open API" (contract §3).
constexpr int kNotThroughApi = 11001;

// The "Last answer" column in the user's language: the platform's own refusal when it refused (its words, with
// its code), otherwise what the state means; the sender's technical note stays in the tooltip.
QString lastAnswerText(const store::OutboxEntry &e)
{
    switch (e.state) {
    case store::OutboxState::Failed:
        return e.lastError;
    case store::OutboxState::Pending:
        return e.attempts > 0 ? PendingPage::tr("Not applied yet; sent again with the next sync") : QString();
    case store::OutboxState::InFlight:
        return PendingPage::tr("Being sent");
    case store::OutboxState::Unknown:
        return PendingPage::tr("Sent without an answer; asking the platform whether it arrived");
    case store::OutboxState::Conflict:
        return PendingPage::tr("The ticket changed on the platform first");
    case store::OutboxState::Overtaken:
        return PendingPage::tr("The platform decided at its deadline first");
    case store::OutboxState::Done:
    case store::OutboxState::Cancelled:
        break;
    }
    return {};
}

} // namespace

PendingPage::PendingPage(models::DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_openOnly(new QCheckBox(this))
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_syncNow(new QPushButton(this))
    , m_backOffice(new QPushButton(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_backOffice->setObjectName(QStringLiteral("openBackOffice"));
    m_backOffice->setVisible(false);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_undo->setObjectName(QStringLiteral("pendingUndo"));
    setToolIcon(m_undo, QStringLiteral(":/icons/undo.svg"));
    setToolIcon(m_open, QStringLiteral(":/icons/aftersales.svg"));
    setToolIcon(m_backOffice, QStringLiteral(":/icons/open.svg"));
    setToolIcon(m_syncNow, QStringLiteral(":/icons/syncing.svg"));
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    m_detail->setObjectName(QStringLiteral("outboxDetail"));
    setUpEmptyState(m_empty, QStringLiteral("pendingEmpty"));
    onRetry(m_empty, [this] { refresh(); });
    m_empty->setVisible(false);
    setTextRole(m_title, TextRole::PageTitle);
    m_summary->setWordWrap(true);
    m_detail->setWordWrap(true);
    // Room for a few wrapped lines: the table above takes every spare pixel, and would leave one.
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openOnly->setChecked(true);
    m_table->setColumnCount(6);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 150);
    m_table->setColumnWidth(1, 170);
    m_table->setColumnWidth(2, 120);
    m_table->setColumnWidth(3, 170);
    m_table->setColumnWidth(4, 110);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_openOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_open);
    buttons->addWidget(m_backOffice);
    buttons->addStretch();
    buttons->addWidget(m_syncNow);
    auto *layout = new QVBoxLayout(this);
    setMargins(layout, kPageMargins);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(m_openOnly, &QCheckBox::toggled, this, &PendingPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PendingPage::updateButtons);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (auto st = m_session.decisions().undo(selectedId()); !st)
            m_detail->setText(tr("Could not undo: %1").arg(errorText(st.error())));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            emit openTicketRequested(m_table->item(row, 1)->text());
    });
    connect(m_syncNow, &QPushButton::clicked, this, [this] { m_session.syncControl().syncNow(); });
    connect(m_backOffice, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const QString id = m_table->item(row, 1)->text();
        QGuiApplication::clipboard()->setText(id);
        if (!m_openUrl(backOfficeUrl()))
            m_detail->setText(tr("Could not open the browser. Open %1 yourself; the ticket id %2 is copied.")
                                  .arg(backOfficeUrl().toString(), id));
    });
    connect(&m_session, &models::DeskSession::outboxChanged, this, &PendingPage::refresh);
    retranslate();
}

void PendingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PendingPage::retranslate()
{
    m_title->setText(tr("Pending sync"));
    m_openOnly->setText(tr("Only what still needs attention"));
    m_table->setHorizontalHeaderLabels(
        {tr("State"), tr("Ticket"), tr("Decision"), tr("Made"), tr("Attempts"), tr("Last answer")});
    m_table->setAccessibleName(tr("Decisions and their state"));
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Take back a decision that has not been sent yet"));
    m_open->setText(tr("Open ticket"));
    m_backOffice->setText(tr("Open in the merchant back office"));
    m_backOffice->setToolTip(tr("Copies the ticket id and opens the platform's merchant back office, where this "
                                "decision can be made"));
    m_syncNow->setText(tr("Sync now"));
    refresh();
}

qint64 PendingPage::selectedId() const
{
    const int row = m_table->currentRow();
    return row < 0 ? 0 : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void PendingPage::refresh()
{
    const auto readEntries = m_session.decisions().outboxEntries();
    const auto readCounts = m_session.decisions().outboxCounts();
    if (!readEntries || !readCounts) {
        // Never "nothing is waiting" when the outbox could not be read: decisions may be waiting in it.
        m_summary->setText(tr("The decisions made on this computer could not be read; none is lost."));
        m_table->setRowCount(0);
        showEmptyState(m_table, m_empty, true);
        m_empty->setText(readFailedText(!readEntries ? readEntries.error() : readCounts.error()));
        m_detail->clear();
        updateButtons();
        return;
    }
    const auto &entries = readEntries.value();
    const auto &counts = readCounts.value();
    const int waiting = store::waitingCount(counts);
    // Decisions still waiting, against their tickets' platform deadlines: the platform decides for the buyer at
    // the deadline, so one still queued then arrives too late (issue #28).
    QStringList waitingIds;
    for (const auto &e : entries) {
        if (e.action != QLatin1String("note") && store::isWaiting(e.state))
            waitingIds << e.aftersaleId;
    }
    const QHash<QString, qint64> deadlines = m_session.decisions().openTicketDeadlines(waitingIds);
    const qint64 now = m_session.clock()->nowSecs();
    QHash<qint64, core::QueueTiming> lateEntries; // outbox id -> at risk or too late
    for (const auto &e : entries) {
        if (e.action == QLatin1String("note") || !store::isWaiting(e.state))
            continue;
        const core::QueueTiming timing = core::queueTiming(deadlines.value(e.aftersaleId), now);
        if (timing != core::QueueTiming::OnTime)
            lateEntries.insert(e.id, timing);
    }
    const int late = int(lateEntries.size());
    QString summary = tr("%1 waiting to reach the platform · %2 in conflict · %3 refused · %4 applied")
                          .arg(waiting)
                          .arg(counts.value(store::OutboxState::Conflict))
                          .arg(counts.value(store::OutboxState::Failed))
                          .arg(counts.value(store::OutboxState::Done));
    if (const int overtaken = counts.value(store::OutboxState::Overtaken); overtaken > 0)
        summary += tr(" · %n overtaken by the platform's deadline", nullptr, overtaken);
    if (late > 0)
        summary += tr(" · %n may reach the platform too late", nullptr, late);
    m_summary->setText(summary);
    m_table->setRowCount(0);
    for (const auto &e : entries) {
        if (m_openOnly->isChecked() && store::isSettled(e.state))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *state = new QTableWidgetItem(models::outboxStateName(e.state));
        state->setData(Qt::UserRole, e.id);
        state->setData(Qt::UserRole + 1, int(e.state));
        state->setData(Qt::UserRole + 2, e.conflictJson);
        state->setData(Qt::UserRole + 3, store::OutboxRepository::refusalCode(e));
        if (!store::isSettled(e.state) && !store::isWaiting(e.state)) { // final, and for the user to look at
            QFont f = state->font();
            f.setBold(true);
            state->setFont(f);
        }
        m_table->setItem(row, 0, state);
        m_table->setItem(row, 1, new QTableWidgetItem(e.aftersaleId));
        m_table->setItem(row, 2, new QTableWidgetItem(models::decisionActionName(e.action)));
        m_table->setItem(row, 3,
                         new QTableWidgetItem(tr("%1 by %2").arg(models::dateTimeText(e.createdAt), e.createdBy)));
        m_table->setItem(row, 4, new QTableWidgetItem(QString::number(e.attempts)));
        auto *answer = new QTableWidgetItem(lastAnswerText(e));
        answer->setToolTip(e.lastError); // the technical words, as details
        m_table->setItem(row, 5, answer);
        if (const auto it = lateEntries.constFind(e.id); it != lateEntries.cend()) {
            const QString why = models::queueTimingText(it.value(), deadlines.value(e.aftersaleId));
            state->setText(models::queueTimingFlagged(models::outboxStateName(e.state), it.value()));
            QFont f = state->font();
            f.setBold(true);
            state->setFont(f);
            state->setToolTip(why);
            state->setData(Qt::UserRole + 4, why);
        }
    }
    // "Waiting to sync · at risk" is wider than the default state column: never cut the flag.
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(0, std::max(150, m_table->columnWidth(0)));
    const bool empty = m_table->rowCount() == 0;
    showEmptyState(m_table, m_empty, empty);
    if (empty) {
        m_empty->setText(
            m_openOnly->isChecked()
                ? tr("Nothing is waiting: every decision made here has reached the platform.") +
                      QStringLiteral("\n\n") +
                      tr("A decision made without a connection waits here until the next sync. Clear “Only what "
                         "still needs attention” to see those already applied.")
                : tr("No decisions have been made on this computer yet.") + QStringLiteral("\n\n") +
                      tr("Approve, reject or extend a ticket on the After-sales page: each decision is listed here "
                         "until the platform has it, and stays here as a record."));
        m_detail->clear();
    }
    updateButtons();
}

void PendingPage::updateButtons()
{
    const int row = m_table->currentRow();
    const auto state =
        row < 0 ? store::OutboxState::Done : store::OutboxState(m_table->item(row, 0)->data(Qt::UserRole + 1).toInt());
    m_undo->setEnabled(row >= 0 && state == store::OutboxState::Pending);
    m_open->setEnabled(row >= 0);
    const bool notThroughApi = row >= 0 && m_table->item(row, 0)->data(Qt::UserRole + 3).toInt() == kNotThroughApi;
    m_backOffice->setVisible(notThroughApi);
    if (row < 0)
        return;
    if (notThroughApi) {
        // The platform's own words stay in the "Last answer" column; here, what to do, in the user's language.
        m_detail->setText(tr("The platform does not take this decision through its open API (code %1). Make it in "
                             "the merchant back office: “Open in the merchant back office” copies the ticket id %2 "
                             "for its search box.")
                              .arg(kNotThroughApi)
                              .arg(m_table->item(row, 1)->text()));
        return;
    }
    if (const QString late = m_table->item(row, 0)->data(Qt::UserRole + 4).toString(); !late.isEmpty()) {
        m_detail->setText(late);
        return;
    }
    if (state == store::OutboxState::Overtaken) {
        const QJsonObject c =
            QJsonDocument::fromJson(m_table->item(row, 0)->data(Qt::UserRole + 2).toString().toUtf8()).object();
        const QJsonObject local = c.value(QStringLiteral("local")).toObject();
        const QJsonObject platform = c.value(QStringLiteral("platform")).toObject();
        m_detail->setText(
            tr("Too late, and not sent again. Here: “%1”, decided on the ticket as it was (%2), due by %3. The "
               "platform decided for the buyer when that time ran out: the ticket is now “%4” (since %5). Open the "
               "ticket to see what the platform did.")
                .arg(models::decisionActionName(local.value(QStringLiteral("action")).toString()),
                     models::ticketStatusName(local.value(QStringLiteral("expected_status")).toInt()),
                     models::dateTimeText(local.value(QStringLiteral("deadline")).toInteger()),
                     models::ticketStatusName(platform.value(QStringLiteral("status")).toInt()),
                     models::dateTimeText(platform.value(QStringLiteral("update_time")).toInteger())));
        return;
    }
    if (state == store::OutboxState::Conflict) {
        const QJsonObject c =
            QJsonDocument::fromJson(m_table->item(row, 0)->data(Qt::UserRole + 2).toString().toUtf8()).object();
        const QJsonObject local = c.value(QStringLiteral("local")).toObject();
        const QJsonObject platform = c.value(QStringLiteral("platform")).toObject();
        m_detail->setText(
            tr("Conflict, nothing was overwritten. Here: “%1”, decided on the ticket as it was (%2). On the platform "
               "the ticket is now “%3” (changed %4). Open the ticket, look again, and decide anew if still needed.")
                .arg(models::decisionActionName(local.value(QStringLiteral("action")).toString()),
                     models::ticketStatusName(local.value(QStringLiteral("expected_status")).toInt()),
                     models::ticketStatusName(platform.value(QStringLiteral("status")).toInt()),
                     models::dateTimeText(platform.value(QStringLiteral("update_time")).toInteger())));
    } else {
        m_detail->setText(m_table->item(row, 5)->text());
    }
}

QUrl PendingPage::backOfficeUrl()
{
    return QUrl(QStringLiteral("https://fxg.jinritemai.com/"));
}

} // namespace anxin::ui

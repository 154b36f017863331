#include "aftersales/ticketdetailpane.h"

#include "common/bands.h"
#include "common/evidencegrid.h"
#include "common/icons.h"
#include "common/typography.h"
#include "core/money.h"
#include "core/shopremark.h"
#include "models/labels.h"
#include "sync/decisions.h"

#include <QCheckBox>
#include <QDialog>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace anxin::ui {
namespace {

// Why "Extend 7 days" is or is not available now, in the words of the rule.
QString extendTip(const models::TicketDetails &d)
{
    switch (d.extend) {
    case core::ExtendCheck::AlreadyExtended:
        return TicketDetailPane::tr("Already extended once: the platform allows one extension per ticket");
    case core::ExtendCheck::TooEarly:
        return TicketDetailPane::tr("Possible when 2 days or less remain (the platform's rule); now %1 left")
            .arg(models::durationText(d.ticket.statusDeadline - d.extendCheckedAt));
    case core::ExtendCheck::DeadlinePassed:
        return TicketDetailPane::tr("The deadline has passed: nothing left to extend");
    case core::ExtendCheck::Allowed:
    case core::ExtendCheck::WrongStep:
        break;
    }
    return TicketDetailPane::tr("Add 7 days to the receipt window (once, when about 2 days remain)");
}

} // namespace

TicketDetailPane::TicketDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_presence(new QLabel(this))
    , m_takeOver(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_deadline(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_buyerWords(new QLabel(this))
    , m_contact(new QLabel(this))
    , m_reveal(new QPushButton(this))
    , m_lines(new QTableWidget(this))
    , m_evidenceTitle(boldLabel(this))
    , m_evidence(new EvidenceGrid(this))
    , m_checklistTitle(boldLabel(this))
    , m_checklist(new QLabel(this))
    , m_timelineTitle(boldLabel(this))
    , m_timeline(new QListWidget(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_confirm(new QPushButton(this))
    , m_rejectAfter(new QPushButton(this))
    , m_extend(new QPushButton(this))
    , m_notesTitle(boldLabel(this))
    , m_notes(new QListWidget(this))
    , m_note(new QLineEdit(this))
    , m_handover(new QCheckBox(this))
    , m_addNote(new QPushButton(this))
    , m_empty(new QLabel(this))
    , m_body(new QWidget(this))
{
    setUpWidgets();
    layOut();
    wireActions();
    retranslate();
    clear();
}

void TicketDetailPane::setUpWidgets()
{
    setObjectName(QStringLiteral("detailPane"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_rejectAfter->setObjectName(QStringLiteral("rejectAfterButton"));
    m_extend->setObjectName(QStringLiteral("extendButton"));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    setToolIcon(m_undo, QStringLiteral(":/icons/undo.svg"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_handover->setObjectName(QStringLiteral("handoverCheck"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_pending->setObjectName(QStringLiteral("pendingMarker"));
    m_banner->setObjectName(QStringLiteral("changedBanner"));
    m_presence->setObjectName(QStringLiteral("presence"));
    m_takeOver->setObjectName(QStringLiteral("takeOverButton"));
    m_presence->setWordWrap(true);
    m_presence->setVisible(false);
    m_takeOver->setVisible(false);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_contact->setObjectName(QStringLiteral("buyerContact"));
    m_reveal->setObjectName(QStringLiteral("revealContactButton"));

    setTextRole(m_title, TextRole::PaneTitle);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l :
         {m_title, m_summary, m_deadline, m_buyerWords, m_contact, m_checklist, m_banner, m_pending, m_empty})
        l->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setMargin(6);
    m_lines->setColumnCount(3);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setResizeMode(QListView::Adjust);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setMaximumHeight(110);
    m_timeline->setMaximumHeight(180);
    m_timeline->setWordWrap(true);
    m_notes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_notes->setResizeMode(QListView::Adjust);
    m_notes->setMaximumHeight(160);
    m_notes->setWordWrap(true);
    m_note->setMaxLength(core::ShopRemarks::kMaxChars);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
}

void TicketDetailPane::layOut()
{
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_approve, m_reject, m_confirm, m_rejectAfter, m_extend})
        actions->addWidget(b);
    actions->addStretch();
    auto *pendingRow = new QHBoxLayout;
    pendingRow->addWidget(m_pending, 1);
    pendingRow->addWidget(m_undo);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_handover);
    noteRow->addWidget(m_addNote);

    auto *body = new QVBoxLayout(m_body);
    setMargins(body, kPaneMargins);
    body->addWidget(m_banner);
    auto *presenceRow = new QHBoxLayout;
    presenceRow->addWidget(m_presence, 1);
    presenceRow->addWidget(m_takeOver, 0, Qt::AlignTop);
    body->addLayout(presenceRow);
    body->addWidget(m_title);
    body->addWidget(m_summary);
    body->addWidget(m_deadline);
    body->addLayout(pendingRow);
    body->addLayout(actions);
    body->addWidget(m_buyerWords);
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contact, 1);
    contactRow->addWidget(m_reveal, 0, Qt::AlignTop);
    body->addLayout(contactRow);
    body->addWidget(m_lines);
    body->addWidget(m_checklistTitle);
    body->addWidget(m_checklist);
    body->addWidget(m_evidenceTitle);
    body->addWidget(m_evidence);
    body->addWidget(m_timelineTitle);
    body->addWidget(m_timeline);
    body->addWidget(m_notesTitle);
    body->addWidget(m_notes);
    body->addLayout(noteRow);
    body->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps; nothing hides to the right
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_empty);
    outer->addWidget(scroll);
    scroll->setVisible(false);
    m_body->setProperty("scroll", QVariant::fromValue<QObject *>(scroll));
}

void TicketDetailPane::wireActions()
{
    connect(m_approve, &QPushButton::clicked, this, &TicketDetailPane::approveRequested);
    connect(m_takeOver, &QPushButton::clicked, this, &TicketDetailPane::takeOverRequested);
    connect(m_reject, &QPushButton::clicked, this, &TicketDetailPane::rejectRequested);
    connect(m_confirm, &QPushButton::clicked, this, &TicketDetailPane::confirmReceiptRequested);
    connect(m_rejectAfter, &QPushButton::clicked, this, &TicketDetailPane::rejectAfterReceiptRequested);
    connect(m_extend, &QPushButton::clicked, this, &TicketDetailPane::extendRequested);
    connect(m_undo, &QPushButton::clicked, this, [this] { emit undoRequested(m_openDecisionId); });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        m_reveal->setEnabled(false); // one request at a time; showRevealed/RevealFailed re-enable
        emit revealContactRequested();
    });
    connect(m_note, &QLineEdit::textChanged, this, &TicketDetailPane::noteTextChanged);
    m_note->installEventFilter(this);
    auto addNote = [this] {
        const QString t = m_note->text().trimmed();
        if (!t.isEmpty())
            emit noteRequested(t, m_handover->isChecked());
    };
    connect(m_addNote, &QPushButton::clicked, this, addNote);
    connect(m_note, &QLineEdit::returnPressed, this, addNote);
}

bool TicketDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the note field adds the note: it is not the list's "open ticket" key there.
    if (watched == m_note && event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TicketDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TicketDetailPane::retranslate()
{
    m_approve->setText(tr("&Approve"));
    m_approve->setToolTip(tr("Approve the request (A)"));
    m_reject->setText(tr("&Reject…"));
    m_reject->setToolTip(tr("Reject with a reason code (R)"));
    m_confirm->setText(tr("Confirm receipt"));
    m_confirm->setToolTip(tr("The returned parcel arrived: refund or reship"));
    m_rejectAfter->setText(tr("Reject after receipt…"));
    m_extend->setText(tr("Extend 7 days"));
    m_extend->setToolTip(tr("Add 7 days to the receipt window (once, when about 2 days remain)"));
    m_takeOver->setText(tr("Take over…"));
    m_takeOver->setToolTip(tr("Work this ticket yourself; the other agent sees it and your reason"));
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Take the decision back while it has not been sent"));
    m_note->setPlaceholderText(tr("Internal note for the shop's agents (the buyer never sees it)"));
    m_note->setAccessibleName(tr("Internal note"));
    m_addNote->setText(tr("Add note"));
    m_addNote->setToolTip(tr("Every desk of the shop sees the note after its next sync"));
    m_handover->setText(tr("Handover"));
    m_handover->setToolTip(tr("Also list the note on the handover board for the next shift"));
    m_notesTitle->setText(tr("Notes (shared with the shop)"));
    m_notes->setAccessibleName(tr("Notes"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setToolTip(tr("Show the buyer's full name, phone and address (recorded in the audit log)"));
    m_evidenceTitle->setText(tr("Evidence"));
    m_checklistTitle->setText(tr("Guarantee checklist"));
    m_timelineTitle->setText(tr("History"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Qty"), tr("Paid")});
    m_lines->setAccessibleName(tr("Order lines"));
    m_timeline->setAccessibleName(tr("History"));
    m_empty->setText(tr("Select a ticket to see its order, evidence and history."));
}

void TicketDetailPane::setContactRevealAllowed(bool allowed)
{
    m_revealAllowed = allowed;
    if (!allowed)
        m_reveal->setVisible(false);
}

void TicketDetailPane::showRevealedContact(const QString &aftersaleId, const QString &receiver, const QString &phone,
                                           const QString &address)
{
    if (aftersaleId != m_id)
        return; // the user moved on: the plaintext is not shown for another ticket
    m_revealedId = aftersaleId;
    m_contact->setText(tr("Buyer: %1 · %2 · %3").arg(receiver, phone, address));
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal->setVisible(false);
}

void TicketDetailPane::showRevealFailed(const QString &aftersaleId, const QString &text)
{
    if (aftersaleId != m_id)
        return;
    m_reveal->setEnabled(true);
    m_reveal->setToolTip(text);
    m_contact->setText(m_maskedText + QLatin1Char('\n') + text);
}

void TicketDetailPane::clear()
{
    m_id.clear();
    m_revealedId.clear();
    m_updateTime = 0;
    m_empty->setVisible(true);
    qobject_cast<QWidget *>(m_body->property("scroll").value<QObject *>())->setVisible(false);
}

void TicketDetailPane::showChangedBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void TicketDetailPane::setPresence(Presence presence, const QString &text)
{
    m_presenceKind = presence;
    m_presence->setText(text);
    m_presence->setVisible(presence != Presence::Hidden && !text.isEmpty());
    m_takeOver->setVisible(presence == Presence::Other);
    // Another agent's ticket reads as a warning; this desk's own and the team's state stay quiet.
    m_presence->setAutoFillBackground(presence == Presence::Other);
    m_presence->setBackgroundRole(QPalette::ToolTipBase);
    m_presence->setForegroundRole(presence == Presence::Other ? QPalette::ToolTipText : QPalette::PlaceholderText);
    m_presence->setMargin(presence == Presence::Other ? 6 : 0);
}

void TicketDetailPane::addEvidence(const models::TicketDetails &d)
{
    m_evidence->setEvidence(d.evidence);
    m_evidenceTitle->setText(d.evidence.isEmpty() ? tr("Evidence: none") : tr("Evidence (%1)").arg(d.evidence.size()));
}

void TicketDetailPane::showTicket(const models::TicketDetails &d, qint64 now)
{
    const bool sameTicket = d.ticket.aftersaleId == m_id;
    m_id = d.ticket.aftersaleId;
    m_updateTime = d.ticket.updateTime;
    if (!sameTicket) {
        m_banner->setVisible(false);
        m_note->clear();
    }
    m_empty->setVisible(false);
    qobject_cast<QWidget *>(m_body->property("scroll").value<QObject *>())->setVisible(true);
    showHeading(d, now);
    showDecisions(d);
    showBuyer(d);
    showLines(d);
    showChecklist(d);
    addEvidence(d);
    showTimeline(d);
    showNotes(d);
}

// What, how much, and the time left before the platform decides.
void TicketDetailPane::showHeading(const models::TicketDetails &d, qint64 now)
{
    const auto &t = d.ticket;
    m_title->setText(tr("%1 · %2").arg(core::formatFen(t.refundAmount), t.productName));
    m_summary->setText(tr("%1 · %2 · ticket %3 · order %4 · shop %5")
                           .arg(models::ticketTypeName(t.aftersaleType), models::ticketStatusName(t.aftersaleStatus),
                                t.aftersaleId, t.shopOrderId, t.shopId));
    const qint64 deadline = t.finalTime == 0 ? t.statusDeadline : 0;
    if (t.expressRefund) {
        m_deadline->setText(tr("Express refund: the platform refunded at once; nothing to decide."));
        clearBand(m_deadline);
    } else if (deadline > 0) {
        const auto band = core::deadlineBand(deadline, now);
        m_deadline->setText(tr("%1 — the platform decides for the buyer at %2")
                                .arg(models::timeLeftText(deadline, now), models::dateTimeText(deadline)));
        showBand(m_deadline, band);
    } else {
        m_deadline->setText(tr("Closed on %1").arg(models::dateTimeText(t.finalTime)));
        clearBand(m_deadline);
    }
}

// Decisions made here (the newest open one can be undone while it waits) and the actions this step allows.
void TicketDetailPane::showDecisions(const models::TicketDetails &d)
{
    const auto &t = d.ticket;
    m_openDecisionId = d.undoableDecisionId();
    const store::OutboxEntry *unsettled = d.unsettledDecision();
    const QString pending = unsettled ? tr("%1 — %2").arg(models::decisionActionName(unsettled->action),
                                                          models::outboxStateName(unsettled->state))
                                      : QString();
    m_pending->setText(pending);
    m_pending->setVisible(!pending.isEmpty());
    m_undo->setVisible(m_openDecisionId != 0);

    // Another agent is on it: the decisions wait until this agent takes it over (the model refuses them too).
    const bool open = t.finalTime == 0 && !d.hasOpenDecision() && m_presenceKind != Presence::Other;
    auto allowed = [&](sync::DecisionAction a) {
        return open && sync::planFor(a, t.aftersaleType, t.aftersaleStatus).ok();
    };
    // Actions that do not apply at this step are hidden; ones that apply but must wait are disabled.
    const bool reviewStep = t.aftersaleStatus == 6;
    m_approve->setVisible(reviewStep);
    m_reject->setVisible(reviewStep);
    m_approve->setEnabled(allowed(sync::DecisionAction::Approve));
    m_reject->setEnabled(allowed(sync::DecisionAction::Reject));
    m_confirm->setVisible(t.aftersaleStatus == 11);
    m_confirm->setEnabled(allowed(sync::DecisionAction::ConfirmReceipt));
    m_rejectAfter->setVisible(t.aftersaleStatus == 11);
    m_rejectAfter->setEnabled(allowed(sync::DecisionAction::RejectAfterReceipt));
    m_extend->setVisible(t.aftersaleStatus == 7 || t.aftersaleStatus == 11);
    m_extend->setEnabled(allowed(sync::DecisionAction::Extend) && d.extend == core::ExtendCheck::Allowed);
    m_extend->setToolTip(extendTip(d));
    // One suggested action per step (approve at the review, confirm receipt when the parcel is back); the rest,
    // rejections and extensions, stay plain. None when nothing can be decided now, and none for a guarantee claim
    // the rules do not pass (approving it stays possible, at the shop's cost, but is not suggested).
    const bool claimFails = d.eligibility && d.eligibility->verdict != core::Verdict::Eligible;
    setPrimary(m_approve, reviewStep && m_approve->isEnabled() && !claimFails);
    setPrimary(m_confirm, t.aftersaleStatus == 11 && m_confirm->isEnabled() && !claimFails);
}

// The buyer's words and masked contact (revealed on demand).
void TicketDetailPane::showBuyer(const models::TicketDetails &d)
{
    const auto &t = d.ticket;
    m_buyerWords->setText(d.buyerWords.isEmpty() ? tr("Reason: %1").arg(t.reasonText)
                                                 : tr("Reason: %1 — “%2”").arg(t.reasonText, d.buyerWords));
    if (m_revealedId != t.aftersaleId) {
        m_revealedId.clear();
        m_maskedText = d.maskedReceiver.isEmpty()
                           ? QString()
                           : tr("Buyer: %1 · %2 · %3").arg(d.maskedReceiver, d.maskedPhone, d.maskedAddress);
        m_contact->setText(m_maskedText);
    }
    m_contact->setVisible(!d.maskedReceiver.isEmpty());
    m_reveal->setVisible(m_revealAllowed && !d.maskedReceiver.isEmpty() && m_revealedId.isEmpty());
    m_reveal->setEnabled(true);
}

void TicketDetailPane::showLines(const models::TicketDetails &d)
{
    m_lines->setRowCount(int(d.lines.size()));
    for (int i = 0; i < d.lines.size(); ++i) {
        const auto &l = d.lines.at(i);
        const QString spec =
            l.spec.isEmpty() ? QString() : QStringLiteral(" (") + l.spec.join(QStringLiteral(", ")) + QLatin1Char(')');
        m_lines->setItem(i, 0, new QTableWidgetItem(l.productName + spec));
        m_lines->setItem(i, 1, new QTableWidgetItem(QString::number(l.itemNum)));
        auto *paid = new QTableWidgetItem(core::formatFen(l.payAmount));
        paid->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(i, 2, paid);
    }
    m_lines->setVisible(!d.lines.isEmpty());
}

// The guarantee checklist: each rule of the claim's kind, passed, failed or to check.
void TicketDetailPane::showChecklist(const models::TicketDetails &d)
{
    m_checklistTitle->setVisible(d.eligibility.has_value());
    m_checklist->setVisible(d.eligibility.has_value());
    if (d.eligibility) {
        const auto &e = *d.eligibility;
        QStringList lines{
            QStringLiteral("<b>%1 — %2</b>").arg(models::claimKindName(e.kind), models::verdictName(e.verdict))};
        for (const auto &f : e.findings)
            lines << models::findingLine(f, e.kind);
        lines << tr("Suggested refund: %1").arg(core::formatFen(e.suggestedRefund));
        m_checklist->setText(lines.join(QStringLiteral("<br>")));
    }
}

void TicketDetailPane::showTimeline(const models::TicketDetails &d)
{
    m_timeline->clear();
    // No detail cached yet (a first sync fetches the open tickets' details beside the history, soonest deadline
    // first): say so rather than show an empty log.
    if (!d.hasDetail) {
        auto *item = new QListWidgetItem(tr("The platform's log of this ticket has not reached this desk yet: it comes "
                                            "with the sync."),
                                         m_timeline);
        item->setData(Qt::UserRole, QStringLiteral("detailPending"));
        item->setFlags(Qt::ItemIsEnabled);
        QFont f = item->font();
        f.setItalic(true);
        item->setFont(f);
    }
    for (const auto &entry : d.timeline) {
        const QString who = entry.who.isEmpty() ? tr("platform") : entry.who;
        const QString text =
            entry.local
                ? tr("%1 (here, %2)").arg(models::decisionActionName(entry.text), models::outboxStateName(entry.state))
                : entry.text;
        auto *item = new QListWidgetItem(tr("%1  %2: %3").arg(models::dateTimeText(entry.time), who, text), m_timeline);
        if (entry.local) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
        }
    }
}

void TicketDetailPane::clearNote()
{
    m_note->clear();
    m_handover->setChecked(false);
}

void TicketDetailPane::showNotes(const models::TicketDetails &d)
{
    m_notes->clear();
    for (const models::NoteEntry &n : d.notes) {
        const QString state = models::noteStateText(n);
        QString line = tr("%1  %2: %3").arg(models::dateTimeText(n.time), n.author, n.text);
        if (n.handover)
            line = tr("[Handover] %1").arg(line);
        if (!state.isEmpty())
            line += QStringLiteral("  (") + state + QLatin1Char(')');
        auto *item = new QListWidgetItem(line, m_notes);
        item->setData(Qt::UserRole, int(n.state));
        if (n.state != models::NoteEntry::State::OnPlatform) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
        }
    }
    if (d.notes.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No notes yet. A note here reaches every desk of the shop."), m_notes);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace anxin::ui

#include "claims/claimpanel.h"

#include "common/bands.h"
#include "common/evidencegrid.h"
#include "common/icons.h"
#include "common/typography.h"
#include "core/deadlines.h"
#include "core/money.h"
#include "models/labels.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cmath>

namespace anxin::ui {

ClaimPanel::ClaimPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_window(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_checklistTitle(boldLabel(this))
    , m_checklist(new QLabel(this))
    , m_refundTitle(boldLabel(this))
    , m_refundBasis(new QLabel(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_refundNote(new QLabel(this))
    , m_approve(new QPushButton(this))
    , m_openTicket(new QPushButton(this))
    , m_evidenceTitle(boldLabel(this))
    , m_evidence(new EvidenceGrid(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("claimPanel"));
    m_title->setObjectName(QStringLiteral("claimTitle"));
    m_verdict->setObjectName(QStringLiteral("claimVerdict"));
    m_window->setObjectName(QStringLiteral("claimWindow"));
    m_countdown->setObjectName(QStringLiteral("claimCountdown"));
    m_pending->setObjectName(QStringLiteral("claimPending"));
    m_undo->setObjectName(QStringLiteral("claimUndo"));
    setToolIcon(m_undo, QStringLiteral(":/icons/undo.svg"));
    m_checklist->setObjectName(QStringLiteral("claimChecklist"));
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_refundNote->setObjectName(QStringLiteral("refundNote"));
    m_approve->setObjectName(QStringLiteral("oneKeyApprove"));
    m_openTicket->setObjectName(QStringLiteral("openInAfterSales"));
    setToolIcon(m_openTicket, QStringLiteral(":/icons/aftersales.svg"));
    m_evidence->setObjectName(QStringLiteral("claimEvidence"));

    setTextRole(m_title, TextRole::PaneTitle);
    for (QLabel *l : {m_title, m_summary, m_verdict, m_window, m_countdown, m_pending, m_checklist, m_refundBasis,
                      m_refundNote, m_empty})
        l->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_amount->setDecimals(2);
    m_amount->setPrefix(QStringLiteral("¥"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setMinimumWidth(140);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_refundNote->setForegroundRole(QPalette::PlaceholderText);

    auto *pendingRow = new QHBoxLayout;
    pendingRow->addWidget(m_pending, 1);
    pendingRow->addWidget(m_undo);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount);
    amountRow->addStretch();
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_approve);
    actionRow->addStretch();
    actionRow->addWidget(m_openTicket);

    auto *body = new QWidget(this);
    auto *v = new QVBoxLayout(body);
    setMargins(v, kPaneMargins);
    v->addWidget(m_title);
    v->addWidget(m_summary);
    v->addWidget(m_verdict);
    v->addWidget(m_window);
    v->addWidget(m_countdown);
    v->addLayout(pendingRow);
    v->addWidget(m_refundTitle);
    v->addWidget(m_refundBasis);
    v->addLayout(amountRow);
    v->addWidget(m_refundNote);
    v->addLayout(actionRow);
    v->addWidget(m_checklistTitle);
    v->addWidget(m_checklist);
    v->addWidget(m_evidenceTitle);
    v->addWidget(m_evidence);
    v->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll = scroll;
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_empty);
    outer->addWidget(scroll);

    connect(m_approve, &QPushButton::clicked, this, &ClaimPanel::approveRequested);
    connect(m_undo, &QPushButton::clicked, this, [this] { emit undoRequested(m_openDecisionId); });
    connect(m_openTicket, &QPushButton::clicked, this, [this] { emit openTicketRequested(m_id); });
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, [this] { updateApprove(); });
    retranslate();
    clear();
}

void ClaimPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClaimPanel::retranslate()
{
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Take the decision back while it has not been sent"));
    m_checklistTitle->setText(tr("Checklist"));
    m_refundTitle->setText(tr("Refund"));
    m_amount->setAccessibleName(tr("Refund amount"));
    m_amount->setToolTip(tr("Suggested refund; never more than what the buyer paid for the line"));
    m_openTicket->setText(tr("Open in After-sales"));
    m_openTicket->setToolTip(tr("Reject, add a note or see the full history"));
    m_empty->setText(tr("Select a claim to see its window, evidence and suggested refund."));
    m_evidenceTitle->setText(tr("Evidence"));
    updateApprove();
}

void ClaimPanel::clear()
{
    m_id.clear();
    m_action.reset();
    m_empty->setVisible(true);
    m_scroll->setVisible(false);
}

qint64 ClaimPanel::refundAmountFen() const
{
    return qint64(std::llround(m_amount->value() * 100.0));
}

void ClaimPanel::tick(qint64 now)
{
    if (m_id.isEmpty())
        return;
    const auto band = core::deadlineBand(m_respondBy, now);
    // Colour and words: the band's name goes with the time unless the time already says "overdue".
    const QString left = band == core::DeadlineBand::Overdue || band == core::DeadlineBand::Later
                             ? models::timeLeftText(m_respondBy, now)
                             : tr("%1 (%2)").arg(models::timeLeftText(m_respondBy, now), models::bandName(band));
    m_countdown->setText(
        tr("Respond: %1 — then the platform decides for the buyer (%2)").arg(left, models::dateTimeText(m_respondBy)));
    m_countdown->setToolTip(models::dateTimeText(m_respondBy));
    showBand(m_countdown, band);
}

void ClaimPanel::showClaim(const models::ClaimItem &claim, const models::TicketDetails &details, qint64 now)
{
    const auto &r = claim.row;
    const auto &e = claim.eligibility;
    const bool sameClaim = r.aftersaleId == m_id;
    m_id = r.aftersaleId;
    m_kind = e.kind;
    m_respondBy = e.respondBy;
    m_status = r.aftersaleStatus;
    m_type = r.aftersaleType;
    m_claimedFen = r.facts.claimedAmount;
    m_capFen = r.facts.linePaidAmount > 0 ? r.facts.linePaidAmount : r.facts.claimedAmount;
    m_action = models::oneKeyAction(e.kind, r.aftersaleType, r.aftersaleStatus);
    m_empty->setVisible(false);
    m_scroll->setVisible(true);
    showVerdict(claim);
    tick(now);

    m_openDecisionId = details.undoableDecisionId();
    m_hasOpenDecision = details.hasOpenDecision();
    const store::OutboxEntry *unsettled = details.unsettledDecision();
    m_pending->setText(unsettled ? tr("%1 — %2 (by %3)")
                                       .arg(models::decisionActionName(unsettled->action),
                                            models::outboxStateName(unsettled->state), unsettled->createdBy)
                                 : QString());
    m_pending->setVisible(unsettled != nullptr);
    m_undo->setVisible(m_openDecisionId != 0);

    QStringList lines;
    for (const auto &f : e.findings)
        lines << models::findingLine(f, e.kind);
    if (!r.detailCached)
        lines << tr("! Details not synced yet: the evidence count is not known");
    m_checklist->setText(lines.join(QStringLiteral("<br>")));
    showRefund(claim, sameClaim);
    m_evidence->setEvidence(details.evidence);
    m_evidenceTitle->setText(details.evidence.isEmpty() ? tr("Evidence: none")
                                                        : tr("Evidence (%1)").arg(details.evidence.size()));
    updateApprove();
}

// What is claimed, the verdict with what did not pass, and where the claim stands in its window.
void ClaimPanel::showVerdict(const models::ClaimItem &claim)
{
    const auto &r = claim.row;
    const auto &e = claim.eligibility;
    m_eligible = e.verdict == core::Verdict::Eligible;
    m_title->setText(tr("%1 · %2").arg(core::formatFen(r.facts.claimedAmount), r.productName));
    m_summary->setText(tr("%1 · %2 · %3 · ticket %4 · shop %5")
                           .arg(models::claimKindName(e.kind),
                                r.facts.categoryName.isEmpty() ? tr("category unknown") : r.facts.categoryName,
                                models::ticketStatusName(r.aftersaleStatus), r.aftersaleId, r.shopId));
    const QStringList reasons = [&] {
        QStringList out;
        for (const auto &f : e.findings) {
            if (f.effect != core::Finding::Effect::Pass)
                out << models::findingText(f, e.kind).toHtmlEscaped();
        }
        return out;
    }();
    m_verdict->setText(
        reasons.isEmpty()
            ? tr("<b>%1</b> — every check passes").arg(models::verdictName(e.verdict))
            : tr("<b>%1</b> — %2").arg(models::verdictName(e.verdict), reasons.join(QStringLiteral("; "))));
    if (e.claimedAfterSigningS) {
        const qint64 used = *e.claimedAfterSigningS;
        m_window->setText(
            *e.inWindow
                ? tr("Claimed %1 after signing, %2 inside the %3 window")
                      .arg(models::spanText(used), models::spanText(e.windowS - used), models::spanText(e.windowS))
                : tr("Claimed %1 after signing, %2 past the %3 window")
                      .arg(models::spanText(used), models::spanText(used - e.windowS), models::spanText(e.windowS)));
    } else {
        m_window->setText(
            tr("Sign-for time unknown: the %1 window cannot be checked yet").arg(models::spanText(e.windowS)));
    }
}

// How the suggested refund was reached; the amount stays within what the line was paid.
void ClaimPanel::showRefund(const models::ClaimItem &claim, bool sameClaim)
{
    const auto &r = claim.row;
    const auto &e = claim.eligibility;
    QString basis = tr("Claimed %1 · paid for the line %2")
                        .arg(core::formatFen(r.facts.claimedAmount),
                             r.facts.linePaidAmount > 0 ? core::formatFen(r.facts.linePaidAmount) : tr("unknown"));
    if (e.share)
        basis +=
            tr(" · bad share %1/%2 → %3").arg(e.share->bad).arg(e.share->total).arg(core::formatFen(e.suggestedRefund));
    m_refundBasis->setText(basis);
    if (!sameClaim || m_amount->maximum() != double(m_capFen) / 100.0) {
        const QSignalBlocker block(m_amount);
        m_amount->setRange(0.0, double(m_capFen) / 100.0); // never above the line paid
        m_amount->setValue(double(e.suggestedRefund) / 100.0);
    }
}

void ClaimPanel::updateApprove()
{
    if (m_id.isEmpty())
        return;
    const qint64 payable = std::min(m_claimedFen, m_capFen);
    const qint64 amount = refundAmountFen();
    using A = sync::DecisionAction;
    QString note;
    bool enabled = m_action.has_value() && !m_hasOpenDecision;
    // Approving (201) and confirming receipt (111) refund what the buyer claimed: the button names that amount,
    // and a claim above the line's paid amount is never one key away.
    const bool overPaid = m_claimedFen > m_capFen;
    if (overPaid && (m_action == A::Approve || m_action == A::ConfirmReceipt)) {
        if (m_action == A::Approve && m_kind == core::ClaimKind::Fresh)
            m_approve->setText(tr("&Approve refund %1").arg(core::formatFen(m_claimedFen)));
        else
            m_approve->setText(tr("&Approve"));
        enabled = false;
        note = tr("The buyer claims %1, more than the %2 paid for this line, and the platform refunds the whole "
                  "claim on approval. Ask the buyer to change the claim, or open the ticket in After-sales to "
                  "reject it with a reason.")
                   .arg(core::formatFen(m_claimedFen), core::formatFen(m_capFen));
    } else if (m_action == A::Approve && m_kind == core::ClaimKind::Fresh) {
        m_approve->setText(tr("&Approve refund %1").arg(core::formatFen(payable)));
        if (amount < payable) {
            // The platform's "agree refund" pays what the buyer claimed; a smaller amount is agreed with the buyer.
            enabled = false;
            note = tr("The platform refunds the amount claimed (%1) on approval. To refund %2, ask the buyer to "
                      "change the claim, or open the ticket in After-sales to reject with a reason.")
                       .arg(core::formatFen(payable), core::formatFen(amount));
        }
    } else if (m_action == A::Approve) {
        m_approve->setText(tr("&Agree return"));
        note = tr("Then, once the parcel is back: confirm receipt and refund %1.").arg(core::formatFen(payable));
    } else if (m_action == A::ConfirmReceipt) {
        m_approve->setText(tr("&Confirm receipt and refund %1").arg(core::formatFen(payable)));
    } else {
        m_approve->setText(tr("&Approve"));
        if (m_status == 7)
            note = tr("Waiting for the buyer's return parcel.");
        else if (m_kind == core::ClaimKind::Allergy && m_status == 6 && m_type != 0)
            note = tr("Filed as %1, not as a return: the allergy guarantee refunds after the item comes back. "
                      "Open the ticket in After-sales to decide.")
                       .arg(models::ticketTypeName(m_type));
        else if (m_kind == core::ClaimKind::Fresh && m_status == 6 && m_type == 0)
            note = tr("Filed as a return: spoiled fresh goods are refunded without a return. Open the ticket in "
                      "After-sales to decide.");
        else
            note = tr("Nothing to approve at this step; open the ticket in After-sales.");
    }
    if (m_hasOpenDecision)
        note = tr("A decision on this claim is waiting to sync.");
    m_approve->setToolTip(tr("Settle the claim as its guarantee prescribes (A)"));
    m_approve->setEnabled(enabled);
    // One suggested action: settling an eligible claim; a claim that needs review or is not covered (approving it
    // still works, at the shop's cost) suggests opening the ticket, where it can be rejected with a reason.
    setPrimary(m_approve, enabled && m_eligible);
    setPrimary(m_openTicket, !(enabled && m_eligible));
    m_amount->setEnabled(m_kind == core::ClaimKind::Fresh && m_action == A::Approve && !m_hasOpenDecision);
    m_refundNote->setText(note);
    m_refundNote->setVisible(!note.isEmpty());
    keepContentWidth();
}

void ClaimPanel::keepContentWidth()
{
    // Never narrower than the widest row that cannot wrap (the action buttons, whose text follows the amount and
    // the language): labels wrap, thumbnails reflow, nothing is cut off at the right of a narrow pane.
    auto *scroll = static_cast<QScrollArea *>(m_scroll);
    scroll->setMinimumWidth(scroll->widget()->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
}

} // namespace anxin::ui

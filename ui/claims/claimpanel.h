#pragma once

#include "models/claimsmodel.h"
#include "models/ticketdetails.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace anxin::ui {

class EvidenceGrid;

// One claim: verdict and reasons, the window margin, the response countdown, the checklist, the evidence, the
// refund calculator and the one key that settles it. Knows nothing about storage: the page feeds it.
class ClaimPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimPanel(QWidget *parent = nullptr);

    void showClaim(const models::ClaimItem &claim, const models::TicketDetails &details, qint64 now);
    void clear();
    void tick(qint64 now); // countdown only
    QString currentId() const { return m_id; }
    qint64 refundAmountFen() const;
    // The highest amount the calculator accepts: the line's paid amount (the claim when the line is unknown).
    qint64 refundCapFen() const { return m_capFen; }
    std::optional<sync::DecisionAction> oneKey() const { return m_action; }

    EvidenceGrid *evidenceGrid() const { return m_evidence; }

signals:
    void approveRequested();
    void undoRequested(qint64 outboxId);
    void openTicketRequested(const QString &aftersaleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showVerdict(const models::ClaimItem &claim);
    void showRefund(const models::ClaimItem &claim, bool sameClaim);
    void retranslate();
    void updateApprove();
    void keepContentWidth();

    QString m_id;
    core::ClaimKind m_kind = core::ClaimKind::None;
    qint64 m_respondBy = 0;
    qint64 m_claimedFen = 0;
    qint64 m_capFen = 0;
    qint64 m_openDecisionId = 0;
    bool m_hasOpenDecision = false;
    bool m_eligible = false; // every check passes: settling it is the suggested action
    int m_status = 0;
    int m_type = 0;
    std::optional<sync::DecisionAction> m_action;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_verdict;
    QLabel *m_window;
    QLabel *m_countdown;
    QLabel *m_pending;
    QPushButton *m_undo;
    QLabel *m_checklistTitle;
    QLabel *m_checklist;
    QLabel *m_refundTitle;
    QLabel *m_refundBasis;
    QDoubleSpinBox *m_amount;
    QLabel *m_refundNote;
    QPushButton *m_approve;
    QPushButton *m_openTicket;
    QLabel *m_evidenceTitle;
    EvidenceGrid *m_evidence;
    QLabel *m_empty;
    QWidget *m_scroll;
};

} // namespace anxin::ui

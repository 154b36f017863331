#pragma once

#include "models/ticketdetails.h"

#include <QWidget>

class QLabel;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QGridLayout;
class QVBoxLayout;

namespace anxin::ui {

class EvidenceGrid;

// Everything about one ticket, from the cache: order lines, the buyer's words, evidence (offline, zoomable),
// the merged timeline, the guarantee checklist, and the actions. Knows nothing about storage: the page feeds it
// TicketDetails and acts on its signals.
class TicketDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit TicketDetailPane(QWidget *parent = nullptr);

    void showTicket(const models::TicketDetails &details, qint64 now);
    void clear();
    QString currentId() const { return m_id; }
    qint64 shownUpdateTime() const { return m_updateTime; }
    EvidenceGrid *evidenceGrid() const { return m_evidence; }
    // The platform changed the ticket while it was open: say what changed; typed text stays.
    void showChangedBanner(const QString &text);
    // Buyer contact: masked by default; "Reveal" only for users the core allows (owners). The plaintext is
    // shown in the label only and dropped when another ticket is shown.
    void setContactRevealAllowed(bool allowed);
    void showRevealedContact(const QString &aftersaleId, const QString &receiver, const QString &phone,
                             const QString &address);
    void showRevealFailed(const QString &aftersaleId, const QString &text);
    // After a note was queued: the field and the handover mark start empty again.
    void clearNote();
    // Team mode: who is on this ticket. With Other the decisions wait (Take over… offers to take it); Offline and
    // Mine only inform. Set before showTicket() so the actions come out right.
    enum class Presence
    {
        Hidden,
        Connecting,
        Offline,
        Mine,
        Other
    };
    void setPresence(Presence presence, const QString &text);
    Presence presence() const { return m_presenceKind; }

signals:
    void approveRequested();
    void rejectRequested();
    void confirmReceiptRequested();
    void rejectAfterReceiptRequested();
    void extendRequested();
    void noteRequested(const QString &text, bool handover);
    void undoRequested(qint64 outboxId);
    void noteTextChanged(const QString &text);
    void revealContactRequested();
    void takeOverRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpWidgets();
    void layOut();
    void wireActions();
    void showHeading(const models::TicketDetails &d, qint64 now);
    void showDecisions(const models::TicketDetails &d);
    void showBuyer(const models::TicketDetails &d);
    void showLines(const models::TicketDetails &d);
    void showChecklist(const models::TicketDetails &d);
    void showTimeline(const models::TicketDetails &d);
    void showNotes(const models::TicketDetails &d);
    void retranslate();
    void addEvidence(const models::TicketDetails &d);

    QString m_id;
    qint64 m_updateTime = 0;
    qint64 m_openDecisionId = 0;
    QLabel *m_banner;
    QLabel *m_presence;
    QPushButton *m_takeOver;
    Presence m_presenceKind = Presence::Hidden;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_deadline;
    QLabel *m_pending;
    QPushButton *m_undo;
    QLabel *m_buyerWords;
    QLabel *m_contact;
    QPushButton *m_reveal;
    bool m_revealAllowed = false;
    QString m_revealedId; // the ticket whose contact is shown in plaintext, if any
    QString m_maskedText;
    QTableWidget *m_lines;
    QLabel *m_evidenceTitle;
    EvidenceGrid *m_evidence;
    QLabel *m_checklistTitle;
    QLabel *m_checklist;
    QLabel *m_timelineTitle;
    QListWidget *m_timeline;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_confirm;
    QPushButton *m_rejectAfter;
    QPushButton *m_extend;
    QLabel *m_notesTitle;
    QListWidget *m_notes;
    QLineEdit *m_note;
    QCheckBox *m_handover;
    QPushButton *m_addNote;
    QLabel *m_empty;
    QWidget *m_body;
};

} // namespace anxin::ui

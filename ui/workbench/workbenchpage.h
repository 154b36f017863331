#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QTableWidget;
class QTimer;

namespace anxin::models {
class DeskSession;
}

namespace anxin::ui {

// Home: what needs someone in the next 4 hours across shops and deadline kinds (ticket steps, claim
// responses, ship-by times), counted by band, and what this shift hands to the next.
class WorkbenchPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkbenchPage(models::DeskSession &session, QWidget *parent = nullptr);
    // Reads the cache now when the page is shown; while hidden it only notes that it is stale and reads when
    // shown next (a sync or a decision on another page costs the workbench nothing until someone looks).
    void refresh();
    int dueCount() const; // rows in the "next 4 hours" list

signals:
    void openTicketRequested(const QString &aftersaleId);
    void openPendingRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void load();

    models::DeskSession &m_session;
    QLabel *m_title;
    QLabel *m_subtitle;
    QGridLayout *m_countsGrid;
    QList<QLabel *> m_countLabels;
    QTableWidget *m_due;
    QLabel *m_empty;
    QLabel *m_handoverTitle;
    QLabel *m_shift;
    QLabel *m_pending;
    QLabel *m_interceptTitle;
    QListWidget *m_intercepts;
    QLabel *m_notesTitle;
    QListWidget *m_notes;
    QTimer *m_timer;
    bool m_stale = true;
};

} // namespace anxin::ui

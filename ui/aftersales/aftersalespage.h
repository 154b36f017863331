#pragma once

#include "core/result.h"
#include "store/records.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QInputDialog;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace anxin::models {
class DeskSession;
}

namespace anxin::ui {

class TicketDetailPane;
class RejectDialog;

// The page agents live in: every ticket of every shop, sorted by time left, with the detail beside it.
// Keyboard first: j/k move, Enter opens, a approves, r rejects, / searches (keys rebindable in settings).
class AfterSalesPage : public QWidget
{
    Q_OBJECT
public:
    explicit AfterSalesPage(models::DeskSession &session, QWidget *parent = nullptr);
    ~AfterSalesPage() override;

    // For tests and batch work: the filter as the controls set it, and actions on the current selection.
    store::TicketFilter currentFilter() const;
    QStringList selectedIds() const;
    void approveSelected();
    void rejectCurrent();
    void openTicket(const QString &aftersaleId);
    // Shows only `ids` (handed over by another page, e.g. the tickets behind a score metric), under a bar naming
    // `origin` with a button back to every ticket. The other filters are reset so the whole list shows.
    void showOnly(const QStringList &ids, const QString &origin);
    void clearShowOnly();
    QStringList shownOnly() const { return m_onlyIds; }
    RejectDialog *rejectDialog() const { return m_rejectDialog; }
    QString lastMessage() const { return m_lastMessage; }
    // Re-reads the key bindings from settings (also done whenever the page is shown).
    void reloadShortcuts();

signals:
    void message(const QString &text); // status-bar feedback

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildTable();
    void buildFilters();
    QWidget *buildListPane();
    void wireDetail();
    void wireContactReveal();
    void wireTeam();
    // Team mode: the On it column, and who is on the ticket shown (the detail's actions follow it).
    void updatePresence();
    void applyPresence(const QString &id);
    void askTakeOver();
    void askSplitQueue();
    static QString revealFailedText(core::Error::Kind kind);
    void wireModel();
    // "History still loading (N %)" above the list while an open-work-first sync backfills the shop's history, and
    // "history incomplete" when it stopped before the end (issue #36).
    void wireHistoryState();
    void showHistoryState();
    void buildShortcuts();
    void retranslate();
    void updateEmptyText(); // what the empty list means: filters, no shop, or a cache that could not be read
    void applyFilter();
    void onCurrentChanged();
    void showDetails(const QString &id);
    void reloadAfterChange();
    bool decide(const QString &id, int action, const QJsonObject &extra = {});
    void say(const QString &text);
    void saveCurrentView();
    void loadView(const QString &name);
    QJsonObject filterToJson() const;
    void moveSelection(int delta);

    models::DeskSession &m_session;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_due;
    QComboBox *m_guarantee;
    QCheckBox *m_risk;
    QCheckBox *m_pendingOnly;
    QComboBox *m_views;
    QLabel *m_count;
    QTableView *m_table;
    TicketDetailPane *m_detail;
    QSplitter *m_splitter;
    QLabel *m_emptyState;
    QTimer *m_searchDebounce;
    QTimer *m_tick;
    RejectDialog *m_rejectDialog = nullptr;
    QStringList m_onlyIds;
    QWidget *m_onlyBar = nullptr;
    QLabel *m_onlyLabel = nullptr;
    QLabel *m_historyState = nullptr;
    int m_historyPercent = -1; // of the history walk running now; -1: none running
    QString m_historyLeft;     // its time left as the banner says it ("12 m"); empty: not known yet
    QString m_lastMessage;
    QString m_shownId;
    bool m_shownHasDetail = false; // the shown ticket's detail is cached
    QElapsedTimer m_detailRetry;   // last read again while its detail was loading
    int m_lastRow = -1;
    QInputDialog *m_takeOverDialog = nullptr;
    QInputDialog *m_splitDialog = nullptr;
    QPushButton *m_myQueue = nullptr;
    QPushButton *m_splitQueue = nullptr;
};

} // namespace anxin::ui

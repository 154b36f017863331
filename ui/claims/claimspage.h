#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace anxin::models {
class DeskSession;
}

namespace anxin::ui {

class ClaimPanel;
class RuleDialog;

// Guarantee claims (spoiled fresh, cosmetic allergy): the queue with verdicts, soonest response first, and the
// claim beside it with its window, countdown, evidence, refund calculator and one-key approve.
// Keys: / searches, j/k move, a approves the claim shown.
class ClaimsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimsPage(models::DeskSession &session, QWidget *parent = nullptr);

    void openClaim(const QString &aftersaleId);
    void approveCurrent();
    QString lastMessage() const { return m_lastMessage; }
    ClaimPanel *panel() const { return m_panel; }
    bool isLoading() const; // the queue is being read in the background
    RuleDialog *openRules();
    RuleDialog *ruleDialog() const { return m_ruleDialog; }

signals:
    void message(const QString &text);
    void openTicketRequested(const QString &aftersaleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildTable();
    QWidget *buildListPane();
    void wireModel();
    void wirePanel();
    void wireKeysAndTimers();
    void retranslate();
    void applyFilters();
    void onCurrentChanged();
    void showClaim(const QString &id);
    void moveSelection(int delta);
    void say(const QString &text);
    void updateCount();
    void showHistoryState();

    models::DeskSession &m_session;
    QLineEdit *m_search;
    QComboBox *m_verdict;
    QComboBox *m_kind;
    QLabel *m_count;
    QPushButton *m_rules;
    RuleDialog *m_ruleDialog = nullptr;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ClaimPanel *m_panel;
    QSplitter *m_splitter;
    QLabel *m_emptyState;
    // While the shop's history is still loading (a first sync backfilling it): an earlier claim by the same buyer on
    // the same item may not be cached, so the verdict may miss it; every approval then asks first.
    QLabel *m_historyState;
    QTimer *m_tick;
    QString m_shownId;
    QString m_lastMessage;
};

} // namespace anxin::ui

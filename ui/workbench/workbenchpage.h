#pragma once

#include "core/result.h"
#include "models/lazyreload.h"
#include "models/workbench.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QTableView;
class QTimer;

namespace anxin::models {
class DeskSession;
struct Workbench;
} // namespace anxin::models

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
    // The read runs on a CacheReader (half a second over 100 000 tickets while a sync writes); loaded() says
    // when the page shows it.
    void refresh();
    int dueCount() const;                                 // rows in the "next 4 hours" list
    static constexpr int kDueBandRole = Qt::UserRole + 1; // the list's deadline band (core::DeadlineBand)
    bool isLoading() const { return m_loading; }          // a read is on its way

signals:
    void loaded();
    void openTicketRequested(const QString &aftersaleId);
    void openPendingRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void load();
    void display(const core::Result<models::Workbench> &result, qint64 now);

    models::DeskSession &m_session;
    QLabel *m_title;
    QLabel *m_subtitle;
    QGridLayout *m_countsGrid;
    QList<QLabel *> m_countLabels;
    class DueModel;
    QTableView *m_due;
    DueModel *m_dueModel = nullptr;
    QLabel *m_empty;
    QLabel *m_handoverTitle;
    QLabel *m_shift;
    QLabel *m_pending;
    QLabel *m_interceptTitle;
    QListWidget *m_intercepts;
    QLabel *m_notesTitle;
    QListWidget *m_notes;
    QTimer *m_timer;
    std::unique_ptr<models::WorkbenchQuery> m_load;
    models::LazyReload m_lazy{false}; // loads when first shown
    bool m_loading = false;
};

} // namespace anxin::ui

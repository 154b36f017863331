#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace anxin::models {
class DeskSession;
}

namespace anxin::ui {

// Decisions made here and their way to the platform: pending (undo possible), in flight, checking, applied,
// refused, in conflict (both sides shown, never resolved silently).
class PendingPage : public QWidget
{
    Q_OBJECT
public:
    explicit PendingPage(models::DeskSession &session, QWidget *parent = nullptr);
    void refresh();
    // Test seam: how "Open in the merchant back office" opens its page (default: the desktop's browser).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    // Where a decision the open API does not take (11001) is made instead; the ticket id goes to the clipboard.
    static QUrl backOfficeUrl();

signals:
    void openTicketRequested(const QString &aftersaleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    qint64 selectedId() const;

    models::DeskSession &m_session;
    QLabel *m_title;
    QLabel *m_summary;
    QCheckBox *m_openOnly;
    QTableWidget *m_table;
    QLabel *m_empty; // in the table's place when nothing is listed: what that means, what to do
    QLabel *m_detail;
    QPushButton *m_undo;
    QPushButton *m_open;
    QPushButton *m_syncNow;
    QPushButton *m_backOffice;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace anxin::ui

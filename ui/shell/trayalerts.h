#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace anxin::models {
class AlertMonitor;
}
namespace anxin::core {
class Settings;
}

namespace anxin::ui {

// The tray icon with a badge (items in the user's alert band) and desktop notifications through
// QSystemTrayIcon::showMessage. Where the desktop has no tray (or offscreen) it does nothing: the decisions
// live in models::AlertMonitor and are tested there.
class TrayAlerts : public QObject
{
    Q_OBJECT
public:
    TrayAlerts(models::AlertMonitor &monitor, core::Settings &settings, QWidget *window);
    bool isActive() const { return m_tray != nullptr; }

private:
    void setBadge(int count);
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    models::AlertMonitor &m_monitor;
    core::Settings &m_settings;
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    int m_count = 0;
};

} // namespace anxin::ui

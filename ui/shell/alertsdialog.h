#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTimeEdit;

namespace anxin::models {
class AlertMonitor;
}
namespace anxin::core {
class Settings;
}

namespace anxin::ui {

// Which bands raise an alert, quiet hours, and the snoozes in force. Saves to the profile's settings.
class AlertsDialog : public QDialog
{
    Q_OBJECT
public:
    AlertsDialog(models::AlertMonitor &monitor, core::Settings &settings, QWidget *parent = nullptr);
    void save();

private:
    models::AlertMonitor &m_monitor;
    core::Settings &m_settings;
    QCheckBox *m_enabled;
    QComboBox *m_orderBand;
    QComboBox *m_ticketBand;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietStart;
    QTimeEdit *m_quietEnd;
    QLabel *m_snoozes;
};

// Asks for how long and why, then snoozes `key` ("order:ID", "ticket:ID" or "*"). False when cancelled.
bool askSnooze(models::AlertMonitor &monitor, qint64 now, const QString &key, const QString &what, QWidget *parent);

} // namespace anxin::ui

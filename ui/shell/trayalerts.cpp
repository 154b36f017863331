#include "shell/trayalerts.h"

#include "models/alertmonitor.h"
#include "shell/alertsdialog.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace anxin::ui {

TrayAlerts::TrayAlerts(models::AlertMonitor &monitor, core::Settings &settings, QWidget *window)
    : QObject(window)
    , m_monitor(monitor)
    , m_settings(settings)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // no tray on this desktop (or offscreen): the page badges and lists still say it all
    m_tray = new QSystemTrayIcon(this);
    m_menu = new QMenu(window);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        m_window->showNormal();
        m_window->raise();
    });
    connect(&monitor, &models::AlertMonitor::notify, this, [this](const QString &title, const QString &body) {
        if (QSystemTrayIcon::supportsMessages())
            m_tray->showMessage(title, body, QSystemTrayIcon::Information, 15000);
    });
    connect(&monitor, &models::AlertMonitor::badgeChanged, this, &TrayAlerts::setBadge);
    window->installEventFilter(this);
    retranslate();
    setBadge(monitor.badgeCount());
    m_tray->show();
}

bool TrayAlerts::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayAlerts::retranslate()
{
    m_menu->clear();
    m_menu->addAction(tr("Open Anxin Desk"), m_window, [this] {
        m_window->showNormal();
        m_window->raise();
    });
    m_menu->addAction(tr("Snooze all alerts…"), this, [this] {
        askSnooze(m_monitor, m_monitor.nowSecs(), QStringLiteral("*"), tr("everything"), m_window);
    });
    m_menu->addAction(tr("Alert settings…"), this, [this] {
        AlertsDialog dialog(m_monitor, m_settings, m_window);
        dialog.exec();
    });
    setBadge(m_count);
}

void TrayAlerts::setBadge(int count)
{
    m_count = count;
    QPixmap pix = QIcon(QStringLiteral(":/icons/anxin.svg")).pixmap(64, 64);
    if (count > 0) {
        QPainter p(&pix);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRect(26, 0, 38, 38));
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(count > 99 ? 15 : 22);
        p.setFont(f);
        p.drawText(QRect(26, 0, 38, 38), Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QString::number(count));
    }
    m_tray->setIcon(QIcon(pix));
    m_tray->setToolTip(count > 0 ? tr("Anxin Desk: %n order(s) or ticket(s) in your alert band", nullptr, count)
                                 : tr("Anxin Desk: nothing in your alert band"));
}

} // namespace anxin::ui

#include "shell/alertsdialog.h"

#include "core/settings.h"
#include "models/alertmonitor.h"
#include "models/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace anxin::ui {

AlertsDialog::AlertsDialog(models::AlertMonitor &monitor, core::Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_monitor(monitor)
    , m_settings(settings)
    , m_enabled(new QCheckBox(this))
    , m_orderBand(new QComboBox(this))
    , m_ticketBand(new QComboBox(this))
    , m_quiet(new QCheckBox(this))
    , m_quietStart(new QTimeEdit(this))
    , m_quietEnd(new QTimeEdit(this))
    , m_snoozes(new QLabel(this))
{
    setObjectName(QStringLiteral("alertsDialog"));
    setWindowTitle(tr("Alerts"));
    m_enabled->setObjectName(QStringLiteral("alertsEnabled"));
    m_orderBand->setObjectName(QStringLiteral("alertOrderBand"));
    m_ticketBand->setObjectName(QStringLiteral("alertTicketBand"));
    m_quiet->setObjectName(QStringLiteral("alertQuiet"));
    m_enabled->setText(tr("Show desktop alerts"));
    m_orderBand->addItem(tr("Never"), QString());
    for (core::ShipBand b :
         {core::ShipBand::Overdue, core::ShipBand::Under4h, core::ShipBand::Under12h, core::ShipBand::Under24h})
        m_orderBand->addItem(models::shipBandName(b), QString::fromLatin1(core::shipBandKey(b)));
    m_ticketBand->addItem(tr("Never"), QString());
    for (core::DeadlineBand b : {core::DeadlineBand::Overdue, core::DeadlineBand::Under1h, core::DeadlineBand::Under4h,
                                 core::DeadlineBand::Under24h})
        m_ticketBand->addItem(models::bandName(b), QString::fromLatin1(core::deadlineBandKey(b)));
    m_enabled->setChecked(settings.get(core::keys::alertsEnabled));
    m_orderBand->setCurrentIndex(std::max(0, m_orderBand->findData(settings.get(core::keys::alertOrderBand))));
    m_ticketBand->setCurrentIndex(std::max(0, m_ticketBand->findData(settings.get(core::keys::alertTicketBand))));
    const int qs = models::minuteOfDay(settings.get(core::keys::alertQuietStart));
    const int qe = models::minuteOfDay(settings.get(core::keys::alertQuietEnd));
    m_quiet->setText(tr("Quiet hours: hold alerts, then summarise them"));
    m_quiet->setChecked(qs >= 0 && qe >= 0);
    m_quietStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietStart->setTime(qs >= 0 ? QTime(qs / 60, qs % 60) : QTime(22, 0));
    m_quietEnd->setTime(qe >= 0 ? QTime(qe / 60, qe % 60) : QTime(8, 0));
    m_quietStart->setAccessibleName(tr("Quiet from"));
    m_quietEnd->setAccessibleName(tr("Quiet until"));

    QStringList snoozes;
    for (const auto &z : monitor.snoozes()) {
        const QString what = z.key == QLatin1String("*") ? tr("All alerts") : z.key.section(QLatin1Char(':'), 1);
        snoozes << tr("%1 until %2: %3").arg(what, models::dateTimeText(z.until), z.reason.toHtmlEscaped());
    }
    m_snoozes->setWordWrap(true);
    m_snoozes->setText(snoozes.isEmpty() ? tr("No snoozes.") : snoozes.join(QStringLiteral("<br>")));
    auto *clear = new QPushButton(tr("End all snoozes"), this);
    clear->setEnabled(!snoozes.isEmpty());
    connect(clear, &QPushButton::clicked, this, [this, clear] {
        m_monitor.clearSnoozes();
        m_snoozes->setText(tr("No snoozes."));
        clear->setEnabled(false);
    });

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Orders: alert when the time to ship is"), m_orderBand);
    form->addRow(tr("Tickets: alert when the time to answer is"), m_ticketBand);
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quietStart);
    quietRow->addWidget(new QLabel(QStringLiteral("–"), this));
    quietRow->addWidget(m_quietEnd);
    quietRow->addStretch();
    form->addRow(m_quiet);
    form->addRow(tr("Quiet from, until"), quietRow);
    form->addRow(tr("Snoozed"), m_snoozes);
    form->addRow(QString(), clear);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void AlertsDialog::save()
{
    m_settings.set(core::keys::alertsEnabled, m_enabled->isChecked());
    m_settings.set(core::keys::alertOrderBand, m_orderBand->currentData().toString());
    m_settings.set(core::keys::alertTicketBand, m_ticketBand->currentData().toString());
    m_settings.set(core::keys::alertQuietStart,
                   m_quiet->isChecked() ? m_quietStart->time().toString(QStringLiteral("HH:mm")) : QString());
    m_settings.set(core::keys::alertQuietEnd,
                   m_quiet->isChecked() ? m_quietEnd->time().toString(QStringLiteral("HH:mm")) : QString());
    m_settings.sync();
    m_monitor.reloadSettings();
    m_monitor.evaluateNow();
}

bool askSnooze(models::AlertMonitor &monitor, qint64 now, const QString &key, const QString &what, QWidget *parent)
{
    const QList<std::pair<QString, qint64>> choices{
        {QCoreApplication::translate("Alerts", "1 hour"), 3600},
        {QCoreApplication::translate("Alerts", "4 hours"), 4 * 3600},
        {QCoreApplication::translate("Alerts", "Until tomorrow"), 24 * 3600}};
    QStringList names;
    for (const auto &c : choices)
        names << c.first;
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        parent, QCoreApplication::translate("Alerts", "Snooze"),
        QCoreApplication::translate("Alerts", "Snooze alerts for %1 for").arg(what), names, 0, false, &ok);
    if (!ok)
        return false;
    const QString reason = QInputDialog::getText(parent, QCoreApplication::translate("Alerts", "Snooze"),
                                                 QCoreApplication::translate(
                                                     "Alerts", "Why? (kept on this computer, shown with the snooze)"),
                                                 QLineEdit::Normal, QString(), &ok)
                               .trimmed();
    if (!ok || reason.isEmpty())
        return false;
    monitor.snooze(key, now + choices.at(names.indexOf(picked)).second, reason);
    return true;
}

} // namespace anxin::ui

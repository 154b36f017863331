#include "settings/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace anxin::ui {

AboutDialog::AboutDialog(const models::AboutInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Anxin Desk"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/anxin.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Anxin Desk logo"));
    auto *title = new QLabel(tr("<b>Anxin Desk</b><br>The after-sales workbench for live-stream shops"), this);
    header->addWidget(icon);
    header->addWidget(title, 1);
    layout->addLayout(header);
    layout->addLayout(m_form);

    addRow(QStringLiteral("aboutVersion"), tr("Version:"), tr("%1 (commit %2)").arg(info.appVersion, info.gitCommit));
    addRow(QStringLiteral("aboutQt"), tr("Qt:"), info.qtVersion);
    addRow(QStringLiteral("aboutSqlite"), tr("SQLite:"), info.sqliteVersion);
    addRow(QStringLiteral("aboutRules"), tr("Rules files:"),
           tr("guarantee rules v%1, score rules v%2").arg(info.guaranteeRulesVersion).arg(info.scoreRulesVersion));
    addRow(QStringLiteral("aboutSchema"), tr("Cache schema:"),
           info.schemaVersion > 0 ? tr("version %1").arg(info.schemaVersion) : tr("no cache open"));
    addRow(QStringLiteral("aboutProfile"), tr("Profile folder:"), info.profileDir);
    QString audit;
    if (!info.auditProblem.isEmpty())
        audit = tr("cannot be read: %1").arg(info.auditProblem);
    else if (info.auditEntries == 0)
        audit = tr("empty");
    else
        audit = tr("%n entries, head %1", nullptr, int(info.auditEntries)).arg(info.auditHeadHash);
    addRow(QStringLiteral("aboutAudit"), tr("Audit log:"), audit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopy"));
    copy->setToolTip(tr("Copy these details for a support request"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void AboutDialog::addRow(const QString &name, const QString &label, const QString &value)
{
    auto *text = new QLabel(value, this);
    text->setObjectName(name);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(text);
    text->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    m_form->addRow(caption, text);
    m_rows.append({label, value});
}

QString AboutDialog::plainText() const
{
    QStringList lines{QStringLiteral("Anxin Desk")};
    for (const auto &[label, value] : m_rows)
        lines << label + QLatin1Char(' ') + value;
    return lines.join(QLatin1Char('\n'));
}

} // namespace anxin::ui

#pragma once

#include "models/aboutinfo.h"

#include <QDialog>

class QFormLayout;

namespace anxin::ui {

// Versions of everything the app runs on, the profile folder and the audit-log head; "Copy" puts the same text
// on the clipboard for a support request.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const models::AboutInfo &info, QWidget *parent = nullptr);

    QString plainText() const; // what "Copy" puts on the clipboard

private:
    void addRow(const QString &name, const QString &label, const QString &value);

    QList<QPair<QString, QString>> m_rows;
    QFormLayout *m_form;
};

} // namespace anxin::ui

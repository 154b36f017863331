#include "common/prompts.h"

#include <QFileDialog>
#include <QMessageBox>

namespace anxin::ui {

namespace {
ConfirmFn & override()
{
    static ConfirmFn fn;
    return fn;
}
SaveFileFn &saveOverride()
{
    static SaveFileFn fn;
    return fn;
}
} // namespace

void setSaveFileOverride(SaveFileFn fn)
{
    saveOverride() = std::move(fn);
}

QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggested)
{
    if (saveOverride())
        return saveOverride()(parent, title, suggested);
    return QFileDialog::getSaveFileName(parent, title, suggested);
}

void setConfirmOverride(ConfirmFn fn)
{
    override() = std::move(fn);
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (override())
        return override()(parent, title, text);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
           QMessageBox::Yes;
}

} // namespace anxin::ui

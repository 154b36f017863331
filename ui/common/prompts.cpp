#include "common/prompts.h"

#include <QMessageBox>

namespace anxin::ui {

namespace {
ConfirmFn & override()
{
    static ConfirmFn fn;
    return fn;
}
} // namespace

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

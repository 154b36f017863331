#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace anxin::ui {

// Modal questions go through here so GUI tests can answer them without a real modal loop.
using ConfirmFn = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
void setConfirmOverride(ConfirmFn fn); // tests only; pass {} to restore the real dialog
bool confirm(QWidget *parent, const QString &title, const QString &text);

// A file to save to; empty when cancelled. Tests answer through the override.
using SaveFileFn = std::function<QString(QWidget *parent, const QString &title, const QString &suggested)>;
void setSaveFileOverride(SaveFileFn fn); // tests only; pass {} to restore the real dialog
QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggested);

} // namespace anxin::ui

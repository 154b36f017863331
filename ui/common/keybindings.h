#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace anxin::core {
class Settings;
}

namespace anxin::ui {

// The workbench's single-key actions, rebindable in Settings and stored as `keys/<name>` (portable text).
struct KeyAction
{
    const char *name;       // settings key suffix and shortcut objectName suffix: "approve"
    const char *defaultKey; // QKeySequence portable text: "A"
    const char *label;      // QT_TRANSLATE_NOOP("KeyBindings", ...), translated with keyActionLabel()
};

const QList<KeyAction> &keyActions();
const KeyAction *keyAction(const QString &name);
QString keyActionLabel(const KeyAction &action);

QKeySequence boundKey(core::Settings &settings, const QString &name);
void setBoundKey(core::Settings &settings, const QString &name, const QKeySequence &key);
void resetBoundKeys(core::Settings &settings);

// Why `key` cannot be bound to `name`, translated, or empty when it can: another action has it, or the window
// uses it (Ctrl+1..7 switch pages, Refresh syncs).
QString bindingConflict(core::Settings &settings, const QString &name, const QKeySequence &key);

} // namespace anxin::ui

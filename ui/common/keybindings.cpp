#include "common/keybindings.h"

#include "core/settings.h"

#include <QCoreApplication>

namespace anxin::ui {

namespace {
QString settingName(const QString &name)
{
    return QStringLiteral("keys/") + name;
}
} // namespace

const QList<KeyAction> &keyActions()
{
    static const QList<KeyAction> actions{
        {"next", "J", QT_TRANSLATE_NOOP("KeyBindings", "Next ticket")},
        {"previous", "K", QT_TRANSLATE_NOOP("KeyBindings", "Previous ticket")},
        {"open", "Return", QT_TRANSLATE_NOOP("KeyBindings", "Open the ticket")},
        {"approve", "A", QT_TRANSLATE_NOOP("KeyBindings", "Approve")},
        {"reject", "R", QT_TRANSLATE_NOOP("KeyBindings", "Reject")},
        {"search", "/", QT_TRANSLATE_NOOP("KeyBindings", "Search")},
    };
    return actions;
}

const KeyAction *keyAction(const QString &name)
{
    for (const KeyAction &a : keyActions())
        if (name == QLatin1String(a.name))
            return &a;
    return nullptr;
}

QString keyActionLabel(const KeyAction &action)
{
    return QCoreApplication::translate("KeyBindings", action.label);
}

QKeySequence boundKey(core::Settings &settings, const QString &name)
{
    const KeyAction *a = keyAction(name);
    const QString fallback = a ? QString::fromLatin1(a->defaultKey) : QString();
    return QKeySequence(settings.raw().value(settingName(name), fallback).toString(), QKeySequence::PortableText);
}

void setBoundKey(core::Settings &settings, const QString &name, const QKeySequence &key)
{
    settings.raw().setValue(settingName(name), key.toString(QKeySequence::PortableText));
    settings.sync();
}

void resetBoundKeys(core::Settings &settings)
{
    for (const KeyAction &a : keyActions())
        settings.raw().remove(settingName(QLatin1String(a.name)));
    settings.sync();
}

QString bindingConflict(core::Settings &settings, const QString &name, const QKeySequence &key)
{
    if (key.isEmpty())
        return QCoreApplication::translate("KeyBindings", "Every action needs a key.");
    for (const KeyAction &a : keyActions()) {
        if (name != QLatin1String(a.name) && boundKey(settings, QLatin1String(a.name)) == key)
            return QCoreApplication::translate("KeyBindings", "%1 is already used for “%2”. Choose another key, or "
                                                              "change that action first.")
                .arg(key.toString(QKeySequence::NativeText), keyActionLabel(a));
    }
    bool reserved = key == QKeySequence(QKeySequence::Refresh);
    for (int i = 0; i < 7; ++i)
        reserved = reserved || key == QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i));
    if (reserved)
        return QCoreApplication::translate("KeyBindings", "%1 is used by the window (switching pages or syncing). "
                                                          "Choose another key.")
            .arg(key.toString(QKeySequence::NativeText));
    return {};
}

} // namespace anxin::ui

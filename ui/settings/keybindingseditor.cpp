#include "settings/keybindingseditor.h"

#include "common/keybindings.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace anxin::ui {

KeyBindingsEditor::KeyBindingsEditor(core::Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_form(new QFormLayout)
    , m_message(new QLabel(this))
    , m_reset(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_form->setHorizontalSpacing(12); // as the Settings page's own forms, so the fields line up
    for (const KeyAction &a : keyActions()) {
        const QString name = QLatin1String(a.name);
        auto *edit = new QKeySequenceEdit(this);
        edit->setObjectName(QStringLiteral("key_") + name);
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(180);
        auto *label = new QLabel(this);
        label->setBuddy(edit);
        m_form->addRow(label, edit);
        m_edits[name] = edit;
        m_labels[name] = label;
        connect(edit, &QKeySequenceEdit::editingFinished, this, [this, name] { commit(name); });
    }
    m_message->setObjectName(QStringLiteral("keyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_reset->setObjectName(QStringLiteral("resetKeys"));
    connect(m_reset, &QPushButton::clicked, this, [this] {
        resetBoundKeys(m_settings);
        reload();
        m_message->hide();
        emit bindingsChanged();
    });
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    auto *row = new QHBoxLayout;
    row->addWidget(m_reset);
    row->addStretch(1);
    layout->addLayout(row);
    // Tab goes down the list of keys, then to the reset button.
    QWidget *previous = nullptr;
    for (const KeyAction &a : keyActions()) {
        QWidget *edit = m_edits.at(QLatin1String(a.name));
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
    }
    setTabOrder(previous, m_reset);
    reload();
    retranslate();
}

QKeySequenceEdit *KeyBindingsEditor::editor(const QString &action) const
{
    const auto it = m_edits.find(action);
    return it == m_edits.end() ? nullptr : it->second;
}

QList<QLabel *> KeyBindingsEditor::captions() const
{
    QList<QLabel *> out;
    for (const auto &[name, label] : m_labels)
        out << label;
    return out;
}

QString KeyBindingsEditor::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void KeyBindingsEditor::reload()
{
    for (const auto &[name, edit] : m_edits) {
        const QSignalBlocker block(edit);
        edit->setKeySequence(boundKey(m_settings, name));
    }
}

void KeyBindingsEditor::commit(const QString &action)
{
    QKeySequenceEdit *edit = m_edits.at(action);
    // One key per action: a second chord typed by accident is dropped.
    const QKeySequence typed = edit->keySequence();
    const QKeySequence key = typed.isEmpty() ? QKeySequence() : QKeySequence(typed[0]);
    if (key == boundKey(m_settings, action)) {
        reload();
        return;
    }
    const QString problem = bindingConflict(m_settings, action, key);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        reload();
        return;
    }
    setBoundKey(m_settings, action, key);
    reload();
    m_message->setText(
        tr("%1 now uses %2.").arg(keyActionLabel(*keyAction(action)), key.toString(QKeySequence::NativeText)));
    m_message->show();
    emit bindingsChanged();
}

void KeyBindingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KeyBindingsEditor::retranslate()
{
    for (const KeyAction &a : keyActions()) {
        const QString name = QLatin1String(a.name);
        m_labels[name]->setText(keyActionLabel(a) + QLatin1Char(':'));
        m_edits[name]->setAccessibleName(tr("Key for %1").arg(keyActionLabel(a)));
        m_edits[name]->setToolTip(tr("Click, then press the new key. Default: %1")
                                      .arg(QKeySequence(QString::fromLatin1(a.defaultKey), QKeySequence::PortableText)
                                               .toString(QKeySequence::NativeText)));
    }
    m_reset->setText(tr("Reset keys to &defaults"));
    m_reset->setAccessibleName(tr("Reset keys to defaults"));
}

} // namespace anxin::ui

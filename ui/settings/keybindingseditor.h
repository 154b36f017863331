#pragma once

#include <QWidget>

#include <map>

class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QFormLayout;

namespace anxin::core {
class Settings;
}

namespace anxin::ui {

// One key per workbench action, recorded with a QKeySequenceEdit. A key another action (or the window) already
// uses is refused with a message saying which, and the editor goes back to the key in force.
class KeyBindingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit KeyBindingsEditor(core::Settings &settings, QWidget *parent = nullptr);

    QKeySequenceEdit *editor(const QString &action) const;
    QString message() const;
    QList<QLabel *> captions() const; // the labels before the key fields, for aligning with other forms

signals:
    void bindingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void commit(const QString &action);
    void reload();

    core::Settings &m_settings;
    QFormLayout *m_form;
    std::map<QString, QKeySequenceEdit *> m_edits;
    std::map<QString, QLabel *> m_labels;
    QLabel *m_message;
    QPushButton *m_reset;
};

} // namespace anxin::ui

#pragma once

#include "core/autorule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace anxin::models {
class DeskSession;
}

namespace anxin::ui {

// Auto-approve rules: the list, the editor, and a dry-run over the last 90 days of closed claims. Only the owner
// can save (the core refuses anyone else too); agents see the rules read-only.
class RuleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RuleDialog(models::DeskSession &session, QWidget *parent = nullptr);

    core::AutoRule editedRule() const;
    void selectRule(int row);
    void save();
    void removeCurrent();
    void runDryRun();
    QString lastMessage() const;

private:
    void setUpFields();
    void setUpResults();
    void layOut();
    void reloadList();
    void showRule(const core::AutoRule &rule);
    void newRule();

    models::DeskSession &m_session;
    bool m_owner = false;
    QList<core::AutoRule> m_rules;
    qint64 m_editingId = 0;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QDoubleSpinBox *m_cap;
    QSpinBox *m_minPhotos;
    QSpinBox *m_maxClaims;
    QCheckBox *m_insideWindow;
    QCheckBox *m_notRisky;
    QComboBox *m_mode;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_dryRun;
    QLabel *m_message;
    QLabel *m_summary;
    QTableWidget *m_results;
};

} // namespace anxin::ui

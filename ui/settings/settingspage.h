#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace anxin::core {
class Settings;
}
namespace anxin::models {
class DeskSession;
} // namespace anxin::models
namespace anxin::sandbox {
class SandboxProcess;
}

namespace anxin::ui {

class LanguageManager;
class KeyBindingsEditor;
class TeamSettings;

// Language and colours, the shop connection, decision rules (role, agent limit, confirmation thresholds), the
// workbench keys, and the About box. Every change is saved at once and applies without a restart.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(models::DeskSession &session, LanguageManager &languages, QString profileDir,
                 QWidget *parent = nullptr);

    KeyBindingsEditor *keyBindings() const { return m_keys; }
    models::DeskSession &session() const { return m_session; }
    const QString &profileDir() const { return m_profileDir; }
    void showAbout();
    // Opens the connection wizard (offered while no shop is connected); a connected shop starts syncing.
    void connectShop();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildContent();
    void createWidgets(QWidget *content);
    void setUpGeneral();
    void setUpShopAndRules();
    void layOut(QWidget *content);
    void retranslate();
    void onLanguageChosen(int index);
    void refreshRole();
    void alignCaptions();

    models::DeskSession &m_session;
    core::Settings &m_settings;
    LanguageManager &m_languages;
    QString m_profileDir;
    QLabel *m_title;
    QLabel *m_generalHeader;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QLabel *m_shopHeader;
    QLabel *m_gatewayLabel;
    QLabel *m_gateway;
    QLabel *m_shopLabel;
    QLabel *m_shop;
    QLabel *m_profileLabel;
    QLabel *m_profile;
    QLabel *m_rulesHeader;
    QLabel *m_roleLabel;
    QLabel *m_role;
    QLabel *m_agentLimitLabel;
    QDoubleSpinBox *m_agentLimit;
    QLabel *m_confirmAmountLabel;
    QDoubleSpinBox *m_confirmAmount;
    QLabel *m_confirmBatchLabel;
    QSpinBox *m_confirmBatch;
    QLabel *m_keysHeader;
    KeyBindingsEditor *m_keys;
    TeamSettings *m_team;
    QPushButton *m_about;
    QPushButton *m_connect;
    sandbox::SandboxProcess *m_sandbox = nullptr; // "Try the sandbox" from here: runs until the app exits
};

} // namespace anxin::ui

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QFormLayout;

namespace anxin::core {
class Settings;
}

namespace anxin::ui {

class LanguageManager;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(core::Settings &settings, LanguageManager &languages, QString profileDir, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onLanguageChosen(int index);

    core::Settings &m_settings;
    LanguageManager &m_languages;
    QString m_profileDir;
    QLabel *m_title;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_shopHeader;
    QLabel *m_gatewayLabel;
    QLabel *m_gateway;
    QLabel *m_shopLabel;
    QLabel *m_shop;
    QLabel *m_profileLabel;
    QLabel *m_profile;
};

} // namespace anxin::ui

#pragma once

#include "shell/pageregistry.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;
class QToolButton;

namespace anxin::core {
class Settings;
}

namespace anxin::ui {

class LanguageManager;

// The frame: navigation rail on the left, one page at a time on the right, status bar always.
// Pages are separate classes; this window only switches between them and remembers where the user was.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(core::Settings &settings, LanguageManager &languages, QString profileDir, QWidget *parent = nullptr);

    void showPage(PageId id);
    PageId currentPage() const;
    QWidget *page(PageId id) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildNavigation();
    void buildStatusBar();
    void retranslate();
    void restoreState();

    core::Settings &m_settings;
    LanguageManager &m_languages;
    QString m_profileDir;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_shopState = nullptr;
    QLabel *m_lastSync = nullptr;
    QToolButton *m_pendingButton = nullptr;
};

} // namespace anxin::ui

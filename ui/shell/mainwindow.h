#pragma once

#include "common/icons.h"
#include "shell/pageregistry.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;
class QToolButton;

namespace anxin::core {
class Settings;
}
namespace anxin::models {
class DeskSession;
}
namespace anxin::sync {
struct SyncProgress;
}

namespace anxin::ui {

class LanguageManager;

// The frame: navigation rail on the left, one page at a time on the right, status bar always.
// Pages are separate classes; this window only switches between them and remembers where the user was.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(models::DeskSession &session, LanguageManager &languages, QString profileDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(PageId id);
    void openTicket(const QString &aftersaleId); // shows the After-sales page with this ticket open
    // Shows the After-sales list narrowed to `ids` (handed over by the Score page), `origin` naming where from.
    void showTickets(const QStringList &ids, const QString &origin);
    PageId currentPage() const;
    QWidget *page(PageId id) const;

public slots:
    // A link inside the app (ui::pageLink, "anxin:page/<key>" in an empty state's sentence): shows that page.
    void openInternalLink(const QUrl &url);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildNavigation();
    void buildStatusBar();
    void updateTeamState();
    void retintIcons();
    void retranslate();
    void restoreState();
    void updateStatus();
    void updateShopState(); // the shop and sync state only: no cache reads (progress arrives many times a second)
    void showLinkIcon(LinkState link); // drawn again only when the state or the palette changed
    void onProgress(const sync::SyncProgress &progress);

    models::DeskSession &m_session;
    core::Settings &m_settings;
    LanguageManager &m_languages;
    QString m_profileDir;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_shopState = nullptr;
    QLabel *m_shopIcon = nullptr; // the state's icon beside its words
    int m_shownLink = -1;         // the LinkState m_shopIcon shows; -1: draw it again
    QLabel *m_lastSync = nullptr;
    QLabel *m_teamState = nullptr; // team mode: online or not, and which desk polls the shop
    QToolButton *m_pendingButton = nullptr;
    QToolButton *m_syncButton = nullptr;
    QLabel *m_notice = nullptr;
    QToolButton *m_exportPending = nullptr; // shown with the notice when a damaged or newer cache holds decisions
    void exportPending();
    QString m_progressText;
    QString m_besideText;        // a stage running beside the one above
    bool m_cacheDamaged = false; // the background integrity check found damage
};

} // namespace anxin::ui

#include "shell/mainwindow.h"

#include "core/settings.h"
#include "pages/infopage.h"
#include "settings/settingspage.h"
#include "shell/i18n.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace anxin::ui {

MainWindow::MainWindow(core::Settings &settings, LanguageManager &languages, QString profileDir, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_profileDir(std::move(profileDir))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/anxin.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav = new QListWidget(central);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildNavigation();
    buildStatusBar();
    retranslate();
    restoreState();
}

void MainWindow::buildNavigation()
{
    m_nav->setObjectName(QStringLiteral("navRail"));
    m_nav->setViewMode(QListView::ListMode);
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setUniformItemSizes(true);
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(168);
    m_nav->setAutoFillBackground(true);
    m_nav->setBackgroundRole(QPalette::AlternateBase);

    for (const auto &info : pages()) {
        auto *item = new QListWidgetItem(QIcon(QString::fromLatin1(info.iconPath)), QString(), m_nav);
        item->setSizeHint(QSize(160, 40));
        item->setData(Qt::UserRole, QString::fromLatin1(info.key));
        QWidget *page = nullptr;
        if (info.id == PageId::Settings)
            page = new SettingsPage(m_settings, m_languages, m_profileDir, m_stack);
        else
            page = new InfoPage(info.id, m_stack);
        page->setObjectName(QString::fromLatin1(info.key) + QStringLiteral("Page"));
        m_stack->addWidget(page);

        // Ctrl+1..7 switch pages; the shortcut is shown in the rail's tooltip.
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(info.id))));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setObjectName(QStringLiteral("goto_") + QString::fromLatin1(info.key));
        const PageId id = info.id;
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
        addAction(action);
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        m_settings.set(core::keys::lastPage, QString::fromLatin1(pages()[size_t(row)].key));
    });
}

void MainWindow::buildStatusBar()
{
    m_shopState = new QLabel(this);
    m_shopState->setObjectName(QStringLiteral("shopState"));
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_pendingButton = new QToolButton(this);
    m_pendingButton->setObjectName(QStringLiteral("pendingButton"));
    m_pendingButton->setAutoRaise(true);
    connect(m_pendingButton, &QToolButton::clicked, this, [this] { showPage(PageId::Pending); });
    statusBar()->addWidget(m_shopState);
    statusBar()->addWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_pendingButton);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Anxin Desk"));
    for (int row = 0; row < m_nav->count(); ++row) {
        const auto &info = pages()[size_t(row)];
        QListWidgetItem *item = m_nav->item(row);
        item->setText(pageTitle(info.id));
        item->setToolTip(tr("%1 (%2)").arg(pageTitle(info.id),
                                           QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row))
                                               .toString(QKeySequence::NativeText)));
    }
    m_nav->setAccessibleName(tr("Pages"));

    const QString gateway = m_settings.get(core::keys::gateway);
    const QString shop = m_settings.get(core::keys::shopId);
    if (gateway.isEmpty() || shop.isEmpty()) {
        m_shopState->setText(tr("No shop connected"));
        m_shopState->setToolTip(tr("Connect a shop in Settings to start syncing."));
    } else {
        m_shopState->setText(tr("Shop %1 · not synced yet").arg(shop));
        m_shopState->setToolTip(gateway);
    }
    m_lastSync->setText(tr("Last sync: never"));
    m_pendingButton->setText(tr("Pending: %n", nullptr, 0));
    m_pendingButton->setToolTip(tr("Decisions waiting to reach the platform. Click to open Pending sync."));
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings.get(core::keys::windowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    const PageInfo *last = pageByKey(m_settings.get(core::keys::lastPage));
    showPage(last ? last->id : PageId::Workbench);
}

void MainWindow::showPage(PageId id)
{
    m_nav->setCurrentRow(int(id));
}

PageId MainWindow::currentPage() const
{
    return PageId(m_stack->currentIndex());
}

QWidget *MainWindow::page(PageId id) const
{
    return m_stack->widget(int(id));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.set(core::keys::windowGeometry, saveGeometry());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace anxin::ui

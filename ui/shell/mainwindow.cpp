#include "shell/mainwindow.h"

#include "aftersales/aftersalespage.h"
#include "claims/claimspage.h"
#include "common/errortext.h"
#include "common/icons.h"
#include "common/listpage.h"
#include "common/prompts.h"
#include "core/settings.h"
#include "models/claimsmodel.h"
#include "models/desksession.h"
#include "models/labels.h"
#include "models/shippinglistmodel.h"
#include "models/teamstatus.h"
#include "pages/infopage.h"
#include "pending/pendingpage.h"
#include "score/scorepage.h"
#include "settings/settingspage.h"
#include "shell/i18n.h"
#include "shipping/shippingpage.h"
#include "store/outboxrepository.h"
#include "team/teamlink.h"
#include "workbench/workbenchpage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace anxin::ui {

namespace {
// The status bar's icons: the connection state, Sync now, the pending count.
constexpr QSize kStatusIconSize(14, 14);
} // namespace

MainWindow::MainWindow(models::DeskSession &session, LanguageManager &languages, QString profileDir, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(session.settings())
    , m_languages(languages)
    , m_profileDir(std::move(profileDir))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/anxin.svg")));

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    m_notice->setWordWrap(true);
    m_notice->setMargin(8);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_exportPending = new QToolButton(central);
    m_exportPending->setObjectName(QStringLiteral("exportPendingButton"));
    m_exportPending->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setToolIcon(m_exportPending, QStringLiteral(":/icons/export.svg"));
    m_exportPending->hide();
    connect(m_exportPending, &QToolButton::clicked, this, &MainWindow::exportPending);
    auto *noticeRow = new QHBoxLayout;
    noticeRow->setContentsMargins(0, 0, 0, 0);
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_exportPending);
    outer->addLayout(noticeRow);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    outer->addLayout(layout, 1);
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
    QDesktopServices::setUrlHandler(QString::fromLatin1(kInternalScheme), this, "openInternalLink");
}

MainWindow::~MainWindow()
{
    QDesktopServices::unsetUrlHandler(QString::fromLatin1(kInternalScheme));
}

void MainWindow::openInternalLink(const QUrl &url)
{
    const QString path = url.path();
    if (!path.startsWith(QLatin1String("page/")))
        return;
    if (const PageInfo *info = pageByKey(path.mid(5)))
        showPage(info->id);
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
        auto *item = new QListWidgetItem(QString(), m_nav);
        item->setSizeHint(QSize(160, 40));
        item->setData(Qt::UserRole, QString::fromLatin1(info.key));
        QWidget *page = nullptr;
        if (info.id == PageId::Settings) {
            page = new SettingsPage(m_session, m_languages, m_profileDir, m_stack);
        } else if (info.id == PageId::Workbench && m_session.cache().isOpen()) {
            auto *p = new WorkbenchPage(m_session, m_stack);
            connect(p, &WorkbenchPage::openTicketRequested, this, &MainWindow::openTicket);
            connect(p, &WorkbenchPage::openPendingRequested, this, [this] { showPage(PageId::Pending); });
            page = p;
        } else if (info.id == PageId::Pending && m_session.cache().isOpen()) {
            auto *p = new PendingPage(m_session, m_stack);
            connect(p, &PendingPage::openTicketRequested, this, &MainWindow::openTicket);
            page = p;
        } else if (info.id == PageId::AfterSales && m_session.tickets()) {
            auto *p = new AfterSalesPage(m_session, m_stack);
            connect(p, &AfterSalesPage::message, this,
                    [this](const QString &text) { statusBar()->showMessage(text, 8000); });
            page = p;
        } else if (info.id == PageId::Claims && m_session.claims()) {
            auto *p = new ClaimsPage(m_session, m_stack);
            connect(p, &ClaimsPage::message, this,
                    [this](const QString &text) { statusBar()->showMessage(text, 8000); });
            connect(p, &ClaimsPage::openTicketRequested, this, &MainWindow::openTicket);
            page = p;
        } else if (info.id == PageId::Score && m_session.cache().isOpen()) {
            auto *p = new ScorePage(m_session, m_stack);
            connect(p, &ScorePage::openTicketsRequested, this, &MainWindow::showTickets);
            page = p;
        } else if (info.id == PageId::Shipping && m_session.shipping()) {
            page = new ShippingPage(m_session, m_stack);
        } else
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
    retintIcons();
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        // Models of hidden pages only note that they are stale; the one on screen reads the cache.
        const PageId shown = PageId(row);
        if (auto *claims = m_session.claims())
            claims->setActive(shown == PageId::Claims);
        if (auto *shipping = m_session.shipping())
            shipping->setActive(shown == PageId::Shipping);
        m_stack->setCurrentIndex(row);
        m_settings.set(core::keys::lastPage, QString::fromLatin1(pages()[size_t(row)].key));
    });
}

void MainWindow::retintIcons()
{
    for (int row = 0; row < m_nav->count() && row < kPageCount; ++row)
        m_nav->item(row)->setIcon(
            tintedIcon(QString::fromLatin1(pages()[size_t(row)].iconPath), m_nav->palette(), m_nav->iconSize()));
}

void MainWindow::buildStatusBar()
{
    m_shopState = new QLabel(this);
    m_shopState->setObjectName(QStringLiteral("shopState"));
    m_shopIcon = new QLabel(this);
    m_shopIcon->setObjectName(QStringLiteral("shopStateIcon"));
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_pendingButton = new QToolButton(this);
    m_pendingButton->setObjectName(QStringLiteral("pendingButton"));
    m_pendingButton->setAutoRaise(true);
    connect(m_pendingButton, &QToolButton::clicked, this, [this] { showPage(PageId::Pending); });
    m_syncButton = new QToolButton(this);
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_syncButton->setAutoRaise(true);
    m_syncButton->setShortcut(QKeySequence(QKeySequence::Refresh));
    connect(m_syncButton, &QToolButton::clicked, this, [this] { m_session.syncControl().syncNow(); });
    m_teamState = new QLabel(this);
    m_teamState->setObjectName(QStringLiteral("teamState"));
    m_teamState->hide();
    connect(m_session.team(), &team::TeamLink::changed, this, &MainWindow::updateTeamState);
    for (QToolButton *b : {m_syncButton, m_pendingButton}) {
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setIconSize(kStatusIconSize);
    }
    // In the rail's drawing, redrawn with the theme.
    setToolIcon(m_syncButton, QStringLiteral(":/icons/syncing.svg"));
    setToolIcon(m_pendingButton, QStringLiteral(":/icons/pending.svg"));
    statusBar()->addPermanentWidget(m_teamState);
    statusBar()->addPermanentWidget(m_shopIcon);
    statusBar()->addPermanentWidget(m_shopState);
    statusBar()->addPermanentWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_syncButton);
    statusBar()->addPermanentWidget(m_pendingButton);
    connect(&m_session.syncControl(), &models::SyncController::syncStateChanged, this, [this] {
        m_progressText.clear();
        m_besideText.clear();
        updateStatus();
    });
    connect(&m_session.syncControl(), &models::SyncController::syncProgress, this, &MainWindow::onProgress);
    connect(&m_session.syncControl(), &models::SyncController::clockOffsetChanged, this, &MainWindow::updateStatus);
    connect(&m_session.cache(), &models::CacheHost::cacheDamaged, this, [this] {
        m_cacheDamaged = true;
        retranslate();
    });
    connect(&m_session, &models::DeskSession::outboxChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &models::DeskSession::syncFinished, this, &MainWindow::updateStatus);
    connect(&m_session, &models::DeskSession::syncFinished, this, &MainWindow::updateTeamState);
}

// Team mode, in a few words: online or not, who pulls the shop from the platform and how fresh this desk is.
void MainWindow::updateTeamState()
{
    if (!m_teamState)
        return; // before the status bar is built
    const team::TeamLink *team = m_session.team();
    m_teamState->setVisible(team->isActive());
    if (!team->isActive())
        return;
    const models::TeamStatusLine line = models::teamStatusLine(
        *team, m_session.shop().shopId, m_session.syncControl().lastSyncReport(), m_session.syncControl().lastSyncAt());
    m_teamState->setText(line.text);
    m_teamState->setToolTip(line.toolTip);
}

void MainWindow::onProgress(const sync::SyncProgress &p)
{
    QString text = p.total > 0 ? tr("syncing %1 %2/%3").arg(models::syncStageName(p.stage)).arg(p.done).arg(p.total)
                               : tr("syncing %1").arg(models::syncStageName(p.stage));
    if (p.ratePerSec >= 1)
        text += tr(" · %1/s").arg(qRound(p.ratePerSec));
    if (p.etaSecs > 0)
        text += tr(" · about %1 left").arg(models::durationText(std::max<qint64>(p.etaSecs, 60)));
    // A stage beside the others (the open tickets' details during the history) shows after the one running.
    (p.beside ? m_besideText : m_progressText) = p.ended ? QString() : text;
    updateShopState();
}

void MainWindow::updateStatus()
{
    updateShopState();
    const qint64 last = m_session.syncControl().lastSyncAt();
    QString lastText =
        last ? tr("Last sync: %1")
                   .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(last).time(), QLocale::ShortFormat))
             : tr("Last sync: never");
    // One refused item never stops a sync; the agent still learns it happened, and which items.
    const sync::SyncReport &report = m_session.syncControl().lastSyncReport();
    QStringList notFetched;
    if (report.ok() && report.itemsRefused > 0) {
        lastText += tr(" · completed with %n item(s) refused", nullptr, report.itemsRefused);
        notFetched << tr("The platform refused these items; each is tried again later:");
        int shown = 0;
        for (const auto &f : m_session.syncControl().itemFailures()) {
            if (f.kind == QLatin1String("image") || shown++ >= 8)
                continue;
            notFetched << tr("%1 %2: %3").arg(models::itemKindName(f.kind), f.itemId, f.message);
        }
    }
    if (report.rateLimited > 0)
        notFetched << tr("The platform asked to slow down %n time(s) during the last sync; those calls went out again "
                         "at the pace it allows.",
                         nullptr, int(report.rateLimited));
    if (report.imagesFailed > 0) {
        lastText += tr(" · %n image(s) not downloaded", nullptr, report.imagesFailed);
        notFetched << tr("Evidence images whose host did not deliver them are tried again with later syncs, or at "
                         "once from the ticket's evidence.");
    }
    // Deadlines follow the platform's clock; a desktop clock far off it is worth knowing (and fixing).
    const qint64 skewSecs = m_session.syncControl().clockOffsetMsecs() / 1000;
    if (qAbs(skewSecs) > 120) {
        lastText += skewSecs > 0
                        ? tr(" · this computer's clock is %1 behind the platform's").arg(models::spanText(skewSecs))
                        : tr(" · this computer's clock is %1 ahead of the platform's").arg(models::spanText(-skewSecs));
        notFetched << tr("Every deadline and countdown here follows the platform's clock, not this computer's.");
    }
    m_lastSync->setText(lastText);
    m_lastSync->setToolTip(notFetched.join(QLatin1Char('\n')));
    const auto read = m_session.decisions().outboxCounts();
    if (!read) {
        m_pendingButton->setText(tr("Pending: ?"));
        m_pendingButton->setToolTip(errorText(read.error()));
        return;
    }
    m_pendingButton->setToolTip({});
    const auto &counts = read.value();
    const int pending = store::waitingCount(counts);
    const int conflicts = counts.value(store::OutboxState::Conflict);
    m_pendingButton->setText(conflicts ? tr("Pending: %n", nullptr, pending) + tr(" · conflicts: %1").arg(conflicts)
                                       : tr("Pending: %n", nullptr, pending));
}

void MainWindow::updateShopState()
{
    const auto shop = m_session.shop();
    LinkState link = LinkState::NotYet;
    if (!shop.isComplete()) {
        m_shopState->setText(tr("No shop connected"));
        m_shopState->setToolTip(tr("Connect a shop in Settings to start syncing."));
    } else {
        QString state;
        switch (m_session.syncControl().syncState()) {
        case sync::SyncWorker::State::Syncing: {
            QStringList running;
            for (const QString &t : {m_progressText, m_besideText})
                if (!t.isEmpty())
                    running << t;
            state = running.isEmpty() ? tr("syncing") : running.join(QStringLiteral(" | "));
            link = LinkState::Syncing;
        } break;
        case sync::SyncWorker::State::Offline:
            state = tr("offline");
            link = LinkState::Offline;
            break;
        case sync::SyncWorker::State::NeedsAuth:
            state = tr("needs re-authorization");
            link = LinkState::Attention;
            break;
        case sync::SyncWorker::State::Error:
            state = tr("sync stopped");
            link = LinkState::Attention;
            break;
        case sync::SyncWorker::State::Idle:
            state = m_session.syncControl().lastSyncAt() ? tr("online") : tr("not synced yet");
            link = m_session.syncControl().lastSyncAt() ? LinkState::Online : LinkState::NotYet;
            break;
        }
        m_shopState->setText(tr("Shop %1 · %2").arg(shop.shopId, state));
        m_shopState->setToolTip(
            m_session.syncControl().syncMessage().isEmpty() ? shop.gateway : m_session.syncControl().syncMessage());
    }
    showLinkIcon(link);
}

void MainWindow::showLinkIcon(LinkState link)
{
    m_shopIcon->setToolTip(m_shopState->toolTip());
    if (std::exchange(m_shownLink, int(link)) == int(link))
        return;
    m_shopIcon->setProperty("linkState", QString::fromLatin1(linkStateKey(link)));
    m_shopIcon->setPixmap(linkStateIcon(link, palette(), kStatusIconSize).pixmap(kStatusIconSize, devicePixelRatioF()));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Anxin Desk"));
    updateTeamState();
    for (int row = 0; row < m_nav->count(); ++row) {
        const auto &info = pages()[size_t(row)];
        QListWidgetItem *item = m_nav->item(row);
        item->setText(pageTitle(info.id));
        item->setToolTip(tr("%1 (%2)").arg(
            pageTitle(info.id), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)).toString(QKeySequence::NativeText)));
    }
    m_nav->setAccessibleName(tr("Pages"));

    m_pendingButton->setToolTip(tr("Decisions waiting to reach the platform. Click to open Pending sync."));
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setToolTip(tr("Sync with the platform now (%1)")
                                 .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    const auto &problem = m_session.cache().openProblem();
    QStringList notices;
    if (m_cacheDamaged) {
        notices << tr("A check of the local cache found damage. Restart Anxin Desk: it will set the damaged file aside "
                      "unchanged and fill a fresh cache from the platform.");
    } else if (problem.kind == core::Error::Kind::Corrupt) {
        notices << tr("The local cache was damaged and has been set aside unchanged as %1. A fresh cache is being "
                      "filled from the platform; decisions that were waiting in the old file can be exported from it.")
                       .arg(problem.detail);
    } else if (m_session.cache().isReadOnly() && m_session.cache().isOpen()) {
        notices << tr("This cache was written by a newer version of Anxin Desk. It is open read-only: you can "
                      "look, but not decide or sync. Install the newer version to continue working.");
    }
    if (m_session.cache().auditBrokenAt() > 0) {
        notices << tr("The audit log does not check out from entry %1 on: it was changed outside Anxin Desk. "
                      "Keep this computer's files as they are and tell the shop owner.")
                       .arg(m_session.cache().auditBrokenAt());
    }
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());
    m_exportPending->setText(tr("Export waiting decisions…"));
    m_exportPending->setToolTip(tr("Save the decisions that had not reached the platform to a file (no buyer data)"));
    m_exportPending->setVisible(!m_session.cache().recoverableDatabase().isEmpty());
    updateStatus();
}

void MainWindow::exportPending()
{
    const QString file =
        chooseSaveFile(this, tr("Export waiting decisions"), m_profileDir + QStringLiteral("/waiting-decisions.json"));
    if (file.isEmpty())
        return;
    auto n = m_session.cache().exportUnfinishedDecisions(file);
    statusBar()->showMessage(n ? tr("%n waiting decision(s) exported to %1.", nullptr, n.value()).arg(file)
                               : tr("Nothing could be read from the damaged file; it stays where it is."));
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

void MainWindow::showTickets(const QStringList &ids, const QString &origin)
{
    showPage(PageId::AfterSales);
    if (auto *after = qobject_cast<AfterSalesPage *>(page(PageId::AfterSales)))
        after->showOnly(ids, origin);
}

void MainWindow::openTicket(const QString &aftersaleId)
{
    showPage(PageId::AfterSales);
    if (auto *after = qobject_cast<AfterSalesPage *>(page(PageId::AfterSales)))
        after->openTicket(aftersaleId);
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
    else if (event->type() == QEvent::PaletteChange && m_nav) {
        retintIcons(); // light, dark or the system's colours: icons follow the text colour
        if (m_shopIcon) {
            m_shownLink = -1;
            updateShopState();
        }
    }
    QMainWindow::changeEvent(event);
}

} // namespace anxin::ui

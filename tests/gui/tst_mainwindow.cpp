#include "common/bands.h"
#include "common/icons.h"
#include "common/typography.h"
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "testmain.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace anxin;
using namespace anxin::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profile = std::make_unique<core::Profile>(m_dir->path());
        QVERIFY(m_profile->ensureExists().ok());
        m_settings = std::make_unique<core::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_session = std::make_unique<models::DeskSession>(*m_profile, *m_settings,
                                                          std::make_shared<core::ManualClock>(1763700000000));
        QVERIFY(m_session->open().ok());
        m_languages = std::make_unique<LanguageManager>();
        m_languages->apply(QStringLiteral("en"));
    }
    void cleanup() { m_languages->apply(QStringLiteral("en")); }

    void navRail_clickEveryPage_showsIt()
    {
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navRail"));
        auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QVERIFY(nav && stack);
        QCOMPARE(nav->count(), kPageCount);
        for (const auto &info : pages()) {
            const QRect r = nav->visualItemRect(nav->item(int(info.id)));
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, r.center());
            QCOMPARE(w.currentPage(), info.id);
            QCOMPARE(stack->currentWidget()->objectName(), QString::fromLatin1(info.key) + QStringLiteral("Page"));
            QVERIFY(stack->currentWidget()->isVisible());
        }
    }

    void ctrlDigit_switchesPages()
    {
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        for (int i = kPageCount - 1; i >= 0; --i) {
            QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(int(w.currentPage()), i);
        }
    }

    void lastPageAndGeometry_rememberedAcrossRestarts()
    {
        {
            MainWindow w(*m_session, *m_languages, m_dir->path());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1111, 777);
            w.showPage(PageId::Shipping);
            w.close();
        }
        MainWindow w2(*m_session, *m_languages, m_dir->path());
        QCOMPARE(w2.currentPage(), PageId::Shipping);
        QCOMPARE(w2.size(), QSize(1111, 777));
    }

    void statusBar_noShop_saysSo_andPendingOpensPendingPage()
    {
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        auto *state = w.findChild<QLabel *>(QStringLiteral("shopState"));
        QVERIFY(state);
        QCOMPARE(state->text(), QStringLiteral("No shop connected"));
        // The words come with an icon of the state, never the icon alone.
        auto *icon = w.findChild<QLabel *>(QStringLiteral("shopStateIcon"));
        QVERIFY(icon);
        QCOMPARE(icon->property("linkState").toString(), QStringLiteral("not_yet"));
        QVERIFY(!icon->pixmap().isNull());
        auto *pending = w.findChild<QWidget *>(QStringLiteral("pendingButton"));
        QVERIFY(pending);
        QTest::mouseClick(pending, Qt::LeftButton);
        QCOMPARE(w.currentPage(), PageId::Pending);
    }

    // Every connection state has its own icon, drawn sharp at 1x and 2x; offline is grey, never the overdue red.
    void linkStateIcons_distinctCrispAndOfflineNotRed()
    {
        const QPalette palette = QApplication::palette();
        const QSize size(14, 14);
        QList<QImage> seen;
        for (LinkState s : {LinkState::Online, LinkState::Syncing, LinkState::Offline, LinkState::Attention}) {
            const QIcon icon = linkStateIcon(s, palette, size);
            for (qreal dpr : {1.0, 2.0}) {
                const QPixmap p = icon.pixmap(size, dpr);
                QVERIFY2(!p.isNull(), linkStateKey(s));
                QCOMPARE(p.devicePixelRatio(), dpr);
                QCOMPARE(p.size(), size * dpr); // drawn at that scale, not stretched
            }
            const QImage image = icon.pixmap(size, 2.0).toImage();
            QVERIFY2(!seen.contains(image), linkStateKey(s));
            seen << image;
        }
        const QImage offline = linkStateIcon(LinkState::Offline, palette, size).pixmap(size, 1.0).toImage();
        const QColor red = bandColor(core::DeadlineBand::Overdue, palette);
        for (int y = 0; y < offline.height(); ++y)
            for (int x = 0; x < offline.width(); ++x) {
                const QColor c = offline.pixelColor(x, y);
                if (c.alpha() > 200)
                    QVERIFY(c.rgb() != red.rgb() && c.hslSaturation() < 60);
            }
    }

    // The pages' toolbar buttons carry icons from the rail's set beside their words, drawn sharp at 1x and 2x in
    // the button's text colour, and redrawn when the theme changes.
    void toolbarButtons_iconsBesideWords_followTheTheme()
    {
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        const QList<std::pair<PageId, QString>> buttons{
            {PageId::Claims, QStringLiteral("rulesButton")},    {PageId::Shipping, QStringLiteral("snoozeButton")},
            {PageId::Shipping, QStringLiteral("alertsButton")}, {PageId::Score, QStringLiteral("scoreRefresh")},
            {PageId::Score, QStringLiteral("exportTrend")},     {PageId::Pending, QStringLiteral("pendingUndo")}};
        // The darkest opaque pixel of a button's icon at 1x: its ink.
        const auto ink = [](QAbstractButton *b) {
            const QImage image = b->icon().pixmap(b->iconSize(), 1.0).toImage();
            QColor darkest;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() > 150 && (!darkest.isValid() || c.lightness() < darkest.lightness()))
                        darkest = c;
                }
            return darkest;
        };
        QMap<QString, int> lightInk;
        QSet<QString> svgs;
        for (const auto &[id, name] : buttons) {
            w.showPage(id);
            auto *b = w.page(id)->findChild<QAbstractButton *>(name);
            QVERIFY2(b, qPrintable(name));
            QVERIFY2(!b->text().isEmpty(), qPrintable(name)); // the words stay
            QVERIFY2(!b->icon().isNull(), qPrintable(name));
            svgs.insert(b->property(kToolIconProperty).toString());
            const QPixmap sharp = b->icon().pixmap(b->iconSize(), 2.0);
            QCOMPARE(sharp.devicePixelRatio(), 2.0);
            QCOMPARE(sharp.size(), b->iconSize() * 2);
            QVERIFY2(ink(b).isValid(), qPrintable(name));
            lightInk[name] = ink(b).lightness();
        }
        QCOMPARE(svgs.size(), buttons.size()); // six actions, six drawings
        applyTheme(QStringLiteral("dark"));
        for (const auto &[id, name] : buttons) {
            auto *b = w.page(id)->findChild<QAbstractButton *>(name);
            // Dark text on a light face before, light text on a dark face now: the icon followed.
            QTRY_VERIFY2(ink(b).lightness() > lightInk.value(name) + 60, qPrintable(name));
        }
        QMap<QString, int> darkInk;
        for (const auto &[id, name] : buttons)
            darkInk[name] = ink(w.page(id)->findChild<QAbstractButton *>(name)).lightness();
        applyTheme(QStringLiteral("light"));
        for (const auto &[id, name] : buttons) {
            auto *b = w.page(id)->findChild<QAbstractButton *>(name);
            QTRY_VERIFY2(ink(b).lightness() < darkInk.value(name) - 60, qPrintable(name));
        }
        applyTheme(QStringLiteral("system"));
    }

    // Empty pages say what to do, with the way there: the link in each page's sentence opens Settings (the window
    // handles the app's own link scheme).
    void noShop_emptyStatesLinkToSettings()
    {
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        const QList<std::pair<PageId, QString>> pages{{PageId::AfterSales, QStringLiteral("emptyState")},
                                                      {PageId::Workbench, QStringLiteral("workbenchEmpty")},
                                                      {PageId::Claims, QStringLiteral("claimsEmpty")},
                                                      {PageId::Shipping, QStringLiteral("emptyState")},
                                                      {PageId::Score, QStringLiteral("calibrationNote")}};
        for (const auto &[id, name] : pages) {
            w.showPage(id);
            auto *empty = w.page(id)->findChild<QLabel *>(name);
            QVERIFY(empty);
            QTRY_VERIFY(empty->text().contains(QStringLiteral("Connect a shop in Settings")));
            QVERIFY(empty->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
            const QRegularExpressionMatch href =
                QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(empty->text());
            QVERIFY2(href.hasMatch(), qPrintable(empty->text()));
            emit empty->linkActivated(href.captured(1)); // as a click or Enter on the link
            QCOMPARE(w.currentPage(), PageId::Settings);
        }
    }

    // One type scale (ui/common/typography.h): every page's title the same size, every pane's title the same, and
    // each rank larger than the one below it.
    void typeScale_titlesOfOneRankShareOneSize()
    {
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        QMap<int, QSet<qreal>> sizes;
        QMap<int, int> counts;
        for (QLabel *l : w.findChildren<QLabel *>()) {
            const QVariant role = l->property("textRole");
            if (!role.isValid())
                continue;
            sizes[role.toInt()].insert(l->font().pointSizeF());
            ++counts[role.toInt()];
            QVERIFY(l->font().bold());
        }
        const int page = int(TextRole::PageTitle), pane = int(TextRole::PaneTitle), section = int(TextRole::Section);
        QVERIFY2(counts.value(page) >= 4, qPrintable(QString::number(counts.value(page)))); // Workbench, Score, ...
        QVERIFY(counts.value(pane) >= 2);                                                   // the ticket and the claim
        QVERIFY(counts.value(section) >= 6);
        for (int role : {page, pane, section})
            QCOMPARE(sizes.value(role).size(), 1);
        QVERIFY(*sizes.value(page).begin() > *sizes.value(pane).begin());
        QVERIFY(*sizes.value(pane).begin() > *sizes.value(section).begin());
    }

    void settingsLanguage_switchToChinese_retranslatesWithoutRestart()
    {
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        w.showPage(PageId::Settings);
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navRail"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Workbench"));
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
        // LanguageChange is a posted event: the window retranslates on the next event-loop turn.
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("工作台"));
        QCOMPARE(w.windowTitle(), QStringLiteral("安心工作台"));
        QCOMPARE(m_settings->get(core::keys::language), QStringLiteral("zh_CN"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("zh_TW")));
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("工作臺"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Workbench"));
        QCOMPARE(w.currentPage(), PageId::Settings); // nothing lost: still where the user was
    }

    void everyPage_hasAccessibleNameAndNoUntranslatedText_zhCN()
    {
        m_languages->apply(QStringLiteral("zh_CN"));
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        for (const auto &info : pages()) {
            w.showPage(info.id);
            const auto labels = w.page(info.id)->findChildren<QLabel *>();
            for (QLabel *l : labels) {
                const QString t = l->text();
                // Values, not text: the gateway URL, shop id and profile path shown in Settings.
                if (t.isEmpty() || l->objectName() == QLatin1String("gatewayValue") ||
                    l->objectName() == QLatin1String("shopValue") || l->objectName() == QLatin1String("profileValue"))
                    continue;
                bool hasLetters = false;
                for (QChar c : t)
                    hasLetters = hasLetters || c.isLetter();
                if (!hasLetters)
                    continue; // numbers and punctuation need no translation
                bool hasCjk = false;
                for (QChar c : t)
                    hasCjk = hasCjk || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
                QVERIFY2(hasCjk, qPrintable(QStringLiteral("untranslated on %1: %2").arg(QLatin1String(info.key), t)));
            }
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Profile> m_profile;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<models::DeskSession> m_session;
    std::unique_ptr<LanguageManager> m_languages;
};

ANXIN_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// Every interactive control of the shell, the Settings page and the After-sales page (with a ticket open) has an
// accessible name, a text of its own, or a label whose buddy it is; and tab order follows the visual order on
// the Settings page. Walks the real widgets of the real main window.
#include "aftersales/aftersalespage.h"
#include "common/bands.h"
#include "common/typography.h"
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "models/ticketlistmodel.h"
#include "sandboxharness.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "testmain.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <cmath>

using namespace anxin;
using namespace anxin::ui;

namespace {

// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isInteractive(QWidget *w)
{
    if (qobject_cast<QScrollBar *>(w))
        return false;
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
           qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
           qobject_cast<QKeySequenceEdit *>(w) || qobject_cast<QAbstractSlider *>(w) || qobject_cast<QTextEdit *>(w) ||
           qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTabBar *>(w);
}

// Parts of a compound control (the line edit inside a combo box, a table's header, a line edit's clear button)
// are named by the control itself.
bool isPartOfAnother(QWidget *w, QWidget *root)
{
    for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) ||
            qobject_cast<QKeySequenceEdit *>(p) || qobject_cast<QAbstractItemView *>(p) ||
            qobject_cast<QLineEdit *>(p) || qobject_cast<QScrollBar *>(p))
            return true;
    }
    return false;
}

bool hasName(QWidget *w, QWidget *root)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return true;
    if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().remove(QLatin1Char('&')).trimmed().isEmpty())
        return true;
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->buddy() == w && !l->text().trimmed().isEmpty())
            return true;
    return false;
}

QString describe(QWidget *w)
{
    QStringList chain;
    for (QObject *o = w; o; o = o->parent())
        chain << QStringLiteral("%1(%2)").arg(QLatin1String(o->metaObject()->className()), o->objectName());
    return chain.join(QStringLiteral(" < "));
}

QStringList unnamed(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (isInteractive(w) && !isPartOfAnother(w, root) && !hasName(w, root))
            out << describe(w);
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("ANXIN_SECRET_STORE", "memory");
        qputenv("ANXIN_APP_SECRET", sandbox::kDemoAppSecret);
        sandbox::SandboxOptions options;
        options.seed = 5;
        options.tickets = 300;
        m_sandbox = std::make_unique<test::SandboxHarness>(options);
        m_dir = std::make_unique<QTemporaryDir>();
        m_profile = std::make_unique<core::Profile>(m_dir->path());
        QVERIFY(m_profile->ensureExists().ok());
        m_settings = std::make_unique<core::Settings>(m_profile->settingsPath());
        m_settings->set(core::keys::gateway, m_sandbox->baseUrl());
        m_settings->set(core::keys::appKey, QString::fromLatin1(sandbox::kDemoAppKey));
        m_settings->set(core::keys::shopId, QString::fromLatin1(sandbox::kDemoShopId));
        m_session = std::make_unique<models::DeskSession>(*m_profile, *m_settings, core::Clock::system());
        QVERIFY(m_session->open().ok());
        QSignalSpy synced(m_session.get(), &models::DeskSession::syncFinished);
        m_session->syncControl().startSync(0);
        QVERIFY(synced.wait(120000));
        m_languages = std::make_unique<LanguageManager>();
    }
    void cleanupTestCase()
    {
        m_session.reset();
        m_sandbox.reset();
    }

    void everyControl_named_inEveryLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void everyControl_named_inEveryLanguage()
    {
        QFETCH(QString, lang);
        m_languages->apply(lang);
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The After-sales page with a ticket open, so the detail pane's actions exist.
        w.showPage(PageId::AfterSales);
        auto *page = qobject_cast<AfterSalesPage *>(w.page(PageId::AfterSales));
        QVERIFY(page);
        QVERIFY(m_session->tickets()->rowCount() > 0);
        page->openTicket(
            m_session->tickets()->data(m_session->tickets()->index(0, 0), models::TicketListModel::IdRole).toString());
        QTest::qWait(50);

        QStringList problems = unnamed(w.page(PageId::AfterSales));
        problems += unnamed(w.page(PageId::Settings));
        // The shell itself: the rail and the status bar.
        problems += unnamed(w.statusBar());
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("navRail"))->accessibleName().isEmpty());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void settingsTabOrder_followsThePage()
    {
        m_languages->apply(QStringLiteral("en"));
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(PageId::Settings);
        QWidget *first = w.findChild<QWidget *>(QStringLiteral("languageCombo"));
        first->setFocus();
        QStringList seen;
        for (int i = 0; i < 7; ++i) {
            // A compound control (QKeySequenceEdit) focuses its inner line edit: name the control.
            QWidget *f = QApplication::focusWidget();
            while (f && f->objectName().isEmpty())
                f = f->parentWidget();
            seen << (f ? f->objectName() : QString());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const QStringList expected{QStringLiteral("languageCombo"),    QStringLiteral("themeCombo"),
                                   QStringLiteral("agentLimitSpin"),   QStringLiteral("confirmAmountSpin"),
                                   QStringLiteral("confirmBatchSpin"), QStringLiteral("key_next"),
                                   QStringLiteral("key_previous")};
        QCOMPARE(seen, expected);
    }

    void afterSalesTabOrder_followsThePage()
    {
        m_languages->apply(QStringLiteral("en"));
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(PageId::AfterSales);
        w.page(PageId::AfterSales)->findChild<QWidget *>(QStringLiteral("searchField"))->setFocus();
        QStringList seen;
        for (int i = 0; i < 9; ++i) {
            seen << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const QStringList expected{
            QStringLiteral("searchField"), QStringLiteral("viewsCombo"),    QStringLiteral("statusFilter"),
            QStringLiteral("typeFilter"),  QStringLiteral("dueFilter"),     QStringLiteral("guaranteeFilter"),
            QStringLiteral("riskFilter"),  QStringLiteral("pendingFilter"), QStringLiteral("ticketTable")};
        QCOMPARE(seen, expected);
    }

    // Light and dark: the deadline bands that ask for action read as text on the list's rows, and a link-styled
    // button ("How is this computed?") reads as a link on its page, also after switching theme with the window open.
    void themes_bandsAndLinksReadable_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }
    void themes_bandsAndLinksReadable()
    {
        QFETCH(QString, theme);
        m_languages->apply(QStringLiteral("en"));
        MainWindow w(*m_session, *m_languages, m_dir->path());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(PageId::Score);
        QPushButton primary(QStringLiteral("Approve"), &w); // made before the switch: it follows the theme live
        setPrimary(&primary, true);
        QLabel chip(QStringLiteral("Overdue 2 h"), &w); // a pane's deadline line, shown before the switch
        showBand(&chip, core::DeadlineBand::Overdue);
        applyTheme(theme);
        const QPalette palette = QApplication::palette();
        // The open window takes the new colours (Settings → Colours switches them live).
        QTRY_COMPARE(w.palette().color(QPalette::Window), palette.color(QPalette::Window));
        QCOMPARE(palette.color(QPalette::Window).lightness() < 128, theme == QLatin1String("dark"));
        for (core::DeadlineBand band :
             {core::DeadlineBand::Overdue, core::DeadlineBand::Under1h, core::DeadlineBand::Under4h}) {
            const QColor ink = bandColor(band, palette);
            for (QPalette::ColorRole row : {QPalette::Base, QPalette::AlternateBase})
                QVERIFY2(contrast(ink, palette.color(row)) >= 4.5,
                         qPrintable(QStringLiteral("band %1 %2 on %3: %4")
                                        .arg(int(band))
                                        .arg(ink.name(), palette.color(row).name())
                                        .arg(contrast(ink, palette.color(row)))));
            // As a chip: its text on its tinted ground, in a list's rows and on a detail pane.
            QVERIFY(isUrgent(band));
            const QColor chipInk = bandChipInk(band, palette);
            for (QPalette::ColorRole behind : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
                const QColor fill = bandChipFill(band, palette, behind);
                QVERIFY(fill != palette.color(behind)); // tinted: the chip is seen
                QVERIFY2(contrast(chipInk, fill) >= 4.5, qPrintable(QStringLiteral("chip %1 %2 on %3: %4")
                                                                        .arg(int(band))
                                                                        .arg(chipInk.name(), fill.name())
                                                                        .arg(contrast(chipInk, fill))));
            }
        }
        // The chip shown before the switch took the new theme's colours at once, not at the pane's next refresh.
        QTRY_VERIFY2(chip.styleSheet().contains(bandChipInk(core::DeadlineBand::Overdue, palette).name()),
                     qPrintable(chip.styleSheet()));
        QVERIFY(
            chip.styleSheet().contains(bandChipFill(core::DeadlineBand::Overdue, palette, QPalette::Window).name()));
        for (core::DeadlineBand calm : {core::DeadlineBand::Under24h, core::DeadlineBand::Later}) {
            QVERIFY(!isUrgent(calm));
            QCOMPARE(bandChipFill(calm, palette, QPalette::Base), palette.color(QPalette::Base));
        }
        auto *how = w.findChild<QPushButton *>(QStringLiteral("howComputed"));
        QVERIFY(how);
        QCOMPARE(how->palette().color(QPalette::ButtonText), palette.color(QPalette::Link));
        const QColor behind = how->parentWidget()->palette().color(QPalette::Window);
        QVERIFY2(contrast(how->palette().color(QPalette::ButtonText), behind) >= 4.5,
                 qPrintable(how->palette().color(QPalette::ButtonText).name() + QStringLiteral(" on ") + behind.name() +
                            QStringLiteral(" (button's window ") + how->palette().color(QPalette::Window).name() +
                            QLatin1Char(')')));
        // A detail pane's suggested action: the theme's accent, its label readable on it.
        QTRY_VERIFY(qAbs(primary.palette().color(QPalette::Active, QPalette::Button).hue() -
                         palette.color(QPalette::Highlight).hue()) <= 2);
        QCOMPARE(primary.palette().color(QPalette::Active, QPalette::ButtonText),
                 palette.color(QPalette::HighlightedText));
        // What is painted, not what the palette says (Fusion paints a dark button colour lighter): the button's
        // face beside its label, grabbed from the screen.
        primary.resize(primary.sizeHint());
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QImage face = primary.grab().toImage();
        const QColor painted = face.pixelColor(5, face.height() / 2);
        QVERIFY2(contrast(primary.palette().color(QPalette::Active, QPalette::ButtonText), painted) >= 4.5,
                 qPrintable(painted.name() + QStringLiteral(" painted for ") +
                            primary.palette().color(QPalette::Active, QPalette::Button).name()));
        // A check box's edge reads on its window (3:1, as a control's edge should): darkest or lightest pixel of the
        // indicator's left edge against the window, as painted.
        QCheckBox box(QStringLiteral("Risky"), &w);
        box.resize(box.sizeHint());
        QStyleOptionButton opt;
        opt.initFrom(&box);
        const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &opt, &box);
        const QImage boxImage = box.grab().toImage();
        const QColor window = box.palette().color(QPalette::Window);
        double edge = 1;
        for (int x = indicator.left(); x <= indicator.left() + 1; ++x)
            edge = std::max(edge, contrast(boxImage.pixelColor(x, indicator.center().y()), window));
        QVERIFY2(edge >= 3.0, qPrintable(QStringLiteral("check box edge %1:1").arg(edge)));
        // The score charts follow: no white panel in a dark window.
        for (const char *name : {"scoreTrendChart", "scoreBarsChart"}) {
            auto *chart = w.findChild<QChartView *>(QLatin1String(name));
            QVERIFY(chart);
            QTRY_COMPARE(chart->chart()->theme(),
                         theme == QLatin1String("dark") ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        }
        applyTheme(QStringLiteral("system"));
    }

private:
    std::unique_ptr<test::SandboxHarness> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Profile> m_profile;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<models::DeskSession> m_session;
    std::unique_ptr<LanguageManager> m_languages;
};

ANXIN_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

#include "settings/settingspage.h"

#include "common/typography.h"
#include "core/settings.h"
#include "models/aboutinfo.h"
#include "models/desksession.h"
#include "sandbox/sandboxprocess.h"
#include "settings/aboutdialog.h"
#include "settings/keybindingseditor.h"
#include "settings/teamsettings.h"
#include "setup/firstrunwizard.h"
#include "shell/i18n.h"
#include "shell/pageregistry.h"
#include "shell/theme.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace anxin::ui {

namespace {
double yuan(qint64 fen)
{
    return double(fen) / 100.0;
}
qint64 fen(double yuan)
{
    return qRound64(yuan * 100.0);
}
QDoubleSpinBox *moneySpin(QWidget *parent, const char *name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setDecimals(2);
    spin->setRange(0, 1000000);
    spin->setSingleStep(50);
    spin->setPrefix(QStringLiteral("¥"));
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight);
    spin->setKeyboardTracking(false);
    return spin;
}
} // namespace

SettingsPage::SettingsPage(models::DeskSession &session, LanguageManager &languages, QString profileDir,
                           QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(session.settings())
    , m_languages(languages)
    , m_profileDir(std::move(profileDir))
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildContent());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

QWidget *SettingsPage::buildContent()
{
    auto *content = new QWidget;
    createWidgets(content);
    setUpGeneral();
    setUpShopAndRules();
    layOut(content);
    return content;
}

void SettingsPage::createWidgets(QWidget *content)
{
    m_title = new QLabel(content);
    m_generalHeader = new QLabel(content);
    m_languageLabel = new QLabel(content);
    m_language = new QComboBox(content);
    m_themeLabel = new QLabel(content);
    m_theme = new QComboBox(content);
    m_shopHeader = new QLabel(content);
    m_gatewayLabel = new QLabel(content);
    m_gateway = new QLabel(content);
    m_shopLabel = new QLabel(content);
    m_shop = new QLabel(content);
    m_profileLabel = new QLabel(content);
    m_profile = new QLabel(content);
    m_rulesHeader = new QLabel(content);
    m_roleLabel = new QLabel(content);
    m_role = new QLabel(content);
    m_agentLimitLabel = new QLabel(content);
    m_agentLimit = moneySpin(content, "agentLimitSpin");
    m_confirmAmountLabel = new QLabel(content);
    m_confirmAmount = moneySpin(content, "confirmAmountSpin");
    m_confirmBatchLabel = new QLabel(content);
    m_confirmBatch = new QSpinBox(content);
    m_keysHeader = new QLabel(content);
    m_keys = new KeyBindingsEditor(m_settings, content);
    m_team = new TeamSettings(m_session, m_profileDir, content);
    m_about = new QPushButton(content);
    m_connect = new QPushButton(content);
}

// Language and theme.
void SettingsPage::setUpGeneral()
{
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString()); // "follow the system": text set in retranslate()
    for (const QString &lang : LanguageManager::supported())
        m_language->addItem(LanguageManager::nativeName(lang), lang);
    const int current = m_language->findData(m_settings.get(core::keys::language));
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::onLanguageChosen);

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (const char *t : {"system", "light", "dark"})
        m_theme->addItem(QString(), QLatin1String(t));
    const int theme = m_theme->findData(m_settings.get(core::keys::theme));
    m_theme->setCurrentIndex(theme < 0 ? 0 : theme);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString choice = m_theme->itemData(index).toString();
        m_settings.set(core::keys::theme, choice);
        m_settings.sync();
        applyTheme(choice);
    });
}

// The shop's connection, who uses this profile and when approving asks first.
void SettingsPage::setUpShopAndRules()
{
    for (QLabel *value : {m_gateway, m_shop, m_profile, m_role})
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gateway->setObjectName(QStringLiteral("gatewayValue"));
    m_shop->setObjectName(QStringLiteral("shopValue"));
    m_profile->setObjectName(QStringLiteral("profileValue"));
    m_role->setObjectName(QStringLiteral("roleValue"));

    m_agentLimit->setValue(yuan(m_settings.get(core::keys::agentLimitFen)));
    connect(m_agentLimit, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_settings.get(core::keys::role) == QLatin1String("agent"))
            return; // only the owner sets it; the control is read-only for agents anyway
        m_settings.set(core::keys::agentLimitFen, fen(v));
        m_settings.sync();
    });
    m_confirmAmount->setValue(yuan(m_settings.get(core::keys::confirmAmountFen)));
    connect(m_confirmAmount, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_settings.set(core::keys::confirmAmountFen, fen(v));
        m_settings.sync();
    });
    m_confirmBatch->setObjectName(QStringLiteral("confirmBatchSpin"));
    m_confirmBatch->setRange(2, 1000);
    m_confirmBatch->setAlignment(Qt::AlignRight);
    m_confirmBatch->setKeyboardTracking(false);
    m_confirmBatch->setValue(m_settings.get(core::keys::confirmBatch));
    connect(m_confirmBatch, &QSpinBox::valueChanged, this, [this](int v) {
        m_settings.set(core::keys::confirmBatch, v);
        m_settings.sync();
    });

    m_about->setObjectName(QStringLiteral("aboutButton"));
    connect(m_about, &QPushButton::clicked, this, &SettingsPage::showAbout);
    m_connect->setObjectName(QStringLiteral("connectShopButton"));
    connect(m_connect, &QPushButton::clicked, this, &SettingsPage::connectShop);
}

void SettingsPage::layOut(QWidget *content)
{
    auto *layout = new QVBoxLayout(content);
    setMargins(layout, kPageMargins);
    layout->setSpacing(12);
    setTextRole(m_title, TextRole::PageTitle);
    for (QLabel *header : {m_generalHeader, m_shopHeader, m_rulesHeader, m_keysHeader}) {
        setTextRole(header, TextRole::Section);
    }

    const auto form = [] {
        auto *f = new QFormLayout;
        f->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        f->setHorizontalSpacing(12);
        return f;
    };
    auto *general = form();
    general->addRow(m_languageLabel, m_language);
    general->addRow(m_themeLabel, m_theme);
    auto *shopForm = form();
    shopForm->addRow(m_gatewayLabel, m_gateway);
    shopForm->addRow(m_shopLabel, m_shop);
    shopForm->addRow(m_profileLabel, m_profile);
    shopForm->addRow(QString(), m_connect);
    auto *rules = form();
    rules->addRow(m_roleLabel, m_role);
    rules->addRow(m_agentLimitLabel, m_agentLimit);
    rules->addRow(m_confirmAmountLabel, m_confirmAmount);
    rules->addRow(m_confirmBatchLabel, m_confirmBatch);
    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);
    m_agentLimitLabel->setBuddy(m_agentLimit);
    m_confirmAmountLabel->setBuddy(m_confirmAmount);
    m_confirmBatchLabel->setBuddy(m_confirmBatch);

    layout->addWidget(m_title);
    layout->addWidget(m_generalHeader);
    layout->addLayout(general);
    layout->addSpacing(8);
    layout->addWidget(m_rulesHeader);
    layout->addLayout(rules);
    layout->addSpacing(8);
    layout->addWidget(m_keysHeader);
    layout->addWidget(m_keys);
    layout->addSpacing(8);
    layout->addWidget(m_shopHeader);
    layout->addLayout(shopForm);
    layout->addSpacing(8);
    layout->addWidget(m_team);
    layout->addSpacing(8);
    auto *aboutRow = new QHBoxLayout;
    aboutRow->addWidget(m_about);
    aboutRow->addStretch(1);
    layout->addLayout(aboutRow);
    layout->addStretch(1);

    // Tab order follows the page from top to bottom.
    QWidget *order[] = {m_language,      m_theme,        m_agentLimit,
                        m_confirmAmount, m_confirmBatch, m_keys->editor(QStringLiteral("next"))};
    for (size_t i = 0; i + 1 < std::size(order); ++i)
        setTabOrder(order[i], order[i + 1]);
    setTabOrder(m_keys->findChild<QPushButton *>(QStringLiteral("resetKeys")), m_connect);
    setTabOrder(m_connect, m_team->findChild<QWidget *>(QStringLiteral("teamUrlEdit")));
    setTabOrder(m_team->findChild<QWidget *>(QStringLiteral("teamDisconnectButton")), m_about);
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::refreshRole()
{
    const bool agent = m_settings.get(core::keys::role) == QLatin1String("agent");
    m_role->setText(agent ? tr("Agent") : tr("Shop owner"));
    m_agentLimit->setReadOnly(agent);
    m_agentLimit->setButtonSymbols(agent ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    m_agentLimit->setToolTip(agent ? tr("Set by the shop owner. Larger refunds need the owner's decision.")
                                   : tr("Agents using this profile can decide refunds up to this amount."));
}

void SettingsPage::retranslate()
{
    m_title->setText(pageTitle(PageId::Settings));
    m_generalHeader->setText(tr("Language and colours"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Follow the system"));
    m_language->setAccessibleName(tr("Language"));
    m_themeLabel->setText(tr("&Colours:"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Colours"));

    m_rulesHeader->setText(tr("Decisions"));
    m_roleLabel->setText(tr("Role:"));
    m_role->setAccessibleName(tr("Role"));
    m_agentLimitLabel->setText(tr("Agent refund &limit:"));
    m_agentLimit->setAccessibleName(tr("Agent refund limit"));
    m_confirmAmountLabel->setText(tr("Ask before approving &from:"));
    m_confirmAmount->setAccessibleName(tr("Ask before approving refunds from this amount"));
    m_confirmAmount->setToolTip(tr("Approving a refund of this amount or more asks for confirmation first."));
    m_confirmBatchLabel->setText(tr("Ask before approving &batches of:"));
    m_confirmBatch->setAccessibleName(tr("Ask before approving this many tickets at once"));
    m_confirmBatch->setSuffix(tr(" tickets"));
    m_confirmBatch->setToolTip(tr("Approving this many tickets or more at once asks for confirmation first."));
    refreshRole();

    m_keysHeader->setText(tr("Keyboard (After-sales page)"));
    m_shopHeader->setText(tr("Shop connection"));
    m_gatewayLabel->setText(tr("Platform gateway:"));
    m_shopLabel->setText(tr("Shop ID:"));
    m_profileLabel->setText(tr("Profile folder:"));
    const QString gateway = m_settings.get(core::keys::gateway);
    m_gateway->setText(gateway.isEmpty() ? tr("Not connected") : gateway);
    const QString shop = m_settings.get(core::keys::shopId);
    m_shop->setText(shop.isEmpty() ? tr("Not connected") : shop);
    m_profile->setText(m_profileDir);
    m_connect->setText(tr("&Connect a shop…"));
    m_connect->setToolTip(tr("Connect your shop, or try the sandbox's demo shop"));
    m_connect->setVisible(!m_session.hasShop());
    alignCaptions();
    // The key editor retranslates on its own LanguageChange, which may come after this one: align again then.
    QTimer::singleShot(0, this, &SettingsPage::alignCaptions);
    m_about->setText(tr("&About Anxin Desk…"));
    m_about->setAccessibleName(tr("About Anxin Desk"));
}

// The page's forms line up as one: every caption column as wide as the widest caption, in any language.
void SettingsPage::alignCaptions()
{
    QList<QLabel *> captions{m_languageLabel,     m_themeLabel,   m_roleLabel, m_agentLimitLabel, m_confirmAmountLabel,
                             m_confirmBatchLabel, m_gatewayLabel, m_shopLabel, m_profileLabel};
    captions += m_keys->captions();
    captions += m_team->captions();
    int width = 0;
    for (QLabel *l : captions) {
        l->setMinimumWidth(0);
        width = std::max(width, l->sizeHint().width());
    }
    for (QLabel *l : captions)
        l->setMinimumWidth(width);
}

void SettingsPage::onLanguageChosen(int index)
{
    const QString lang = m_language->itemData(index).toString();
    m_settings.set(core::keys::language, lang);
    m_settings.sync();
    m_languages.apply(lang);
}

void SettingsPage::connectShop()
{
    if (m_session.hasShop())
        return;
    if (!m_sandbox)
        m_sandbox = new sandbox::SandboxProcess(this);
    auto *wizard = new FirstRunWizard(m_session, m_profileDir, m_sandbox, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this] {
        retranslate(); // shows the new connection
        m_session.syncControl().startSync();
    });
    wizard->open();
}

void SettingsPage::showAbout()
{
    auto *dialog = new AboutDialog(models::collectAboutInfo(m_session.cache(), m_profileDir), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace anxin::ui

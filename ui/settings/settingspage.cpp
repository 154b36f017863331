#include "settings/settingspage.h"

#include "core/settings.h"
#include "shell/i18n.h"
#include "shell/pageregistry.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace anxin::ui {

SettingsPage::SettingsPage(core::Settings &settings, LanguageManager &languages, QString profileDir, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_profileDir(std::move(profileDir))
    , m_title(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_shopHeader(new QLabel(this))
    , m_gatewayLabel(new QLabel(this))
    , m_gateway(new QLabel(this))
    , m_shopLabel(new QLabel(this))
    , m_shop(new QLabel(this))
    , m_profileLabel(new QLabel(this))
    , m_profile(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont headerFont = m_shopHeader->font();
    headerFont.setBold(true);
    m_shopHeader->setFont(headerFont);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString()); // "follow the system": text set in retranslate()
    for (const QString &lang : LanguageManager::supported())
        m_language->addItem(LanguageManager::nativeName(lang), lang);
    const int current = m_language->findData(m_settings.get(core::keys::language));
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::onLanguageChosen);

    m_gateway->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gateway->setObjectName(QStringLiteral("gatewayValue"));
    m_shop->setObjectName(QStringLiteral("shopValue"));

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *shopForm = new QFormLayout;
    shopForm->addRow(m_gatewayLabel, m_gateway);
    shopForm->addRow(m_shopLabel, m_shop);
    shopForm->addRow(m_profileLabel, m_profile);

    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_shopHeader);
    layout->addLayout(shopForm);
    layout->addStretch(1);
    retranslate();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(pageTitle(PageId::Settings));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Follow the system"));
    m_language->setAccessibleName(tr("Language"));
    m_shopHeader->setText(tr("Shop connection"));
    m_gatewayLabel->setText(tr("Platform gateway:"));
    m_shopLabel->setText(tr("Shop ID:"));
    m_profileLabel->setText(tr("Profile folder:"));
    const QString gateway = m_settings.get(core::keys::gateway);
    m_gateway->setText(gateway.isEmpty() ? tr("Not connected") : gateway);
    const QString shop = m_settings.get(core::keys::shopId);
    m_shop->setText(shop.isEmpty() ? tr("Not connected") : shop);
    m_profile->setText(m_profileDir);
}

void SettingsPage::onLanguageChosen(int index)
{
    const QString lang = m_language->itemData(index).toString();
    m_settings.set(core::keys::language, lang);
    m_settings.sync();
    m_languages.apply(lang);
}

} // namespace anxin::ui

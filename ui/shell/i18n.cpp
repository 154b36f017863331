#include "shell/i18n.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace anxin::ui {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager() = default;

QStringList LanguageManager::supported()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString LanguageManager::resolve(const QString &language)
{
    if (supported().contains(language))
        return language;
    const QLocale system;
    if (system.language() == QLocale::Chinese) {
        const bool traditional = system.script() == QLocale::TraditionalChineseScript ||
                                 system.territory() == QLocale::Taiwan || system.territory() == QLocale::HongKong ||
                                 system.territory() == QLocale::Macao;
        return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

void LanguageManager::apply(const QString &language)
{
    const QString lang = resolve(language);
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    m_app = new QTranslator(this);
    if (m_app->load(QStringLiteral(":/i18n/anxin_") + lang))
        QCoreApplication::installTranslator(m_app);
    else
        qCWarning(lcUi) << "no translation for" << lang;
    m_qt = new QTranslator(this);
    if (m_qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang));
    m_effective = lang;
}

} // namespace anxin::ui

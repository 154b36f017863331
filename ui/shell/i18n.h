#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace anxin::ui {

// Loads the app's and Qt's own translations for a language and swaps them at run time; widgets
// retranslate on QEvent::LanguageChange, so switching loses no work.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "" follows the system locale; otherwise "zh_CN", "zh_TW" or "en".
    void apply(const QString &language);
    QString effectiveLanguage() const { return m_effective; }
    static QStringList supported();
    static QString nativeName(const QString &language);
    static QString resolve(const QString &language); // "" → best match for the system locale

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_effective;
};

} // namespace anxin::ui

#include "sync/teamaccess.h"

#include "core/settings.h"
#include "platform/secretstore.h"

#include <QUrl>
#include <QUuid>

namespace anxin::sync {

QString teamPasswordKey()
{
    return QStringLiteral("team/database_password");
}

QString withTeamPassword(const QString &url, const QString &profileDir)
{
    QUrl u(url);
    if (!u.password().isEmpty())
        return url;
    QString password = qEnvironmentVariable("ANXIN_TEAM_PASSWORD");
    if (password.isEmpty()) {
        if (auto kept = platform::SecretStore::open(profileDir)->read(teamPasswordKey()))
            password = QString::fromUtf8(kept.value());
    }
    if (!password.isEmpty())
        u.setPassword(password);
    return u.toString();
}

QString teamUrlWithPassword(core::Settings &settings, const QString &profileDir)
{
    const QString stored = settings.get(core::keys::teamUrl); // kept without its password
    return stored.isEmpty() ? QString() : withTeamPassword(stored, profileDir);
}

core::Status saveTeamUrl(core::Settings &settings, const QString &profileDir, const QString &url,
                         const QString &password)
{
    QUrl u(url);
    const QString secret = password.isEmpty() ? u.password() : password;
    if (!secret.isEmpty()) {
        if (auto st = platform::SecretStore::open(profileDir)->write(teamPasswordKey(), secret.toUtf8()); !st)
            return st;
    }
    u.setPassword(QString());
    settings.set(core::keys::teamUrl, u.toString());
    return {};
}

void forgetTeam(core::Settings &settings, const QString &profileDir)
{
    settings.set(core::keys::teamUrl, QString());
    platform::SecretStore::open(profileDir)->remove(teamPasswordKey());
}

QString teamDeskId(core::Settings &settings)
{
    QString id = settings.get(core::keys::teamDeskId);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.set(core::keys::teamDeskId, id);
    }
    return id;
}

} // namespace anxin::sync

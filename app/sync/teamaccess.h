#pragma once

#include "core/result.h"

#include <QString>

namespace anxin::core {
class Settings;
} // namespace anxin::core

namespace anxin::sync {

// How this profile reaches its team database (issue #34). The URL is kept in the profile's settings without its
// password; the password lives in the secret store (the OS keychain) under teamPasswordKey(), or comes from
// ANXIN_TEAM_PASSWORD, which wins. Shared by the desk and anxin-cli.
QString teamPasswordKey();
// `url` with a password put in when it has none: ANXIN_TEAM_PASSWORD, else the one kept for this profile.
QString withTeamPassword(const QString &url, const QString &profileDir);
// The stored URL with the password put in, ready for team::TeamDatabase::open; "" when no team is configured.
QString teamUrlWithPassword(core::Settings &settings, const QString &profileDir);
// Stores the URL (its password, if any, moved to the secret store; an empty password leaves the stored one).
core::Status saveTeamUrl(core::Settings &settings, const QString &profileDir, const QString &url,
                         const QString &password = QString());
// Forgets the team database: the URL and the stored password.
void forgetTeam(core::Settings &settings, const QString &profileDir);
// This profile's desk id on the team database, made once.
QString teamDeskId(core::Settings &settings);

} // namespace anxin::sync

#include "core/profile.h"
#include "core/settings.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitStorage = 5;

const char *kUsage = R"(anxin-cli: Anxin Desk without windows.

Usage:
  anxin-cli [--profile DIR] status [--json]     profile, shop connection
  anxin-cli --help | --version

The profile defaults to $ANXIN_PROFILE, else the app's data folder.
Exit codes: 0 ok, 2 usage, 3 network or platform, 4 conflicts need a human, 5 storage.
)";

void out(const QString &s)
{
    const QByteArray b = s.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("anxin-desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Anxin"));

    QStringList args = app.arguments().mid(1);
    QString profileDir;
    bool json = false;
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::fputs(kUsage, stdout);
            return kExitOk;
        }
        if (a == QLatin1String("--version")) {
            std::printf("anxin-cli %s (%s)\n", anxin::core::kAppVersion, anxin::core::kGitCommit);
            return kExitOk;
        }
        if (a == QLatin1String("--profile")) {
            if (i + 1 >= args.size()) {
                std::fputs("--profile needs a directory\n", stderr);
                return kExitUsage;
            }
            profileDir = args[++i];
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty()) {
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    const QString command = rest.takeFirst();
    anxin::core::Profile profile(anxin::core::Profile::resolveDir(profileDir));
    if (command == QLatin1String("status")) {
        if (auto st = profile.ensureExists(); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
            return kExitStorage;
        }
        anxin::core::Settings settings(profile.settingsPath());
        const QString gateway = settings.get(anxin::core::keys::gateway);
        const QString shop = settings.get(anxin::core::keys::shopId);
        if (json) {
            QJsonObject o{{QStringLiteral("profile"), profile.dir()},
                          {QStringLiteral("gateway"), gateway},
                          {QStringLiteral("shop_id"), shop},
                          {QStringLiteral("connected"), !gateway.isEmpty() && !shop.isEmpty()}};
            out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        } else {
            out(QStringLiteral("profile   %1\n").arg(profile.dir()));
            out(QStringLiteral("shop      %1\n").arg(shop.isEmpty() ? QStringLiteral("(none connected)") : shop));
            out(QStringLiteral("gateway   %1\n").arg(gateway.isEmpty() ? QStringLiteral("(none)") : gateway));
        }
        return kExitOk;
    }
    std::fprintf(stderr, "unknown command: %s\n\n%s", qPrintable(command), kUsage);
    return kExitUsage;
}

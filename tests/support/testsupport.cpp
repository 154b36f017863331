#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace anxin::test {

QString buildDir()
{
    const QString env = qEnvironmentVariable("ANXIN_BUILD_DIR");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../..") : env;
}

QString sourceDir()
{
    return qEnvironmentVariable("ANXIN_SOURCE_DIR");
}

QString binaryPath(const QString &name)
{
    for (const QString &sub :
         {QStringLiteral("/app/sandbox/"), QStringLiteral("/app/cli/"), QStringLiteral("/app/desk/")}) {
        const QString p = buildDir() + sub + name;
        if (QFileInfo::exists(p))
            return QDir::cleanPath(p);
    }
    return {};
}

} // namespace anxin::test

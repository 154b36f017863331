#pragma once

#include <QString>
#include <QTemporaryDir>

namespace anxin::test {

// Directory of the build tree (ANXIN_BUILD_DIR), for locating the sandbox and CLI binaries.
QString buildDir();
QString sourceDir();
QString binaryPath(const QString &name);

} // namespace anxin::test

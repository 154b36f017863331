#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
// One line per answered call: how long it waited for its slot under the rate limit, its time on the wire, how many
// were in flight beside it and how long its answer took to handle. Off unless asked for
// (QT_LOGGING_RULES="anxin.net.timing.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcNetTiming)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace anxin::core {

// Every log line passes through redact(): registered secrets (app secret, tokens) and known-sensitive
// patterns (access_token=, sign=, 11-digit mobile numbers) never reach stderr or the log file.
class LogRedactor
{
public:
    static void addSecret(const QString &secret);
    static void clearSecrets();
    static QString redact(const QString &line);
};

// Installs the redacting handler; when logFilePath is not empty, lines are appended there too.
void installLogHandler(const QString &logFilePath = {});

} // namespace anxin::core

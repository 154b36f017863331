#include "core/logging.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>

Q_LOGGING_CATEGORY(lcDb, "anxin.db")
Q_LOGGING_CATEGORY(lcNet, "anxin.net")
Q_LOGGING_CATEGORY(lcNetTiming, "anxin.net.timing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "anxin.sync")
Q_LOGGING_CATEGORY(lcUi, "anxin.ui")
Q_LOGGING_CATEGORY(lcSandbox, "anxin.sandbox")

namespace anxin::core {
namespace {

QMutex g_mutex;
QStringList g_secrets;
QFile *g_logFile = nullptr;

const QRegularExpression &queryPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(((?<![A-Za-z0-9_])(?:access_token|refresh_token|sign|app_secret|secret|code)["']?\s*[=:]\s*["']?)[^&\s"',}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &phonePattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![0-9])1[3-9][0-9]{9}(?![0-9]))"));
    return re;
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    const char *level = "D";
    switch (type) {
    case QtDebugMsg:
        level = "D";
        break;
    case QtInfoMsg:
        level = "I";
        break;
    case QtWarningMsg:
        level = "W";
        break;
    case QtCriticalMsg:
        level = "C";
        break;
    case QtFatalMsg:
        level = "F";
        break;
    }
    const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
                         QLatin1String(level) + QLatin1Char(' ') +
                         QLatin1String(ctx.category ? ctx.category : "default") + QLatin1String(": ") +
                         LogRedactor::redact(msg) + QLatin1Char('\n');
    const QByteArray bytes = line.toUtf8();
    QMutexLocker lock(&g_mutex);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    if (g_logFile) {
        g_logFile->write(bytes);
        g_logFile->flush();
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void LogRedactor::addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return; // too short to redact without mangling ordinary text
    QMutexLocker lock(&g_mutex);
    if (!g_secrets.contains(secret))
        g_secrets.append(secret);
}

void LogRedactor::clearSecrets()
{
    QMutexLocker lock(&g_mutex);
    g_secrets.clear();
}

QString LogRedactor::redact(const QString &line)
{
    QString out = line;
    {
        QMutexLocker lock(&g_mutex);
        for (const QString &s : std::as_const(g_secrets))
            out.replace(s, QStringLiteral("***"));
    }
    out.replace(queryPattern(), QStringLiteral("\\1***"));
    out.replace(phonePattern(), QStringLiteral("1**********"));
    return out;
}

void installLogHandler(const QString &logFilePath)
{
    {
        QMutexLocker lock(&g_mutex);
        if (!logFilePath.isEmpty() && !g_logFile) {
            auto *file = new QFile(logFilePath);
            if (file->open(QIODevice::Append | QIODevice::Text))
                g_logFile = file;
            else
                delete file;
        }
    }
    qInstallMessageHandler(handler);
}

} // namespace anxin::core

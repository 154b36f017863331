#include "cli.h"

#include "core/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace anxin::cli {

using core::Error;

core::Result<Args> parseArgs(const QStringList &argv, const QSet<QString> &flags, const QSet<QString> &options)
{
    Args out;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            out.positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        if (flags.contains(name)) {
            if (hasInline)
                return Error::make(Error::Kind::Usage, QStringLiteral("--%1 takes no value").arg(name));
            out.flags.insert(name);
        } else if (options.contains(name)) {
            if (!hasInline) {
                if (i + 1 >= argv.size())
                    return Error::make(Error::Kind::Usage, QStringLiteral("--%1 needs a value").arg(name));
                inlineValue = argv.at(++i);
            }
            out.values[name] << inlineValue;
        } else {
            return Error::make(Error::Kind::Usage, QStringLiteral("unknown option --%1").arg(name));
        }
    }
    return out;
}

Context::Context(const QString &profileDir)
    : m_profile(core::Profile::resolveDir(profileDir))
{
    m_profile.ensureExists();
    m_settings = std::make_unique<core::Settings>(m_profile.settingsPath());
}

qint64 Context::platformNowSecs()
{
    core::PlatformClock clock(core::Clock::fromEnvironment());
    clock.setOffsetMsecs(settings().get(core::keys::platformClockOffsetMs));
    return clock.nowSecs();
}

core::Result<store::Database *> Context::database(bool allowReadOnly)
{
    if (m_db)
        return m_db.get();
    auto db = std::make_unique<store::Database>();
    if (auto st = db->open(m_profile.databasePath()); !st) {
        if (!(allowReadOnly && st.error().kind == Error::Kind::TooNew && db->isOpen()))
            return st.error();
        printErr(QStringLiteral("anxin-cli: %1; reading it read-only\n").arg(st.error().message));
    }
    m_db = std::move(db);
    return m_db.get();
}

QString Context::actorName() const
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

namespace {

// UTF-8 into pipes and files (what scripts read); on a Windows console, UTF-16 through WriteConsoleW, because
// cmd.exe and PowerShell show UTF-8 bytes in the ANSI code page as mojibake.
void writeText(std::FILE *stream, const QString &text)
{
#ifdef Q_OS_WIN
    const HANDLE handle = GetStdHandle(stream == stdout ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE);
    DWORD mode = 0;
    if (handle != INVALID_HANDLE_VALUE && GetConsoleMode(handle, &mode)) {
        std::fflush(stream);
        const std::wstring wide = text.toStdWString();
        DWORD written = 0;
        WriteConsoleW(handle, wide.data(), DWORD(wide.size()), &written, nullptr);
        return;
    }
#endif
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stream);
}

} // namespace

void printOut(const QString &text)
{
    writeText(stdout, text);
}

void printErr(const QString &text)
{
    writeText(stderr, text);
}

void printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::None:
        return kOk;
    case Error::Kind::Usage:
    case Error::Kind::NotFound:
    case Error::Kind::Forbidden:
        return kUsage;
    case Error::Kind::Conflict:
        return kConflict;
    case Error::Kind::Storage:
    case Error::Kind::StorageFull:
    case Error::Kind::Corrupt:
    case Error::Kind::TooNew:
    case Error::Kind::Locked:
        return kStorage;
    default:
        return kNetwork;
    }
}

namespace {
bool g_jsonErrors = false;
} // namespace

void setJsonErrors(bool on)
{
    g_jsonErrors = on;
}

QJsonObject errorJson(const Error &error)
{
    QJsonObject o{{QStringLiteral("kind"), QLatin1String(core::errorKindName(error.kind))},
                  {QStringLiteral("message"), error.message},
                  {QStringLiteral("exit_code"), exitCodeFor(error)}};
    if (!error.situation.isEmpty()) {
        o.insert(QStringLiteral("situation"), error.situation);
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(error.args));
    }
    if (!error.detail.isEmpty() && error.kind == Error::Kind::Corrupt)
        o.insert(QStringLiteral("detail"), QStringLiteral("the damaged file was kept as %1").arg(error.detail));
    if (error.code != 0)
        o.insert(QStringLiteral("platform_code"), error.code);
    if (!error.subCode.isEmpty())
        o.insert(QStringLiteral("platform_sub_code"), error.subCode);
    return o;
}

int fail(const Error &error)
{
    // The CLI's one mapping: English (the core's message) for people, the situation and its values for scripts.
    if (g_jsonErrors) {
        printErr(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), errorJson(error)}})
                                       .toJson(QJsonDocument::Compact)) +
                 QLatin1Char('\n'));
        return exitCodeFor(error);
    }
    printErr(QStringLiteral("anxin-cli: %1\n").arg(error.message));
    if (!error.detail.isEmpty() && error.kind == Error::Kind::Corrupt)
        printErr(QStringLiteral("  the damaged file was kept as %1\n").arg(error.detail));
    return exitCodeFor(error);
}

} // namespace anxin::cli

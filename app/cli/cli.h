#pragma once

#include "core/profile.h"
#include "core/result.h"
#include "core/settings.h"
#include "store/database.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace anxin::cli {

enum ExitCode
{
    kOk = 0,
    kUsage = 2,
    kNetwork = 3,
    kConflict = 4,
    kStorage = 5,
    kRefusals = 6, // the sync completed; the platform refused some items (recorded, retried later)
    kBusy = 7      // another writer (the desk app, another anxin-cli command) holds the profile
};

// A command line after the global options: positional words, options with values, and flags.
struct Args
{
    QStringList positional;
    QHash<QString, QStringList> values;
    QSet<QString> flags;
    bool has(const QString &flag) const { return flags.contains(flag); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return values.contains(name) ? values.value(name).constLast() : fallback;
    }
    QStringList all(const QString &name) const { return values.value(name); }
};

// Parses `argv` (without the program name). Flags take no value; every other --option takes one.
core::Result<Args> parseArgs(const QStringList &argv, const QSet<QString> &flags, const QSet<QString> &options);

// Everything a command needs: the profile, its settings, its database (opened on demand).
class Context
{
public:
    explicit Context(const QString &profileDir);
    core::Profile &profile() { return m_profile; }
    core::Settings &settings() { return *m_settings; }
    bool json = false;

    // Opens the database read-write (migrating); a corrupt or too-new file gives exit code 5 with the reason.
    // With `allowReadOnly`, a database newer than this build stays open read-only (for commands that only read).
    core::Result<store::Database *> database(bool allowReadOnly = false);
    QString actorName() const;
    // "Now" for deadlines, windows and bands: the platform's clock as the last sync learned it (ANXIN_NOW, when
    // set, fixes it instead).
    qint64 platformNowSecs();

private:
    core::Profile m_profile;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<store::Database> m_db;
};

void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonValue &value);
int exitCodeFor(const core::Error &error);
int fail(const core::Error &error); // prints the error and returns its exit code
// With --json an error is the last line on standard error: {"error": {kind, situation, args, message, exit_code}}.
void setJsonErrors(bool on);
QJsonObject errorJson(const core::Error &error);

int cmdConnect(Context &ctx, const Args &args);
int cmdSync(Context &ctx, const Args &args);
int cmdStatus(Context &ctx, const Args &args);
int cmdTickets(Context &ctx, const Args &args);
int cmdTicket(Context &ctx, const Args &args);
int cmdDecide(Context &ctx, const Args &args);
int cmdNote(Context &ctx, const Args &args);
int cmdHandover(Context &ctx, const Args &args);
int cmdTeam(Context &ctx, const Args &args);
int cmdOutbox(Context &ctx, const Args &args);
int cmdClaims(Context &ctx, const Args &args);
int cmdScore(Context &ctx, const Args &args);
int cmdShipping(Context &ctx, const Args &args);

} // namespace anxin::cli

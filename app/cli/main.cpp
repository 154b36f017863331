#include "cli.h"
#include "core/logging.h"
#include "core/processend.h"
#include "core/version.h"

#include <QCoreApplication>

#include <cstdio>

using namespace anxin::cli;

namespace {

const char *kUsageText = R"(anxin-cli: Anxin Desk without windows. Same cache, same rules, no display needed.

Usage:
  anxin-cli [--profile DIR] connect --gateway URL --app-key KEY --shop-id ID [--sign-method md5|hmac-sha256]
                                    [--secret-stdin]
  anxin-cli [--profile DIR] sync [--progress-every SECS] [--json]
                                                 send queued decisions, pull what changed, send again; progress
                                                 on standard error: one line updated in place on a terminal,
                                                 else a line per stage and every SECS seconds (default 5),
                                                 JSON lines with --json
  anxin-cli [--profile DIR] status [--json]      connection, cursors, counts, pending, last sync, db health,
                                                 audit head (the chain is verified; exit 5 if broken)
  anxin-cli [--profile DIR] tickets [--status N]... [--due-within 4h] [--search TEXT] [--json]
  anxin-cli [--profile DIR] ticket ID [--json]    with its notes: the shop's remarks and this desk's unsent ones
  anxin-cli [--profile DIR] decide ID (--approve | --reject --reason-code N --remark TEXT [--evidence URL]...
                                      | --confirm-receipt | --reject-after-receipt --reason-code N --remark TEXT
                                      | --extend | --note TEXT) [--address-id ID] [--actor NAME]
                                      [--override-reason TEXT]  (an owner rejecting a guarantee claim that
                                      meets its rules without counter-evidence; audited)
  anxin-cli [--profile DIR] note ID TEXT [--handover] [--actor NAME]
                                                 queue a note every desk of the shop sees (a shop remark on
                                                 the platform, after this desk's decisions); --handover puts
                                                 it on the next shift's handover board
  anxin-cli [--profile DIR] handover [--json]    the last 24 h of handover notes from every desk of the shop
  anxin-cli [--profile DIR] team connect URL     use a team database (postgresql://user[:password]@host:5432/db;
                                                 the password goes to the keychain; ANXIN_TEAM_PASSWORD wins)
  anxin-cli [--profile DIR] team status [--json] who is on which ticket, which agents are on shift, which
                                                 desk polls each shop
  anxin-cli [--profile DIR] team claim ID | team release ID [--actor NAME]
                                                 be on a ticket (exit 4 naming who has it) or leave it
  anxin-cli [--profile DIR] team assign [--capacity N] [--json]
                                                 split the shop's open queue among the agents on shift, by
                                                 deadline, at most N tickets each (default 50)
  anxin-cli [--profile DIR] team queue [--agent NAME] [--json]
                                                 the assignments by deadline (one agent's queue with --agent)
  anxin-cli [--profile DIR] team audit [--json]  the team audit (who did what from which desk) and whether
                                                 its hash chain is intact (exit 5 when it is not)
  anxin-cli [--profile DIR] claims [--json]      open guarantee claims: verdict, reasons, window, refund
  anxin-cli [--profile DIR] claims --dry-run RULE_FILE_OR_ID [--json]
                                                 replay an auto-approve rule over 90 days of closed claims
  anxin-cli [--profile DIR] outbox [--json] [--db FILE]
                                                 every local decision; with --db, the unfinished ones of FILE
                                                 (a cache set aside as damaged), read-only
  anxin-cli [--profile DIR] score [--json]       the platform's latest experience score, our estimate, the
                                                 estimate calibrated against the kept days (with its band)
                                                 and every sub-metric behind it
  anxin-cli [--profile DIR] shipping [--shop ID]... [--band overdue|4h|12h|24h|later]... [--json]
                                                 orders awaiting shipment and shipped orders whose pickup is
                                                 overdue, by promise
  anxin-cli --help | --version

The app secret comes from the keychain (stored by `connect`), from standard input (--secret-stdin), or from
ANXIN_APP_SECRET. ANXIN_NOW (Unix seconds) fixes "now" for deadlines, windows and bands; request timestamps
always follow the platform's clock. The profile defaults to $ANXIN_PROFILE, else the app's data folder.

Exit codes: 0 ok, 2 usage, 3 network or platform, 4 conflicts or overtaken decisions need a human, 5 storage
(including a database that is corrupt or newer than this build), 6 sync completed but the platform refused some items (a deleted
product, an unknown tracking number: `status` lists them; each is retried after a back-off), 7 the profile is
busy: Anxin Desk or another anxin-cli command is writing to it (connect, sync, decide and note write; they wait
5 s, or ANXIN_LOCK_WAIT_MS, for it to finish; the commands that only read run alongside).
)";

struct Command
{
    const char *name;
    int (*run)(Context &, const Args &);
    QSet<QString> flags;
    QSet<QString> options;
    bool writes = false; // takes the profile's writer lock (one writer per profile, shared with the desk app)
};

// How long a writing command waits for the profile's writer to finish (ANXIN_LOCK_WAIT_MS overrides).
int lockWaitMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("ANXIN_LOCK_WAIT_MS", &ok);
    return ok && ms >= 0 ? ms : 5000;
}

} // namespace

static int runCli(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("anxin-desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Anxin"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(anxin::core::kAppVersion));

    QStringList args = app.arguments().mid(1);
    QString profileDir;
    bool json = false;
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::fputs(kUsageText, stdout);
            return kOk;
        }
        if (a == QLatin1String("--version")) {
            std::printf("anxin-cli %s (%s)\n", anxin::core::kAppVersion, anxin::core::kGitCommit);
            return kOk;
        }
        if (a == QLatin1String("--profile")) {
            if (i + 1 >= args.size()) {
                std::fputs("anxin-cli: --profile needs a directory\n", stderr);
                return kUsage;
            }
            profileDir = args[++i];
        } else if (a.startsWith(QLatin1String("--profile="))) {
            profileDir = a.mid(10);
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty()) {
        std::fputs(kUsageText, stderr);
        return kUsage;
    }
    const QString name = rest.takeFirst();
    const QList<Command> commands = {
        {"connect",
         cmdConnect,
         {QStringLiteral("secret-stdin")},
         {QStringLiteral("gateway"), QStringLiteral("app-key"), QStringLiteral("shop-id"),
          QStringLiteral("sign-method")},
         true},
        {"sync", cmdSync, {}, {QStringLiteral("progress-every")}, true},
        {"status", cmdStatus, {}, {}},
        {"tickets", cmdTickets, {}, {QStringLiteral("status"), QStringLiteral("due-within"), QStringLiteral("search")}},
        {"ticket", cmdTicket, {}, {}},
        {"decide",
         cmdDecide,
         {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("confirm-receipt"),
          QStringLiteral("reject-after-receipt"), QStringLiteral("extend")},
         {QStringLiteral("reason-code"), QStringLiteral("remark"), QStringLiteral("evidence"), QStringLiteral("note"),
          QStringLiteral("address-id"), QStringLiteral("actor"), QStringLiteral("override-reason")},
         true},
        {"note", cmdNote, {QStringLiteral("handover")}, {QStringLiteral("actor")}, true},
        {"handover", cmdHandover, {}, {}},
        {"team", cmdTeam, {}, {QStringLiteral("actor"), QStringLiteral("capacity"), QStringLiteral("agent")}},
        {"claims", cmdClaims, {}, {QStringLiteral("dry-run")}},
        {"outbox", cmdOutbox, {}, {QStringLiteral("db")}},
        {"score", cmdScore, {}, {}},
        {"shipping", cmdShipping, {}, {QStringLiteral("shop"), QStringLiteral("band")}},
    };
    for (const Command &c : commands) {
        if (name != QLatin1String(c.name))
            continue;
        auto parsed = parseArgs(rest, c.flags, c.options);
        if (!parsed) {
            std::fprintf(stderr, "anxin-cli %s: %s\n", c.name, qPrintable(parsed.error().message));
            return kUsage;
        }
        Context ctx(profileDir);
        ctx.json = json;
        setJsonErrors(json);
        anxin::core::installLogHandler(ctx.profile().logPath());
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(
                QStringLiteral("anxin.*.debug=false\nanxin.*.info=false\nanxin.sync.warning=false"));
        if (c.writes) {
            if (auto st = ctx.profile().ensureExists(); !st)
                return fail(st.error());
            if (auto st =
                    ctx.profile().lockForWriting(QStringLiteral("anxin-cli ") + QLatin1String(c.name), lockWaitMs());
                !st) {
                if (st.error().kind != anxin::core::Error::Kind::Locked)
                    return fail(st.error());
                std::fprintf(stderr,
                             "anxin-cli %s: %s; waited %d s. Only one program writes to a profile at a time: close "
                             "Anxin Desk or let the other command finish, then try again.\n",
                             c.name, qPrintable(st.error().message), lockWaitMs() / 1000);
                return kBusy;
            }
        }
        return c.run(ctx, parsed.value());
    }
    std::fprintf(stderr, "anxin-cli: unknown command %s\n\n%s", qPrintable(name), kUsageText);
    return kUsage;
}

int main(int argc, char **argv)
{
    return anxin::core::endProcess(runCli(argc, argv));
}

#pragma once

#include "core/result.h"
#include "store/migrator.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
class QDateTime;
class QSqlError;
class QSqlQuery;

namespace anxin::store {

// One SQLite connection (QSQLITE), owned by the thread that opened it.
//
// Threading: writes go through ONE Database instance on one writer thread (the sync worker); every write
// transaction opens with BEGIN IMMEDIATE (see WriteTransaction). Other threads open their own Database on
// the same file for reads (WAL lets readers run beside the writer). A Database is never shared across threads.
//
// Durability: journal_mode=WAL with synchronous=NORMAL for the connection: cached platform data can always be
// fetched again, and NORMAL in WAL survives a crash or kill -9 (only a power loss may drop the last commits,
// never corrupt the file). Decisions and audit entries cannot be fetched again, so their transactions use
// WriteTransaction::Durability::Full, which switches this connection to synchronous=FULL for that commit:
// the WAL is fsynced before the commit returns, which also makes every earlier NORMAL commit durable.
class Database
{
public:
    enum class OpenState
    {
        Closed,
        ReadWrite,
        ReadOnly, // opened with openReadOnly()
        TooNew,   // user_version newer than this build: opened read-only
        Corrupt,  // not a database or failed quick_check: renamed aside, not open
        Failed,   // could not open (permissions, missing directory, ...)
    };

    struct Options
    {
        // Migrations to apply; std::nullopt means the built-in ones from ":/migrations/".
        std::optional<QList<Migration>> migrations;
        bool migrate = true;
        // quick_check reports at most this many problems; a check running longer than the budget is abandoned
        // (logged, not treated as corruption) so a huge database cannot stall start-up.
        int quickCheckMaxErrors = 10;
        int quickCheckBudgetMs = 15000;
        // A file (with its WAL) larger than this is not checked at open at all: quick_check runs inside one VM
        // step, which the budget cannot stop, at roughly 1 s per 300 MB. -1: always check. quickCheckFinished()
        // then says false and checkIntegrity() on a second connection does the check.
        qint64 quickCheckMaxBytes = -1;
        qint64 cacheSizeKib = 65536;           // PRAGMA cache_size = -N
        Migrator::StatementHook migrationHook; // test seam, see Migrator
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when missing), checks, sets the PRAGMAs and migrates. On a corrupt file: renames it
    // aside (never deletes) and returns Kind::Corrupt with the aside path in `detail`. On a database newer than
    // the build: stays open read-only and returns Kind::TooNew; isOpen() is then true.
    core::Status open(const QString &path, const Options &options);
    core::Status open(const QString &path) { return open(path, Options{}); }
    // Read-only, no migration, no rename on errors: for exports from a file set aside, or a second reader.
    core::Status openReadOnly(const QString &path);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    // Whether open()'s quick_check ran to the end; false when the file was over quickCheckMaxBytes or the check
    // was abandoned at its budget, and then checkIntegrity() on a second connection does it off the start-up path.
    bool quickCheckFinished() const { return m_quickCheckFinished; }
    // The whole quick_check, without a budget: Kind::Corrupt when it finds a problem.
    core::Status checkIntegrity(int maxErrors = 10);
    // Stops the statement running on this connection, from any thread (it fails with SQLITE_INTERRUPT).
    void interrupt() const;
    OpenState openState() const { return m_state; }
    QString openReason() const { return m_reason; } // why the state is not ReadWrite, English, for logs
    QString asidePath() const { return m_asidePath; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    int knownVersion() const { return m_knownVersion; }

    QSqlDatabase connection() const { return m_db; }
    sqlite3 *handle() const { return m_handle; }
    // Every `steps` virtual-machine steps of a running statement, `stop(context)` is asked; non-zero interrupts
    // the statement (it fails as interrupted). For readers that must give up a long query at once.
    void setStopCheck(int steps, int (*stop)(void *), void *context);
    // The SQLite library this build runs on ("3.40.1").
    static QString sqliteVersion();
    // Refuses (situation "cache.two_sqlite") unless Qt's SQLite driver runs on the library this program links:
    // their sqlite_source_id() must be equal. open() checks it before touching the driver's handle.
    static core::Status checkOneSqlite(const QString &driverSourceId, const QString &linkedSourceId);
    bool inTransaction() const { return m_inTransaction; }

    // Runs a statement without results (PRAGMAs, BEGIN...); for the store's own use and tests.
    core::Status exec(const QString &sql);
    // Prepares a statement on this connection; the query is forward-only.
    QSqlQuery prepare(const QString &sql, core::Status *status) const;

    // Maps a QtSql error (with SQLite's code) to core::Error: SQLITE_FULL -> StorageFull, NOTADB/CORRUPT ->
    // Corrupt, BUSY/LOCKED -> Locked, everything else -> Storage.
    static core::Error errorFrom(const QSqlError &error, const QString &what);
    static core::Error::Kind kindForSqliteCode(int rc);
    // Same for the raw C API's result code on this connection.
    core::Error errorFromCode(int rc, const QString &what) const;

    static const char *stateName(OpenState state);
    static QString asideNameFor(const QString &path, const QDateTime &utcNow);

private:
    friend class WriteTransaction;
    friend class ReadSnapshot;
    core::Status connect(const QString &path, bool readOnly);
    core::Status quickCheck(int maxErrors, int budgetMs);
    core::Status applyPragmas(qint64 cacheSizeKib);
    core::Status setAside();
    core::Result<int> readUserVersion();
    void fail(OpenState state, const QString &reason);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_asidePath;
    QString m_reason;
    sqlite3 *m_handle = nullptr;
    OpenState m_state = OpenState::Closed;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    bool m_quickCheckFinished = false;
    int m_schemaVersion = 0;
    int m_knownVersion = 0;
};

} // namespace anxin::store

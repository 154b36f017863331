#include "store/database.h"

#include "core/logging.h"
#include "store/statementfault.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <limits>
#include <sqlite3.h>

namespace anxin::store {

using core::Error;
using core::Status;

namespace {

QAtomicInteger<quint64> s_connectionCounter;

struct ProgressBudget
{
    QElapsedTimer timer;
    qint64 budgetMs = 0;
};

int progressCallback(void *data)
{
    const auto *budget = static_cast<const ProgressBudget *>(data);
    return budget->timer.elapsed() > budget->budgetMs ? 1 : 0;
}

const QStringList &siblingSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

const char *Database::stateName(OpenState state)
{
    switch (state) {
    case OpenState::Closed:
        return "closed";
    case OpenState::ReadWrite:
        return "read_write";
    case OpenState::ReadOnly:
        return "read_only";
    case OpenState::TooNew:
        return "too_new";
    case OpenState::Corrupt:
        return "corrupt";
    case OpenState::Failed:
        return "failed";
    }
    return "unknown";
}

QString Database::asideNameFor(const QString &path, const QDateTime &utcNow)
{
    const QString base =
        path + QStringLiteral(".corrupt-") + utcNow.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString candidate = base;
    for (int i = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + QStringLiteral("-wal")); ++i)
        candidate = base + QLatin1Char('-') + QString::number(i);
    return candidate;
}

Error::Kind Database::kindForSqliteCode(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error::Kind::StorageFull;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error::Kind::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Kind::Locked;
    default:
        return Error::Kind::Storage;
    }
}

Error Database::errorFrom(const QSqlError &error, const QString &what)
{
    bool numeric = false;
    int rc = error.nativeErrorCode().toInt(&numeric);
    const QString text = error.databaseText();
    if (!numeric || rc == 0) {
        // Fall back on SQLite's fixed English messages when the driver gave no code.
        if (text.contains(QLatin1String("database or disk is full")))
            rc = SQLITE_FULL;
        else if (text.contains(QLatin1String("file is not a database")))
            rc = SQLITE_NOTADB;
        else if (text.contains(QLatin1String("malformed")))
            rc = SQLITE_CORRUPT;
        else if (text.contains(QLatin1String("locked")))
            rc = SQLITE_BUSY;
    }
    Error e = Error::make(kindForSqliteCode(rc), what + QStringLiteral(": ") + error.text(), rc);
    return e;
}

Error Database::errorFromCode(int rc, const QString &what) const
{
    const QString text = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString::fromUtf8(sqlite3_errstr(rc));
    return Error::make(kindForSqliteCode(rc), what + QStringLiteral(": ") + text, rc);
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void Database::fail(OpenState state, const QString &reason)
{
    m_state = state;
    m_reason = reason;
    qCWarning(lcDb) << "database" << stateName(state) << ":" << reason;
}

Status Database::connect(const QString &path, bool readOnly)
{
    m_connectionName = QStringLiteral("anxin-store-%1-%2")
                           .arg(s_connectionCounter.fetchAndAddRelaxed(1))
                           .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return errorFrom(m_db.lastError(), QStringLiteral("open ") + path);
    // The handle below is used with the SQLite this program links. Qt's own binaries compile a second SQLite into
    // the QSQLITE plugin: a handle of one copy given to the other is undefined behaviour, so nothing may touch it
    // unless the driver runs on the very library linked here (the same source id: version and build).
    QString driverSourceId;
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next())
            driverSourceId = q.value(0).toString();
    }
    if (Status same = checkOneSqlite(driverSourceId, QString::fromLatin1(sqlite3_sourceid())); !same) {
        m_db.close();
        return same;
    }
    const QVariant h = m_db.driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(h.constData());
    if (!m_handle)
        return Error::make(Error::Kind::Internal, QStringLiteral("QSQLITE driver exposes no sqlite3 handle"));
    m_readOnly = readOnly;
    return {};
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_handle = nullptr;
    m_inTransaction = false;
    if (m_state != OpenState::Corrupt && m_state != OpenState::Failed)
        m_state = OpenState::Closed;
}

Status Database::exec(const QString &sql)
{
    if (Status injected = testing::StatementFault::check(sql); !injected)
        return injected;
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return errorFrom(q.lastError(), sql.left(80));
    return {};
}

QSqlQuery Database::prepare(const QString &sql, Status *status) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql) && status)
        *status = errorFrom(q.lastError(), QStringLiteral("prepare ") + sql.simplified().left(80));
    return q;
}

core::Result<int> Database::readUserVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return errorFrom(q.lastError(), QStringLiteral("read user_version"));
    return q.value(0).toInt();
}

Status Database::checkIntegrity(int maxErrors)
{
    if (!m_handle)
        return Error::make(Error::Kind::Usage, QStringLiteral("checkIntegrity on a closed database"));
    return quickCheck(maxErrors, std::numeric_limits<int>::max());
}

void Database::interrupt() const
{
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

Status Database::quickCheck(int maxErrors, int budgetMs)
{
    ProgressBudget budget;
    budget.budgetMs = budgetMs;
    budget.timer.start();
    sqlite3_progress_handler(m_handle, 10000, &progressCallback, &budget);
    QSqlQuery q(m_db);
    const bool ran = q.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(qMax(1, maxErrors)));
    QStringList problems;
    while (ran && q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    const QSqlError err = q.lastError();
    q.finish();
    sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    if (err.isValid() && err.type() != QSqlError::NoError) {
        if (err.nativeErrorCode().toInt() == SQLITE_INTERRUPT) {
            qCWarning(lcDb) << "quick_check abandoned after" << budget.timer.elapsed() << "ms";
            m_quickCheckFinished = false;
            return {};
        }
        return errorFrom(err, QStringLiteral("quick_check"));
    }
    m_quickCheckFinished = true;
    qCInfo(lcDb) << "quick_check:" << (problems.isEmpty() ? QStringLiteral("ok") : problems.join(QStringLiteral("; ")))
                 << "in" << budget.timer.elapsed() << "ms";
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Corrupt, QStringLiteral("quick_check: ") + problems.first(), SQLITE_CORRUPT);
    return {};
}

Status Database::applyPragmas(qint64 cacheSizeKib)
{
    struct Pragma
    {
        QString name;
        QString value;
    };
    QList<Pragma> pragmas{
        {QStringLiteral("busy_timeout"), QStringLiteral("5000")},
        {QStringLiteral("foreign_keys"), QStringLiteral("ON")},
        {QStringLiteral("cache_size"), QString::number(-cacheSizeKib)},
        {QStringLiteral("temp_store"), QStringLiteral("MEMORY")},
    };
    if (!m_readOnly) {
        pragmas.prepend({QStringLiteral("synchronous"), QStringLiteral("NORMAL")});
        pragmas.prepend({QStringLiteral("journal_mode"), QStringLiteral("WAL")});
    }
    for (const Pragma &p : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA ") + p.name + QStringLiteral(" = ") + p.value))
            return errorFrom(q.lastError(), QStringLiteral("PRAGMA ") + p.name);
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA ") + p.name) || !q.next())
            return errorFrom(q.lastError(), QStringLiteral("read PRAGMA ") + p.name);
        const QString actual = q.value(0).toString();
        qCInfo(lcDb).noquote() << "PRAGMA" << p.name << "=" << actual;
        if (p.name == QLatin1String("journal_mode") && actual.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error::make(Error::Kind::Storage, QStringLiteral("journal_mode WAL refused: ") + actual);
    }
    return {};
}

Status Database::setAside()
{
    const QString aside = asideNameFor(m_path, QDateTime::currentDateTimeUtc());
    if (!QFile::rename(m_path, aside))
        return Error::make(Error::Kind::Storage, QStringLiteral("could not rename the corrupt database aside"));
    for (const QString &suffix : siblingSuffixes()) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix))
            qCWarning(lcDb) << "could not rename" << suffix << "sibling aside";
    }
    m_asidePath = aside;
    qCWarning(lcDb) << "corrupt database renamed aside to" << aside;
    return {};
}

Status Database::open(const QString &path, const Options &options)
{
    close();
    m_state = OpenState::Closed;
    m_path = path;
    m_asidePath.clear();
    m_reason.clear();
    m_schemaVersion = 0;

    QList<Migration> migrations;
    if (options.migrations) {
        migrations = *options.migrations;
    } else {
        auto builtin = Migrator::builtin();
        if (!builtin)
            return builtin.error();
        migrations = builtin.value();
    }
    Migrator migrator(QSqlDatabase(), migrations);
    m_knownVersion = migrator.latestVersion();

    if (Status s = connect(path, false); !s) {
        close();
        fail(OpenState::Failed, s.error().message);
        return s;
    }
    // Until the file is known to be sound, closing must not checkpoint a WAL into it: a corrupt file is kept
    // byte for byte.
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    Status checked = exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    m_quickCheckFinished = false;
    if (checked && options.quickCheckMaxBytes >= 0 && bytes > options.quickCheckMaxBytes)
        qCInfo(lcDb) << "quick_check left for later:" << bytes / (1024 * 1024) << "MB";
    else if (checked)
        checked = quickCheck(options.quickCheckMaxErrors, options.quickCheckBudgetMs);
    if (!checked) {
        const Error error = checked.error();
        close();
        if (error.kind != Error::Kind::Corrupt) {
            fail(OpenState::Failed, error.message);
            return error;
        }
        Status aside = setAside();
        fail(OpenState::Corrupt, error.message);
        if (!aside)
            return Error::make(Error::Kind::Corrupt,
                               error.message + QStringLiteral(" (") + aside.error().message + QLatin1Char(')'));
        Error e = Error::make(Error::Kind::Corrupt, error.message, error.code);
        e.detail = m_asidePath;
        return e;
    }
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);

    auto version = readUserVersion();
    if (!version) {
        close();
        fail(OpenState::Failed, version.error().message);
        return version.error();
    }
    if (version.value() > m_knownVersion) {
        close();
        if (Status s = connect(path, true); !s) {
            close();
            fail(OpenState::Failed, s.error().message);
            return s;
        }
        applyPragmas(options.cacheSizeKib);
        m_schemaVersion = version.value();
        const QString why =
            QStringLiteral("schema version %1 is newer than this build's %2").arg(m_schemaVersion).arg(m_knownVersion);
        fail(OpenState::TooNew, why);
        return Error::make(Error::Kind::TooNew, why, m_schemaVersion);
    }

    if (Status s = applyPragmas(options.cacheSizeKib); !s) {
        close();
        fail(OpenState::Failed, s.error().message);
        return s;
    }
    if (options.migrate) {
        Migrator m(m_db, migrations);
        m.setStatementHook(options.migrationHook);
        if (Status s = m.migrate(); !s) {
            close();
            fail(OpenState::Failed, s.error().message);
            return s;
        }
    }
    version = readUserVersion();
    if (!version) {
        close();
        fail(OpenState::Failed, version.error().message);
        return version.error();
    }
    m_schemaVersion = version.value();
    m_state = OpenState::ReadWrite;
    qCInfo(lcDb) << "database open, schema version" << m_schemaVersion;
    return {};
}

Status Database::openReadOnly(const QString &path)
{
    close();
    m_state = OpenState::Closed;
    m_path = path;
    m_asidePath.clear();
    m_reason.clear();
    if (!QFileInfo::exists(path)) {
        fail(OpenState::Failed, QStringLiteral("no such file"));
        return Error::make(Error::Kind::NotFound, QStringLiteral("no database at ") + path);
    }
    if (Status s = connect(path, true); !s) {
        close();
        fail(OpenState::Failed, s.error().message);
        return s;
    }
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    // Best effort: a damaged file set aside may refuse PRAGMAs and still yield rows worth exporting.
    if (Status s = applyPragmas(Options{}.cacheSizeKib); !s)
        qCWarning(lcDb) << "read-only open:" << s.error().message;
    auto version = readUserVersion();
    m_schemaVersion = version.valueOr(0);
    m_state = OpenState::ReadOnly;
    m_reason = QStringLiteral("opened read-only");
    return {};
}

void Database::setStopCheck(int steps, int (*stop)(void *), void *context)
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, steps, stop, context);
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Status Database::checkOneSqlite(const QString &driverSourceId, const QString &linkedSourceId)
{
    if (!driverSourceId.isEmpty() && driverSourceId == linkedSourceId)
        return {};
    // A source id begins with the date and time of the check-in; the version tells a person more.
    const QString driver = driverSourceId.isEmpty() ? QStringLiteral("unknown") : driverSourceId.left(19);
    return Error::coded(Error::Kind::Internal, "cache.two_sqlite", {driver, linkedSourceId.left(19)},
                        QStringLiteral("Qt's SQLite driver runs on another SQLite library (%1) than the one this "
                                       "program links (%2, %3): rebuild the driver against the same library")
                            .arg(driver, linkedSourceId.left(19), sqliteVersion()));
}

} // namespace anxin::store

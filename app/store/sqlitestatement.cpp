#include "store/sqlitestatement.h"

#include "store/database.h"
#include "store/statementfault.h"

#include <sqlite3.h>

namespace anxin::store {

using core::Error;
using core::Status;

SqliteStatement::SqliteStatement(Database &db, const char *sql)
    : m_db(db)
{
    if (!db.handle()) {
        m_status = Error::make(Error::Kind::Storage, QStringLiteral("database is not open"));
        return;
    }
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        m_status = db.errorFromCode(rc, QStringLiteral("prepare"));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

int SqliteStatement::parameterCount() const
{
    return m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    sqlite3_bind_text16(m_stmt, index, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Status SqliteStatement::exec()
{
    if (!m_status)
        return m_status;
    if (Status injected = testing::StatementFault::check(sqlite3_sql(m_stmt)); !injected)
        return injected;
    sqlite3 *h = m_db.handle();
    // Rowids start at 1: a non-zero last_insert_rowid after step() means this step inserted (an upsert's
    // DO UPDATE branch leaves it alone; trigger inserts are restored when the trigger ends).
    sqlite3_set_last_insert_rowid(h, 0);
    const int rc = sqlite3_step(m_stmt);
    m_inserted = rc == SQLITE_DONE && sqlite3_last_insert_rowid(h) != 0;
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return m_db.errorFromCode(rc, QStringLiteral("step"));
    return {};
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db.handle());
}

} // namespace anxin::store

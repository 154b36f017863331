#pragma once

#include "core/result.h"

#include <QString>

struct sqlite3_stmt;

namespace anxin::store {

class Database;

// RAII around one raw sqlite3_stmt on a Database's own connection, for the bulk upsert paths where QtSql's
// per-row overhead matters. Text is bound as UTF-16 straight from the QString (SQLITE_STATIC: the caller's
// strings must outlive step()). Store-internal: repositories only.
class SqliteStatement
{
public:
    SqliteStatement(Database &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    const core::Status &status() const { return m_status; }
    int parameterCount() const;

    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    void bindNull(int index);
    // Runs a statement that returns no row; resets it for the next use. SQLITE_DONE -> ok.
    core::Status exec();
    // sqlite3_changes() of the last exec(), and whether it inserted a new row (not an upsert's update).
    int changes() const;
    bool lastExecInserted() const { return m_inserted; }

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    core::Status m_status;
    bool m_inserted = false;
};

} // namespace anxin::store

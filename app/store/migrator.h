#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace anxin::store {

// One numbered schema step, from resources/migrations/NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Applies numbered migrations. The schema version is PRAGMA user_version and nothing else (never inspect
// columns). Each migration runs in ONE BEGIN IMMEDIATE transaction together with its user_version bump
// (user_version is transactional), so an interruption at any statement leaves the previous schema.
// Migrations cannot switch foreign_keys or journal_mode (no-ops inside a transaction); a table rebuild
// must keep referential integrity itself.
class Migrator
{
public:
    // Called before statement `index` (0-based) of migration `version` runs; an error aborts the migration.
    // Test seam for "interrupted at statement i".
    using StatementHook = std::function<core::Status(int version, int index, const QString &statement)>;

    Migrator(QSqlDatabase db, QList<Migration> migrations);

    // The built-in migrations from ":/migrations/", sorted by version; duplicate or malformed names fail.
    static core::Result<QList<Migration>> builtin();
    // Parses "NNNN_name.sql" from a directory (resource or disk).
    static core::Result<QList<Migration>> fromDirectory(const QString &dir);
    // Splits a script into complete statements: semicolons inside strings, identifiers, comments and
    // CREATE TRIGGER ... BEGIN ... END bodies do not split. Comment-only chunks are dropped.
    static QStringList splitStatements(const QString &sql);

    void setStatementHook(StatementHook hook) { m_hook = std::move(hook); }
    int latestVersion() const;
    core::Result<int> currentVersion() const;
    // Applies every migration newer than user_version, each in its own transaction. A database newer than
    // latestVersion() gives Kind::TooNew and is left alone.
    core::Status migrate();

private:
    core::Status apply(const Migration &migration);

    QSqlDatabase m_db;
    QList<Migration> m_migrations;
    StatementHook m_hook;
};

} // namespace anxin::store

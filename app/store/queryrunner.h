#pragma once

#include "core/result.h"

#include <QSqlQuery>
#include <QVariantList>

namespace anxin::store {

class Database;

// Store-internal: prepare() + positional bindValue() + exec() in one step, errors mapped to core::Error.
// A null QString is bound as '' (text columns are NOT NULL); pass a typed null QVariant for SQL NULL.
core::Result<QSqlQuery> runQuery(const Database &db, const QString &sql, const QVariantList &binds = {});
// Same for statements without rows; returns numRowsAffected().
core::Result<int> runStatement(const Database &db, const QString &sql, const QVariantList &binds = {});

// "%term%" with the LIKE wildcards in `term` escaped by a backslash: use with `LIKE ? ESCAPE '\'`.
QString likePattern(const QString &term);
// "?, ?, ?": `n` positional placeholders for an IN (...) list.
QString placeholders(qsizetype n);

} // namespace anxin::store

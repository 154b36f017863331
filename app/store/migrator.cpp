#include "store/migrator.h"

#include "core/logging.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace anxin::store {

using core::Error;
using core::Status;

namespace {

// True when the text holds anything but whitespace, comments and semicolons.
bool hasCode(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isSpace() || c == QLatin1Char(';'))
            continue;
        if (c == QLatin1Char('-') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('-')) {
            const qsizetype nl = s.indexOf(QLatin1Char('\n'), i);
            if (nl < 0)
                return false;
            i = nl;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = s.indexOf(QLatin1String("*/"), i + 2);
            if (end < 0)
                return false;
            i = end + 1;
            continue;
        }
        return true;
    }
    return false;
}

} // namespace

Migrator::Migrator(QSqlDatabase db, QList<Migration> migrations)
    : m_db(std::move(db))
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

core::Result<QList<Migration>> Migrator::builtin()
{
    return fromDirectory(QStringLiteral(":/migrations"));
}

core::Result<QList<Migration>> Migrator::fromDirectory(const QString &dir)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QList<Migration> out;
    for (const QString &file : files) {
        const auto m = re.match(file);
        if (!m.hasMatch())
            return Error::make(Error::Kind::Malformed,
                               QStringLiteral("migration file name not NNNN_name.sql: ") + file);
        QFile f(dir + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Storage, QStringLiteral("cannot read migration ") + file);
        Migration mig{m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())};
        if (mig.version != out.size() + 1)
            return Error::make(Error::Kind::Malformed,
                               QStringLiteral("migrations must be numbered 1, 2, 3...: ") + file);
        out.append(std::move(mig));
    }
    if (out.isEmpty())
        return Error::make(Error::Kind::Internal, QStringLiteral("no migrations found in ") + dir);
    return out;
}

QStringList Migrator::splitStatements(const QString &sql)
{
    // sqlite3_complete() knows SQLite's lexer: strings, quoted identifiers, comments and trigger bodies.
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = sql.indexOf(QLatin1Char(';')); i >= 0; i = sql.indexOf(QLatin1Char(';'), i + 1)) {
        const QString candidate = sql.mid(start, i - start + 1);
        if (!sqlite3_complete(candidate.toUtf8().constData()))
            continue;
        if (hasCode(candidate))
            out << candidate.trimmed();
        start = i + 1;
    }
    const QString tail = sql.mid(start);
    if (hasCode(tail))
        out << tail.trimmed();
    return out;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

core::Result<int> Migrator::currentVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Database::errorFrom(q.lastError(), QStringLiteral("read user_version"));
    return q.value(0).toInt();
}

Status Migrator::migrate()
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return Error::make(
            Error::Kind::TooNew,
            QStringLiteral("schema version %1 is newer than %2").arg(current.value()).arg(latestVersion()));
    for (const Migration &m : std::as_const(m_migrations)) {
        if (m.version <= current.value())
            continue;
        if (Status s = apply(m); !s)
            return s;
    }
    return {};
}

Status Migrator::apply(const Migration &migration)
{
    const QStringList statements = splitStatements(migration.sql);
    QSqlQuery q(m_db);
    const auto rollback = [&q] {
        q.finish();
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcDb) << "migration ROLLBACK failed:" << q.lastError().text();
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Database::errorFrom(q.lastError(), QStringLiteral("begin migration"));
    for (int i = 0; i < statements.size(); ++i) {
        if (m_hook) {
            if (Status s = m_hook(migration.version, i, statements.at(i)); !s) {
                rollback();
                return s;
            }
        }
        if (!q.exec(statements.at(i))) {
            const Error e = Database::errorFrom(
                q.lastError(), QStringLiteral("migration %1 statement %2").arg(migration.version).arg(i));
            rollback();
            return e;
        }
        q.finish();
    }
    // PRAGMA user_version is transactional: it commits or rolls back with the schema change.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
        const Error e = Database::errorFrom(q.lastError(), QStringLiteral("bump user_version"));
        rollback();
        return e;
    }
    q.finish();
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = Database::errorFrom(q.lastError(), QStringLiteral("commit migration"));
        rollback();
        return e;
    }
    qCInfo(lcDb).noquote() << "migrated to schema" << migration.version << migration.name << "(" << statements.size()
                           << "statements)";
    return {};
}

} // namespace anxin::store

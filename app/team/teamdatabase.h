#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace anxin::team {

// core::Error of a failed QSqlQuery / connection, Kind::Network when the server is out of reach.
core::Error teamError(const QString &what, const QSqlError &error);

// Where a team's desks meet (issue #34): one PostgreSQL database, its URL the same on every desk
// ("postgresql://user[:password]@host[:port]/database"). Optional: a desk without one works alone as before.
// One connection per TeamDatabase (and per thread); the schema is versioned like the local cache's and migrated
// on open, each version in its own transaction. Times that decide (leases) are the server's now(), one clock for
// every desk whatever their own say.
class TeamDatabase
{
public:
    TeamDatabase();
    ~TeamDatabase();
    TeamDatabase(const TeamDatabase &) = delete;
    TeamDatabase &operator=(const TeamDatabase &) = delete;

    core::Status open(const QString &url);
    void close();
    bool isOpen() const;
    int schemaVersion() const;
    static int knownVersion();
    QSqlDatabase connection() const { return m_db; }
    // The URL with any password left out, for logs and status lines.
    static QString redacted(const QString &url);

    // Runs `work` (returning a core::Result or core::Status) in one transaction on this connection: committed when
    // it succeeds, rolled back when it fails or the commit does. `what` names the work in the errors.
    template <class Work>
    auto transaction(const QString &what, Work &&work) -> decltype(work())
    {
        if (!m_db.transaction())
            return teamError(QStringLiteral("begin %1").arg(what), m_db.lastError());
        auto result = work();
        if (!result) {
            m_db.rollback();
            return result;
        }
        if (!m_db.commit()) {
            const core::Error error = teamError(QStringLiteral("commit %1").arg(what), m_db.lastError());
            m_db.rollback();
            return error;
        }
        return result;
    }

private:
    core::Status migrate();
    core::Status migrateLocked();

    QString m_name;
    QSqlDatabase m_db;
};

} // namespace anxin::team

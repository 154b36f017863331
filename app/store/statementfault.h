#pragma once

#include "core/result.h"

#include <QString>

#include <atomic>

namespace anxin::store::testing {

// Test seam: "the i-th database statement fails". While armed, every statement the store runs through its
// choke points (Database::exec, runQuery, SqliteStatement::exec) is counted process-wide, and the one with the
// chosen number fails with Kind::Storage before it reaches SQLite. ROLLBACK is neither counted nor failed: it
// is the recovery path. Unarmed (the default, and always in production) it costs one relaxed atomic load.
class StatementFault
{
public:
    // Starts counting from 0; `failAt` (1-based) is the statement to fail, 0 = count only.
    static void arm(qint64 failAt);
    static void disarm();
    // Statements counted since arm().
    static qint64 count();
    // Called by the choke points; `what` names the statement in the error.
    static core::Status check(const QString &what)
    {
        if (!s_armed.load(std::memory_order_relaxed))
            return {};
        return checkArmed(what);
    }
    static core::Status check(const char *what)
    {
        if (!s_armed.load(std::memory_order_relaxed))
            return {};
        return checkArmed(QString::fromUtf8(what));
    }

private:
    static core::Status checkArmed(const QString &what);
    static std::atomic<bool> s_armed;
};

} // namespace anxin::store::testing

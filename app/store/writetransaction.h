#pragma once

#include "core/result.h"

namespace anxin::store {

class Database;

// RAII write transaction: BEGIN IMMEDIATE (takes the write lock up front, so a reader never has to upgrade
// into SQLITE_BUSY under WAL; QSqlDatabase::transaction() would issue a deferred BEGIN). ROLLBACK in the
// destructor unless commit() succeeded. One per connection at a time: nesting is a usage error.
//
//     WriteTransaction tx(db);
//     if (!tx.ok()) return tx.status();
//     ... statements ...
//     return tx.commit();
class WriteTransaction
{
public:
    enum class Durability
    {
        Normal, // the connection's synchronous=NORMAL (WAL): survives crashes, may lose the tail on power loss
        Full,   // synchronous=FULL for this commit: decisions and audit entries, which cannot be re-fetched
    };

    explicit WriteTransaction(Database &db, Durability durability = Durability::Normal);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool ok() const { return m_status.ok(); }
    const core::Status &status() const { return m_status; }
    bool isActive() const { return m_active; }
    Database &database() const { return m_db; }

    core::Status commit();
    void rollback();

private:
    void restoreSynchronous();

    Database &m_db;
    Durability m_durability;
    core::Status m_status;
    bool m_active = false;
};

} // namespace anxin::store

namespace anxin::store {

// Runs f(tx) inside one write transaction and commits when f returns ok; otherwise rolls back.
template <class F>
core::Status inWriteTransaction(Database &db, F &&f,
                                WriteTransaction::Durability durability = WriteTransaction::Durability::Normal)
{
    WriteTransaction tx(db, durability);
    if (!tx.ok())
        return tx.status();
    if (core::Status s = f(tx); !s)
        return s;
    return tx.commit();
}

} // namespace anxin::store

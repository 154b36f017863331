#include "store/writetransaction.h"

#include "core/logging.h"
#include "store/database.h"

#include <sqlite3.h>

namespace anxin::store {

using core::Error;
using core::Status;

WriteTransaction::WriteTransaction(Database &db, Durability durability)
    : m_db(db)
    , m_durability(durability)
{
    if (!db.isOpen()) {
        m_status = Error::make(Error::Kind::Storage, QStringLiteral("database is not open"));
        return;
    }
    if (db.isReadOnly()) {
        m_status = Error::make(Error::Kind::Storage, QStringLiteral("database is read-only: ") + db.openReason());
        return;
    }
    if (db.inTransaction()) {
        m_status = Error::make(Error::Kind::Usage, QStringLiteral("nested write transaction"));
        return;
    }
    // synchronous cannot change inside a transaction: switch before BEGIN, restore after COMMIT/ROLLBACK.
    if (m_durability == Durability::Full) {
        if (Status s = db.exec(QStringLiteral("PRAGMA synchronous = FULL")); !s) {
            m_status = s;
            return;
        }
    }
    if (Status s = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !s) {
        restoreSynchronous();
        m_status = s;
        return;
    }
    m_active = true;
    db.m_inTransaction = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

void WriteTransaction::restoreSynchronous()
{
    if (m_durability == Durability::Full)
        m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Status WriteTransaction::commit()
{
    if (!m_status)
        return m_status;
    if (!m_active)
        return Error::make(Error::Kind::Usage, QStringLiteral("commit without an active transaction"));
    if (Status s = m_db.exec(QStringLiteral("COMMIT")); !s) {
        // A failed COMMIT (disk full, I/O) leaves the transaction open: roll it back so nothing half-applied
        // can be committed later, and report that nothing was saved.
        m_status = s;
        rollback();
        return s;
    }
    m_active = false;
    m_db.m_inTransaction = false;
    restoreSynchronous();
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    // SQLite rolls back by itself on some errors (SQLITE_FULL, IOERR): only ROLLBACK what is still open.
    if (m_db.handle() && sqlite3_get_autocommit(m_db.handle()) == 0) {
        if (Status s = m_db.exec(QStringLiteral("ROLLBACK")); !s)
            qCWarning(lcDb) << "ROLLBACK failed:" << s.error().message;
    }
    m_active = false;
    m_db.m_inTransaction = false;
    restoreSynchronous();
    if (m_status.ok())
        m_status = Error::make(Error::Kind::Cancelled, QStringLiteral("transaction rolled back"));
}

} // namespace anxin::store

#include "store/readsnapshot.h"

#include "core/logging.h"
#include "store/database.h"

#include <sqlite3.h>

namespace anxin::store {

using core::Error;

ReadSnapshot::ReadSnapshot(Database &db)
    : m_db(db)
{
    if (!db.isOpen()) {
        m_status = Error::make(Error::Kind::Storage, QStringLiteral("database is not open"));
        return;
    }
    if (db.inTransaction())
        return; // the open transaction is the snapshot
    if (core::Status s = db.exec(QStringLiteral("BEGIN")); !s) {
        m_status = s;
        return;
    }
    m_active = true;
    db.m_inTransaction = true;
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_active)
        return;
    // Nothing was written: ending the transaction only releases the snapshot. SQLite may have ended it already
    // (an I/O error rolls back by itself).
    if (m_db.handle() && sqlite3_get_autocommit(m_db.handle()) != 0) {
        m_db.m_inTransaction = false;
        return;
    }
    if (core::Status s = m_db.exec(QStringLiteral("COMMIT")); !s)
        qCWarning(lcDb) << "ending a read snapshot failed:" << s.error().message;
    m_db.m_inTransaction = false;
}

} // namespace anxin::store

#pragma once

#include "core/result.h"
#include "store/records.h"

#include <optional>

namespace anxin::store {

class Database;
class WriteTransaction;

// Sync cursors per (shop, stream). A cursor advances only with the page it follows: the sync engine opens a
// WriteTransaction, upserts the page (TicketRepository::upsertBatch(tx, ...)), calls set(tx, cursor), commits.
class CursorRepository
{
public:
    explicit CursorRepository(Database &db)
        : m_db(db)
    {}
    core::Result<std::optional<SyncCursor>> get(const QString &shopId, const QString &stream) const;
    core::Result<QList<SyncCursor>> list(const QString &shopId = {}) const;
    core::Status set(WriteTransaction &tx, const SyncCursor &cursor);
    core::Status set(const SyncCursor &cursor);
    core::Status remove(WriteTransaction &tx, const QString &shopId, const QString &stream);
    core::Status remove(const QString &shopId, const QString &stream);

private:
    Database &m_db;
};

} // namespace anxin::store

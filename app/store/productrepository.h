#pragma once

#include "core/result.h"
#include "store/records.h"

#include <optional>

namespace anxin::store {

class Database;
class WriteTransaction;

// Products with the after-sale guarantee flags a claim is judged against.
class ProductRepository
{
public:
    explicit ProductRepository(Database &db)
        : m_db(db)
    {}
    core::Status upsertBatch(const QList<ProductRecord> &rows);
    core::Status upsertBatch(WriteTransaction &tx, const QList<ProductRecord> &rows);
    core::Result<std::optional<ProductRecord>> get(const QString &productId) const;
    // Product ids referenced by tickets or order lines but not cached yet (what to fetch next); a product whose
    // last fetch failed waits until its back-off ends after `now` (every recorded failure waits when now is 0).
    core::Result<QStringList> missingProductIds(int limit, qint64 now = 0) const;

private:
    Database &m_db;
};

} // namespace anxin::store

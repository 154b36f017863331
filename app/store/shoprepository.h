#pragma once

#include "core/result.h"
#include "store/records.h"

#include <optional>

namespace anxin::store {

class Database;

// Connected shops (no secrets here: those live in the keychain or secrets.json).
class ShopRepository
{
public:
    explicit ShopRepository(Database &db)
        : m_db(db)
    {}
    core::Status upsert(const ShopRecord &shop, qint64 now);
    core::Result<std::optional<ShopRecord>> get(const QString &shopId) const;
    core::Result<QList<ShopRecord>> list() const;
    core::Status remove(const QString &shopId);

private:
    Database &m_db;
};

} // namespace anxin::store

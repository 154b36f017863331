#pragma once

#include "core/result.h"
#include "store/records.h"

#include <optional>

namespace anxin::store {

class Database;

// Named ticket filters per user (the filter itself is opaque JSON owned by the models layer).
class SavedViewRepository
{
public:
    explicit SavedViewRepository(Database &db)
        : m_db(db)
    {}
    core::Status save(const SavedViewRecord &view);
    core::Result<std::optional<SavedViewRecord>> get(const QString &user, const QString &name) const;
    core::Result<QList<SavedViewRecord>> list(const QString &user) const;
    core::Status remove(const QString &user, const QString &name);

private:
    Database &m_db;
};

} // namespace anxin::store

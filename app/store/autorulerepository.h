#pragma once

#include "core/autorule.h"
#include "core/result.h"

#include <optional>

namespace anxin::store {

class Database;
class WriteTransaction;

// The merchant's auto-approve rules (table auto_rules). Who may change them is sync::AutoRuleService's concern.
class AutoRuleRepository
{
public:
    explicit AutoRuleRepository(Database &db)
        : m_db(db)
    {}

    core::Result<QList<core::AutoRule>> list() const; // by name
    core::Result<std::optional<core::AutoRule>> get(qint64 id) const;
    core::Result<std::optional<core::AutoRule>> byName(const QString &name) const;
    // Inserts (id 0) or updates; returns the id. A duplicate name is a Conflict.
    core::Result<qint64> save(WriteTransaction &tx, const core::AutoRule &rule, const QString &by, qint64 now);
    core::Status remove(WriteTransaction &tx, qint64 id);

private:
    Database &m_db;
};

} // namespace anxin::store

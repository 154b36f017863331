#pragma once

#include "core/result.h"
#include "store/records.h"

#include <optional>

namespace anxin::store {

class Database;

// Unsent drafts per ticket and kind (reject form, note, evidence comment): survive a restart.
class DraftRepository
{
public:
    explicit DraftRepository(Database &db)
        : m_db(db)
    {}
    core::Status save(const DraftRecord &draft);
    core::Result<std::optional<DraftRecord>> get(const QString &aftersaleId, const QString &kind) const;
    core::Result<QList<DraftRecord>> listForTicket(const QString &aftersaleId) const;
    core::Status remove(const QString &aftersaleId, const QString &kind);

private:
    Database &m_db;
};

} // namespace anxin::store

#pragma once

#include "core/result.h"
#include "store/records.h"

#include <optional>

namespace anxin::store {

class Database;

// The platform's reject reason codes per shop (afterSale.rejectReasonCodeList).
class RejectReasonRepository
{
public:
    explicit RejectReasonRepository(Database &db)
        : m_db(db)
    {}
    // Replaces the shop's whole list atomically (codes the platform dropped disappear).
    core::Status replaceForShop(const QString &shopId, const QList<RejectReasonRecord> &reasons);
    core::Result<QList<RejectReasonRecord>> list(const QString &shopId) const;
    core::Result<std::optional<RejectReasonRecord>> get(const QString &shopId, int code) const;

private:
    Database &m_db;
};

} // namespace anxin::store

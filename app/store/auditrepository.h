#pragma once

#include "core/result.h"
#include "store/records.h"

#include <optional>

namespace anxin::store {

class Database;
class WriteTransaction;

// The append-only, hash-chained audit log. hash = sha256(prev_hash || canonical(seq, at, actor, action,
// subject, detail_json)), each field length-prefixed so no two entries share a canonical form. The table's
// triggers refuse UPDATE and DELETE; verify() catches edits made behind the app's back.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {}

    // Appends inside the caller's transaction (so a decision and its audit entry commit together); seq,
    // prev_hash and hash are filled in and returned.
    core::Result<AuditEntry> append(WriteTransaction &tx, AuditEntry entry);
    // Appends in its own durable (synchronous=FULL) transaction.
    core::Result<AuditEntry> append(AuditEntry entry);

    core::Result<std::optional<AuditEntry>> head() const;
    core::Result<QList<AuditEntry>> list(qint64 fromSeq, int limit) const;
    // Walks the chain in seq order; returns the seq of the first entry whose hash, prev_hash or numbering does
    // not check out, or nullopt when the whole chain is intact.
    core::Result<std::optional<qint64>> verify() const;

    static QString computeHash(const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace anxin::store

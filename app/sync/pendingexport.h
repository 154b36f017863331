#pragma once

#include "core/result.h"
#include "store/records.h"

#include <QJsonArray>
#include <QJsonObject>

namespace anxin::sync {

// One outbox entry as JSON (ids, action, its payload, state, who and when). Outbox entries hold no buyer PII.
QJsonObject outboxEntryJson(const store::OutboxEntry &entry);

// Decisions that never reached a final state (pending, in flight, unknown, conflict, failed), read from a database
// file opened READ-ONLY: the cache of a newer build, or a file set aside as corrupt. Nothing is written to it.
core::Result<QJsonArray> readUnfinishedDecisions(const QString &databasePath);

// Same, written as a JSON document {"source": path, "decisions": [...]} to `outFile` (owner-only permissions).
// Returns how many decisions were exported.
core::Result<int> exportUnfinishedDecisions(const QString &databasePath, const QString &outFile);

} // namespace anxin::sync

#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace anxin::store {

class Database;

// One item a sync could not get (see migration 9): what failed, how often, and when it may be asked for again.
struct ItemFailure
{
    QString kind; // detail | product | route | image
    QString itemId;
    QString shopId;
    int code = 0;
    QString subCode;
    QString message;
    int attempts = 0;
    qint64 firstFailedAt = 0;
    qint64 lastFailedAt = 0;
    qint64 nextAttemptAt = 0;
};

// Per-item failures of the sync, each with its back-off. The fetch queues skip an item until its next attempt.
class ItemFailureRepository
{
public:
    explicit ItemFailureRepository(Database &db)
        : m_db(db)
    {}

    // The wait after the n-th failure in a row: 10 min, 20, 40 … capped at 24 h.
    static qint64 backoffSecs(int attempts);

    // Records one more failure of the item (first or again) and schedules its next attempt.
    core::Result<ItemFailure> record(const QString &kind, const QString &itemId, const QString &shopId, int code,
                                     const QString &subCode, const QString &message, qint64 now);
    // The item was fetched: it is no longer failing.
    core::Status clear(const QString &kind, const QString &itemId);
    // Everything failing, for one shop or all (empty), of one kind or all (empty), most recent first.
    core::Result<QList<ItemFailure>> list(const QString &shopId = {}, const QString &kind = {}) const;

private:
    Database &m_db;
};

} // namespace anxin::store

#pragma once

#include "core/result.h"

#include <QList>

#include <optional>
#include <utility>

namespace anxin::store {

class Database;

// RAII read transaction: every statement run on the connection until it ends reads the same snapshot of the
// file (WAL), whatever another connection or process commits meanwhile. A deferred BEGIN: the snapshot is taken
// by the first read. Inside a transaction already open on the connection it does nothing (that one is the
// snapshot). Ends (and releases the snapshot, so checkpoints can move on) when destroyed.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    bool ok() const { return m_status.ok(); }
    const core::Status &status() const { return m_status; }

private:
    Database &m_db;
    core::Status m_status;
    bool m_active = false;
};

// The one keyset listing: reads every row of a list page by page, each page the `pageSize` rows after the last
// row of the one before, all inside one ReadSnapshot, so a sync committing between pages can neither skip nor
// repeat a row and reading deep into the list costs what the first page costs.
//   read(const Row *after, int limit) -> core::Result<QList<Row>>   (after == nullptr: the first page)
//   each(const Row &row)
template <class Row, class Read, class Each>
core::Status forEachRow(Database &db, int pageSize, Read &&read, Each &&each)
{
    ReadSnapshot snapshot(db);
    if (!snapshot.ok())
        return snapshot.status();
    std::optional<Row> last;
    for (;;) {
        core::Result<QList<Row>> rows = read(last ? &*last : nullptr, pageSize);
        if (!rows)
            return rows.error();
        for (const Row &row : rows.value())
            each(row);
        if (rows.value().size() < pageSize)
            return {};
        last = rows.value().constLast();
    }
}

} // namespace anxin::store

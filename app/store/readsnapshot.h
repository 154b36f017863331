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

// How a list is read a page at a time, for any repository with page(filter, sort, offset, limit) and a keyset
// pageAfter(filter, sort, after, limit): `after` (a row of the page before, normally its last) when there is one,
// `offset` otherwise. What the list models' RowWindow and forEachRow() below read with.
template <class Repo, class Filter, class Sort>
struct KeysetReader
{
    const Repo &repo;
    const Filter &filter;
    const Sort &sort;

    template <class Row>
    auto operator()(const Row *after, int offset, int limit) const
    {
        return after ? repo.pageAfter(filter, sort, *after, limit) : repo.page(filter, sort, offset, limit);
    }
};
template <class Repo, class Filter, class Sort>
KeysetReader(const Repo &, const Filter &, const Sort &) -> KeysetReader<Repo, Filter, Sort>;

// The one keyset listing: reads every row of a list page by page, each page the `pageSize` rows after the last
// row of the one before, all inside one ReadSnapshot, so a sync committing between pages can neither skip nor
// repeat a row and reading deep into the list costs what the first page costs.
//   read(const Row *after, int offset, int limit) -> core::Result<QList<Row>>  (a KeysetReader; offset is 0)
//   each(const Row &row)
template <class Row, class Read, class Each>
core::Status forEachRow(Database &db, int pageSize, Read &&read, Each &&each)
{
    ReadSnapshot snapshot(db);
    if (!snapshot.ok())
        return snapshot.status();
    std::optional<Row> last;
    for (;;) {
        core::Result<QList<Row>> rows = read(last ? &*last : static_cast<const Row *>(nullptr), 0, pageSize);
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

#pragma once

#include "core/result.h"
#include "models/cachereader.h"

#include <functional>
#include <memory>

namespace anxin::store {
class Database;
}

namespace anxin::models {

// One kind of read of the cache, run off the UI thread on a CacheReader of its own: the read is fixed when the
// query is made (in models, next to what it reads); a page only runs it with its arguments and shows the answer,
// so no page sees the database. The newest run wins; a cache without a file (in memory) is read in place.
template <class T, class... Args>
class CacheQuery
{
public:
    using Read = std::function<core::Result<T>(store::Database &, Args...)>;
    using Show = std::function<void(core::Result<T>)>;

    CacheQuery(store::Database *db, Read read, const QString &threadName, QObject *owner)
        : m_db(db)
        , m_read(std::move(read))
        , m_reader(CacheReader::beside(db, threadName, owner))
    {}

    // False without a cache (it could not be opened): run() then does nothing.
    bool available() const { return m_db != nullptr; }
    // `show` runs on the owner's thread with the answer (or the error that kept the read from running).
    void run(Args... args, Show show)
    {
        if (!m_db)
            return;
        CacheReader::read(
            m_reader, *m_db, [read = m_read, args...](store::Database &db) { return read(db, args...); },
            std::move(show));
    }

private:
    store::Database *m_db;
    Read m_read;
    CacheReader *m_reader; // a child of the owner; null for a cache without a file
};

} // namespace anxin::models

#pragma once

#include "core/result.h"
#include "store/records.h"

#include <optional>

namespace anxin::store {

class Database;

// Index of evidence images downloaded for offline viewing (the files live in the profile's cache dir).
class ImageCacheRepository
{
public:
    explicit ImageCacheRepository(Database &db)
        : m_db(db)
    {}
    core::Status put(const ImageCacheRecord &image);
    // Marks the image used at `now` (LRU) and returns it.
    core::Result<std::optional<ImageCacheRecord>> use(const QString &url, qint64 now);
    core::Result<qint64> totalBytes() const;
    // Least recently used entries to drop so that the cache fits in `budgetBytes`.
    core::Result<QList<ImageCacheRecord>> evictionCandidates(qint64 budgetBytes) const;
    core::Status remove(const QString &url);

private:
    Database &m_db;
};

} // namespace anxin::store

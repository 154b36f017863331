#include "store/imagecacherepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

namespace anxin::store {

using core::Status;

namespace {

ImageCacheRecord readImage(const QSqlQuery &r)
{
    return ImageCacheRecord{r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong(),
                            r.value(3).toLongLong(), r.value(4).toLongLong()};
}

const QString kSelect = QStringLiteral("SELECT url, local_path, bytes, fetched_at, last_used_at FROM image_cache ");

} // namespace

Status ImageCacheRepository::put(const ImageCacheRecord &i)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r = runStatement(m_db,
                              QStringLiteral("INSERT OR REPLACE INTO image_cache (url, local_path, bytes, fetched_at, "
                                             "last_used_at) VALUES (?, ?, ?, ?, ?)"),
                              {i.url, i.localPath, i.bytes, i.fetchedAt, i.lastUsedAt});
        return r ? Status{} : Status{r.error()};
    });
}

core::Result<std::optional<ImageCacheRecord>> ImageCacheRepository::use(const QString &url, qint64 now)
{
    std::optional<ImageCacheRecord> found;
    const Status s = inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r =
            runStatement(m_db, QStringLiteral("UPDATE image_cache SET last_used_at = ? WHERE url = ?"), {now, url});
        if (!r)
            return r.error();
        auto q = runQuery(m_db, kSelect + QStringLiteral("WHERE url = ?"), {url});
        if (!q)
            return q.error();
        if (q.value().next())
            found = readImage(q.value());
        return {};
    });
    if (!s)
        return s.error();
    return found;
}

core::Result<qint64> ImageCacheRepository::totalBytes() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT coalesce(sum(bytes), 0) FROM image_cache"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

core::Result<QList<ImageCacheRecord>> ImageCacheRepository::evictionCandidates(qint64 budgetBytes) const
{
    auto total = totalBytes();
    if (!total)
        return total.error();
    QList<ImageCacheRecord> out;
    qint64 excess = total.value() - budgetBytes;
    if (excess <= 0)
        return out;
    auto q = runQuery(m_db, kSelect + QStringLiteral("ORDER BY last_used_at, url"));
    if (!q)
        return q.error();
    while (excess > 0 && q.value().next()) {
        out.append(readImage(q.value()));
        excess -= out.last().bytes;
    }
    return out;
}

Status ImageCacheRepository::remove(const QString &url)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r = runStatement(m_db, QStringLiteral("DELETE FROM image_cache WHERE url = ?"), {url});
        return r ? Status{} : Status{r.error()};
    });
}

} // namespace anxin::store

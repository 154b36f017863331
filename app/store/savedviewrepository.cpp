#include "store/savedviewrepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

namespace anxin::store {

using core::Error;
using core::Status;

namespace {

core::Result<QList<SavedViewRecord>> readViews(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<SavedViewRecord> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append(SavedViewRecord{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                   r.value(3).toLongLong()});
    }
    return out;
}

const QString kSelect = QStringLiteral("SELECT user, name, filter_json, updated_at FROM saved_views WHERE user = ? ");

} // namespace

Status SavedViewRepository::save(const SavedViewRecord &v)
{
    if (v.name.trimmed().isEmpty())
        return Error::coded(Error::Kind::Usage, "view.name_needed", {}, QStringLiteral("a saved view needs a name"));
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r = runStatement(m_db,
                              QStringLiteral("INSERT OR REPLACE INTO saved_views (user, name, filter_json, updated_at) "
                                             "VALUES (?, ?, ?, ?)"),
                              {v.user, v.name, v.filterJson, v.updatedAt});
        return r ? Status{} : Status{r.error()};
    });
}

core::Result<std::optional<SavedViewRecord>> SavedViewRepository::get(const QString &user, const QString &name) const
{
    auto rows = readViews(runQuery(m_db, kSelect + QStringLiteral("AND name = ?"), {user, name}));
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<SavedViewRecord>{};
    return std::optional<SavedViewRecord>{rows.value().first()};
}

core::Result<QList<SavedViewRecord>> SavedViewRepository::list(const QString &user) const
{
    return readViews(runQuery(m_db, kSelect + QStringLiteral("ORDER BY name"), {user}));
}

Status SavedViewRepository::remove(const QString &user, const QString &name)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r =
            runStatement(m_db, QStringLiteral("DELETE FROM saved_views WHERE user = ? AND name = ?"), {user, name});
        return r ? Status{} : Status{r.error()};
    });
}

} // namespace anxin::store

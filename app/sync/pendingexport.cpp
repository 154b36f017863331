#include "sync/pendingexport.h"

#include "store/database.h"
#include "store/outboxrepository.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace anxin::sync {

using core::Error;

QJsonObject outboxEntryJson(const store::OutboxEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("aftersale_id"), e.aftersaleId},
                       {QStringLiteral("shop_id"), e.shopId},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("payload"), QJsonDocument::fromJson(e.payloadJson.toUtf8()).object()},
                       {QStringLiteral("expected_update_time"), e.expectedUpdateTime},
                       {QStringLiteral("state"), QLatin1String(store::OutboxRepository::stateName(e.state))},
                       {QStringLiteral("attempts"), e.attempts},
                       {QStringLiteral("last_error"), e.lastError},
                       {QStringLiteral("next_attempt_at"), e.nextAttemptAt},
                       {QStringLiteral("created_at"), e.createdAt},
                       {QStringLiteral("created_by"), e.createdBy},
                       {QStringLiteral("conflict"), QJsonDocument::fromJson(e.conflictJson.toUtf8()).object()}};
}

core::Result<QJsonArray> readUnfinishedDecisions(const QString &databasePath)
{
    store::Database db;
    if (auto st = db.openReadOnly(databasePath); !st)
        return st.error();
    auto entries = store::OutboxRepository(db).list();
    if (!entries)
        return entries.error();
    QJsonArray out;
    for (const auto &e : entries.value()) {
        if (!store::isSettled(e.state))
            out.append(outboxEntryJson(e));
    }
    return out;
}

core::Result<int> exportUnfinishedDecisions(const QString &databasePath, const QString &outFile)
{
    auto list = readUnfinishedDecisions(databasePath);
    if (!list)
        return list.error();
    QSaveFile f(outFile);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage, QStringLiteral("cannot write %1: %2").arg(outFile, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject doc{{QStringLiteral("source"), databasePath}, {QStringLiteral("decisions"), list.value()}};
    f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error::make(Error::Kind::Storage, QStringLiteral("cannot write %1: %2").arg(outFile, f.errorString()));
    return int(list.value().size());
}

} // namespace anxin::sync

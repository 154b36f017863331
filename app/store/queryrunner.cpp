#include "store/queryrunner.h"

#include "store/database.h"
#include "store/statementfault.h"

#include <QSqlError>
#include <QStringList>

namespace anxin::store {

core::Result<QSqlQuery> runQuery(const Database &db, const QString &sql, const QVariantList &binds)
{
    core::Status s;
    QSqlQuery q = db.prepare(sql, &s);
    if (!s)
        return s.error();
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // QtSql binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT '': store "" instead.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(int(i), QStringLiteral(""));
        else
            q.bindValue(int(i), v);
    }
    if (core::Status injected = testing::StatementFault::check(sql); !injected)
        return injected.error();
    if (!q.exec())
        return Database::errorFrom(q.lastError(), sql.simplified().left(60));
    return q;
}

core::Result<int> runStatement(const Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = runQuery(db, sql, binds);
    if (!q)
        return q.error();
    return q.value().numRowsAffected();
}

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace anxin::store

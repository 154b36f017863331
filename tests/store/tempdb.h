#pragma once

#include "store/database.h"
#include "store/records.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace anxin::test {

// The error message of a failed Status/Result, for QVERIFY2.
template <class R>
QByteArray errorText(const R &r)
{
    return r.ok() ? QByteArray()
                  : (r.error().message + QStringLiteral(" [") +
                     QString::fromLatin1(core::errorKindName(r.error().kind)) + QLatin1Char(']'))
                        .toUtf8();
}
#define ANXIN_VERIFY_OK(expr)                                                                                          \
    do {                                                                                                               \
        const auto &anxinResult_ = (expr);                                                                             \
        QVERIFY2(anxinResult_.ok(), anxin::test::errorText(anxinResult_).constData());                                 \
    } while (false)

// A database file in a fresh temporary directory, removed with the object.
class TempDb
{
public:
    TempDb()
        : m_path(m_dir.filePath(QStringLiteral("anxin.db")))
    {}
    const QString &path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Opens (and migrates) the built-in schema; returns the Database, asserting success is the caller's job.
    core::Status open(store::Database &db, const store::Database::Options &options = {}) const
    {
        return db.open(m_path, options);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QVariant scalar(const store::Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

inline store::TicketRecord makeTicket(const QString &id, qint64 updateTime, const QString &shop = QStringLiteral("s1"))
{
    store::TicketRecord t;
    t.aftersaleId = id;
    t.shopId = shop;
    t.shopOrderId = QStringLiteral("69") + id;
    t.updateTime = updateTime;
    t.applyTime = updateTime - 100;
    t.aftersaleStatus = 6;
    t.refundAmount = 1000;
    t.productName = QStringLiteral("product ") + id;
    t.rawJson = QStringLiteral("{\"aftersale_id\":\"%1\"}").arg(id);
    return t;
}

// 3 000 tickets with 400 characters of raw JSON each: a file of over a megabyte once upserted, for the
// corruption and size tests.
inline QList<store::TicketRecord> bulkyTickets()
{
    QList<store::TicketRecord> rows;
    for (int i = 0; i < 3000; ++i) {
        store::TicketRecord t = makeTicket(QString::number(7000000000000000000LL + i), 1000 + i);
        t.rawJson = QString(400, QLatin1Char('x'));
        rows << t;
    }
    return rows;
}

// Overwrites bytes deep inside a file of over a megabyte (the ticket pages), leaving the header and the schema
// readable; returns the damaged bytes, empty when the file is too small or cannot be written.
inline QByteArray damageMiddle(const QString &path)
{
    QByteArray bytes = TempDb::readAll(path);
    if (bytes.size() <= 1024 * 1024)
        return {};
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64 * 1024; i += 97)
        bytes[i] = char(0xA5);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return {};
    return bytes;
}

} // namespace anxin::test

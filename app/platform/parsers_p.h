#pragma once

// Private to the parsers: a JSON object reader that records the first failure with its JSON path.

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

namespace anxin::platform::detail {

using namespace Qt::Literals::StringLiterals;

// The first failure with its JSON path; reads after a failure are cheap no-ops that return defaults.
// Messages never contain field values (they may be tokens or buyer PII), only paths and expectations.
class ParseContext
{
public:
    bool failed() const { return !m_what.isEmpty(); }
    void fail(const QString &path, const QString &what);
    core::Error error() const;
    // A malformed optional time: logged with its path (never its value) and read as absent, so one bad field
    // never fails its page (issue #26).
    void skip(const QString &path, const QString &what);
    int skipped() const { return m_skipped; }

private:
    int m_skipped = 0;
    QString m_path;
    QString m_what;
};

enum class Need
{
    Optional,
    Required
};

// The forms accepted for a number (see parsers.h for the rules):
enum class Num
{
    Any,         // any qint64
    NonNegative, // money, counts, page numbers
    Time,        // Unix seconds >= 0; optional times also accept "yyyy-MM-dd HH:mm:ss" (UTC+8), and a malformed
                 // optional time is skipped (read as absent, logged), not a failure
    Code,        // an enum-like code in int range; optional and absent -> kUnknown
};

class ObjectReader
{
public:
    ObjectReader(ParseContext &ctx, QJsonObject object, QString path);

    const QJsonObject &object() const { return m_object; }
    ParseContext &context() const { return m_ctx; }
    const QString &path() const { return m_path; }
    QString childPath(QLatin1StringView key) const;
    // `a` when present and not null, else `b` when present and not null, else `a`.
    QLatin1StringView pick(QLatin1StringView a, QLatin1StringView b) const;
    bool has(QLatin1StringView key) const; // present and not null

    QString id(QLatin1StringView key, Need need = Need::Optional);
    qint64 number(QLatin1StringView key, Num kind, Need need = Need::Optional);
    int code(QLatin1StringView key, Need need = Need::Optional) { return int(number(key, Num::Code, need)); }
    QString string(QLatin1StringView key, Need need = Need::Optional);
    bool flag(QLatin1StringView key, bool *present = nullptr);
    QJsonObject object(QLatin1StringView key, Need need = Need::Optional);
    QJsonArray array(QLatin1StringView key, Need need = Need::Optional);
    QStringList stringList(QLatin1StringView key);
    QList<qint64> numberList(QLatin1StringView key, Num kind);

private:
    ParseContext &m_ctx;
    QJsonObject m_object;
    QString m_path;
};

// Value-level readers, shared by ObjectReader and array elements. `path` is only used on failure.
QString readId(ParseContext &ctx, const QJsonValue &v, const QString &path, Need need);
qint64 readNumber(ParseContext &ctx, const QJsonValue &v, const QString &path, Num kind, Need need);
QString readString(ParseContext &ctx, const QJsonValue &v, const QString &path, Need need);

QString indexPath(const QString &path, qsizetype i);

// Reads `array` element by element as objects with `parseOne(ObjectReader &) -> T`; stops at the first failure.
template <class T, class F>
QList<T> readObjects(ParseContext &ctx, const QJsonArray &array, const QString &path, F parseOne)
{
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && !ctx.failed(); ++i) {
        const QJsonValue v = array.at(i);
        if (!v.isObject()) {
            ctx.fail(indexPath(path, i), u"expected object"_s);
            break;
        }
        ObjectReader r(ctx, v.toObject(), indexPath(path, i));
        out.append(parseOne(r));
    }
    return out;
}

// `data` must be an object (path "data").
bool dataObject(ParseContext &ctx, const QJsonValue &data, QJsonObject *out);

// The paged-list bookkeeping shared by afterSale.List and order.searchList.
struct PageInfo
{
    bool hasMore = false;
    qint64 total = 0;
    qint64 page = 0;
    qint64 size = 0;
};
PageInfo readPageInfo(ObjectReader &r);
inline constexpr qsizetype kMaxPageItems = 100;

} // namespace anxin::platform::detail

#include "sandbox/jsonparams.h"

#include <QJsonArray>

#include <limits>

namespace anxin::sandbox::params {
namespace {

bool digitsOnly(const QString &s)
{
    if (s.isEmpty() || s.size() > 19)
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool readInteger(const QJsonValue &v, qint64 *out)
{
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        const bool negative = s.startsWith(QLatin1Char('-'));
        if (!digitsOnly(negative ? s.mid(1) : s))
            return false;
        bool ok = false;
        *out = s.toLongLong(&ok);
        return ok;
    }
    if (!v.isDouble())
        return false;
    // Qt keeps JSON integers as 64-bit integers; toInteger() fails for fractional values.
    const qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 i = v.toInteger(sentinel);
    if (i == sentinel)
        return false;
    *out = i;
    return true;
}

} // namespace

bool readId(const QJsonValue &value, qint64 *out)
{
    qint64 v = 0;
    if (!readInteger(value, &v) || v <= 0)
        return false;
    *out = v;
    return true;
}

Get id(const QJsonObject &o, const char *key, qint64 *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return Get::Missing;
    return readId(v, out) ? Get::Ok : Get::Invalid;
}

Get integer(const QJsonObject &o, const char *key, qint64 *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return Get::Missing;
    return readInteger(v, out) ? Get::Ok : Get::Invalid;
}

Get integerList(const QJsonObject &o, const char *key, QList<qint64> *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return Get::Missing;
    if (!v.isArray())
        return Get::Invalid;
    out->clear();
    for (const QJsonValue &item : v.toArray()) {
        qint64 x = 0;
        if (!readInteger(item, &x))
            return Get::Invalid;
        out->append(x);
    }
    return Get::Ok;
}

Get string(const QJsonObject &o, const char *key, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return Get::Missing;
    if (!v.isString())
        return Get::Invalid;
    *out = v.toString();
    return Get::Ok;
}

Get boolean(const QJsonObject &o, const char *key, bool *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return Get::Missing;
    if (v.isBool()) {
        *out = v.toBool();
        return Get::Ok;
    }
    qint64 i = 0;
    if (v.isDouble() && readInteger(v, &i) && (i == 0 || i == 1)) {
        *out = i == 1;
        return Get::Ok;
    }
    if (v.isString() && (v.toString() == QLatin1String("true") || v.toString() == QLatin1String("false"))) {
        *out = v.toString() == QLatin1String("true");
        return Get::Ok;
    }
    return Get::Invalid;
}

} // namespace anxin::sandbox::params

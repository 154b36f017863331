#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace anxin::sandbox::params {

enum class Get
{
    Missing,
    Ok,
    Invalid
};

// An id: a string of 1..19 digits or an integral JSON number (read as an integer, never through a double).
bool readId(const QJsonValue &value, qint64 *out);
Get id(const QJsonObject &o, const char *key, qint64 *out);
// An integer: a JSON integer or a digit string.
Get integer(const QJsonObject &o, const char *key, qint64 *out);
Get integerList(const QJsonObject &o, const char *key, QList<qint64> *out);
Get string(const QJsonObject &o, const char *key, QString *out);
// true/false, 1/0 or "true"/"false"
Get boolean(const QJsonObject &o, const char *key, bool *out);

} // namespace anxin::sandbox::params

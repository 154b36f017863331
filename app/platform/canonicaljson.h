#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace anxin::platform {

// The platform's canonical param_json (contract §2): compact, object keys sorted by UTF-8 byte order at every
// depth (objects inside arrays too), array order kept, non-ASCII as raw UTF-8, '/' not escaped, integers
// written as integers (never through a double), null members omitted, "{}" for no parameters.
QByteArray canonicalJson(const QJsonValue &value);
QByteArray canonicalJson(const QJsonObject &object);

} // namespace anxin::platform

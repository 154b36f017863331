#include "platform/canonicaljson.h"

#include <QCborValue>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace anxin::platform {
namespace {

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void writeValue(QByteArray &out, const QJsonValue &v);

void writeObject(QByteArray &out, const QJsonObject &o)
{
    std::vector<std::pair<QByteArray, QString>> keys;
    keys.reserve(size_t(o.size()));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue; // null members are omitted
        keys.emplace_back(it.key().toUtf8(), it.key());
    }
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    out += '{';
    bool first = true;
    for (const auto &[utf8, key] : keys) {
        if (!first)
            out += ',';
        first = false;
        writeString(out, key);
        out += ':';
        writeValue(out, o.value(key));
    }
    out += '}';
}

void writeValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::String:
        writeString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            writeValue(out, a.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        writeObject(out, v.toObject());
        break;
    case QJsonValue::Double: {
        // Qt keeps integers that fit in 64 bits as integers internally; write them from the integer.
        const QCborValue cbor = QCborValue::fromJsonValue(v);
        if (cbor.isInteger()) {
            out += QByteArray::number(cbor.toInteger());
        } else {
            const double d = v.toDouble();
            if (std::isfinite(d))
                out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            else
                out += "null";
        }
        break;
    }
    }
}

} // namespace

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    writeValue(out, value);
    return out;
}

QByteArray canonicalJson(const QJsonObject &object)
{
    QByteArray out;
    writeObject(out, object);
    return out;
}

} // namespace anxin::platform

#pragma once

#include <QByteArray>
#include <QString>

#include <initializer_list>

namespace anxin::core {

// The hash of one entry of an append-only, hash-chained log (the local audit log, the team audit):
// sha256(prev_hash || fields), each part length-prefixed ("<n>:<bytes>\n") so no two entries share a canonical
// form. Hex, lower case. An edit to any entry breaks its hash and every later entry's prev_hash.
QString chainHash(const QString &prevHash, std::initializer_list<QByteArray> fields);

} // namespace anxin::core

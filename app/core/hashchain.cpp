#include "core/hashchain.h"

#include <QCryptographicHash>

namespace anxin::core {

namespace {

void addField(QCryptographicHash &h, const QByteArray &bytes)
{
    h.addData(QByteArray::number(bytes.size()));
    h.addData(QByteArrayView(":", 1));
    h.addData(bytes);
    h.addData(QByteArrayView("\n", 1));
}

} // namespace

QString chainHash(const QString &prevHash, std::initializer_list<QByteArray> fields)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, prevHash.toUtf8());
    for (const QByteArray &f : fields)
        addField(h, f);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace anxin::core

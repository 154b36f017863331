#pragma once

#include <QByteArray>
#include <QString>

namespace anxin::sandbox {

struct BuyerPii
{
    QString name;
    QString tel;
    QString province;
    QString city;
    QString town;
    QString street;
    QString detail; // street + house number
    int region = 0; // index of the province/city/town triple
};

enum class PiiField
{
    Name = 2,
    Tel = 3,
    Address = 1
}; // = batchDecrypt's data_type

namespace buyerdata {

// Deterministic buyer details for a (shop, buyer) pair.
BuyerPii pii(quint64 seed, int shop, quint32 buyer);
QString maskName(const QString &name);
QString maskTel(const QString &tel);
QString regionCode(int region, int level); // 0 province, 1 city, 2 town, 3 street

// Reversible sandbox "encryption" (no real cryptography): "#" base64(header + keystream XOR) "#" checksum.
// The key derives from the seed, so ciphertext from another seed does not decrypt.
QString encrypt(quint64 seed, qint64 orderId, PiiField field, const QString &plain);
// Returns false when the text is not our ciphertext (or from another seed).
bool decrypt(quint64 seed, const QString &cipher, QString *plain, qint64 *orderId, PiiField *field);

} // namespace buyerdata
} // namespace anxin::sandbox

#include "sandbox/buyerdata.h"

#include "sandbox/hashing.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QtEndian>

#include <array>

namespace anxin::sandbox::buyerdata {
namespace {

constexpr std::array<const char *, 20> kSurnames{"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴",
                                                 "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
constexpr std::array<const char *, 20> kGiven{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊",   "洋",   "艳",
                                              "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "晓燕", "桂英"};

struct Region
{
    const char *province;
    const char *city;
    const char *town;
    int code;
};

constexpr std::array<Region, 10> kRegions{{
    {"浙江省", "杭州市", "西湖区", 330106},
    {"广东省", "深圳市", "南山区", 440305},
    {"江苏省", "南京市", "鼓楼区", 320106},
    {"北京市", "北京市", "朝阳区", 110105},
    {"上海市", "上海市", "浦东新区", 310115},
    {"四川省", "成都市", "武侯区", 510107},
    {"湖北省", "武汉市", "洪山区", 420111},
    {"山东省", "青岛市", "市南区", 370202},
    {"福建省", "厦门市", "思明区", 350203},
    {"河南省", "郑州市", "金水区", 410105},
}};

constexpr std::array<const char *, 8> kRoads{"文三路",   "科技园南路", "中山北路", "建国路",
                                             "世纪大道", "人民南路",   "珞喻路",   "香港中路"};
constexpr std::array<const char *, 6> kEstates{"阳光花园", "锦绣家园", "翠苑小区", "金色港湾", "幸福里", "湖畔名邸"};
constexpr std::array<const char *, 9> kTelPrefixes{"138", "139", "150", "151", "186", "187", "135", "177", "199"};

QByteArray key(quint64 seed)
{
    QByteArray k("anxin-sandbox-pii-key:");
    k += QByteArray::number(seed);
    return k;
}

QByteArray keystream(quint64 seed, const QByteArray &header, qsizetype length)
{
    QByteArray out;
    for (int block = 0; out.size() < length; ++block) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(key(seed));
        h.addData(header);
        h.addData(QByteArray::number(block));
        out += h.result();
    }
    out.truncate(length);
    return out;
}

QByteArray checksum(quint64 seed, const QByteArray &header, const QByteArray &plain)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(key(seed));
    h.addData(header);
    h.addData(plain);
    return h.result().left(3).toHex();
}

} // namespace

BuyerPii pii(quint64 seed, int shop, quint32 buyer)
{
    const quint64 k = mix64(seed, (quint64(shop) << 32) | buyer);
    BuyerPii p;
    p.name =
        QString::fromUtf8(kSurnames[pick(k, kSurnames.size())]) + QString::fromUtf8(kGiven[pick(k + 1, kGiven.size())]);
    if (pick(k + 2, 3) == 0)
        p.name += QString::fromUtf8(kGiven[pick(k + 3, kGiven.size())]);
    p.tel = QString::fromLatin1(kTelPrefixes[pick(k + 4, kTelPrefixes.size())]) +
            QStringLiteral("%1").arg(pick(k + 5, 100000000), 8, 10, QLatin1Char('0'));
    p.region = int(pick(k + 6, kRegions.size()));
    const Region &r = kRegions[size_t(p.region)];
    p.province = QString::fromUtf8(r.province);
    p.city = QString::fromUtf8(r.city);
    p.town = QString::fromUtf8(r.town);
    p.street = QString::fromUtf8(kRoads[pick(k + 7, kRoads.size())]);
    p.detail = p.street + QString::number(1 + pick(k + 8, 300)) + QStringLiteral("号") +
               QString::fromUtf8(kEstates[pick(k + 9, kEstates.size())]) + QString::number(1 + pick(k + 10, 20)) +
               QStringLiteral("栋") + QString::number(101 + pick(k + 11, 2000)) + QStringLiteral("室");
    return p;
}

QString maskName(const QString &name)
{
    return name.isEmpty() ? QString() : name.left(1) + QStringLiteral("**");
}

QString maskTel(const QString &tel)
{
    return tel.size() < 7 ? QStringLiteral("***") : tel.left(3) + QStringLiteral("****") + tel.right(4);
}

QString regionCode(int region, int level)
{
    const int town = kRegions[size_t(region) % kRegions.size()].code;
    switch (level) {
    case 0:
        return QString::number(town / 10000);
    case 1:
        return QString::number(town / 100);
    case 2:
        return QString::number(town);
    default:
        return QString::number(qint64(town) * 1000 + 1);
    }
}

QString encrypt(quint64 seed, qint64 orderId, PiiField field, const QString &plain)
{
    QByteArray header(9, '\0');
    qToBigEndian(orderId, header.data());
    header[8] = char(field);
    const QByteArray bytes = plain.toUtf8();
    const QByteArray ks = keystream(seed, header, bytes.size());
    QByteArray body = header;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        body += char(bytes[i] ^ ks[i]);
    return QLatin1Char('#') + QString::fromLatin1(body.toBase64()) + QLatin1Char('#') +
           QString::fromLatin1(checksum(seed, header, bytes));
}

bool decrypt(quint64 seed, const QString &cipher, QString *plain, qint64 *orderId, PiiField *field)
{
    const QStringList parts = cipher.split(QLatin1Char('#'));
    if (parts.size() != 3 || !parts[0].isEmpty())
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(parts[1].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 9)
        return false;
    const QByteArray header = decoded.decoded.left(9);
    const QByteArray enc = decoded.decoded.mid(9);
    const QByteArray ks = keystream(seed, header, enc.size());
    QByteArray bytes(enc.size(), '\0');
    for (qsizetype i = 0; i < enc.size(); ++i)
        bytes[i] = char(enc[i] ^ ks[i]);
    if (checksum(seed, header, bytes) != parts[2].toLatin1())
        return false;
    *plain = QString::fromUtf8(bytes);
    *orderId = qFromBigEndian<qint64>(header.constData());
    *field = PiiField(quint8(header[8]));
    return true;
}

} // namespace anxin::sandbox::buyerdata

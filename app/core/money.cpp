#include "core/money.h"

namespace anxin::core {

QString formatFen(qint64 fen, bool withSymbol)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(-(fen + 1)) + 1 : quint64(fen);
    QString yuan = QString::number(abs / 100);
    for (int i = yuan.size() - 3; i > 0; i -= 3)
        yuan.insert(i, QLatin1Char(','));
    const QString cents = QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    QString out;
    if (negative)
        out += QLatin1Char('-');
    if (withSymbol)
        out += QChar(0x00A5);
    out += yuan + QLatin1Char('.') + cents;
    return out;
}

} // namespace anxin::core

#include "core/shopremark.h"

#include <QRegularExpression>

namespace anxin::core {

namespace {

const QChar kOpen(0x3014);  // 〔
const QChar kClose(0x3015); // 〕
const QChar kBar(0xFF5C);   // ｜

QString handoverWord()
{
    return QStringLiteral("交接");
}

QString cleanAuthor(const QString &author)
{
    QString a = author.simplified();
    for (QChar &c : a) {
        if (c == kOpen || c == kClose || c == kBar)
            c = QLatin1Char(' ');
    }
    a = a.simplified();
    return a.isEmpty() ? QStringLiteral("?") : a;
}

QString mark(const QString &author, bool handover)
{
    return kOpen + cleanAuthor(author) + (handover ? kBar + handoverWord() : QString()) + kClose;
}

} // namespace

QString ShopRemarks::compose(const QString &author, const QString &text, bool handover)
{
    return mark(author, handover) + text.trimmed();
}

int ShopRemarks::roomForText(const QString &author, bool handover)
{
    return kMaxChars - int(mark(author, handover).size());
}

ShopRemarkText ShopRemarks::parse(const QString &remark, const QString &operatorName)
{
    static const QRegularExpression re(
        QStringLiteral("^\\x{3014}([^\\x{3014}\\x{3015}\\x{FF5C}]+)(\\x{FF5C}%1)?\\x{3015}").arg(handoverWord()));
    const QRegularExpressionMatch m = re.match(remark);
    if (!m.hasMatch())
        return ShopRemarkText{operatorName, remark, false, false};
    return ShopRemarkText{m.captured(1), remark.mid(m.capturedLength()), m.capturedLength(2) > 0, true};
}

} // namespace anxin::core

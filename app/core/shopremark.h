#pragma once

#include <QString>

namespace anxin::core {

// Internal notes travel between the desks of a shop as the platform's shop remarks on a ticket
// (afterSale.addOrderRemark): every account of the shop sees them, but the platform names only the shop account
// as their operator. So a note written here carries its author, and a handover note its mark, at the front of the
// text: "〔小王〕text", "〔小王｜交接〕text". Remarks written elsewhere (the platform's own back office) have neither:
// their author is the operator the platform names.
struct ShopRemarkText
{
    QString author;
    QString text;
    bool handover = false;
    bool fromDesk = false; // written by a desk (has the author mark)
};

class ShopRemarks
{
public:
    static constexpr int kMaxChars = 500;  // the platform's limit, the author mark included (contract §5)
    static constexpr int kMaxPerHour = 20; // per ticket, this desk's own pace (the platform's is undocumented)

    // The remark sent for a note: the author mark (brackets and bars in the name become spaces) and the text.
    static QString compose(const QString &author, const QString &text, bool handover);
    // How many characters of note text fit beside `author`'s mark.
    static int roomForText(const QString &author, bool handover);
    static ShopRemarkText parse(const QString &remark, const QString &operatorName);
};

} // namespace anxin::core

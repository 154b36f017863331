#include "shell/pageregistry.h"

#include <QCoreApplication>

namespace anxin::ui {

const std::array<PageInfo, kPageCount> &pages()
{
    static const std::array<PageInfo, kPageCount> list{{
        {PageId::Workbench, "workbench", ":/icons/workbench.svg"},
        {PageId::AfterSales, "aftersales", ":/icons/aftersales.svg"},
        {PageId::Claims, "claims", ":/icons/claims.svg"},
        {PageId::Shipping, "shipping", ":/icons/shipping.svg"},
        {PageId::Score, "score", ":/icons/score.svg"},
        {PageId::Pending, "pending", ":/icons/pending.svg"},
        {PageId::Settings, "settings", ":/icons/settings.svg"},
    }};
    return list;
}

const PageInfo *pageByKey(const QString &key)
{
    for (const auto &p : pages()) {
        if (key == QLatin1String(p.key))
            return &p;
    }
    return nullptr;
}

QString pageTitle(PageId id)
{
    switch (id) {
    case PageId::Workbench:
        return QCoreApplication::translate("Pages", "Workbench");
    case PageId::AfterSales:
        return QCoreApplication::translate("Pages", "After-sales");
    case PageId::Claims:
        return QCoreApplication::translate("Pages", "Claims");
    case PageId::Shipping:
        return QCoreApplication::translate("Pages", "Shipping");
    case PageId::Score:
        return QCoreApplication::translate("Pages", "Score");
    case PageId::Pending:
        return QCoreApplication::translate("Pages", "Pending sync");
    case PageId::Settings:
        return QCoreApplication::translate("Pages", "Settings");
    }
    return {};
}

QString pageDescription(PageId id)
{
    switch (id) {
    case PageId::Workbench:
        return QCoreApplication::translate(
            "Pages", "What needs you in the next 4 hours across all shops: ticket deadlines, claim windows and "
                     "ship-by times by band, plus a shift handover summary.");
    case PageId::AfterSales:
        return QCoreApplication::translate(
            "Pages", "Every ticket of every shop in one list, sorted by time left before the platform decides for "
                     "the buyer, with order lines, evidence and history; approve, reject, confirm receipt, extend.");
    case PageId::Claims:
        return QCoreApplication::translate(
            "Pages", "Spoiled-fresh and cosmetic-allergy guarantee claims with an eligibility checklist, the window "
                     "left, proportional refunds and auto-approve rules you can dry-run first.");
    case PageId::Shipping:
        return QCoreApplication::translate(
            "Pages", "Paid orders against their promised ship time, shipped orders with no carrier pickup, and "
                     "alerts before a breach.");
    case PageId::Score:
        return QCoreApplication::translate(
            "Pages", "The platform's daily experience score, our own estimate with drill-down to the tickets and "
                     "orders behind it, and what-if.");
    case PageId::Pending:
        return QCoreApplication::translate(
            "Pages", "Decisions made on this computer that are waiting to reach the platform, with their state; "
                     "undo while pending, resolve conflicts.");
    case PageId::Settings:
        return QCoreApplication::translate("Pages", "Language, shop connection and this profile.");
    }
    return {};
}

} // namespace anxin::ui

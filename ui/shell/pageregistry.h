#pragma once

#include <QIcon>
#include <QString>

#include <array>

namespace anxin::ui {

// The seven pages of the navigation rail, in order. `id` is stable: settings, screenshots, objectNames.
enum class PageId
{
    Workbench,
    AfterSales,
    Claims,
    Shipping,
    Score,
    Pending,
    Settings
};
inline constexpr int kPageCount = 7;

struct PageInfo
{
    PageId id;
    const char *key;      // "workbench", "aftersales", ...
    const char *iconPath; // resource path
};

const std::array<PageInfo, kPageCount> &pages();
QString pageTitle(PageId id);       // translated
QString pageDescription(PageId id); // translated: what the page holds
const PageInfo *pageByKey(const QString &key);

} // namespace anxin::ui

#pragma once

#include <QString>

#include <span>

namespace anxin::sandbox {

enum class CategoryKind : quint8
{
    Fruit,
    Seafood,
    Flowers,
    SkinCare,
    MakeUp,
    Apparel,
    Baby,
    Snacks
};

struct Category
{
    CategoryKind kind;
    int cid;            // first_cid
    const char *name;   // first_cname (UTF-8)
    int presaleMaxDays; // 0: never presale
};

struct CatalogueEntry
{
    const char *name; // UTF-8
    CategoryKind kind;
    int priceFen;
    const char *spec; // UTF-8 sku spec "规格:值"
    quint8 supply7dayReturn;
    quint8 allergyReturn; // support_allergy_returnV2
    quint8 damagedReturn; // damaged_order_return (fresh spoilage guarantee)
};

struct Reason
{
    int code;
    const char *name;
};

struct RejectReason
{
    int code;
    const char *reason;
    bool evidenceNeed;
    const char *evidenceDescription;
};

struct Carrier
{
    const char *name;
    const char *code;   // logistics_code
    const char *prefix; // tracking number prefix
};

namespace catalogue {

std::span<const Category> categories();
const Category &category(CategoryKind kind);
std::span<const CatalogueEntry> entries();
std::span<const Reason> reasons();
int reasonIndex(int code); // -1 when unknown
std::span<const RejectReason> rejectReasons();
const RejectReason *rejectReason(int code);
std::span<const Carrier> carriers();

bool isFresh(CategoryKind kind);  // fruit, seafood, flowers: the spoiled-fresh guarantee applies
bool isBeauty(CategoryKind kind); // skin care, make-up: the allergy guarantee applies

QString utf8(const char *text);

} // namespace catalogue
} // namespace anxin::sandbox

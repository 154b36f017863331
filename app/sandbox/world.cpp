#include "sandbox/world.h"

#include <algorithm>

namespace anxin::sandbox {
namespace {

constexpr qint64 kTicketBase = 7300000000000000000LL;
constexpr qint64 kOrderBase = 6920000000000000000LL;
constexpr qint64 kProductBase = 3580000000000000000LL;
constexpr qint64 kShopStride = 100000000000LL; // 1e11 ids per shop

template <class T>
int findSorted(const std::vector<T> &items, size_t sorted, const std::unordered_map<qint64, quint32> &extra, qint64 id)
{
    const auto end = items.begin() + qsizetype(sorted);
    const auto it = std::lower_bound(items.begin(), end, id, [](const T &t, qint64 v) { return t.id < v; });
    if (it != end && it->id == id)
        return int(it - items.begin());
    const auto e = extra.find(id);
    return e == extra.end() ? -1 : int(e->second);
}

} // namespace

int World::findTicket(qint64 id) const
{
    return findSorted(tickets, sortedTickets, extraTicketIds, id);
}

int World::findOrder(qint64 id) const
{
    return findSorted(orders, sortedOrders, extraOrderIds, id);
}

int World::shopIndexById(const QByteArray &shopId) const
{
    for (size_t i = 0; i < shops.size(); ++i) {
        if (shops[i].shopId == shopId)
            return int(i);
    }
    return -1;
}

int World::shopIndexByAppKey(const QByteArray &appKey) const
{
    for (size_t i = 0; i < shops.size(); ++i) {
        if (shops[i].appKey == appKey)
            return int(i);
    }
    return -1;
}

qint64 World::ticketId(int shop, quint32 seq)
{
    return kTicketBase + shop * kShopStride + qint64(seq) * 10 + (seq * 7) % 10;
}

qint64 World::orderId(int shop, quint32 seq)
{
    return kOrderBase + shop * kShopStride + qint64(seq) * 10;
}

qint64 World::productId(int shop, int entry)
{
    return kProductBase + shop * kShopStride + entry * 13 + 1;
}

bool World::parseProductId(qint64 id, int *shop, int *entry)
{
    if (id < kProductBase)
        return false;
    const qint64 rel = id - kProductBase;
    const qint64 rest = rel % kShopStride;
    if (rest < 1 || (rest - 1) % 13 != 0)
        return false;
    *shop = int(rel / kShopStride);
    *entry = int((rest - 1) / 13);
    return *entry < int(catalogue::entries().size());
}

} // namespace anxin::sandbox

#include "sandbox/reputation.h"

#include "sandbox/hashing.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace anxin::sandbox {

namespace {

constexpr qint64 kLookBackSecs = 90 * kDay;

// Quality returns per paid order that are usual for a category (the platform's peer baseline).
double qualityNorm(CategoryKind kind)
{
    switch (kind) {
    case CategoryKind::Fruit:
    case CategoryKind::Seafood:
        return 0.09;
    case CategoryKind::Flowers:
        return 0.10;
    case CategoryKind::SkinCare:
    case CategoryKind::MakeUp:
        return 0.05;
    case CategoryKind::Apparel:
        return 0.07;
    case CategoryKind::Baby:
        return 0.05;
    case CategoryKind::Snacks:
        return 0.06;
    }
    return 0.07;
}

// The day's recomputation noise of one dimension: within ±0.6, fixed by the world, the shop and the day.
double noise(const World &w, int shop, qint64 now, int dimension)
{
    const quint64 key = mix64(mix64(w.seed ^ 0x7265707574ULL, quint64(shop)), quint64(now / kDay) * 8 + dimension);
    return (double(key % 1201) - 600.0) / 1000.0;
}

double rate(qint64 part, qint64 whole)
{
    return whole ? double(part) / double(whole) : 0.0;
}

} // namespace

ReputationScores reputationOf(const World &w, int shop, qint64 now)
{
    const qint64 since = now - kLookBackSecs;
    qint64 paid = 0, shipped = 0, late = 0, scanDue = 0, scanMissed = 0;
    double norm = 0;
    for (quint32 idx : w.shopOrders[size_t(shop)]) {
        const Order &o = w.orders[idx];
        if (!o.payTime || o.payTime < since || o.payTime > now)
            continue;
        ++paid;
        norm += qualityNorm(catalogue::entries()[o.lines[0].entry].kind);
        if (o.shipTime && o.shipTime <= now) {
            ++shipped;
            late += o.shipTime > o.expShipTime ? 1 : 0;
            if (o.shipTime + kDay <= now) {
                ++scanDue;
                scanMissed += !o.pickupTime || o.pickupTime > o.shipTime + kDay ? 1 : 0;
            }
        }
    }
    norm = paid ? norm / double(paid) : 0.07;
    qint64 quality = 0, decided = 0, rejected = 0, autoDecided = 0, arbitrated = 0;
    for (quint32 idx : w.shopTickets[size_t(shop)]) {
        const Ticket &t = w.tickets[idx];
        if (t.applyTime < since || t.applyTime > now || (t.flags & kFlagExempt))
            continue;
        const int code = catalogue::reasons()[t.reason].code;
        if (t.status == 12 &&
            (code == 3 || code == 5 || code == 19 || code == 21 || code == 26 || code == 27 || code == 34))
            ++quality;
        if (t.finalTime) {
            ++decided;
            rejected += (t.status == 27 || t.status == 29) ? 1 : 0;
            autoDecided += (t.flags & kFlagAutoDecided) ? 1 : 0;
            arbitrated += t.arbitrate ? 1 : 0;
        }
    }
    ReputationScores s;
    s.product = 100 - 30 * (1 - std::exp(-rate(quality, paid) / norm));
    s.logistics = 100 - 120 * rate(late, shipped) - 50 * rate(scanMissed, scanDue);
    s.service =
        100 *
        std::exp(-(0.8 * rate(rejected, decided) + 0.6 * rate(autoDecided, decided) + 2.5 * rate(arbitrated, decided)));
    const std::array<double *, 3> dims{&s.product, &s.logistics, &s.service};
    for (int d = 0; d < 3; ++d)
        *dims[size_t(d)] = std::clamp(*dims[size_t(d)] + noise(w, shop, now, d + 1), 0.0, 100.0);
    s.overall = std::clamp(0.45 * s.product + 0.30 * s.logistics + 0.25 * s.service, 0.0, 100.0);
    return s;
}

} // namespace anxin::sandbox

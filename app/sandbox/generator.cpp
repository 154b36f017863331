#include "sandbox/generator.h"

#include "sandbox/hashing.h"
#include "sandbox/seedcases.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace anxin::sandbox {
namespace {

const std::array<const char *, 8> kShopNames{"安心鲜果旗舰店", "美颜优选专营店", "海鲜速递直营店", "花语鲜花馆",
                                             "潮流女装店",     "萌宝母婴店",     "零食很忙官方店", "百货好物店"};

class Gen
{
public:
    Gen(World &world, QRandomGenerator &rng, qint64 now)
        : w(world)
        , r(rng)
        , now(now)
    {
        const auto entries = catalogue::entries();
        for (size_t i = 0; i < entries.size(); ++i)
            byKind[size_t(entries[i].kind)].push_back(quint16(i));
    }

    World &w;
    QRandomGenerator &r;
    qint64 now;
    std::array<std::vector<quint16>, 8> byKind;
    quint32 buyerPool = 50;

    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + qint64(r.bounded(quint64(hi - lo + 1))); }
    bool chance(int percent) { return int(r.bounded(100u)) < percent; }
    template <size_t N>
    int weighted(const std::array<int, N> &weights)
    {
        int total = 0;
        for (int x : weights)
            total += x;
        int v = int(r.bounded(quint32(total)));
        for (size_t i = 0; i < N; ++i) {
            if (v < weights[i])
                return int(i);
            v -= weights[i];
        }
        return 0;
    }
    quint16 entryOf(std::initializer_list<CategoryKind> kinds)
    {
        std::vector<quint16> pool;
        for (CategoryKind k : kinds)
            pool.insert(pool.end(), byKind[size_t(k)].begin(), byKind[size_t(k)].end());
        return pool[r.bounded(quint32(pool.size()))];
    }
    quint8 reasonIdx(std::initializer_list<int> codes)
    {
        const int code = *(codes.begin() + r.bounded(quint32(codes.size())));
        return quint8(catalogue::reasonIndex(code));
    }

    SkuLine line(quint16 entry)
    {
        const CatalogueEntry &e = catalogue::entries()[entry];
        SkuLine l;
        l.entry = entry;
        l.num = quint8(catalogue::isFresh(e.kind) ? between(1, 2) : between(1, 3));
        const qint64 gross = qint64(e.priceFen) * l.num;
        l.payAmount = qint32(gross * between(90, 100) / 100 / 10 * 10);
        return l;
    }

    void fillLines(Order &o, quint16 entry)
    {
        o.lines[0] = line(entry);
        o.lineCount = 1;
        if (chance(20)) {
            o.lines[1] = line(quint16(r.bounded(quint32(catalogue::entries().size()))));
            o.lineCount = 2;
        }
        const CategoryKind kind = catalogue::entries()[entry].kind;
        o.postAmount = catalogue::isFresh(kind) || chance(60) ? 0 : qint32(between(6, 12) * 100);
        if ((kind == CategoryKind::Apparel || catalogue::isBeauty(kind)) && chance(30))
            o.flags |= kOrderPostInsurance;
        o.carrier = quint8(r.bounded(quint32(catalogue::carriers().size())));
        o.buyer = r.bounded(buyerPool);
    }

    // Ship, pickup scan and sign-for after payment, as far as "now" allows.
    void shipFrom(Order &o, qint64 shipAt)
    {
        o.shipTime = quint32(shipAt);
        const bool noPickup = pick(mix64(w.seed, quint64(o.id)), 14) == 0 && shipAt > now - 6 * kDay;
        if (noPickup) {
            o.flags |= kOrderNoPickupScan;
            o.status = 3;
            o.updateTime = o.shipTime;
            return;
        }
        const qint64 pickup = shipAt + between(30 * 60, 20 * kHour);
        if (pickup <= now)
            o.pickupTime = quint32(pickup);
        const qint64 sign = pickup + between(18 * kHour, 4 * kDay);
        if (sign <= now)
            o.signTime = quint32(sign);
        o.status = o.signTime && o.signTime < now - 7 * kDay ? 5 : 3;
        o.updateTime = quint32(std::max<qint64>({o.shipTime, o.pickupTime, o.signTime}));
    }

    Order freeOrder(int shop, quint32 seq, qint64 createAt)
    {
        Order o;
        o.id = World::orderId(shop, seq);
        o.shop = quint16(shop);
        fillLines(o, quint16(r.bounded(quint32(catalogue::entries().size()))));
        o.createTime = quint32(createAt);
        o.updateTime = o.createTime;
        if (createAt > now - 30 * 60 && chance(15)) {
            o.status = 1; // unpaid
            return o;
        }
        o.payTime = quint32(createAt + between(5, 600));
        o.updateTime = o.payTime;
        const Category &cat = catalogue::category(catalogue::entries()[o.lines[0].entry].kind);
        if (cat.presaleMaxDays > 0 && chance(8)) {
            o.presellType = chance(80) ? 1 : 2;
            o.expShipTime = quint32(o.payTime + between(3, cat.presaleMaxDays) * kDay);
        } else {
            o.expShipTime = quint32(o.payTime + kShipPromiseSecs);
        }
        o.status = 2;
        if (o.expShipTime > now) {
            if (chance(45)) {
                const qint64 shipAt = std::min<qint64>(now - 60, o.payTime + between(2 * kHour, 30 * kHour));
                if (shipAt > o.payTime) // an order paid a moment ago has not shipped yet
                    shipFrom(o, shipAt);
            }
            return o;
        }
        const int fate = int(r.bounded(100u));
        if (fate < 2) {
            o.status = 4; // cancelled
            o.updateTime = quint32(o.payTime + between(kHour, 20 * kHour));
        } else if (fate < 22 && o.expShipTime > now - 3 * kDay) {
            // still awaiting shipment past its promise: the overdue band
        } else {
            const bool late = chance(8);
            const qint64 shipAt = late ? o.expShipTime + between(kHour, 20 * kHour)
                                       : o.payTime + between(2 * kHour, kShipPromiseSecs - kHour);
            shipFrom(o, std::min<qint64>(shipAt, now - 60));
        }
        return o;
    }

    void planOpen(Ticket &t, qint64 step)
    {
        qint64 offset = 0;
        switch (weighted(std::array<int, 6>{10, 10, 15, 25, 25, 15})) {
        case 0:
            offset = -between(60, kAutoDecideGraceSecs - 120);
            break; // overdue, not yet auto-decided
        case 1:
            offset = between(60, kHour - 1);
            break;
        case 2:
            offset = between(kHour, 4 * kHour - 1);
            break;
        case 3:
            offset = between(4 * kHour, kDay - 1);
            break;
        case 4:
            offset = between(kDay, 3 * kDay);
            break;
        default:
            offset = between(3 * kDay, 10 * kDay);
            break;
        }
        offset = std::min(offset, step - 120 - between(0, 600));
        t.deadline = quint32(now + offset);
        t.stepStart = quint32(t.deadline - step);
        t.updateTime = t.stepStart;
    }

    Ticket makeTicket(int shop, quint32 seq, Order &o, bool forceOpen);
    void orderFor(Ticket &t, Order &o, const CatalogueEntry &e);
};

Ticket Gen::makeTicket(int shop, quint32 seq, Order &o, bool forceOpen)
{
    using K = CategoryKind;
    Ticket t;
    t.id = World::ticketId(shop, seq);
    t.shop = quint16(shop);
    static constexpr std::array<int, 7> kTypes{0, 1, 2, 3, 6, 7, 8};
    t.type = quint8(kTypes[size_t(weighted(std::array<int, 7>{20, 35, 30, 5, 3, 4, 3}))]);
    quint16 entry = 0;
    switch (t.type) {
    case 1:
        entry = chance(60) ? entryOf({K::Fruit, K::Seafood, K::Flowers})
                           : entryOf({K::SkinCare, K::MakeUp, K::Baby, K::Snacks});
        break;
    case 0:
        entry = chance(40) ? entryOf({K::SkinCare, K::MakeUp}) : entryOf({K::Apparel, K::Baby, K::Snacks});
        break;
    case 3:
        entry = chance(70) ? entryOf({K::Apparel}) : entryOf({K::Baby, K::MakeUp});
        break;
    case 6:
        entry = entryOf({K::SkinCare, K::MakeUp, K::Apparel, K::Baby, K::Snacks});
        break;
    case 8:
        entry = entryOf({K::Baby, K::Apparel});
        break;
    default:
        entry = quint16(r.bounded(quint32(catalogue::entries().size())));
        break;
    }
    const CatalogueEntry &e = catalogue::entries()[entry];
    switch (t.type) {
    case 1:
        t.reason = catalogue::isFresh(e.kind) && chance(85) ? reasonIdx({19, 26, 21, 27, 26}) : reasonIdx({5, 8, 3});
        if (catalogue::isBeauty(e.kind) && chance(40))
            t.reason = reasonIdx({34});
        break;
    case 0:
        t.reason = catalogue::isBeauty(e.kind) && chance(45) ? reasonIdx({34}) : reasonIdx({1, 3, 4, 5});
        break;
    case 2:
        t.reason = reasonIdx({2, 6, 1});
        break;
    case 3:
        t.reason = reasonIdx({4, 40});
        break;
    case 6:
        t.reason = reasonIdx({9});
        break;
    case 7:
        t.reason = reasonIdx({8, 21});
        break;
    default:
        t.reason = reasonIdx({10, 3});
        break;
    }
    const int reasonCode = catalogue::reasons()[t.reason].code;
    if (catalogue::isFresh(e.kind) && (reasonCode == 19 || reasonCode == 21 || reasonCode == 26 || reasonCode == 27))
        t.flags |= kFlagFreshClaim;
    if (catalogue::isBeauty(e.kind) && reasonCode == 34)
        t.flags |= kFlagAllergyClaim;

    const bool open = forceOpen || chance(18);
    const bool express = t.type == 2 && !open && chance(90);
    if (open) {
        int status = 6;
        switch (t.type) {
        case 0:
            status = std::array<int, 3>{6, 7, 11}[size_t(weighted(std::array<int, 3>{45, 30, 25}))];
            break;
        case 3:
        case 8:
            status = std::array<int, 5>{6, 7, 11, 13, 27}[size_t(weighted(std::array<int, 5>{35, 25, 20, 15, 5}))];
            break;
        case 7:
            status = chance(60) ? 6 : 13;
            break;
        case 1:
            status = chance(95) ? 6 : 27;
            break;
        default:
            break;
        }
        t.status = quint8(status);
        if (status == 27) {
            t.arbitrate = 1; // the buyer appealed: the platform is arbitrating, the merchant may add evidence
            planOpen(t, 3 * kDay);
            t.applyTime = quint32(t.stepStart - between(kHour, 30 * kHour));
        } else {
            planOpen(t, Generator::stepSecs(t));
            switch (status) {
            case 6:
                t.applyTime = t.stepStart;
                break;
            case 7:
                t.applyTime = quint32(t.stepStart - between(300, 20 * kHour));
                if (t.deadline > now && chance(75))
                    t.returnShipAt = quint32(between(now + 600, std::max<qint64>(now + 600, t.deadline - 600)));
                break;
            case 11:
                t.returnShipAt = t.stepStart;
                t.flags |= kFlagReturnShipped;
                t.applyTime = quint32(t.stepStart - between(kHour, 5 * kDay) - between(300, 20 * kHour));
                break;
            default: // 13
                if (t.type != 7) {
                    t.returnShipAt = quint32(t.stepStart - between(kDay, 4 * kDay));
                    t.flags |= kFlagReturnShipped;
                }
                t.applyTime = quint32((t.returnShipAt ? t.returnShipAt : t.stepStart) - between(kHour, 3 * kDay));
                break;
            }
        }
    } else {
        int status = 12;
        switch (t.type) {
        case 2:
            status = express ? 12 : std::array<int, 3>{12, 28, 27}[size_t(weighted(std::array<int, 3>{50, 30, 20}))];
            break;
        case 1:
            status = std::array<int, 3>{12, 27, 28}[size_t(weighted(std::array<int, 3>{70, 15, 15}))];
            break;
        case 0:
            status = std::array<int, 4>{12, 27, 29, 28}[size_t(weighted(std::array<int, 4>{65, 10, 8, 17}))];
            break;
        case 6:
            status = chance(85) ? 12 : 27;
            break;
        case 7:
            status = std::array<int, 3>{14, 12, 27}[size_t(weighted(std::array<int, 3>{80, 10, 10}))];
            break;
        default:
            status = std::array<int, 4>{14, 27, 28, 12}[size_t(weighted(std::array<int, 4>{70, 10, 10, 10}))];
            break;
        }
        t.status = quint8(status);
        const bool viaReturn =
            (t.type == 0 || t.type == 3 || t.type == 8) && (status == 12 || status == 14 || status == 29);
        const qint64 dur = express ? 0 : viaReturn ? between(2 * kDay, 10 * kDay) : between(600, 3 * kDay);
        const qint64 newest = now - dur - 60;
        // More recent tickets are more common: skew the apply time towards now.
        const qint64 back = qint64(double(88 * kDay) * (1.0 - std::sqrt(1.0 - r.generateDouble())));
        t.applyTime = quint32(std::min<qint64>(newest, now - back));
        t.finalTime = quint32(t.applyTime + dur);
        t.updateTime = t.finalTime;
        t.stepStart = t.finalTime;
        if (viaReturn) {
            t.returnShipAt = quint32(t.applyTime + dur * 2 / 5);
            t.flags |= kFlagReturnShipped;
        }
        if (express)
            t.flags |= kFlagExpress;
        if ((status == 27 || status == 29) && chance(30))
            t.arbitrate = chance(70) ? 3 : 4;
        if (status != 28 && !express)
            t.flags |= kFlagMerchantActed;
    }
    orderFor(t, o, e);
    // Partial spoilage and the refund amount.
    const SkuLine &l = o.lines[0];
    t.num = l.num;
    t.refundAmount = l.payAmount;
    if ((t.flags & kFlagFreshClaim) && chance(40)) {
        t.badTotal = quint8(std::array<int, 5>{6, 8, 10, 12, 20}[r.bounded(5u)]);
        t.badNum = quint8(between(1, t.badTotal / 2));
        t.refundAmount = qint32(qint64(l.payAmount) * t.badNum / t.badTotal);
    } else if (t.type == 6) {
        t.refundAmount = qint32(qint64(l.payAmount) * between(5, 15) / 100);
    } else if ((t.type == 3 || t.type == 7 || t.type == 8) && t.status != 12) {
        t.refundAmount = 0;
    }
    if (t.type == 0 && t.status == 12 && chance(30))
        t.refundPostAmount = 800;
    t.refundStatus = t.status == 12 ? 3
                     : (t.status == 28 || t.status == 27 || t.status == 29 || t.status == 14)
                         ? 4
                         : (t.refundAmount ? 1 : 0);
    if (t.flags & kFlagFreshClaim)
        t.evidence = quint8(chance(93) ? between(1, 6) : 0);
    else if (t.flags & kFlagAllergyClaim)
        t.evidence = quint8(between(1, 4));
    else if (t.type == 0 || t.type == 1 || t.type == 3 || t.type == 8)
        t.evidence = quint8(between(0, 3));
    if (chance(3))
        t.risk = quint8(between(1, 3));
    if (chance(5))
        t.flags |= kFlagExempt;
    return t;
}

void Gen::orderFor(Ticket &t, Order &o, const CatalogueEntry &e)
{
    fillLines(o, quint16(&e - catalogue::entries().data()));
    if (t.type == 2) {
        o.payTime = quint32(t.applyTime - between(600, 40 * kHour));
        o.createTime = quint32(o.payTime - between(5, 600));
        o.expShipTime = quint32(o.payTime + kShipPromiseSecs);
        if ((t.flags & kFlagExpress) && chance(6)) {
            // Express refund hitting a parcel that already left: the merchant must intercept it.
            o.shipTime = quint32(t.applyTime - between(600, std::min<qint64>(5 * kHour, t.applyTime - o.payTime - 60)));
            o.pickupTime = quint32(std::min<qint64>(o.shipTime + between(600, 3 * kHour), now));
            o.status = 3;
        } else if (t.status == 12 && o.lineCount == 1) {
            o.status = 4; // the only line was refunded before shipping: the order is cancelled
        } else if (t.status == 6) {
            o.status = 2;
        } else {
            const qint64 shipAt = std::max<qint64>(t.finalTime + 600, o.payTime + kHour);
            o.status = 2;
            if (shipAt < now)
                shipFrom(o, shipAt);
        }
        o.updateTime = quint32(std::max<qint64>({o.updateTime, o.payTime, o.shipTime, o.pickupTime, t.updateTime}));
        return;
    }
    qint64 claimDelay = 0;
    if (t.flags & kFlagFreshClaim)
        claimDelay = chance(90) ? between(30 * 60, 23 * kHour + 30 * 60) : between(24 * kHour + 1800, 48 * kHour);
    else if (t.flags & kFlagAllergyClaim)
        claimDelay = chance(90) ? between(kDay, 59 * kDay) : between(61 * kDay, 75 * kDay);
    else if (t.type == 6)
        claimDelay = between(kDay, 10 * kDay);
    else if (t.type == 1 || t.type == 7)
        claimDelay = between(kHour, 3 * kDay);
    else
        claimDelay = between(kDay, 7 * kDay);
    o.signTime = quint32(t.applyTime - claimDelay);
    o.pickupTime = quint32(o.signTime - between(18 * kHour, 3 * kDay));
    o.shipTime = quint32(o.pickupTime - between(30 * 60, 20 * kHour));
    o.payTime = quint32(o.shipTime - (chance(10) ? between(49 * kHour, 60 * kHour) : between(kHour, 44 * kHour)));
    o.createTime = quint32(o.payTime - between(5, 600));
    o.expShipTime = quint32(o.payTime + kShipPromiseSecs);
    o.status = o.signTime < now - 7 * kDay ? 5 : 3;
    o.updateTime = quint32(std::max<qint64>(o.signTime, t.updateTime));
}

void buildIndexes(World &w)
{
    w.shopTickets.assign(w.shops.size(), {});
    w.shopOrders.assign(w.shops.size(), {});
    for (quint32 i = 0; i < w.tickets.size(); ++i)
        w.shopTickets[w.tickets[i].shop].push_back(i);
    for (quint32 i = 0; i < w.orders.size(); ++i)
        w.shopOrders[w.orders[i].shop].push_back(i);
    w.sortedTickets = w.tickets.size();
    w.sortedOrders = w.orders.size();
}

// The two seed cases of domain-rules.md, as the first two tickets of the first shop.
} // namespace

qint64 Generator::stepSecs(const Ticket &t)
{
    switch (t.status) {
    case 6:
        return (t.flags & kFlagFreshClaim) ? kReviewFreshSecs : kReviewSecs;
    case 7:
        return kBuyerReturnSecs;
    case 11:
        return kReceiptSecs;
    case 13:
        return kBuyerReceiptSecs;
    default:
        return 3 * kDay;
    }
}

World Generator::generate(const SandboxOptions &options, qint64 nowSecs)
{
    World w;
    w.seed = options.seed;
    w.generatedAt = nowSecs;
    const int shops = std::max(1, options.shops);
    const bool appKeyNumeric = !options.appKey.isEmpty() && std::all_of(options.appKey.begin(), options.appKey.end(),
                                                                        [](char c) { return c >= '0' && c <= '9'; });
    for (int s = 0; s < shops; ++s) {
        ShopInfo shop;
        shop.appKey = s == 0 ? options.appKey
                             : (appKeyNumeric ? QByteArray::number(options.appKey.toLongLong() + s)
                                              : options.appKey + '-' + QByteArray::number(s));
        shop.appSecret = s == 0 ? options.appSecret : options.appSecret + '-' + QByteArray::number(s);
        bool numeric = false;
        const qint64 baseShop = options.shopId.toLongLong(&numeric);
        shop.shopId = s == 0
                          ? options.shopId
                          : (numeric ? QByteArray::number(baseShop + s) : options.shopId + '-' + QByteArray::number(s));
        shop.name = QString::fromUtf8(kShopNames[size_t(s) % kShopNames.size()]);
        if (s >= int(kShopNames.size()))
            shop.name += QString::number(s / int(kShopNames.size()) + 1) + QStringLiteral("号店");
        w.shops.push_back(shop);
    }
    QRandomGenerator rng(quint32(options.seed) ^ quint32(options.seed >> 32) ^ 0x5a17u);
    Gen g(w, rng, nowSecs);
    const int total = std::max(0, options.tickets);
    const qint64 freeTotal = std::min<qint64>(qint64(total) * 2, 400000);
    w.tickets.reserve(size_t(total));
    w.orders.reserve(size_t(total + freeTotal + shops * 2));
    w.nextTicketSeq.assign(size_t(shops), 1);
    w.nextOrderSeq.assign(size_t(shops), 1);
    for (int s = 0; s < shops; ++s) {
        const int perShop = total / shops + (s < total % shops ? 1 : 0);
        g.buyerPool = quint32(std::max(30, perShop * 2 / 3));
        quint32 seq = 1;
        if (s == 0 && perShop >= 2) {
            seedCases(nowSecs, w);
            seq = 3;
        }
        for (; seq <= quint32(perShop); ++seq) {
            Order o;
            o.id = World::orderId(s, seq);
            o.shop = quint16(s);
            Ticket t = g.makeTicket(s, seq, o, false);
            t.order = quint32(w.orders.size());
            w.orders.push_back(o);
            w.tickets.push_back(t);
        }
        const qint64 freeCount = freeTotal / shops + (s < freeTotal % shops ? 1 : 0);
        for (qint64 i = 0; i < freeCount; ++i) {
            const qint64 back = g.chance(12) ? g.between(60, 60 * kHour) : g.between(60, 90 * kDay);
            w.orders.push_back(g.freeOrder(s, seq++, nowSecs - back));
        }
        w.nextTicketSeq[size_t(s)] = quint32(perShop + 1);
        w.nextOrderSeq[size_t(s)] = seq;
    }
    buildIndexes(w);
    return w;
}

quint32 Generator::addLiveOrder(World &w, QRandomGenerator &rng, int shop, qint64 now)
{
    Gen g(w, rng, now);
    const quint32 seq = w.nextOrderSeq[size_t(shop)]++;
    Order o = g.freeOrder(shop, seq, now - g.between(5, 60));
    const quint32 idx = quint32(w.orders.size());
    w.orders.push_back(o);
    w.shopOrders[size_t(shop)].push_back(idx);
    w.extraOrderIds.emplace(o.id, idx);
    return idx;
}

quint32 Generator::addLiveTicket(World &w, QRandomGenerator &rng, int shop, qint64 now)
{
    Gen g(w, rng, now);
    const quint32 orderSeq = w.nextOrderSeq[size_t(shop)]++;
    Order o;
    Ticket t;
    // A new arrival is a fresh request in review (or an express refund, decided at once). Each attempt starts
    // from a fresh order: one drawn for another kind of ticket may have shipped.
    for (int attempt = 0; attempt < 20; ++attempt) {
        o = Order{};
        o.id = World::orderId(shop, orderSeq);
        o.shop = quint16(shop);
        t = g.makeTicket(shop, w.nextTicketSeq[size_t(shop)], o, true);
        if (t.status == 6)
            break;
    }
    if (t.status != 6) {
        t.status = 6;
        t.returnShipAt = 0;
        t.flags &= quint8(~kFlagReturnShipped);
    }
    ++w.nextTicketSeq[size_t(shop)];
    const qint64 step = stepSecs(t);
    const qint64 shift = qint64(now) - t.applyTime;
    t.applyTime = quint32(now);
    t.stepStart = quint32(now);
    t.updateTime = quint32(now);
    t.deadline = quint32(now + step);
    // Keep the order's history consistent with the moved apply time; its promised ship time may lie ahead.
    for (quint32 *tp : {&o.createTime, &o.payTime, &o.shipTime, &o.pickupTime, &o.signTime}) {
        if (*tp)
            *tp = quint32(std::min<qint64>(now, *tp + shift));
    }
    if (o.expShipTime)
        o.expShipTime = quint32(qint64(o.expShipTime) + shift);
    o.updateTime = quint32(now);
    const quint32 oidx = quint32(w.orders.size());
    w.orders.push_back(o);
    w.shopOrders[size_t(shop)].push_back(oidx);
    w.extraOrderIds.emplace(o.id, oidx);
    t.order = oidx;
    const quint32 idx = quint32(w.tickets.size());
    w.tickets.push_back(t);
    w.shopTickets[size_t(shop)].push_back(idx);
    w.extraTicketIds.emplace(t.id, idx);
    return idx;
}

} // namespace anxin::sandbox

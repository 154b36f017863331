#pragma once

// The invariants the parsers guarantee, checked on any input. Shared by the libFuzzer target (fuzz_parsers.cpp)
// and the bounded deterministic test (tst_fuzz_parsers). checkInput() returns "" or the violated invariant.

#include "platform/errors.h"
#include "platform/parsers.h"
#include "platform/retrypolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace anxin::fuzz {

using namespace anxin::platform;

inline bool validId(const QString &id, bool allowEmpty)
{
    if (id.isEmpty())
        return allowEmpty;
    if (id.size() > 19)
        return false;
    for (QChar c : id) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

class Checker
{
public:
    QString failure;

    void expect(bool condition, const char *what)
    {
        if (!condition && failure.isEmpty())
            failure = QString::fromLatin1(what);
    }

    // A failed parse: Malformed, a "path: what" message, short (messages never quote values).
    void error(const core::Error &e, const char *parser)
    {
        expect(e.kind == core::Error::Kind::Malformed, parser);
        expect(!e.message.isEmpty(), "error message is empty");
        expect(e.message.contains(QStringLiteral(": ")), "error message has no 'path: what' form");
        expect(e.message.size() < 512, "error message too long (does it quote a value?)");
    }

    void id(const QString &v, bool allowEmpty) { expect(validId(v, allowEmpty), "id is not 1..19 digits"); }
    void nonNegative(qint64 v) { expect(v >= 0, "money/time/count is negative"); }

    void listItem(const AfterSaleListItem &x)
    {
        id(x.aftersaleId, false);
        nonNegative(x.updateTime);
        nonNegative(x.applyTime);
        nonNegative(x.statusDeadline);
        nonNegative(x.refundAmount);
        nonNegative(x.refundPostAmount);
        nonNegative(x.aftersaleNum);
        nonNegative(x.aftersaleStatusToFinalTime);
        id(x.orderInfo.shopOrderId, true);
        for (const RelatedOrder &o : x.orderInfo.relatedOrders) {
            id(o.skuOrderId, true);
            id(o.productId, true);
            nonNegative(o.payAmount);
            nonNegative(o.itemNum);
        }
        for (const AfterSaleLogistics &l : x.orderLogistics)
            nonNegative(l.logisticsTime);
        nonNegative(signForTime(x));
        // Idempotence: the stored raw item parses back to the very same struct.
        const auto again = parseAfterSaleListItem(x.rawJson);
        expect(again.ok(), "stored rawJson of an item does not parse again");
        if (again.ok())
            expect(again.value() == x, "re-parsing an item's rawJson gives a different item");
    }

    void order(const Order &x)
    {
        id(x.orderId, false);
        id(x.shopId, true);
        nonNegative(x.updateTime);
        nonNegative(x.createTime);
        nonNegative(x.payTime);
        nonNegative(x.expShipTime);
        for (qint64 m : {x.orderAmount, x.payAmount, x.postAmount, x.postInsuranceAmount})
            nonNegative(m);
        for (const SkuOrder &s : x.skuOrders) {
            id(s.orderId, true);
            id(s.productId, true);
            id(s.firstCid, true);
            nonNegative(s.payAmount);
            nonNegative(s.itemNum);
            nonNegative(s.logisticsReceiptTime);
        }
        const auto again = parseOrder(QJsonDocument(x.raw).toJson(QJsonDocument::Compact));
        expect(again.ok(), "an order's JSON as received does not parse again");
        if (again.ok())
            expect(again.value() == x, "re-parsing an order's JSON as received gives a different order");
    }

    void score(const Score &s)
    {
        if (s.ok)
            expect(std::isfinite(s.value) && s.value >= 0 && s.value <= 100, "score ok but out of [0, 100]");
        expect(!s.looksFivePointScale || (s.ok && s.value <= 5), "five-point flag without a small valid score");
    }

    // Every parser on one `data` value (the same input goes to all of them: cross-feeding finds more).
    void data(const QJsonValue &d)
    {
        if (const auto r = parseAfterSaleList(d); r.ok()) {
            expect(r->items.size() <= 100, "list page over 100 items");
            for (qint64 n : {r->total, r->page, r->size})
                nonNegative(n);
            for (const AfterSaleListItem &x : r->items)
                listItem(x);
        } else {
            error(r.error(), "afterSale.List error is not Malformed");
        }
        if (const auto r = parseAfterSaleDetail(d); r.ok()) {
            id(r->aftersaleId, false);
            nonNegative(r->updateTime);
            nonNegative(r->refundAmount);
            nonNegative(r->refundPostAmount);
        } else {
            error(r.error(), "afterSale.Detail error is not Malformed");
        }
        if (const auto r = parseOperateResult(d); r.ok()) {
            for (const OperateItemResult &x : r->items)
                id(x.aftersaleId, false);
        } else {
            error(r.error(), "afterSale.operate error is not Malformed");
        }
        if (const auto r = parseRejectReasons(d); !r.ok())
            error(r.error(), "rejectReasonCodeList error is not Malformed");
        if (const auto r = parseOrderSearch(d); r.ok()) {
            expect(r->orders.size() <= 100, "order page over 100 items");
            for (const Order &o : r->orders)
                order(o);
        } else {
            error(r.error(), "order.searchList error is not Malformed");
        }
        if (const auto r = parseOrderDetail(d); r.ok())
            order(r.value());
        else
            error(r.error(), "order.orderDetail error is not Malformed");
        if (const auto r = parseTrackRoute(d); r.ok()) {
            for (const RouteNode &n : r->nodes)
                nonNegative(n.timestamp);
        } else {
            error(r.error(), "trackNoRouteDetail error is not Malformed");
        }
        if (const auto r = parseBatchDecrypt(d); !r.ok())
            error(r.error(), "batchDecrypt error is not Malformed");
        if (const auto r = parseProductDetail(d); r.ok()) {
            id(r->productId, false);
            id(r->firstCid, true);
        } else {
            error(r.error(), "product.detail error is not Malformed");
        }
        if (const auto r = parseReputation(d); r.ok()) {
            id(r->shopId, true);
            for (const Score &s : {r->shopScore, r->productScore, r->logisticsScore, r->serviceScore})
                score(s);
        } else {
            error(r.error(), "shop.reputation error is not Malformed");
        }
        if (const auto r = parseTokenInfo(d); r.ok()) {
            expect(!r->accessToken.isEmpty() && !r->refreshToken.isEmpty(), "token without access/refresh token");
            expect(r->expiresIn.count() > 0, "token with expires_in <= 0");
            id(r->shopId, true);
        } else {
            error(r.error(), "token error is not Malformed");
        }
    }

    void input(const QByteArray &bytes)
    {
        const auto env = parseEnvelope(bytes);
        if (env.ok()) {
            const auto again = parseEnvelope(bytes);
            expect(again.ok() && again.value() == env.value(), "envelope parse is not deterministic");
            const PlatformFault fault = classify(env->code, env->subCode);
            const core::Error mapped = mapPlatformError(env.value());
            expect((fault == PlatformFault::None) == (mapped.kind == core::Error::Kind::None),
                   "mapPlatformError disagrees with classify about success");
            expect(fault == PlatformFault::None || faultOf(mapped) == fault, "faultOf(mapPlatformError) != classify");
            data(env->data);
        } else {
            error(env.error(), "envelope error is not Malformed");
        }
        // The whole document as `data` too, so mutations reach the parsers without a valid envelope.
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        if (doc.isObject())
            data(QJsonValue(doc.object()));
        else if (doc.isArray())
            data(QJsonValue(doc.array()));

        // Retry-After from the retry policy: never negative, never a crash.
        const qint64 now = 1'700'000'000'000;
        const QByteArray header = bytes.left(64);
        if (const auto ms = parseRetryAfter(header, now))
            expect(*ms >= 0, "parseRetryAfter returned a negative delay");
        (void)parseHttpDate(header);
    }
};

inline QString checkInput(const QByteArray &bytes)
{
    Checker c;
    c.input(bytes);
    return c.failure;
}

} // namespace anxin::fuzz

#include "sandbox/sandboxapi.h"

#include "sandbox/jsonparams.h"
#include "sandbox/sandboxstate.h"

#include <QJsonArray>

namespace anxin::sandbox {

const QStringList &SandboxApi::methods()
{
    static const QStringList list{
        QStringLiteral("token.create"),
        QStringLiteral("token.refresh"),
        QStringLiteral("afterSale.List"),
        QStringLiteral("afterSale.Detail"),
        QStringLiteral("afterSale.operate"),
        QStringLiteral("afterSale.rejectReasonCodeList"),
        QStringLiteral("afterSale.timeExtend"),
        QStringLiteral("afterSale.submitEvidence"),
        QStringLiteral("afterSale.addOrderRemark"),
        QStringLiteral("order.searchList"),
        QStringLiteral("order.orderDetail"),
        QStringLiteral("logistics.trackNoRouteDetail"),
        QStringLiteral("order.batchDecrypt"),
        QStringLiteral("product.detail"),
        QStringLiteral("shop.reputation"),
    };
    return list;
}

bool SandboxApi::isKnownMethod(const QString &method)
{
    return methods().contains(method);
}

bool SandboxApi::needsAccessToken(const QString &method)
{
    return method != QLatin1String("token.create") && method != QLatin1String("token.refresh");
}

bool SandboxApi::isWrite(const QString &method)
{
    return method == QLatin1String("afterSale.operate") || method == QLatin1String("afterSale.timeExtend") ||
           method == QLatin1String("afterSale.submitEvidence") || method == QLatin1String("afterSale.addOrderRemark");
}

ApiReply SandboxApi::handle(const VerifiedCall &call)
{
    const QString &m = call.method;
    if (m == QLatin1String("token.create"))
        return tokenCreate(call);
    if (m == QLatin1String("token.refresh"))
        return tokenRefresh(call);
    if (m == QLatin1String("afterSale.List"))
        return afterSaleList(call);
    if (m == QLatin1String("afterSale.Detail"))
        return afterSaleDetail(call);
    if (m == QLatin1String("afterSale.operate"))
        return afterSaleOperate(call);
    if (m == QLatin1String("afterSale.rejectReasonCodeList"))
        return rejectReasonCodeList(call);
    if (m == QLatin1String("afterSale.timeExtend"))
        return timeExtend(call);
    if (m == QLatin1String("afterSale.submitEvidence"))
        return submitEvidence(call);
    if (m == QLatin1String("afterSale.addOrderRemark"))
        return addOrderRemark(call);
    if (m == QLatin1String("order.searchList"))
        return orderSearchList(call);
    if (m == QLatin1String("order.orderDetail"))
        return orderDetail(call);
    if (m == QLatin1String("logistics.trackNoRouteDetail"))
        return trackNoRouteDetail(call);
    if (m == QLatin1String("order.batchDecrypt"))
        return batchDecrypt(call);
    if (m == QLatin1String("product.detail"))
        return productDetail(call);
    if (m == QLatin1String("shop.reputation"))
        return shopReputation(call);
    return ApiReply::error(40004, QStringLiteral("isv.method-not-exist"), QStringLiteral("不存在的方法名 ") + m);
}

int SandboxApi::ticketParam(const VerifiedCall &call, const char *key, ApiReply *reply) const
{
    qint64 id = 0;
    switch (params::id(call.params, key, &id)) {
    case params::Get::Missing:
        *reply = ApiReply::missingParam(QLatin1String(key));
        return -1;
    case params::Get::Invalid:
        *reply = ApiReply::invalidParam(QLatin1String(key),
                                        QLatin1String(key) + QStringLiteral(" 必须是 1-19 位数字（字符串或整数）"));
        return -1;
    case params::Get::Ok:
        break;
    }
    const int idx = m_state.world().findTicket(id);
    if (idx < 0 || m_state.world().tickets[size_t(idx)].shop != call.shop) {
        *reply = ApiReply::invalidParam(QLatin1String(key), QStringLiteral("售后单不存在: %1").arg(id));
        return -1;
    }
    return idx;
}

static QJsonObject grantJson(const TokenGrant &g, const ShopInfo &shop)
{
    return QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(g.accessToken)},
                       {QStringLiteral("expires_in"), g.expiresIn},
                       {QStringLiteral("refresh_token"), QString::fromLatin1(g.refreshToken)},
                       {QStringLiteral("scope"), QStringLiteral("SCOPE")},
                       {QStringLiteral("shop_id"), QString::fromLatin1(shop.shopId)},
                       {QStringLiteral("shop_name"), shop.name},
                       {QStringLiteral("authority_id"), QString::fromLatin1(shop.shopId)}};
}

ApiReply SandboxApi::tokenCreate(const VerifiedCall &call)
{
    QString grant;
    if (params::string(call.params, "grant_type", &grant) != params::Get::Ok)
        return ApiReply::missingParam(QStringLiteral("grant_type"));
    if (grant != QLatin1String("authorization_self"))
        return ApiReply::invalidParam(QStringLiteral("grant_type"),
                                      QStringLiteral("自用型应用 grant_type 必须为 authorization_self"));
    const ShopInfo &shop = m_state.world().shops[size_t(call.shop)];
    const QJsonValue sid = call.params.value(QLatin1String("shop_id"));
    const QString shopId = sid.isString()   ? sid.toString()
                           : sid.isDouble() ? QString::number(sid.toInteger())
                                            : QString();
    if (!shopId.isEmpty() && shopId.toLatin1() != shop.shopId)
        return ApiReply::error(30001, QStringLiteral("dop.authorization-no-existed"),
                               QStringLiteral("该应用未获得店铺 %1 的授权").arg(shopId));
    ++m_state.counters().tokenCreates;
    return ApiReply::success(grantJson(m_state.tokens().create(call.shop, m_state.clock().nowSecs()), shop));
}

ApiReply SandboxApi::tokenRefresh(const VerifiedCall &call)
{
    QString grant;
    QString refresh;
    if (params::string(call.params, "grant_type", &grant) != params::Get::Ok)
        return ApiReply::missingParam(QStringLiteral("grant_type"));
    if (grant != QLatin1String("refresh_token"))
        return ApiReply::invalidParam(QStringLiteral("grant_type"), QStringLiteral("grant_type 必须为 refresh_token"));
    if (params::string(call.params, "refresh_token", &refresh) != params::Get::Ok || refresh.isEmpty())
        return ApiReply::missingParam(QStringLiteral("refresh_token"));
    const TokenResult r = m_state.tokens().refresh(refresh.toLatin1(), m_state.clock().nowSecs(),
                                                   SandboxClock::realMsecs(), m_state.refreshWindowMs);
    if (r.code != 10000)
        return ApiReply::error(r.code, r.subCode, r.subMsg);
    if (r.grant.shop != call.shop)
        return ApiReply::error(40003, QStringLiteral("isv.refresh-token-no-existed"),
                               QStringLiteral("refresh_token 不属于该应用"));
    ++m_state.counters().refreshes;
    if (r.rotated)
        ++m_state.counters().rotations;
    ApiReply reply = ApiReply::success(grantJson(r.grant, m_state.world().shops[size_t(call.shop)]));
    reply.delayMs = int(m_state.refreshWindowMs); // the refresh "takes" the in-progress window
    return reply;
}

} // namespace anxin::sandbox

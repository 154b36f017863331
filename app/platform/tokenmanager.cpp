#include "platform/tokenmanager.h"

#include "core/logging.h"
#include "platform/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace anxin::platform {

using core::Error;

namespace {
constexpr qint64 kRefreshWindowMs = 3600'000; // the platform issues a new pair only in the last hour
constexpr qint64 kRefreshTokenLifeMs = 14 * 86400'000LL;
constexpr qint64 kSafetyMs = 30'000; // treat a token as expired slightly early
} // namespace

QByteArray TokenSet::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                                     {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
                                     {QStringLiteral("access_expires_at_ms"), accessExpiresAtMs},
                                     {QStringLiteral("refresh_expires_at_ms"), refreshExpiresAtMs},
                                     {QStringLiteral("shop_name"), shopName}})
        .toJson(QJsonDocument::Compact);
}

TokenSet TokenSet::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    TokenSet t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString().toLatin1();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString().toLatin1();
    t.accessExpiresAtMs = o.value(QStringLiteral("access_expires_at_ms")).toInteger();
    t.refreshExpiresAtMs = o.value(QStringLiteral("refresh_expires_at_ms")).toInteger();
    t.shopName = o.value(QStringLiteral("shop_name")).toString();
    return t;
}

TokenManager::TokenManager(ApiClient *api, SecretStore *store, QString shopId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_shopId(std::move(shopId))
{}

QString TokenManager::secretKey() const
{
    return QStringLiteral("shop/%1/tokens").arg(m_shopId);
}

void TokenManager::withToken(QObject *context, TokenCallback callback)
{
    if (!m_loaded) {
        m_loaded = true;
        if (m_store) {
            if (auto stored = m_store->read(secretKey())) {
                m_tokens = TokenSet::fromJson(stored.value());
                core::LogRedactor::addSecret(QString::fromLatin1(m_tokens.accessToken));
                core::LogRedactor::addSecret(QString::fromLatin1(m_tokens.refreshToken));
            }
        }
    }
    const qint64 t = now();
    const bool valid = m_tokens.hasAccess() && t < m_tokens.accessExpiresAtMs - kSafetyMs;
    if (valid) {
        callback(m_tokens.accessToken);
        // In the last hour the platform issues a new pair and keeps the old one valid for an hour more:
        // renew in the background while requests go on with the current token.
        if (!m_inFlight && t >= m_tokens.accessExpiresAtMs - kRefreshWindowMs)
            renew(true);
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_inFlight)
        renew(false);
}

void TokenManager::tokenRejected(const QByteArray &staleToken, QObject *context, TokenCallback callback)
{
    if (!m_inFlight && m_tokens.hasAccess() && m_tokens.accessToken != staleToken &&
        now() < m_tokens.accessExpiresAtMs - kSafetyMs) {
        callback(m_tokens.accessToken); // someone already renewed it
        return;
    }
    if (m_tokens.accessToken == staleToken)
        m_tokens.accessExpiresAtMs = 0; // the platform says it is dead, whatever our clock thinks
    m_waiters.append({context, std::move(callback)});
    if (!m_inFlight)
        renew(true);
}

void TokenManager::renew(bool forceRefresh)
{
    m_inFlight = true;
    const qint64 t = now();
    const bool canRefresh = !m_tokens.refreshToken.isEmpty() && t < m_tokens.refreshExpiresAtMs - kSafetyMs;
    if (canRefresh && (forceRefresh || m_tokens.hasAccess())) {
        ++m_refreshesStarted;
        qCInfo(lcNet) << "refreshing the access token of shop" << m_shopId;
        m_api->call("token.refresh",
                    QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), QString::fromLatin1(m_tokens.refreshToken)}},
                    CallOptions{false, false}, this, [this](const CallResult &r) { onRenewed(r, true); });
        return;
    }
    ++m_createsStarted;
    qCInfo(lcNet) << "creating an access token for shop" << m_shopId;
    m_api->call("token.create",
                QJsonObject{{QStringLiteral("code"), QString()},
                            {QStringLiteral("grant_type"), QStringLiteral("authorization_self")},
                            {QStringLiteral("shop_id"), m_shopId}},
                CallOptions{false, false}, this, [this](const CallResult &r) { onRenewed(r, false); });
}

void TokenManager::onRenewed(const CallResult &result, bool wasRefresh)
{
    if (!result.ok()) {
        if (wasRefresh && (result.error.kind == Error::Kind::Auth || result.error.kind == Error::Kind::Usage)) {
            // A dead refresh token: a self-use app can always create a fresh pair.
            m_tokens = {};
            renew(false);
            return;
        }
        if (result.error.kind == Error::Kind::Auth)
            emit authorizationLost(result.error.message);
        release(result.error);
        return;
    }
    const QJsonObject d = result.data.toObject();
    TokenSet next;
    next.accessToken = d.value(QStringLiteral("access_token")).toString().toLatin1();
    next.refreshToken = d.value(QStringLiteral("refresh_token")).toString().toLatin1();
    const qint64 expiresIn = d.value(QStringLiteral("expires_in")).toInteger(-1);
    if (next.accessToken.isEmpty() || next.refreshToken.isEmpty() || expiresIn <= 0) {
        release(Error::make(Error::Kind::Malformed, QStringLiteral("token answer without access_token, "
                                                                   "refresh_token or a positive expires_in")));
        return;
    }
    const qint64 t = now();
    next.accessExpiresAtMs = t + expiresIn * 1000;
    // The answer does not say when the refresh token dies; it lives 14 days from issue (same pair → unchanged).
    next.refreshExpiresAtMs = next.refreshToken == m_tokens.refreshToken && m_tokens.refreshExpiresAtMs
                                  ? m_tokens.refreshExpiresAtMs
                                  : t + kRefreshTokenLifeMs;
    next.shopName = d.value(QStringLiteral("shop_name")).toString(m_tokens.shopName);
    core::LogRedactor::addSecret(QString::fromLatin1(next.accessToken));
    core::LogRedactor::addSecret(QString::fromLatin1(next.refreshToken));
    m_tokens = next;
    if (m_store) {
        if (auto st = m_store->write(secretKey(), m_tokens.toJson()); !st)
            qCWarning(lcNet) << "could not store tokens:" << st.error().message;
    }
    emit tokensChanged();
    release(m_tokens.accessToken);
}

void TokenManager::release(const core::Result<QByteArray> &result)
{
    m_inFlight = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(result);
    }
}

} // namespace anxin::platform

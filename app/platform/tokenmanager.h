#pragma once

#include "core/clock.h"
#include "platform/apiclient.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

namespace anxin::platform {

class SecretStore;

struct TokenSet
{
    QByteArray accessToken;
    QByteArray refreshToken;
    qint64 accessExpiresAtMs = 0; // platform clock
    qint64 refreshExpiresAtMs = 0;
    QString shopName;
    bool hasAccess() const { return !accessToken.isEmpty(); }

    QByteArray toJson() const;
    static TokenSet fromJson(const QByteArray &json);
};

// Tokens of one shop for a self-use app (contract §4): token.create with the shop id, token.refresh by the
// platform's rules. Single-flight: however many requests find the token expired at once, one refresh goes out
// and every waiter continues with its result. Tokens persist in the SecretStore, never anywhere else.
class TokenManager : public QObject, public TokenProvider
{
    Q_OBJECT
public:
    TokenManager(ApiClient *api, SecretStore *store, QString shopId, QObject *parent = nullptr);

    void withToken(QObject *context, TokenCallback callback) override;
    void tokenRejected(const QByteArray &staleToken, QObject *context, TokenCallback callback) override;

    const TokenSet &current() const { return m_tokens; }
    int refreshesStarted() const { return m_refreshesStarted; }
    int createsStarted() const { return m_createsStarted; }
    QString secretKey() const; // the SecretStore key of this shop's tokens

signals:
    void tokensChanged();
    void authorizationLost(const QString &message);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback callback;
    };
    void renew(bool forceRefresh);
    void onRenewed(const CallResult &result, bool wasRefresh);
    void release(const core::Result<QByteArray> &result);
    qint64 now() const { return m_api->platformNowMsecs(); }

    ApiClient *m_api;
    SecretStore *m_store;
    QString m_shopId;
    TokenSet m_tokens;
    bool m_loaded = false;
    bool m_inFlight = false;
    QList<Waiter> m_waiters;
    int m_refreshesStarted = 0;
    int m_createsStarted = 0;
};

} // namespace anxin::platform

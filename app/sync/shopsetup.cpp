#include "sync/shopsetup.h"

#include "core/clock.h"
#include "core/profile.h"
#include "platform/apiclient.h"
#include "platform/secretstore.h"
#include "platform/signer.h"
#include "platform/tokenmanager.h"
#include "store/shoprepository.h"

#include <QUrl>

namespace anxin::sync {

using core::Error;

namespace {
// Owns what one connection test needs, so abandoning a test drops its callbacks with it.
class Attempt : public QObject
{
public:
    std::unique_ptr<platform::SecretStore> secrets;
};
} // namespace

ShopSetup::ShopSetup(QString profileDir, core::Settings &settings, QObject *parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
    , m_settings(settings)
{}

ShopSetup::~ShopSetup() = default;

void ShopSetup::test(const ShopConfig &config, const QByteArray &secret)
{
    m_attempt.reset();
    m_tested = false;
    m_testing = true;
    m_config = config;
    m_shopName.clear();

    platform::SignMethod method;
    const QUrl gateway(config.gateway);
    if (!config.isComplete() || secret.isEmpty())
        return done(Error::make(Error::Kind::Usage, QStringLiteral("gateway, app key, secret and shop id are needed")));
    if (!gateway.isValid() || (gateway.scheme() != QLatin1String("https") && gateway.scheme() != QLatin1String("http")))
        return done(Error::make(Error::Kind::Usage, QStringLiteral("the gateway must be an http(s) URL")));
    if (!platform::parseSignMethod(config.signMethod, &method))
        return done(Error::make(Error::Kind::Usage, QStringLiteral("unknown sign method %1").arg(config.signMethod)));

    auto attempt = std::make_unique<Attempt>();
    attempt->secrets = platform::SecretStore::open(m_profileDir);
    m_inKeychain = attempt->secrets->backend() == platform::SecretStore::Backend::Keychain;
    m_storage = m_inKeychain ? platform::SecretStore::backendName(attempt->secrets->backend())
                             : core::Profile(m_profileDir).secretsFilePath();
    if (auto st = attempt->secrets->write(sync::appSecretKey(config.shopId), secret); !st)
        return done(st);

    platform::ApiConfig api;
    api.gateway = gateway;
    api.appKey = config.appKey.toUtf8();
    api.appSecret = secret;
    api.signMethod = method;
    api.transferTimeoutMs = 15000;
    api.retry.maxAttempts = 2;
    auto *client = new platform::ApiClient(api, core::Clock::system(), attempt.get());
    auto *tokens = new platform::TokenManager(client, attempt->secrets.get(), config.shopId, attempt.get());
    client->setTokenProvider(tokens);
    // Tokens kept from an earlier connection would prove nothing about this secret: start from token.create.
    attempt->secrets->remove(tokens->secretKey());
    m_attempt = std::move(attempt);
    tokens->withToken(m_attempt.get(), [this, tokens](core::Result<QByteArray> token) {
        if (!token)
            return done(token.error());
        m_shopName = tokens->current().shopName;
        m_tested = true;
        done(core::Status());
    });
}

void ShopSetup::done(const core::Status &result)
{
    m_testing = false;
    emit finished(result);
}

core::Status ShopSetup::save(store::Database *db, qint64 now)
{
    if (!m_tested)
        return Error::make(Error::Kind::Usage, QStringLiteral("test the connection first"));
    sync::saveShopConfig(m_settings, m_config);
    if (!db)
        return {};
    store::ShopRecord shop;
    shop.shopId = m_config.shopId;
    shop.name = m_shopName;
    shop.appKey = m_config.appKey;
    shop.gateway = m_config.gateway;
    shop.signMethod = m_config.signMethod;
    return store::ShopRepository(*db).upsert(shop, now);
}

} // namespace anxin::sync

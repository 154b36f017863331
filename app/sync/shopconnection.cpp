#include "sync/shopconnection.h"

#include "core/logging.h"
#include "core/settings.h"
#include "store/shoprepository.h"

namespace anxin::sync {

using core::Error;

ShopConfig shopConfigFrom(core::Settings &settings)
{
    ShopConfig c;
    c.gateway = settings.get(core::keys::gateway);
    c.appKey = settings.get(core::keys::appKey);
    c.shopId = settings.get(core::keys::shopId);
    c.signMethod = settings.get(core::keys::signMethod);
    return c;
}

void saveShopConfig(core::Settings &settings, const ShopConfig &config)
{
    settings.set(core::keys::gateway, config.gateway);
    settings.set(core::keys::appKey, config.appKey);
    settings.set(core::keys::shopId, config.shopId);
    settings.set(core::keys::signMethod, config.signMethod);
    settings.sync();
}

QString appSecretKey(const QString &shopId)
{
    return QStringLiteral("shop/%1/app_secret").arg(shopId);
}

ShopConnection::ShopConnection(ShopConfig config, std::unique_ptr<platform::SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(std::move(secrets))
{}

ShopConnection::~ShopConnection() = default;

core::Result<std::unique_ptr<ShopConnection>> ShopConnection::open(const ShopConfig &config, const QString &profileDir,
                                                                   QObject *parent)
{
    if (!config.isComplete())
        return Error::make(Error::Kind::Usage, QStringLiteral("no shop connected: run `anxin-cli connect` or use "
                                                              "Settings → Shop connection"));
    platform::SignMethod method;
    if (!platform::parseSignMethod(config.signMethod, &method))
        return Error::make(Error::Kind::Usage, QStringLiteral("unknown sign method %1").arg(config.signMethod));
    const QUrl gateway(config.gateway);
    if (!gateway.isValid() || (gateway.scheme() != QLatin1String("https") && gateway.scheme() != QLatin1String("http")))
        return Error::make(Error::Kind::Usage, QStringLiteral("the gateway must be an http(s) URL"));

    auto secrets = platform::SecretStore::open(profileDir);
    QByteArray secret = qgetenv("ANXIN_APP_SECRET");
    if (secret.isEmpty()) {
        auto stored = secrets->read(appSecretKey(config.shopId));
        if (!stored)
            return Error::make(Error::Kind::Auth,
                               QStringLiteral("the app secret of shop %1 is not in the %2 store: connect again")
                                   .arg(config.shopId, platform::SecretStore::backendName(secrets->backend())));
        secret = stored.value();
    }
    std::unique_ptr<ShopConnection> c(new ShopConnection(config, std::move(secrets), parent));
    platform::ApiConfig api;
    api.gateway = gateway;
    api.appKey = config.appKey.toUtf8();
    api.appSecret = secret;
    api.signMethod = method;
    c->m_api = new platform::ApiClient(api, core::Clock::system(), c.get());
    c->m_tokens = new platform::TokenManager(c->m_api, c->m_secrets.get(), config.shopId, c.get());
    c->m_api->setTokenProvider(c->m_tokens);
    return c;
}

} // namespace anxin::sync

namespace anxin::sync {

core::Status ShopConnection::recordShop(store::Database &db, qint64 now) const
{
    store::ShopRecord shop;
    shop.shopId = m_config.shopId;
    shop.name = m_tokens->current().shopName;
    shop.appKey = m_config.appKey;
    shop.gateway = m_config.gateway;
    shop.signMethod = m_config.signMethod;
    return store::ShopRepository(db).upsert(shop, now);
}

} // namespace anxin::sync

#pragma once

#include "core/result.h"
#include "platform/apiclient.h"
#include "platform/secretstore.h"
#include "platform/tokenmanager.h"

#include <QObject>

#include <memory>

namespace anxin::core {
class Settings;
}

namespace anxin::store {
class Database;
}

namespace anxin::sync {

// What identifies one connected shop; kept in settings (never the secret).
struct ShopConfig
{
    QString gateway;
    QString appKey;
    QString shopId;
    QString signMethod = QStringLiteral("md5");
    bool isComplete() const { return !gateway.isEmpty() && !appKey.isEmpty() && !shopId.isEmpty(); }
};

ShopConfig shopConfigFrom(core::Settings &settings);
void saveShopConfig(core::Settings &settings, const ShopConfig &config);

// The SecretStore key of a shop's app secret.
QString appSecretKey(const QString &shopId);

// The client side of one shop: an ApiClient and its TokenManager, built on the calling thread (they must
// live where they are used). The secret comes from the secret store, or ANXIN_APP_SECRET when set.
class ShopConnection : public QObject
{
    Q_OBJECT
public:
    static core::Result<std::unique_ptr<ShopConnection>> open(const ShopConfig &config, const QString &profileDir,
                                                              QObject *parent = nullptr);
    ~ShopConnection() override;

    const ShopConfig &config() const { return m_config; }
    platform::ApiClient *api() const { return m_api; }
    platform::TokenManager *tokens() const { return m_tokens; }
    platform::SecretStore *secrets() const { return m_secrets.get(); }
    // Records the shop (with the name the platform gave with its token) in the cache's shops table.
    core::Status recordShop(store::Database &db, qint64 now) const;

private:
    ShopConnection(ShopConfig config, std::unique_ptr<platform::SecretStore> secrets, QObject *parent);
    ShopConfig m_config;
    std::unique_ptr<platform::SecretStore> m_secrets;
    platform::ApiClient *m_api = nullptr;
    platform::TokenManager *m_tokens = nullptr;
};

} // namespace anxin::sync

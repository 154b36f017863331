#pragma once

#include "core/result.h"
#include "sync/shopconnection.h"

#include <QObject>

#include <memory>

namespace anxin::core {
class Settings;
}
namespace anxin::store {
class Database;
}

namespace anxin::sync {

// Connecting a shop (first-run wizard): the secret goes into the SecretStore (the keychain, or secrets.json in
// the profile when no keychain is reachable), then a fresh token.create through the real client proves the
// gateway, app key, secret and shop id together. Only a connection that worked is saved to the settings.
class ShopSetup : public QObject
{
    Q_OBJECT
public:
    ShopSetup(QString profileDir, core::Settings &settings, QObject *parent = nullptr);
    ~ShopSetup() override;

    // Asynchronous: emits finished(). Any earlier test still running is abandoned.
    void test(const ShopConfig &config, const QByteArray &secret);
    bool isTesting() const { return m_testing; }

    // After a successful test: the shop's name as the platform gave it, and where the secret went.
    QString shopName() const { return m_shopName; }
    QString secretStorage() const { return m_storage; }
    bool secretInKeychain() const { return m_inKeychain; }

    // Saves the tested connection to the settings and records the shop in the cache (when one is open).
    core::Status save(store::Database *db, qint64 now);

signals:
    void finished(const core::Status &result);

private:
    void done(const core::Status &result);

    QString m_profileDir;
    core::Settings &m_settings;
    ShopConfig m_config;
    std::unique_ptr<QObject> m_attempt; // owns the client and token manager of the current test
    bool m_testing = false;
    bool m_tested = false;
    bool m_inKeychain = false;
    QString m_shopName;
    QString m_storage;
};

} // namespace anxin::sync

#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace anxin::platform {

// Where credentials (the app secret, access and refresh tokens) live: the OS keychain through QtKeychain (required
// on Windows and macOS); `secrets.json` (mode 0600) in the profile directory only on Linux without a reachable
// keychain (a headless machine) or when chosen explicitly; memory for tests. Never in logs, settings files or the
// database.
class SecretStore
{
public:
    enum class Backend
    {
        Keychain,
        File,
        Memory
    };

    virtual ~SecretStore() = default;
    virtual Backend backend() const = 0;
    // A missing key is Error::Kind::NotFound.
    virtual core::Result<QByteArray> read(const QString &key) = 0;
    virtual core::Status write(const QString &key, const QByteArray &value) = 0;
    virtual core::Status remove(const QString &key) = 0;

    static QString backendName(Backend b);

    // `choice`: "keychain", "file", "memory", or "" (auto: keychain when reachable, else the file).
    // ANXIN_SECRET_STORE overrides an empty choice.
    static std::unique_ptr<SecretStore> open(const QString &profileDir, const QString &choice = {});
};

class MemorySecretStore final : public SecretStore
{
public:
    Backend backend() const override { return Backend::Memory; }
    core::Result<QByteArray> read(const QString &key) override;
    core::Status write(const QString &key, const QByteArray &value) override;
    core::Status remove(const QString &key) override;

private:
    QHash<QString, QByteArray> m_values;
};

// One JSON object in `<profile>/secrets.json`, written atomically with mode 0600.
class FileSecretStore final : public SecretStore
{
public:
    explicit FileSecretStore(QString path);
    Backend backend() const override { return Backend::File; }
    core::Result<QByteArray> read(const QString &key) override;
    core::Status write(const QString &key, const QByteArray &value) override;
    core::Status remove(const QString &key) override;
    const QString &path() const { return m_path; }

private:
    core::Result<QHash<QString, QByteArray>> load() const;
    core::Status save(const QHash<QString, QByteArray> &values) const;
    QString m_path;
};

#ifdef ANXIN_HAVE_KEYCHAIN
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service);
    Backend backend() const override { return Backend::Keychain; }
    core::Result<QByteArray> read(const QString &key) override;
    core::Status write(const QString &key, const QByteArray &value) override;
    core::Status remove(const QString &key) override;
    // True when a backend answers (a read of an unknown key returns "not found", not "no backend").
    bool reachable();

private:
    QString m_service;
};
#endif

} // namespace anxin::platform

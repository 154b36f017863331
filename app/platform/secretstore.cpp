#include "platform/secretstore.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#ifdef ANXIN_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace anxin::platform {

using core::Error;

QString SecretStore::backendName(Backend b)
{
    switch (b) {
    case Backend::Keychain:
        return QStringLiteral("keychain");
    case Backend::File:
        return QStringLiteral("file");
    case Backend::Memory:
        return QStringLiteral("memory");
    }
    return {};
}

std::unique_ptr<SecretStore> SecretStore::open(const QString &profileDir, const QString &choiceIn)
{
    QString choice = choiceIn;
    if (choice.isEmpty())
        choice = qEnvironmentVariable("ANXIN_SECRET_STORE");
    const QString filePath = QDir(profileDir).filePath(QStringLiteral("secrets.json"));
    if (choice == QLatin1String("memory"))
        return std::make_unique<MemorySecretStore>();
    if (choice == QLatin1String("file"))
        return std::make_unique<FileSecretStore>(filePath);
#ifdef ANXIN_HAVE_KEYCHAIN
    // One keychain service per profile directory, so two profiles never share credentials.
    const QByteArray profileHash =
        QCryptographicHash::hash(QDir(profileDir).absolutePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    auto keychain =
        std::make_unique<KeychainSecretStore>(QStringLiteral("anxin-desk/") + QString::fromLatin1(profileHash));
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    // The Credential Manager / Keychain is always there: never a silent fall-back to a plain file.
    return keychain;
#else
    if (choice == QLatin1String("keychain") || keychain->reachable())
        return keychain;
    qCInfo(lcNet) << "no keychain backend reachable (headless Linux); credentials go to" << filePath;
#endif
#elif defined(Q_OS_WIN) || defined(Q_OS_MACOS)
#error "Windows and macOS builds keep secrets in the OS keychain: build with QtKeychain (see CMakeLists.txt)"
#endif
    return std::make_unique<FileSecretStore>(filePath);
}

core::Result<QByteArray> MemorySecretStore::read(const QString &key)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no secret named %1").arg(key));
    return *it;
}

core::Status MemorySecretStore::write(const QString &key, const QByteArray &value)
{
    m_values.insert(key, value);
    return {};
}

core::Status MemorySecretStore::remove(const QString &key)
{
    m_values.remove(key);
    return {};
}

FileSecretStore::FileSecretStore(QString path)
    : m_path(std::move(path))
{}

core::Result<QHash<QString, QByteArray>> FileSecretStore::load() const
{
    QHash<QString, QByteArray> values;
    QFile f(m_path);
    if (!f.exists())
        return values;
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, QStringLiteral("cannot read %1: %2").arg(m_path, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Kind::Malformed, QStringLiteral("%1 is not a JSON object").arg(m_path));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        values.insert(it.key(), it.value().toString().toUtf8());
    return values;
}

core::Status FileSecretStore::save(const QHash<QString, QByteArray> &values) const
{
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it)
        o.insert(it.key(), QString::fromUtf8(it.value()));
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage, QStringLiteral("cannot write %1: %2").arg(m_path, f.errorString()));
    // Owner-only before any byte is written (QSaveFile writes a temporary file, then renames it).
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error::make(Error::Kind::StorageFull, QStringLiteral("cannot save %1: %2").arg(m_path, f.errorString()));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

core::Result<QByteArray> FileSecretStore::read(const QString &key)
{
    auto values = load();
    if (!values)
        return values.error();
    const auto it = values->constFind(key);
    if (it == values->constEnd())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no secret named %1").arg(key));
    return *it;
}

core::Status FileSecretStore::write(const QString &key, const QByteArray &value)
{
    auto values = load();
    if (!values)
        return values.error();
    values.value().insert(key, value);
    return save(values.value());
}

core::Status FileSecretStore::remove(const QString &key)
{
    auto values = load();
    if (!values)
        return values.error();
    if (values.value().remove(key) == 0)
        return {};
    return save(values.value());
}

#ifdef ANXIN_HAVE_KEYCHAIN
namespace {

// QtKeychain jobs are asynchronous; credentials are read rarely (start-up, token refresh), so waiting in a
// local loop with a timeout is acceptable here and keeps callers simple. Never called from a widget.
template <class Job>
bool runJob(Job &job)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    timeout.start(5000);
    loop.exec();
    return timeout.isActive(); // still running: the job finished before the timeout
}

Error keychainError(const QKeychain::Job &job)
{
    const auto kind = job.error() == QKeychain::EntryNotFound ? Error::Kind::NotFound : Error::Kind::Storage;
    return Error::make(kind, QStringLiteral("keychain: %1").arg(job.errorString()), int(job.error()));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

bool KeychainSecretStore::reachable()
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(QStringLiteral("__probe__"));
    if (!runJob(job))
        return false;
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
}

core::Result<QByteArray> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job))
        return Error::make(Error::Kind::Timeout, QStringLiteral("keychain did not answer"));
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.binaryData();
}

core::Status KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(value);
    if (!runJob(job))
        return Error::make(Error::Kind::Timeout, QStringLiteral("keychain did not answer"));
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

core::Status KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job))
        return Error::make(Error::Kind::Timeout, QStringLiteral("keychain did not answer"));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}
#endif

} // namespace anxin::platform

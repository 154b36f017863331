#include "platform/secretstore.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace anxin::platform;
using anxin::core::Error;

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void memory_roundTripAndNotFound()
    {
        MemorySecretStore s;
        QCOMPARE(s.read(QStringLiteral("k")).error().kind, Error::Kind::NotFound);
        QVERIFY(s.write(QStringLiteral("k"), "v").ok());
        QCOMPARE(s.read(QStringLiteral("k")).value(), QByteArray("v"));
        QVERIFY(s.remove(QStringLiteral("k")).ok());
        QVERIFY(!s.read(QStringLiteral("k")).ok());
    }
    void file_writesSecretsJsonMode0600_onlyThere()
    {
        QTemporaryDir dir;
        auto store = SecretStore::open(dir.path(), QStringLiteral("file"));
        QCOMPARE(store->backend(), SecretStore::Backend::File);
        QVERIFY(store->write(QStringLiteral("shop/1/app_secret"), "canary-secret-1").ok());
        QVERIFY(store->write(QStringLiteral("shop/1/tokens"), "{\"a\":1}").ok());
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
#ifdef Q_OS_UNIX
        // Owner-only mode bits are POSIX; NTFS has ACLs instead, and Windows builds keep secrets in the
        // Credential Manager through QtKeychain, not in this file.
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
#endif
        // Only that one file was created in the profile.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("secrets.json")});
        // A second instance reads what the first wrote.
        FileSecretStore again(path);
        QCOMPARE(again.read(QStringLiteral("shop/1/app_secret")).value(), QByteArray("canary-secret-1"));
        QVERIFY(again.remove(QStringLiteral("shop/1/app_secret")).ok());
        QCOMPARE(store->read(QStringLiteral("shop/1/app_secret")).error().kind, Error::Kind::NotFound);
        QCOMPARE(store->read(QStringLiteral("shop/1/tokens")).value(), QByteArray("{\"a\":1}"));
    }
    void file_corruptFile_clearErrorAndNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not json {");
        f.close();
        FileSecretStore s(path);
        QCOMPARE(s.read(QStringLiteral("x")).error().kind, Error::Kind::Malformed);
        QCOMPARE(s.write(QStringLiteral("x"), "y").error().kind, Error::Kind::Malformed);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not json {")); // nothing of the user's is lost
    }
    void open_environmentChoosesBackend()
    {
        QTemporaryDir dir;
        qputenv("ANXIN_SECRET_STORE", "memory");
        QCOMPARE(SecretStore::open(dir.path())->backend(), SecretStore::Backend::Memory);
        qputenv("ANXIN_SECRET_STORE", "file");
        QCOMPARE(SecretStore::open(dir.path())->backend(), SecretStore::Backend::File);
        qunsetenv("ANXIN_SECRET_STORE");
    }
    void open_auto_withoutKeychainBackend_fileOnLinuxOnly()
    {
        QTemporaryDir dir;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        // The Credential Manager / Keychain is part of the OS: never a silent fall-back to a plain file.
        QCOMPARE(SecretStore::open(dir.path())->backend(), SecretStore::Backend::Keychain);
#else
        // Under ctest there is no D-Bus session, so no keychain answers: the named file fallback is used.
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a D-Bus session is present; the keychain may be reachable here");
        QCOMPARE(SecretStore::open(dir.path())->backend(), SecretStore::Backend::File);
#endif
    }
};

ANXIN_TEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"

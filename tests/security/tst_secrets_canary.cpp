// Secrets and buyer data never land where they should not (README "What we promise"). A full sync by the real
// anxin-cli against the real anxin-sandbox process, with a canary app secret, all log categories on (debug
// included) and the file secret store. Afterwards every file of the profile (database, -wal, -shm, logs, settings,
// cache), and everything the processes printed, are scanned for: the app secret, the access and refresh tokens
// the platform issued, and buyers' plaintext phones, names and addresses (from the cached ciphertexts). Only
// secrets.json (mode 0600) may hold the secret and tokens.
#include "sandbox/buyerdata.h"
#include "store/database.h"
#include "testmain.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace anxin;

namespace {

const QByteArray kSecret = "canary-S3CRET-7f2c9e41a8d0";
constexpr quint64 kSeed = 21;

struct Out
{
    int exitCode = -1;
    QByteArray out, err;
};

QProcessEnvironment cliEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ANXIN_APP_SECRET"));
    env.insert(QStringLiteral("ANXIN_SECRET_STORE"), QStringLiteral("file"));
    // Every category at every level: the most a log could ever hold.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("anxin.*.debug=true;anxin.*.info=true"));
    return env;
}

Out cli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProcessEnvironment(cliEnv());
    p.start(test::binaryPath(QStringLiteral("anxin-cli")), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return Out{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

} // namespace

class TstSecretsCanary : public QObject
{
    Q_OBJECT
private slots:
    void fullSync_canaries_onlyInSecretsJson()
    {
        QTemporaryDir work;
        const QString portFile = work.filePath(QStringLiteral("port"));
        QProcess sandbox;
        sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sandbox.start(test::binaryPath(QStringLiteral("anxin-sandbox")),
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"),
                       portFile, QStringLiteral("--seed"), QString::number(kSeed), QStringLiteral("--tickets"),
                       QStringLiteral("150"), QStringLiteral("--app-secret"), QString::fromLatin1(kSecret)});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(portFile).size() > 0, 20000);
        QFile pf(portFile);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        const QString gateway = QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(pf.readAll().trimmed());

        const QString profile = work.filePath(QStringLiteral("profile"));
        const QStringList base{QStringLiteral("--profile"), profile};
        QList<Out> runs;
        runs << cli(base + QStringList{QStringLiteral("connect"), QStringLiteral("--gateway"), gateway,
                                       QStringLiteral("--app-key"), QStringLiteral("7000000000000000001"),
                                       QStringLiteral("--shop-id"), QStringLiteral("1234567"),
                                       QStringLiteral("--secret-stdin")},
                    kSecret + "\n");
        QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());
        runs << cli(base + QStringList{QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());
        runs << cli(base + QStringList{QStringLiteral("status"), QStringLiteral("--json")});
        runs << cli(base + QStringList{QStringLiteral("tickets"), QStringLiteral("--json")});
        runs << cli(base + QStringList{QStringLiteral("sync")});
        QVERIFY2(runs.last().exitCode == 0, runs.last().err.constData());
        sandbox.kill();
        sandbox.waitForFinished();

        // secrets.json: owner-only, holds the secret and the tokens the platform issued.
        const QString secretsPath = profile + QStringLiteral("/secrets.json");
#ifdef Q_OS_UNIX
        // Owner-only mode bits are POSIX; NTFS has ACLs instead, and Windows builds keep secrets in the
        // Credential Manager through QtKeychain, not in this file.
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(secretsPath).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
#endif
        QFile sf(secretsPath);
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QByteArray secretsBytes = sf.readAll();
        QVERIFY(secretsBytes.contains(kSecret));
        QByteArrayList canaries{kSecret};
        const QJsonObject secrets = QJsonDocument::fromJson(secretsBytes).object();
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            const QJsonObject tokens = QJsonDocument::fromJson(it.value().toString().toUtf8()).object();
            for (const char *k : {"access_token", "refresh_token"}) {
                const QByteArray t = tokens.value(QLatin1String(k)).toString().toUtf8();
                if (!t.isEmpty())
                    canaries << t;
            }
        }
        QVERIFY2(canaries.size() >= 3, "no access/refresh token was stored: the sync did not authenticate");

        // Buyers' plaintext contact, from the ciphertexts the cache holds (decrypted here, never by the client).
        int buyers = 0;
        {
            store::Database db;
            QVERIFY(db.openReadOnly(profile + QStringLiteral("/anxin.db")).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT encrypt_post_receiver, encrypt_post_tel, encrypt_post_addr "
                                          "FROM orders WHERE encrypt_post_tel <> '' LIMIT 40")));
            while (q.next()) {
                for (int c = 0; c < 3; ++c) {
                    QString plain;
                    qint64 orderId = 0;
                    sandbox::PiiField field{};
                    QVERIFY(sandbox::buyerdata::decrypt(kSeed, q.value(c).toString(), &plain, &orderId, &field));
                    if (plain.size() >= 4)
                        canaries << plain.toUtf8();
                }
                ++buyers;
            }
        }
        QVERIFY2(buyers >= 10, "too few orders cached to be a meaningful canary");

        // Every file of the profile but secrets.json, and every byte printed.
        int scanned = 0;
        bool sawLog = false;
        QDirIterator it(profile, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path == secretsPath)
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            sawLog = sawLog || (path.endsWith(QLatin1String(".log")) && bytes.contains("afterSale.List"));
            for (const QByteArray &c : canaries)
                QVERIFY2(!bytes.contains(c),
                         qPrintable(QStringLiteral("canary %1 found in %2")
                                        .arg(QString::fromUtf8(c.left(6)) + QStringLiteral("…"), path)));
            ++scanned;
        }
        QVERIFY2(sawLog, "the log file holds no request lines: the scan would prove nothing");
        QVERIFY(scanned >= 3); // at least the database, the settings and the log
        for (const Out &o : runs) {
            for (const QByteArray &c : canaries) {
                QVERIFY2(!o.out.contains(c), "canary printed on stdout");
                QVERIFY2(!o.err.contains(c), "canary printed on stderr");
            }
        }
    }
};

ANXIN_TEST_GUILESS_MAIN(TstSecretsCanary)
#include "tst_secrets_canary.moc"

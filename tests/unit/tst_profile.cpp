#include "core/profile.h"
#include "testmain.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace anxin::core;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

using anxin::test::readFile;

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void moveEarlierDefault_onlyTheEarlierExists_movedOnceWithEverything()
    {
        QTemporaryDir tmp;
        const QString earlier = tmp.filePath(QStringLiteral("Roaming/Anxin/anxin-desk/default"));
        const QString current = tmp.filePath(QStringLiteral("Local/Anxin/anxin-desk/default"));
        QVERIFY(QDir().mkpath(earlier + QStringLiteral("/logs")));
        writeFile(earlier + QStringLiteral("/anxin.db"), "the cache");
        writeFile(earlier + QStringLiteral("/logs/anxin.log"), "a log line");

        QCOMPARE(Profile::moveEarlierDefault(earlier, current), current);
        QCOMPARE(readFile(current + QStringLiteral("/anxin.db")), QByteArray("the cache"));
        QCOMPARE(readFile(current + QStringLiteral("/logs/anxin.log")), QByteArray("a log line"));
        QVERIFY(!QFileInfo::exists(earlier));
        // Once: the next start finds it where it belongs.
        QCOMPARE(Profile::moveEarlierDefault(earlier, current), current);
        QCOMPARE(readFile(current + QStringLiteral("/anxin.db")), QByteArray("the cache"));
    }
    void moveEarlierDefault_bothExist_currentUsedAndEarlierLeftAlone()
    {
        QTemporaryDir tmp;
        const QString earlier = tmp.filePath(QStringLiteral("earlier"));
        const QString current = tmp.filePath(QStringLiteral("current"));
        QVERIFY(QDir().mkpath(earlier) && QDir().mkpath(current));
        writeFile(earlier + QStringLiteral("/anxin.db"), "older");
        writeFile(current + QStringLiteral("/anxin.db"), "newer");
        QCOMPARE(Profile::moveEarlierDefault(earlier, current), current);
        QCOMPARE(readFile(earlier + QStringLiteral("/anxin.db")), QByteArray("older"));
        QCOMPARE(readFile(current + QStringLiteral("/anxin.db")), QByteArray("newer"));
    }
    void moveEarlierDefault_cannotMove_usesTheEarlierWhereItIs()
    {
        QTemporaryDir tmp;
        const QString earlier = tmp.filePath(QStringLiteral("earlier"));
        QVERIFY(QDir().mkpath(earlier));
        writeFile(earlier + QStringLiteral("/anxin.db"), "the cache");
        writeFile(tmp.filePath(QStringLiteral("blocked")), "a file where the new folder's parent would be");
        const QString current = tmp.filePath(QStringLiteral("blocked/default"));
        QCOMPARE(Profile::moveEarlierDefault(earlier, current), earlier);
        QCOMPARE(readFile(earlier + QStringLiteral("/anxin.db")), QByteArray("the cache"));
    }
    void resolveDir_default_isInTheLocalAppDataFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QByteArray saved = qgetenv("ANXIN_PROFILE");
        qunsetenv("ANXIN_PROFILE");
        const QString dir = Profile::resolveDir({});
        if (!saved.isEmpty())
            qputenv("ANXIN_PROFILE", saved);
        QCOMPARE(dir,
                 QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/default"));
        QStandardPaths::setTestModeEnabled(false);
    }
    void ensureExists_createsTreeOwnerOnly()
    {
        QTemporaryDir tmp;
        Profile p(tmp.filePath(QStringLiteral("p1")));
        QVERIFY(p.ensureExists().ok());
        QVERIFY(QFile::exists(p.dir() + QStringLiteral("/logs")));
        QVERIFY(QFile::exists(p.cacheDir()));
#ifdef Q_OS_UNIX
        // Mode bits are POSIX; on Windows the profile is in the user's own %LOCALAPPDATA%, owner-only by its ACL.
        const auto perms = QFile::permissions(p.dir());
        QVERIFY(!(perms & QFileDevice::ReadOther));
        QVERIFY(!(perms & QFileDevice::ReadGroup));
#endif
    }
    void lockForWriting_secondHolder_refusedNamingTheFirst()
    {
        QTemporaryDir tmp;
        Profile a(tmp.path());
        Profile b(tmp.path());
        QVERIFY(a.lockForWriting(QStringLiteral("anxin-cli sync")).ok());
        QCOMPARE(b.writerLockHolder(), QStringLiteral("anxin-cli sync"));
        QElapsedTimer waited;
        waited.start();
        const Status st = b.lockForWriting(QStringLiteral("Anxin Desk"), 300);
        QVERIFY(waited.elapsed() >= 250); // it waited for the holder before giving up
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, Error::Kind::Locked);
        QCOMPARE(st.error().detail, QStringLiteral("anxin-cli sync"));
        QVERIFY2(st.error().message.contains(QLatin1String("in use by anxin-cli sync")),
                 qPrintable(st.error().message));
        a.unlock();
        QVERIFY(b.lockForWriting(QStringLiteral("Anxin Desk")).ok());
        QCOMPARE(a.writerLockHolder(), QStringLiteral("Anxin Desk"));
        b.unlock();
        QCOMPARE(a.writerLockHolder(), QString());
    }
    void lockForWriting_staleLockOfDeadProcess_recovered()
    {
        QTemporaryDir tmp;
        // A lock file left by a process that no longer exists (as after kill -9).
#ifdef Q_OS_WIN
        // Windows hands a finished child's id to the next process at once (under Wine within moments, to another
        // test running beside this one): take an id above any the process table gives out.
        const qint64 deadPid = 0xFFFFFFF0;
#else
        // This test program listing its functions: a child that exits at once; its pid, taken while it runs,
        // belongs to no process once it has finished.
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("-functions")});
        QVERIFY(p.waitForStarted());
        const qint64 deadPid = p.processId();
        QVERIFY(p.waitForFinished());
#endif
        // The host name as QLockFile writes it (%COMPUTERNAME% on Windows, not QSysInfo's host name).
        QString host;
        {
            QLockFile probe(tmp.filePath(QStringLiteral("probe.lock")));
            QVERIFY(probe.tryLock());
            qint64 ownPid = 0;
            QString app;
            QVERIFY(probe.getLockInfo(&ownPid, &host, &app));
        }
        QFile f(tmp.filePath(QStringLiteral("anxin-desk.lock")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(deadPid > 1 ? deadPid : 999999) + "\nanxin-desk\n" + host.toUtf8() + "\n");
        f.close();
        Profile prof(tmp.path());
        const Status st = prof.lockForWriting(QStringLiteral("Anxin Desk"));
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
    }
};

ANXIN_TEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"

#include "core/profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace anxin::core;

class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void ensureExists_createsTreeOwnerOnly()
    {
        QTemporaryDir tmp;
        Profile p(tmp.filePath(QStringLiteral("p1")));
        QVERIFY(p.ensureExists().ok());
        QVERIFY(QFile::exists(p.dir() + QStringLiteral("/logs")));
        QVERIFY(QFile::exists(p.cacheDir()));
        const auto perms = QFile::permissions(p.dir());
        QVERIFY(!(perms & QFileDevice::ReadOther));
        QVERIFY(!(perms & QFileDevice::ReadGroup));
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
        // This test program listing its functions: a child that exits at once on every platform; its pid, taken
        // while it runs, belongs to no process once it has finished.
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("-functions")});
        QVERIFY(p.waitForStarted());
        const qint64 deadPid = p.processId();
        QVERIFY(p.waitForFinished());
        QFile f(tmp.filePath(QStringLiteral("anxin-desk.lock")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(deadPid > 1 ? deadPid : 999999) + "\nanxin-desk\n" +
                QSysInfo::machineHostName().toUtf8() + "\n");
        f.close();
        Profile prof(tmp.path());
        const Status st = prof.lockForWriting(QStringLiteral("Anxin Desk"));
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"

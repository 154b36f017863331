#include "core/profile.h"

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
    void lockForGui_secondHolder_refused()
    {
        QTemporaryDir tmp;
        Profile a(tmp.path());
        Profile b(tmp.path());
        QVERIFY(a.lockForGui().ok());
        const Status st = b.lockForGui();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, Error::Kind::Locked);
        a.unlock();
        QVERIFY(b.lockForGui().ok());
    }
    void lockForGui_staleLockOfDeadProcess_recovered()
    {
        QTemporaryDir tmp;
        // A lock file left by a process that no longer exists (as after kill -9).
        QProcess p;
        p.start(QStringLiteral("true"), {});
        QVERIFY(p.waitForFinished());
        const qint64 deadPid = p.processId() ? p.processId() : 999999;
        QFile f(tmp.filePath(QStringLiteral("anxin-desk.lock")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(deadPid > 1 ? deadPid : 999999) + "\nanxin-desk\n" +
                QSysInfo::machineHostName().toUtf8() + "\n");
        f.close();
        Profile prof(tmp.path());
        const Status st = prof.lockForGui();
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"

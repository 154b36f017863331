// Start-up over a large cache: the integrity check is left to a background connection, which reports damage
// and makes the next start check in full and set the damaged file aside.
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "store/database.h"
#include "store/ticketrepository.h"
#include "tempdb.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QtTest>

using namespace anxin;
using anxin::core::Error;
using anxin::models::CacheHost;
using anxin::models::DeskSession;

class TstDeskStartup : public QObject
{
    Q_OBJECT
private slots:
    void open_largeSoundCache_uncheckedThenBackgroundCheckPasses();
    void open_largeDamagedCache_backgroundCheckReportsAndNextStartSetsAside();

private:
    static void fill(const QString &path);
};

void TstDeskStartup::fill(const QString &path)
{
    store::Database db;
    QVERIFY(db.open(path).ok());
    QVERIFY(store::TicketRepository(db).upsertBatch(test::bulkyTickets()).ok());
}

void TstDeskStartup::open_largeSoundCache_uncheckedThenBackgroundCheckPasses()
{
    QTemporaryDir dir;
    core::Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    fill(profile.databasePath());
    core::Settings settings(profile.settingsPath());
    DeskSession session(profile, settings, std::make_shared<core::ManualClock>(1'700'000'000'000));
    session.cache().setStartupCheckMaxBytes(1024);
    QVERIFY(session.open().ok());
    QVERIFY(!session.cache().database()->quickCheckFinished());
    QSignalSpy checked(&session.cache(), &CacheHost::cacheChecked);
    QSignalSpy damaged(&session.cache(), &CacheHost::cacheDamaged);
    session.cache().checkCacheInBackground();
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.first().first().toBool(), true);
    QCOMPARE(damaged.size(), 0);
    QVERIFY(!QFile::exists(session.cache().fullCheckMarkerPath()));
}

void TstDeskStartup::open_largeDamagedCache_backgroundCheckReportsAndNextStartSetsAside()
{
    QTemporaryDir dir;
    core::Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    fill(profile.databasePath());
    QVERIFY(!test::damageMiddle(profile.databasePath()).isEmpty());
    core::Settings settings(profile.settingsPath());
    {
        DeskSession session(profile, settings, std::make_shared<core::ManualClock>(1'700'000'000'000));
        session.cache().setStartupCheckMaxBytes(1024);
        QVERIFY(session.open().ok()); // unchecked: the list can paint while the check runs
        QSignalSpy damaged(&session.cache(), &CacheHost::cacheDamaged);
        session.cache().checkCacheInBackground();
        QVERIFY(damaged.wait(10000));
        QCOMPARE(damaged.first().first().value<core::Error>().kind, Error::Kind::Corrupt);
        QVERIFY(QFile::exists(session.cache().fullCheckMarkerPath()));
    }
    // The next start checks in full whatever the size: the damaged file is set aside, a fresh cache opens.
    DeskSession next(profile, settings, std::make_shared<core::ManualClock>(1'700'000'000'000));
    next.cache().setStartupCheckMaxBytes(1024);
    QVERIFY(next.open().ok());
    QCOMPARE(next.cache().openProblem().kind, Error::Kind::Corrupt);
    QVERIFY(QFile::exists(next.cache().openProblem().detail));
    QVERIFY(next.cache().database()->quickCheckFinished());
    QVERIFY(!QFile::exists(next.cache().fullCheckMarkerPath()));
}

ANXIN_TEST_GUILESS_MAIN(TstDeskStartup)
#include "tst_deskstartup.moc"

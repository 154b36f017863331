// The app explains a damaged, newer or tampered cache and offers a way out (README "What we promise"): the notice
// bar names the file set aside or the first broken audit entry, and "Export waiting decisions…" writes the
// decisions that had not reached the platform, read from the damaged/newer file read-only. Real MainWindow,
// offscreen; the save dialog is answered through the prompts seam.
#include "common/prompts.h"
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/ticketrepository.h"
#include "sync/decisions.h"
#include "tempdb.h"
#include "testmain.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace anxin;
using anxin::test::TempDb;

namespace {

void makeCacheWithDecision(const QString &path, int userVersion = 0)
{
    store::Database db;
    QVERIFY(db.open(path).ok());
    auto t = test::makeTicket(QStringLiteral("9001"), 1000);
    t.aftersaleType = 1;
    QVERIFY(store::TicketRepository(db).upsertBatch({t}).ok());
    sync::DecisionInput in{QStringLiteral("9001"), sync::DecisionAction::Approve, 0, {}, {}, {}, {}};
    QVERIFY(
        sync::DecisionService(db).decide(in, sync::Actor{QStringLiteral("owner"), core::Role::Owner, 0}, 2000).ok());
    if (userVersion)
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)).ok());
    QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
}

struct App
{
    explicit App(const QString &dir)
        : profile(dir)
        , settings(profile.settingsPath())
        , session(profile, settings, std::make_shared<core::ManualClock>(1763700000000))
    {
        openStatus = session.open();
        languages.apply(QStringLiteral("en"));
        window = std::make_unique<ui::MainWindow>(session, languages, dir);
        window->show();
    }
    QLabel *notice() const { return window->findChild<QLabel *>(QStringLiteral("noticeBar")); }
    QToolButton *exportButton() const
    {
        return window->findChild<QToolButton *>(QStringLiteral("exportPendingButton"));
    }
    core::Profile profile;
    core::Settings settings;
    models::DeskSession session;
    core::Status openStatus;
    ui::LanguageManager languages;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

class TstRecoveryGui : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { ui::setSaveFileOverride({}); }

    void tooNewCache_noticeAndExportWritesWaitingDecisions()
    {
        QTemporaryDir dir;
        makeCacheWithDecision(dir.filePath(QStringLiteral("anxin.db")), 999);
        App app(dir.path());
        QVERIFY(app.openStatus.ok());
        QVERIFY(app.session.cache().isReadOnly());
        QVERIFY(app.notice()->isVisible());
        QVERIFY(app.notice()->text().contains(QStringLiteral("newer version")));
        QVERIFY(app.exportButton()->isVisible());
        const QString out = dir.filePath(QStringLiteral("export.json"));
        ui::setSaveFileOverride([&](QWidget *, const QString &, const QString &) { return out; });
        app.exportButton()->click();
        const QJsonArray list =
            QJsonDocument::fromJson(TempDb::readAll(out)).object().value(QStringLiteral("decisions")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("aftersale_id")).toString(), QStringLiteral("9001"));
    }

    void corruptCache_noticeNamesTheFileSetAside()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("anxin.db")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        App app(dir.path());
        QVERIFY(app.openStatus.ok()); // a fresh cache took its place
        QVERIFY(!app.session.cache().isReadOnly());
        const QString aside = app.session.cache().recoverableDatabase();
        QVERIFY(!aside.isEmpty());
        QCOMPARE(TempDb::readAll(aside), QByteArray(8192, 'x'));
        QVERIFY(app.notice()->isVisible());
        QVERIFY(app.notice()->text().contains(aside));
        QVERIFY(app.exportButton()->isVisible());
        // Nothing can be read from pure junk: the app says so, writes no file and leaves the copy alone.
        const QString out = dir.filePath(QStringLiteral("export.json"));
        ui::setSaveFileOverride([&](QWidget *, const QString &, const QString &) { return out; });
        app.exportButton()->click();
        QVERIFY(!QFile::exists(out));
        QCOMPARE(TempDb::readAll(aside), QByteArray(8192, 'x'));
    }

    void tamperedAudit_noticeNamesFirstBrokenEntry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("anxin.db"));
        makeCacheWithDecision(path);
        {
            store::Database db;
            QVERIFY(db.open(path).ok());
            store::AuditEntry e;
            e.at = 2100;
            e.actor = QStringLiteral("owner");
            e.action = QStringLiteral("note");
            e.subject = QStringLiteral("9001");
            QVERIFY(store::AuditRepository(db).append(e).ok());
            QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
            QVERIFY(db.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")).ok());
        }
        App app(dir.path());
        QVERIFY(app.openStatus.ok());
        QCOMPARE(app.session.cache().auditBrokenAt(), 2); // entry 1 is gone: 2 is the first that does not check out
        QVERIFY(app.notice()->isVisible());
        QVERIFY2(app.notice()->text().contains(QStringLiteral("entry 2")), qPrintable(app.notice()->text()));
        QVERIFY(!app.exportButton()->isVisible());
    }

    void healthyCache_noNotice()
    {
        QTemporaryDir dir;
        makeCacheWithDecision(dir.filePath(QStringLiteral("anxin.db")));
        App app(dir.path());
        QVERIFY(app.openStatus.ok());
        QCOMPARE(app.session.cache().auditBrokenAt(), 0);
        QVERIFY(!app.notice()->isVisible());
        QVERIFY(!app.exportButton()->isVisible());
    }
};

ANXIN_TEST_MAIN(TstRecoveryGui)
#include "tst_recovery_gui.moc"

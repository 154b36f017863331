// Storage promises seen from anxin-cli and DeskSession (README "What we promise"): a corrupt or not-a-database
// file is set aside byte for byte and `status` exits 5; a database newer than the build is left untouched, `status`
// exits 5 and `outbox --json` still reads it (read-only); unfinished decisions can be exported from a file set
// aside; the audit chain is verified on start (CLI status and DeskSession) naming the first broken entry, and its
// head is shown in `status` (text and --json).
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/ticketrepository.h"
#include "sync/decisions.h"
#include "sync/pendingexport.h"
#include "tempdb.h"
#include "testmain.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace anxin;
using anxin::test::TempDb;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QString &profile, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANXIN_SECRET_STORE"), QStringLiteral("memory"));
    p.setProcessEnvironment(env);
    p.start(test::binaryPath(QStringLiteral("anxin-cli")), QStringList{QStringLiteral("--profile"), profile} + args);
    if (!p.waitForFinished(30000))
        return {};
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

// A cache with two tickets and one pending approval (and its audit entry), closed.
void makeCacheWithDecision(const QString &path)
{
    store::Database db;
    QVERIFY(db.open(path).ok());
    auto t = test::makeTicket(QStringLiteral("9001"), 1000);
    t.aftersaleType = 1;
    QVERIFY(store::TicketRepository(db).upsertBatch({t}).ok());
    sync::DecisionInput in{QStringLiteral("9001"), sync::DecisionAction::Approve, 0, {}, {}, {}, {}};
    QVERIFY(
        sync::DecisionService(db).decide(in, sync::Actor{QStringLiteral("owner"), core::Role::Owner, 0}, 2000).ok());
    QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    db.close();
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(TempDb::readAll(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TstCliStorage : public QObject
{
    Q_OBJECT
private slots:
    void status_notADatabase_setAsideByteIdenticalExit5()
    {
        QTemporaryDir profile;
        const QString db = profile.filePath(QStringLiteral("anxin.db"));
        QByteArray junk;
        for (int i = 0; i < 20000; ++i)
            junk.append(char((i * 131 + 7) % 251));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
        f.close();
        const Run r = cli(profile.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.json().value(QStringLiteral("db_health")).toString(), QStringLiteral("corrupt"));
        const QString aside = r.json().value(QStringLiteral("db_set_aside")).toString();
        QVERIFY2(!aside.isEmpty(), r.out.constData());
        QCOMPARE(TempDb::readAll(aside), junk); // kept byte for byte, never deleted
        QVERIFY(r.err.contains("kept as"));
        // Exporting from it says plainly that nothing can be read (exit 5), and changes nothing.
        const Run e = cli(profile.path(), {QStringLiteral("outbox"), QStringLiteral("--db"), aside});
        QCOMPARE(e.exitCode, 5);
        QCOMPARE(TempDb::readAll(aside), junk);
    }

    void decide_refused_englishForPeople_situationForScripts()
    {
        QTemporaryDir profile;
        makeCacheWithDecision(profile.filePath(QStringLiteral("anxin.db")));
        const QStringList again{QStringLiteral("decide"), QStringLiteral("9001"), QStringLiteral("--approve")};
        const Run plain = cli(profile.path(), again);
        QCOMPARE(plain.exitCode, 4);
        QVERIFY2(plain.err.contains("still waiting to sync; undo it first"), plain.err.constData());
        const Run json = cli(profile.path(), again + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 4);
        // The error is the last line on standard error (log lines may come before it).
        const QList<QByteArray> lines = json.err.trimmed().split('\n');
        const QJsonObject error =
            QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("conflict"));
        QCOMPARE(error.value(QStringLiteral("situation")).toString(), QStringLiteral("decision.one_waiting"));
        QCOMPARE(error.value(QStringLiteral("args")).toArray(), QJsonArray{QStringLiteral("approve")});
        QCOMPARE(error.value(QStringLiteral("exit_code")).toInt(), 4);
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("undo it first")));
    }

    void status_tooNewDatabase_untouchedExit5_outboxStillReadable()
    {
        QTemporaryDir profile;
        const QString path = profile.filePath(QStringLiteral("anxin.db"));
        makeCacheWithDecision(path);
        {
            store::Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 999")).ok());
            QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        const QByteArray before = sha(path);
        const Run r = cli(profile.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.json().value(QStringLiteral("db_health")).toString(), QStringLiteral("too_new"));
        const Run o = cli(profile.path(), {QStringLiteral("outbox"), QStringLiteral("--json")});
        QCOMPARE(o.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(o.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("aftersale_id")).toString(), QStringLiteral("9001"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        // A decision cannot be made on it, and the file is exactly as it was.
        const Run d =
            cli(profile.path(), {QStringLiteral("decide"), QStringLiteral("9001"), QStringLiteral("--approve")});
        QCOMPARE(d.exitCode, 5);
        QCOMPARE(sha(path), before);
        QVERIFY(QDir(profile.path()).entryList({QStringLiteral("anxin.db.corrupt*")}).isEmpty());
    }

    void export_unfinishedDecisions_fromAFileReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.db"));
        makeCacheWithDecision(path);
        const QByteArray before = sha(path);
        const Run o = cli(dir.filePath(QStringLiteral("profile")),
                          {QStringLiteral("outbox"), QStringLiteral("--json"), QStringLiteral("--db"), path});
        QCOMPARE(o.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(o.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("approve"));
        const QString out = dir.filePath(QStringLiteral("pending.json"));
        auto n = sync::exportUnfinishedDecisions(path, out);
        ANXIN_VERIFY_OK(n);
        QCOMPARE(n.value(), 1);
#ifdef Q_OS_UNIX
        // Mode bits are POSIX; on Windows the export sits in the user's own folders, owner-only by their ACL.
        QCOMPARE(QFile::permissions(out) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions{});
#endif
        QCOMPARE(
            QJsonDocument::fromJson(TempDb::readAll(out)).object().value(QStringLiteral("decisions")).toArray().size(),
            1);
        QCOMPARE(sha(path), before);
    }

    void status_auditHeadShown_tamperedEntryNamedExit5_andDeskSessionSeesIt()
    {
        QTemporaryDir profile;
        const QString path = profile.filePath(QStringLiteral("anxin.db"));
        makeCacheWithDecision(path);
        QString headHash;
        {
            store::Database db;
            QVERIFY(db.open(path).ok());
            store::AuditEntry e;
            e.at = 2100;
            e.actor = QStringLiteral("owner");
            e.action = QStringLiteral("note");
            e.subject = QStringLiteral("9001");
            ANXIN_VERIFY_OK(store::AuditRepository(db).append(e));
            headHash = store::AuditRepository(db).head().value()->hash;
        }
        Run r = cli(profile.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("audit_head")).toString(), headHash);
        QCOMPARE(r.json().value(QStringLiteral("audit_ok")).toBool(), true);
        r = cli(profile.path(), {QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QByteArray(QByteArray("audit     ") + headHash.left(16).toLatin1())),
                 r.out.constData());

        // Edit the first entry behind the app's back (the triggers refuse it through the app).
        {
            store::Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
            QVERIFY(db.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")).ok());
        }
        r = cli(profile.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.json().value(QStringLiteral("audit_ok")).toBool(), false);
        QCOMPARE(r.json().value(QStringLiteral("audit_broken_at")).toInteger(), 1);
        r = cli(profile.path(), {QStringLiteral("status")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.out.contains("BROKEN at entry 1"), r.out.constData());

        // The app verifies on start too.
        core::Profile prof(profile.path());
        core::Settings settings(prof.settingsPath());
        models::DeskSession session(prof, settings, core::Clock::system());
        ANXIN_VERIFY_OK(session.open());
        QCOMPARE(session.cache().auditBrokenAt(), 1);
    }
};

ANXIN_TEST_GUILESS_MAIN(TstCliStorage)
#include "tst_cli_storage.moc"

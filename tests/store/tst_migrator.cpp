#include "store/database.h"
#include "store/migrator.h"
#include "tempdb.h"
#include "testmain.h"

#include <QtTest>

using namespace anxin;
using anxin::core::Error;
using anxin::store::Database;
using anxin::store::Migration;
using anxin::store::Migrator;
using anxin::test::TempDb;

namespace {

// Everything that makes up a schema: name, type and SQL of every object.
QStringList schemaOf(const QString &path)
{
    Database db;
    Database::Options o;
    o.migrate = false;
    o.migrations = QList<Migration>{};
    if (!db.open(path, o).ok() && !db.isOpen())
        return {QStringLiteral("<cannot open>")};
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                   q.value(2).toString();
    return out;
}

int userVersionOf(const QString &path)
{
    Database db;
    if (!db.openReadOnly(path).ok())
        return -1;
    return TempDb::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

QList<Migration> twoVersions()
{
    return {
        {1, QStringLiteral("first"),
         QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, note TEXT);\n"
                        "INSERT INTO a (note) VALUES ('semi;colon ''quoted''');\n")},
        {2, QStringLiteral("second"),
         QStringLiteral("-- adds b; and a trigger\n"
                        "ALTER TABLE a ADD COLUMN extra INTEGER NOT NULL DEFAULT 7;\n"
                        "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER);\n"
                        "CREATE TRIGGER a_ins AFTER INSERT ON a BEGIN\n"
                        "  INSERT INTO b (a_id) VALUES (new.id);\n"
                        "  UPDATE a SET note = 'x;y' WHERE id = new.id;\n"
                        "END;\n"
                        "INSERT INTO a (note) VALUES ('two');\n"
                        "/* trailing; comment */\n")},
    };
}

} // namespace

class TstMigrator : public QObject
{
    Q_OBJECT
private slots:
    void splitStatements_triggersStringsComments_keepsStatementsWhole();
    void builtin_resources_loadNumberedMigrations();
    void open_freshFile_appliesAllAndSetsUserVersion();
    void open_version1Database_upgradesToVersion2();
    void open_interruptedAtEveryStatementOfMigration1_leavesEmptySchemaThenRecovers();
    void open_interruptedAtEveryStatementOfUpgrade_leavesVersion1SchemaThenRecovers();
    void open_failingStatement_rollsBackWholeMigration();
    void migrate_databaseNewerThanMigrations_isTooNew();
};

void TstMigrator::splitStatements_triggersStringsComments_keepsStatementsWhole()
{
    const QStringList parts = Migrator::splitStatements(twoVersions().at(1).sql);
    QCOMPARE(parts.size(), 4);
    QVERIFY(parts.at(0).contains(QStringLiteral("ALTER TABLE a")));
    QVERIFY(parts.at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(parts.at(2).endsWith(QStringLiteral("END;")));
    QVERIFY(parts.at(2).contains(QStringLiteral("'x;y'")));
    QCOMPARE(Migrator::splitStatements(twoVersions().at(0).sql).size(), 2);
    QCOMPARE(Migrator::splitStatements(QStringLiteral("SELECT '--;' ; -- only a comment;\n")).size(), 1);
    QCOMPARE(Migrator::splitStatements(QStringLiteral("SELECT \"a;b\" FROM t; SELECT 2")).size(), 2);
    QVERIFY(Migrator::splitStatements(QStringLiteral("  -- nothing\n /* at; all */ ;")).isEmpty());
}

void TstMigrator::builtin_resources_loadNumberedMigrations()
{
    const auto builtin = Migrator::builtin();
    QVERIFY2(builtin.ok(), qPrintable(builtin.ok() ? QString() : builtin.error().message));
    QVERIFY(!builtin.value().isEmpty());
    QCOMPARE(builtin.value().first().version, 1);
    QCOMPARE(builtin.value().first().name, QStringLiteral("initial"));
    for (int i = 0; i < builtin.value().size(); ++i)
        QCOMPARE(builtin.value().at(i).version, i + 1);
}

void TstMigrator::open_freshFile_appliesAllAndSetsUserVersion()
{
    TempDb tmp;
    Database db;
    Database::Options o;
    o.migrations = twoVersions();
    QVERIFY(db.open(tmp.path(), o).ok());
    QCOMPARE(db.schemaVersion(), 2);
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT note FROM a WHERE id = 1")).toString(),
             QStringLiteral("semi;colon 'quoted'"));
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT count(*) FROM b")).toInt(), 1); // trigger fired for 'two'
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT note FROM a WHERE id = 2")).toString(), QStringLiteral("x;y"));
}

void TstMigrator::open_version1Database_upgradesToVersion2()
{
    TempDb tmp;
    {
        Database db;
        Database::Options o;
        o.migrations = twoVersions().mid(0, 1);
        QVERIFY(db.open(tmp.path(), o).ok());
        QCOMPARE(db.schemaVersion(), 1);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO a (note) VALUES ('kept')")).ok());
    }
    Database db;
    Database::Options o;
    o.migrations = twoVersions();
    QVERIFY(db.open(tmp.path(), o).ok());
    QCOMPARE(db.schemaVersion(), 2);
    QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT extra FROM a WHERE note = 'kept'")).toInt(), 7);
}

void TstMigrator::open_interruptedAtEveryStatementOfMigration1_leavesEmptySchemaThenRecovers()
{
    const auto builtin = Migrator::builtin();
    QVERIFY(builtin.ok());
    const int statements = int(Migrator::splitStatements(builtin.value().first().sql).size());
    QVERIFY(statements > 20);
    for (int failAt = 0; failAt < statements; ++failAt) {
        TempDb tmp;
        Database db;
        Database::Options o;
        o.migrationHook = [failAt](int version, int index, const QString &) -> core::Status {
            if (version == 1 && index == failAt)
                return Error::make(Error::Kind::Storage, QStringLiteral("injected failure"));
            return {};
        };
        const core::Status s = db.open(tmp.path(), o);
        QVERIFY(!s.ok());
        QVERIFY(!db.isOpen());
        db.close();
        QCOMPARE(userVersionOf(tmp.path()), 0);
        QVERIFY2(schemaOf(tmp.path()).isEmpty(), qPrintable(QStringLiteral("failAt %1").arg(failAt)));
        Database clean;
        QVERIFY(clean.open(tmp.path()).ok());
        QCOMPARE(clean.schemaVersion(), builtin.value().last().version);
    }
}

void TstMigrator::open_interruptedAtEveryStatementOfUpgrade_leavesVersion1SchemaThenRecovers()
{
    const int statements = int(Migrator::splitStatements(twoVersions().at(1).sql).size());
    for (int failAt = 0; failAt < statements; ++failAt) {
        TempDb tmp;
        {
            Database db;
            Database::Options o;
            o.migrations = twoVersions().mid(0, 1);
            QVERIFY(db.open(tmp.path(), o).ok());
        }
        const QStringList before = schemaOf(tmp.path());
        Database db;
        Database::Options o;
        o.migrations = twoVersions();
        o.migrationHook = [failAt](int version, int index, const QString &) -> core::Status {
            return version == 2 && index == failAt
                       ? core::Status(Error::make(Error::Kind::Storage, QStringLiteral("x")))
                       : core::Status();
        };
        QVERIFY(!db.open(tmp.path(), o).ok());
        QCOMPARE(userVersionOf(tmp.path()), 1);
        QCOMPARE(schemaOf(tmp.path()), before);
        o.migrationHook = {};
        QVERIFY(db.open(tmp.path(), o).ok());
        QCOMPARE(db.schemaVersion(), 2);
    }
}

void TstMigrator::open_failingStatement_rollsBackWholeMigration()
{
    TempDb tmp;
    QList<Migration> bad = twoVersions();
    bad[1].sql += QStringLiteral("INSERT INTO no_such_table VALUES (1);");
    Database db;
    Database::Options o;
    o.migrations = bad;
    const core::Status s = db.open(tmp.path(), o);
    QVERIFY(!s.ok());
    QCOMPARE(userVersionOf(tmp.path()), 1); // migration 1 committed on its own, 2 rolled back entirely
    QVERIFY(!schemaOf(tmp.path()).join(QLatin1Char('\n')).contains(QStringLiteral("table b")));
}

void TstMigrator::migrate_databaseNewerThanMigrations_isTooNew()
{
    TempDb tmp;
    Database db;
    Database::Options o;
    o.migrations = twoVersions();
    QVERIFY(db.open(tmp.path(), o).ok());
    Migrator older(db.connection(), twoVersions().mid(0, 1));
    const core::Status s = older.migrate();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::TooNew);
    QCOMPARE(older.currentVersion().value(), 2);
}

ANXIN_TEST_GUILESS_MAIN(TstMigrator)
#include "tst_migrator.moc"

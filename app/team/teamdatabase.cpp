#include "team/teamdatabase.h"

#include "core/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace anxin::team {

using core::Error;

namespace {

constexpr qint64 kMigrationLock = 0x616e78696e01; // pg_advisory_lock key held while a desk migrates

// Each version: statements run in one transaction with the version's row. Append only; never edit one.
struct Migration
{
    int version;
    const char *name;
    QStringList statements;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1,
         "claims",
         {QStringLiteral("CREATE TABLE desks (desk_id text PRIMARY KEY, agent text NOT NULL, "
                         "last_seen timestamptz NOT NULL DEFAULT now())"),
          // One row per ticket somebody is on; the lease is extended by its desk's heartbeat and lapses when the
          // desk goes quiet. The primary key is what keeps a claim from being held twice.
          QStringLiteral("CREATE TABLE claims (aftersale_id text PRIMARY KEY, shop_id text NOT NULL, "
                         "desk_id text NOT NULL REFERENCES desks(desk_id), agent text NOT NULL, "
                         "claimed_at timestamptz NOT NULL DEFAULT now(), lease_until timestamptz NOT NULL)"),
          QStringLiteral("CREATE INDEX claims_desk ON claims(desk_id)")}},
        {2,
         "live claims and the team audit",
         {// Every desk LISTENs on anxin_claims: a claim taken, moved or ended is announced (payload: the ticket) when
          // its transaction commits. A lease renewed by a heartbeat is not news and stays quiet.
          QStringLiteral("CREATE FUNCTION anxin_claims_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                         "PERFORM pg_notify('anxin_claims', CASE WHEN TG_OP = 'DELETE' THEN OLD.aftersale_id "
                         "ELSE NEW.aftersale_id END); RETURN NULL; END $$"),
          QStringLiteral("CREATE TRIGGER claims_notify_insert_delete AFTER INSERT OR DELETE ON claims "
                         "FOR EACH ROW EXECUTE FUNCTION anxin_claims_notify()"),
          QStringLiteral("CREATE TRIGGER claims_notify_moved AFTER UPDATE ON claims FOR EACH ROW "
                         "WHEN (OLD.desk_id IS DISTINCT FROM NEW.desk_id OR OLD.claimed_at IS DISTINCT FROM "
                         "NEW.claimed_at) EXECUTE FUNCTION anxin_claims_notify()"),
          // Who did what from which desk, hash-chained like the local audit log (core::chainHash over seq, at,
          // desk, agent, action, subject, detail). Append only: the triggers refuse edits.
          QStringLiteral("CREATE TABLE team_audit (seq bigint PRIMARY KEY, at bigint NOT NULL, desk_id text NOT NULL, "
                         "agent text NOT NULL, action text NOT NULL, subject text NOT NULL, "
                         "detail_json text NOT NULL, prev_hash text NOT NULL, hash text NOT NULL)"),
          QStringLiteral("CREATE FUNCTION anxin_team_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                         "BEGIN RAISE EXCEPTION 'team_audit is append-only'; END $$"),
          QStringLiteral("CREATE TRIGGER team_audit_no_edit BEFORE UPDATE OR DELETE ON team_audit "
                         "FOR EACH ROW EXECUTE FUNCTION anxin_team_audit_append_only()")}},
        {3,
         "assignment",
         {// A shop's open queue as the desks last told it (ticket and the platform's deadline), and who each ticket
          // is assigned to. Split in one transaction (team::Assignments::split).
          QStringLiteral("CREATE TABLE queue (aftersale_id text PRIMARY KEY, shop_id text NOT NULL, "
                         "deadline bigint NOT NULL, seen_at timestamptz NOT NULL DEFAULT now())"),
          QStringLiteral("CREATE INDEX queue_shop_deadline ON queue(shop_id, deadline)"),
          QStringLiteral("CREATE TABLE assignments (aftersale_id text PRIMARY KEY REFERENCES queue(aftersale_id) "
                         "ON DELETE CASCADE, agent text NOT NULL, assigned_by text NOT NULL, "
                         "assigned_at timestamptz NOT NULL DEFAULT now())"),
          QStringLiteral("CREATE INDEX assignments_agent ON assignments(agent)")}},
        {4,
         "assignment news",
         {// A split (or a queue change) is announced once per statement on the claims channel, so every desk
          // refreshes its agent's queue at once.
          QStringLiteral("CREATE FUNCTION anxin_assignments_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                         "PERFORM pg_notify('anxin_claims', 'assignments'); RETURN NULL; END $$"),
          QStringLiteral("CREATE TRIGGER assignments_notify AFTER INSERT OR UPDATE OR DELETE ON assignments "
                         "FOR EACH STATEMENT EXECUTE FUNCTION anxin_assignments_notify()")}},
        {5,
         "one poller per shop",
         {// Which desk pulls each shop from the platform (issue #35): one row per shop, held with a lease like a
          // claim, and when it last polled. A poller taken, moved or ended is announced like a claim.
          QStringLiteral("CREATE TABLE pollers (shop_id text PRIMARY KEY, desk_id text NOT NULL REFERENCES "
                         "desks(desk_id), agent text NOT NULL, since timestamptz NOT NULL DEFAULT now(), "
                         "lease_until timestamptz NOT NULL, last_poll_at timestamptz, last_poll_ok boolean)"),
          QStringLiteral("CREATE FUNCTION anxin_pollers_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                         "PERFORM pg_notify('anxin_claims', 'pollers'); RETURN NULL; END $$"),
          QStringLiteral("CREATE TRIGGER pollers_notify_insert_delete AFTER INSERT OR DELETE ON pollers "
                         "FOR EACH ROW EXECUTE FUNCTION anxin_pollers_notify()"),
          QStringLiteral("CREATE TRIGGER pollers_notify_moved AFTER UPDATE ON pollers FOR EACH ROW "
                         "WHEN (OLD.desk_id IS DISTINCT FROM NEW.desk_id OR OLD.last_poll_at IS DISTINCT FROM "
                         "NEW.last_poll_at) EXECUTE FUNCTION anxin_pollers_notify()")}},
        {6,
         "the shops' feed",
         {// What each shop's poller fetched from the platform (issue #35), one answer per row, numbered per shop
          // without gaps (the writer takes the shop's advisory lock); the other desks copy it by version. The
          // identity tells one team database from another: versions count in one only.
          QStringLiteral("CREATE TABLE team_identity (id text PRIMARY KEY)"),
          QStringLiteral("INSERT INTO team_identity SELECT gen_random_uuid()::text"),
          QStringLiteral("CREATE TABLE shop_feed (shop_id text NOT NULL, version bigint NOT NULL, kind text NOT NULL, "
                         "item_key text NOT NULL DEFAULT '', cursor_time bigint NOT NULL DEFAULT 0, "
                         "cursor_page int NOT NULL DEFAULT 0, fetched_at bigint NOT NULL, data text NOT NULL, "
                         "desk_id text NOT NULL, published_at timestamptz NOT NULL DEFAULT now(), "
                         "PRIMARY KEY (shop_id, version))"),
          QStringLiteral("CREATE INDEX shop_feed_kind ON shop_feed(shop_id, kind, version)"),
          QStringLiteral("CREATE FUNCTION anxin_feed_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                         "PERFORM pg_notify('anxin_feed', NEW.shop_id); RETURN NULL; END $$"),
          QStringLiteral("CREATE TRIGGER shop_feed_notify AFTER INSERT ON shop_feed FOR EACH ROW "
                         "EXECUTE FUNCTION anxin_feed_notify()")}},
    };
    return list;
}

} // namespace

Error teamError(const QString &what, const QSqlError &error)
{
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = QStringLiteral("the connection to the server is closed");
    const bool unreachable = error.type() == QSqlError::ConnectionError ||
                             text.contains(QLatin1String("server closed the connection")) ||
                             text.contains(QLatin1String("could not connect")) ||
                             text.contains(QLatin1String("no connection to the server")) ||
                             text.contains(QLatin1String("connection to the server is closed")) ||
                             text.contains(QLatin1String("the database system is"));
    return Error::make(unreachable ? Error::Kind::Network : Error::Kind::Storage,
                       QStringLiteral("team database: %1: %2").arg(what, text));
}

TeamDatabase::TeamDatabase()
    : m_name(QStringLiteral("anxin-team-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

TeamDatabase::~TeamDatabase()
{
    close();
}

QString TeamDatabase::redacted(const QString &url)
{
    QUrl u(url);
    u.setPassword(QString());
    return u.toString();
}

core::Status TeamDatabase::open(const QString &url)
{
    close();
    const QUrl u(url);
    if (!u.isValid() || (u.scheme() != QLatin1String("postgresql") && u.scheme() != QLatin1String("postgres")) ||
        u.host().isEmpty() || u.path().size() < 2)
        return Error::coded(Error::Kind::Usage, "team.bad_url", {redacted(url)},
                            QStringLiteral("a team database URL looks like postgresql://user@host:5432/database, "
                                           "not %1")
                                .arg(redacted(url)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::coded(Error::Kind::Storage, "team.driver_missing", {},
                            QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setHostName(u.host());
    m_db.setPort(u.port(5432));
    m_db.setUserName(u.userName());
    m_db.setPassword(u.password());
    m_db.setDatabaseName(u.path().mid(1));
    // A server that vanishes without closing the connection (a cable pulled, a laptop on a train) is noticed
    // within about 15 s by TCP keepalives and the TCP user timeout, so no call waits on it for minutes.
    m_db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=anxin-desk;keepalives=1;"
                                          "keepalives_idle=5;keepalives_interval=2;keepalives_count=3;"
                                          "tcp_user_timeout=15000"));
    if (!m_db.open()) {
        Error e = teamError(QStringLiteral("connect to %1").arg(redacted(url)), m_db.lastError());
        const QString where = QStringLiteral("%1:%2").arg(u.host()).arg(u.port(5432));
        const QString text = m_db.lastError().text();
        if (text.contains(QLatin1String("password authentication failed")) ||
            text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("role \"")))
            e = Error::coded(Error::Kind::Auth, "team.auth", {u.userName(), where}, e.message);
        else if (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist")))
            e = Error::coded(Error::Kind::NotFound, "team.no_database", {u.path().mid(1), where}, e.message);
        else
            e = Error::coded(Error::Kind::Network, "team.unreachable", {where}, e.message);
        close();
        return e;
    }
    if (auto st = migrate(); !st) {
        close();
        return st;
    }
    return {};
}

void TeamDatabase::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool TeamDatabase::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

int TeamDatabase::knownVersion()
{
    return migrations().last().version;
}

int TeamDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM team_schema")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

core::Status TeamDatabase::migrate()
{
    // Desks opening a fresh database at once: one creates the bookkeeping table, the others wait for it (CREATE
    // TABLE IF NOT EXISTS alone races in PostgreSQL's catalog).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)))
        return teamError(QStringLiteral("wait for other desks' migration"), q.lastError());
    const core::Status done = migrateLocked();
    QSqlQuery unlock(m_db);
    unlock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    return done;
}

core::Status TeamDatabase::migrateLocked()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('team_schema') IS NULL")) || !q.next())
        return teamError(QStringLiteral("look for team_schema"), q.lastError());
    if (q.value(0).toBool() &&
        !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS team_schema (version int PRIMARY KEY, name text NOT NULL, "
                               "applied_at timestamptz NOT NULL DEFAULT now())")))
        return teamError(QStringLiteral("create team_schema"), q.lastError());
    for (const Migration &m : migrations()) {
        if (!m_db.transaction())
            return teamError(QStringLiteral("begin migration"), m_db.lastError());
        // Two desks opening a fresh database at once: the second waits here, then sees the version applied.
        QSqlQuery lock(m_db);
        if (!lock.exec(QStringLiteral("LOCK TABLE team_schema IN EXCLUSIVE MODE"))) {
            m_db.rollback();
            return teamError(QStringLiteral("lock team_schema"), lock.lastError());
        }
        QSqlQuery seen(m_db);
        seen.prepare(QStringLiteral("SELECT 1 FROM team_schema WHERE version = ?"));
        seen.addBindValue(m.version);
        if (!seen.exec()) {
            m_db.rollback();
            return teamError(QStringLiteral("read team_schema"), seen.lastError());
        }
        if (seen.next()) {
            m_db.commit();
            continue;
        }
        for (const QString &sql : m.statements) {
            QSqlQuery s(m_db);
            if (!s.exec(sql)) {
                const Error e = teamError(QStringLiteral("migration %1").arg(m.version), s.lastError());
                m_db.rollback();
                return e;
            }
        }
        QSqlQuery mark(m_db);
        mark.prepare(QStringLiteral("INSERT INTO team_schema (version, name) VALUES (?, ?)"));
        mark.addBindValue(m.version);
        mark.addBindValue(QString::fromLatin1(m.name));
        if (!mark.exec() || !m_db.commit()) {
            const Error e = teamError(QStringLiteral("record migration %1").arg(m.version), mark.lastError());
            m_db.rollback();
            return e;
        }
        qCInfo(lcDb) << "team database migrated to schema" << m.version << m.name;
    }
    if (schemaVersion() > knownVersion())
        return Error::coded(Error::Kind::TooNew, "team.too_new", {},
                            QStringLiteral("the team database has schema %1, newer than this build's %2: update this "
                                           "desk")
                                .arg(schemaVersion())
                                .arg(knownVersion()));
    return {};
}

} // namespace anxin::team

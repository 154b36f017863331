#pragma once

#include <QString>

namespace anxin::store {
class Database;
}

namespace anxin::models {

class CacheHost;

// What the About box shows: the build, the libraries it runs on, the rules files, where the profile lives and
// the head of the audit log (so a support call can compare it with the one on record).
struct AboutInfo
{
    QString appVersion;
    QString gitCommit;
    QString qtVersion;     // the Qt the process runs on
    QString sqliteVersion; // the SQLite library the cache is written with
    int schemaVersion = 0; // the cache's migration level
    int guaranteeRulesVersion = 0;
    int scoreRulesVersion = 0;
    QString profileDir;
    QString databasePath;
    qint64 auditEntries = 0; // entries are numbered from 1 without gaps, so the head's seq is the count
    QString auditHeadHash;   // empty when the log is empty
    QString auditProblem;    // English, for the log; non-empty when the head could not be read
};

// Reads the versions and the audit head. `db` may be null (no cache open): then only the build is described.
AboutInfo collectAboutInfo(store::Database *db, const QString &profileDir);
// The same for the session's cache.
AboutInfo collectAboutInfo(const CacheHost &cache, const QString &profileDir);

} // namespace anxin::models

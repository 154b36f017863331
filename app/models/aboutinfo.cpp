#include "models/aboutinfo.h"

#include "core/guaranteerules.h"
#include "core/scoremodel.h"
#include "core/version.h"
#include "models/session/cachehost.h"
#include "store/auditrepository.h"
#include "store/database.h"

namespace anxin::models {

AboutInfo collectAboutInfo(store::Database *db, const QString &profileDir)
{
    AboutInfo info;
    info.appVersion = QString::fromLatin1(core::kAppVersion);
    info.gitCommit = QString::fromLatin1(core::kGitCommit);
    info.qtVersion = QString::fromLatin1(qVersion());
    info.sqliteVersion = store::Database::sqliteVersion();
    info.guaranteeRulesVersion = core::GuaranteeRules::builtin().version;
    info.scoreRulesVersion = core::ScoreRules::builtin().version;
    info.profileDir = profileDir;
    if (!db)
        return info;
    info.databasePath = db->path();
    info.schemaVersion = db->schemaVersion();
    auto head = store::AuditRepository(*db).head();
    if (!head) {
        info.auditProblem = head.error().message;
    } else if (head.value()) {
        info.auditEntries = head.value()->seq;
        info.auditHeadHash = head.value()->hash;
    }
    return info;
}

AboutInfo collectAboutInfo(const CacheHost &cache, const QString &profileDir)
{
    return collectAboutInfo(cache.database(), profileDir);
}

} // namespace anxin::models

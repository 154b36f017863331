#include "models/session/cachehost.h"

#include "core/logging.h"
#include "core/profile.h"
#include "models/cachereader.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "sync/pendingexport.h"

#include <QFile>
#include <QTimer>

namespace anxin::models {

using core::Error;

CacheHost::CacheHost(core::Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{}

CacheHost::~CacheHost() = default; // a check still running is stopped with its reader, a child: no reply comes

QString CacheHost::fullCheckMarkerPath() const
{
    return m_profile.dir() + QStringLiteral("/check-cache-on-start");
}

core::Status CacheHost::open()
{
    // After a background check found damage, this start checks in full (and sets a damaged file aside).
    const bool fullCheck = QFile::exists(fullCheckMarkerPath());
    store::Database::Options options;
    if (!fullCheck)
        options.quickCheckMaxBytes = m_startupCheckMaxBytes;
    m_db = std::make_unique<store::Database>();
    auto st = m_db->open(m_profile.databasePath(), options);
    if (!st && st.error().kind == Error::Kind::Corrupt) {
        // The damaged file is kept aside byte for byte; work goes on in a fresh cache that sync refills.
        m_openProblem = st.error();
        qCWarning(lcDb) << "database set aside:" << st.error().detail;
        m_db = std::make_unique<store::Database>();
        st = m_db->open(m_profile.databasePath(), options);
    }
    if (!st && st.error().kind == Error::Kind::TooNew) {
        m_openProblem = st.error();
        st = {};
    }
    if (!st) {
        m_db.reset();
        return st;
    }
    // Verified on every start: an edit behind the app's back is named by the first entry that breaks the chain.
    if (auto broken = store::AuditRepository(*m_db).verify(); broken && broken.value()) {
        m_auditBrokenAt = *broken.value();
        qCWarning(lcDb) << "audit log broken at entry" << m_auditBrokenAt;
    } else if (!broken) {
        qCWarning(lcDb) << "audit log not verified:" << broken.error().message;
    }
    if (fullCheck && m_db->quickCheckFinished())
        QFile::remove(fullCheckMarkerPath());
    if (!m_db->quickCheckFinished() && !m_db->isReadOnly())
        QTimer::singleShot(kBackgroundCheckDelayMs, this, &CacheHost::checkCacheInBackground);
    return {};
}

bool CacheHost::isReadOnly() const
{
    return !m_db || m_db->isReadOnly();
}

QString CacheHost::recoverableDatabase() const
{
    if (m_openProblem.kind == Error::Kind::Corrupt)
        return m_openProblem.detail;
    if (m_openProblem.kind == Error::Kind::TooNew && m_db)
        return m_db->path();
    return {};
}

core::Result<int> CacheHost::exportUnfinishedDecisions(const QString &outFile) const
{
    const QString source = recoverableDatabase();
    if (source.isEmpty())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no damaged or newer cache to export from"));
    return sync::exportUnfinishedDecisions(source, outFile);
}

void CacheHost::checkCacheInBackground()
{
    if (!m_db || m_check)
        return;
    m_check = CacheReader::beside(m_db.get(), QStringLiteral("anxin-cache-check"), this);
    if (!m_check)
        return; // no file of its own: open() checked it in full
    m_check->post([this](const core::Result<store::Database *> &db) -> CacheReader::Reply {
        const core::Status st = db ? db.value()->checkIntegrity() : core::Status(db.error());
        return [this, st] { checkFinished(st); };
    });
}

void CacheHost::checkFinished(const core::Status &st)
{
    m_check->deleteLater(); // its thread ends once this reply has returned
    m_check = nullptr;
    if (!st && st.error().kind == Error::Kind::Corrupt) {
        qCWarning(lcDb) << "background integrity check:" << st.error().message;
        QFile marker(fullCheckMarkerPath());
        if (!marker.open(QIODevice::WriteOnly) || marker.write("quick_check found a problem\n") < 0)
            qCWarning(lcDb) << "cannot write" << fullCheckMarkerPath();
        emit cacheDamaged(st.error());
        emit cacheChecked(false);
        return;
    }
    if (!st)
        qCWarning(lcDb) << "background integrity check did not run:" << st.error().message;
    emit cacheChecked(true);
}

} // namespace anxin::models

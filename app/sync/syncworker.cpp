#include "sync/syncworker.h"

#include "core/logging.h"
#include "core/shopfeed.h"
#include "platform/apiclient.h"
#include "platform/requests.h"
#include "store/database.h"
#include "store/ticketdetailrepository.h"
#include "sync/answers.h"
#include "sync/evidencefetcher.h"
#include "sync/syncrun.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimer>

namespace anxin::sync {

using core::Error;

SyncWorker::SyncWorker(ShopConfig config, QString profileDir, QString databasePath, SyncOptions options)
    : m_config(std::move(config))
    , m_profileDir(std::move(profileDir))
    , m_databasePath(std::move(databasePath))
    , m_options(std::move(options))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<State>();
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::setFeedOpener(FeedOpener opener)
{
    m_feedOpener = std::move(opener);
    m_feedFailed.invalidate();
    m_feedError = {};
    // A new team database (or none): opened at the next sync; a running one keeps the feed it has until it ends.
    if (m_run)
        m_feedReplaced = true;
    else
        m_feed.reset();
}

bool SyncWorker::ensureOpen()
{
    if (!m_db) {
        auto db = std::make_unique<store::Database>();
        if (auto st = db->open(m_databasePath); !st) {
            setState(State::Error, st.error().message);
            return false;
        }
        if (db->isReadOnly()) {
            setState(State::Error, db->openReason());
            return false;
        }
        m_db = std::move(db);
    }
    if (!m_connection) {
        auto conn = ShopConnection::open(m_config, m_profileDir);
        if (!conn) {
            setState(conn.error().kind == Error::Kind::Auth ? State::NeedsAuth : State::Error, conn.error().message);
            return false;
        }
        m_connection = std::move(conn.value());
    }
    return true;
}

void SyncWorker::setState(State state, const QString &message)
{
    m_state = state;
    emit stateChanged(state, message);
}

void SyncWorker::syncNow()
{
    if (m_run) {
        m_again = true; // one more right after this one: something new was decided meanwhile
        return;
    }
    if (!ensureOpen())
        return;
    setState(State::Syncing, {});
    if (m_feedOpener && !m_feed && (!m_feedFailed.isValid() || m_feedFailed.elapsed() > 60000)) {
        auto feed = m_feedOpener();
        if (feed) {
            m_feed = std::move(feed.value());
            m_feedFailed.invalidate();
            m_feedError = {};
        } else {
            qCWarning(lcSync) << "team database not reached; this desk pulls its shop itself:" << feed.error().message;
            m_feedFailed.start();
            m_feedError = feed.error();
        }
    }
    const bool alone = m_feedOpener && !m_feed; // a team is configured but out of reach: this run pulls alone
    m_run = new SyncRun(m_config.shopId, m_connection->api(), m_db.get(), m_options, this);
    m_run->setFeed(m_feed.get());
    connect(m_run, &SyncRun::progress, this, &SyncWorker::progress);
    connect(m_run, &SyncRun::finished, this, [this, alone](const SyncReport &finishedReport) {
        // Every run of a team desk that could not use the team says why, until the team is back.
        SyncReport report = finishedReport;
        if (alone && report.teamError.kind == Error::Kind::None)
            report.teamError = m_feedError;
        if (finishedReport.teamError.kind != Error::Kind::None)
            m_feedError = finishedReport.teamError;
        m_run->deleteLater();
        m_run = nullptr;
        if (m_feedReplaced) {
            m_feedReplaced = false;
            m_feed.reset();
        }
        if (report.teamError.kind != Error::Kind::None && m_feed) {
            m_feed.reset(); // its connection failed: opened afresh next time, a minute on
            m_feedFailed.start();
        }
        const auto kind = report.error.kind;
        if (m_connection && m_connection->api()->clockLearned())
            emit clockOffsetLearned(m_connection->api()->clockOffsetMs());
        if (report.ok()) {
            m_connection->recordShop(*m_db, QDateTime::currentSecsSinceEpoch());
            setState(State::Idle, {});
        } else if (kind == Error::Kind::Network || kind == Error::Kind::Timeout || kind == Error::Kind::RateLimited)
            setState(State::Offline, report.error.message);
        else if (kind == Error::Kind::Auth)
            setState(State::NeedsAuth, report.error.message);
        else
            setState(State::Error, report.error.message);
        emit finished(report);
        if (m_again) {
            m_again = false;
            QTimer::singleShot(0, this, &SyncWorker::syncNow);
        }
    });
    m_run->start();
}

void SyncWorker::cancel()
{
    if (m_run)
        m_run->cancel();
}

void SyncWorker::setInterval(int seconds)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    }
    if (seconds <= 0)
        m_timer->stop();
    else
        m_timer->start(seconds * 1000);
}

void SyncWorker::fetchRoute(const QString &orderId, const QString &companyCode, const QString &trackNo)
{
    if (!ensureOpen()) {
        emit routeFetched(orderId, false, QStringLiteral("not connected"));
        return;
    }
    platform::TrackRouteRequest req;
    req.logisticsCode = companyCode;
    req.trackNo = trackNo;
    auto params = req.toParams();
    if (!params) {
        emit routeFetched(orderId, false, params.error().message);
        return;
    }
    m_connection->api()->call(
        platform::TrackRouteRequest::kMethod, params.value(), {}, this, [this, orderId](const platform::CallResult &r) {
            if (!r.ok() || !m_db) {
                emit routeFetched(orderId, false, r.error.message);
                return;
            }
            const core::Status st = applyRoute(*m_db, orderId, r.data, m_connection->api()->platformNowMsecs() / 1000);
            emit routeFetched(orderId, st.ok(), st.ok() ? QString() : st.error().message);
        });
}

void SyncWorker::fetchEvidence(const QString &aftersaleId)
{
    if (!ensureOpen()) {
        emit evidenceFetched(aftersaleId, 0, 0, QStringLiteral("not connected"));
        return;
    }
    auto all = store::TicketDetailRepository(*m_db).evidence(aftersaleId);
    if (!all) {
        emit evidenceFetched(aftersaleId, 0, 0, all.error().message);
        return;
    }
    QList<store::EvidenceRecord> missing;
    for (const auto &e : all.value()) {
        if (e.localPath.isEmpty() || !QFileInfo::exists(e.localPath))
            missing << e;
    }
    auto *fetcher = new EvidenceFetcher(m_config.shopId, m_connection->api(), m_db.get(), m_options, this);
    fetcher->fetch(missing, {}, [this, fetcher, aftersaleId](const EvidenceFetcher::Outcome &outcome) {
        fetcher->deleteLater();
        const bool storage = outcome.storageError.kind != Error::Kind::None;
        emit evidenceFetched(aftersaleId, outcome.fetched, outcome.failed + (storage ? 1 : 0),
                             storage ? outcome.storageError.message : outcome.lastError);
    });
}

void SyncWorker::shutdown()
{
    if (m_timer)
        m_timer->stop();
    if (m_run)
        m_run->cancel();
    delete m_run;
    m_run = nullptr;
    m_feed.reset();
    m_connection.reset();
    m_db.reset();
}

SyncThread::SyncThread(ShopConfig config, QString profileDir, QString databasePath, SyncOptions options)
    : m_worker(new SyncWorker(std::move(config), std::move(profileDir), std::move(databasePath), std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("anxin-sync"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SyncThread::~SyncThread()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has stopped: nothing else can touch it now
}

} // namespace anxin::sync

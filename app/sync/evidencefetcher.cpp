#include "sync/evidencefetcher.h"

#include "core/logging.h"
#include "platform/apiclient.h"
#include "store/database.h"
#include "store/imagecacherepository.h"
#include "store/itemfailurerepository.h"
#include "store/ticketdetailrepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QUrl>

namespace anxin::sync {

namespace {
const QString kImage = QStringLiteral("image");
constexpr int kParallel = 4; // downloads at once, as the sync's other per-item fetches
} // namespace

EvidenceFetcher::EvidenceFetcher(QString shopId, platform::ApiClient *api, store::Database *db,
                                 const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_shopId(std::move(shopId))
    , m_api(api)
    , m_db(db)
    , m_options(options)
{}

void EvidenceFetcher::fetch(QList<store::EvidenceRecord> images, std::function<void(int, int)> progress,
                            std::function<void(const Outcome &)> finished)
{
    m_queue = std::move(images);
    m_total = int(m_queue.size());
    m_next = 0;
    m_inFlight = 0;
    m_outcome = {};
    m_hosts.clear();
    m_progress = std::move(progress);
    m_finished = std::move(finished);
    QDir().mkpath(m_options.imageDir);
    m_budget.start();
    launch();
}

void EvidenceFetcher::launch()
{
    while (m_inFlight < kParallel && m_next < m_queue.size()) {
        const store::EvidenceRecord ev = m_queue.at(m_next++);
        const QUrl url(ev.url);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            continue;
        if (m_budget.elapsed() > m_options.imageBudgetMs) {
            m_next = int(m_queue.size()); // the rest are first in line next time
            break;
        }
        // A host that has not answered once in this run is given up at its first transport failure; one that
        // did answer, after three in a row.
        const HostState &host = m_hosts[url.host()];
        if (host.failuresInARow >= (host.answered ? 3 : 1)) {
            recordFailure(ev, QStringLiteral("not tried: %1 did not answer (%2)").arg(url.host(), host.lastError));
            continue;
        }
        ++m_inFlight;
        fetchOne(ev);
    }
    if (m_inFlight == 0 && m_next >= m_queue.size() && m_finished) {
        auto finished = std::move(m_finished);
        m_finished = nullptr;
        finished(m_outcome);
    }
}

void EvidenceFetcher::fetchOne(const store::EvidenceRecord &ev)
{
    m_api->fetchBlob(
        QUrl(ev.url), m_options.maxImageBytes, m_options.imageTimeoutMs, this,
        [this, ev](core::Result<QByteArray> bytes) {
            --m_inFlight;
            HostState &host = m_hosts[QUrl(ev.url).host()];
            if (!bytes) {
                // A refusal by a live host (404) says nothing about the host's other images.
                if (bytes.error().code == 0) {
                    ++host.failuresInARow;
                    host.lastError = bytes.error().message;
                } else {
                    host.answered = true;
                }
                recordFailure(ev, bytes.error().message);
                return launch();
            }
            host.answered = true;
            host.failuresInARow = 0;
            const QString name =
                QString::fromLatin1(QCryptographicHash::hash(ev.url.toUtf8(), QCryptographicHash::Sha1).toHex());
            const QString path = QDir(m_options.imageDir).filePath(name);
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes.value()) != bytes->size() || !f.commit()) {
                qCWarning(lcSync) << "cannot save evidence image to" << path;
                recordFailure(ev, QStringLiteral("cannot save to %1: %2").arg(path, f.errorString()));
                return launch();
            }
            const qint64 now = m_api->platformNowMsecs() / 1000;
            if (!check(store::ImageCacheRepository(*m_db).put({ev.url, path, qint64(bytes->size()), now, now})) ||
                !check(store::TicketDetailRepository(*m_db).setEvidenceLocalPath(ev.aftersaleId, ev.idx, path, now)) ||
                !check(store::ItemFailureRepository(*m_db).clear(kImage, ev.url)))
                return launch();
            ++m_outcome.fetched;
            if (m_progress)
                m_progress(m_outcome.fetched, m_total);
            launch();
        });
}

bool EvidenceFetcher::check(const core::Status &st)
{
    if (st)
        return true;
    if (m_outcome.storageError.kind == core::Error::Kind::None)
        m_outcome.storageError = st.error();
    stop();
    return false;
}

void EvidenceFetcher::recordFailure(const store::EvidenceRecord &ev, const QString &message)
{
    const qint64 now = m_api->platformNowMsecs() / 1000;
    auto f = store::ItemFailureRepository(*m_db).record(kImage, ev.url, m_shopId, 0, {}, message, now);
    if (!f)
        check(f.error());
    qCInfo(lcSync) << "evidence image not fetched:" << message;
    ++m_outcome.failed;
    m_outcome.lastError = message;
}

} // namespace anxin::sync

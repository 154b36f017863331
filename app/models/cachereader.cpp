#include "models/cachereader.h"

#include "core/logging.h"
#include "store/database.h"

#include <QFileInfo>
#include <QMutex>

#include <atomic>
#include <memory>
#include <optional>

namespace anxin::models {

namespace {
constexpr int kCacheKib = 16384;
constexpr int kProgressSteps = 1000; // VM steps between checks for a stop: microseconds
} // namespace

class CacheReader::Worker : public QObject
{
public:
    // Replies are delivered through the reader (it lives on the owner's thread and dies with its parent).
    Worker(QString path, QObject *replyContext)
        : m_path(std::move(path))
        , m_replyContext(replyContext)
    {}

    // Called on the owner's thread.
    void post(ProgressJob job, bool interrupt)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_pending = std::move(job);
            ++m_generation;
            if (interrupt && m_running)
                m_stop = true;
        }
        QMetaObject::invokeMethod(
            this, [this] { work(); }, Qt::QueuedConnection);
    }

    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        m_pending.reset();
        ++m_generation;
        if (m_running)
            m_stop = true;
    }

    void closeDatabase()
    {
        QMutexLocker lock(&m_mutex);
        m_db.reset();
    }

private:
    void work()
    {
        ProgressJob job;
        quint64 generation = 0;
        core::Result<store::Database *> db = static_cast<store::Database *>(nullptr);
        {
            QMutexLocker lock(&m_mutex);
            if (!m_pending)
                return; // a later post() took this one's place and has been served
            job = std::move(*m_pending);
            m_pending.reset();
            generation = m_generation;
            if (!m_db) {
                auto opened = std::make_unique<store::Database>();
                if (auto st = opened->openReadOnly(m_path); st) {
                    // A stop asked for stops the statement running, or the next one if it has not begun yet
                    // (sqlite3_interrupt would miss a statement that starts just after it).
                    opened->setStopCheck(kProgressSteps, &Worker::stopRequested, this);
                    // Several readers sit beside the UI's connection: each keeps a small page cache (the OS
                    // caches the file for all of them) so their memory stays bounded on a million-ticket cache.
                    if (auto small = opened->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKib)); !small)
                        qCWarning(lcDb) << "cache reader: page cache size not set:" << small.error().message;
                    m_db = std::move(opened);
                } else {
                    db = st.error();
                }
            }
            if (m_db)
                db = m_db.get();
            m_running = true;
            m_stop = false;
        }
        Reply reply = job(db, [this, generation](Reply note) { deliver(generation, std::move(note)); });
        {
            QMutexLocker lock(&m_mutex);
            m_running = false;
            if (generation != m_generation)
                return; // superseded or cancelled while it ran: the newer request answers
        }
        deliver(generation, std::move(reply));
    }

    // Runs `reply` on the owner's thread unless a newer request has been posted by then.
    void deliver(quint64 generation, Reply reply)
    {
        if (!reply)
            return;
        QMetaObject::invokeMethod(
            m_replyContext,
            [this, generation, reply = std::move(reply)] {
                {
                    QMutexLocker lock(&m_mutex);
                    if (generation != m_generation)
                        return; // a newer request was posted while this reply travelled
                }
                reply();
            },
            Qt::QueuedConnection);
    }

    static int stopRequested(void *worker) { return static_cast<Worker *>(worker)->m_stop.load() ? 1 : 0; }

    const QString m_path;
    QObject *const m_replyContext;
    std::atomic<bool> m_stop{false}; // the running job's statements end with SQLITE_INTERRUPT
    QMutex m_mutex;
    std::optional<ProgressJob> m_pending;
    quint64 m_generation = 0;
    std::unique_ptr<store::Database> m_db;
    bool m_running = false;
};

CacheReader::CacheReader(QString databasePath, const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(databasePath), this))
{
    m_thread.setObjectName(threadName);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [this] { m_worker->closeDatabase(); });
    m_thread.start(QThread::LowPriority);
}

CacheReader::~CacheReader()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

CacheReader *CacheReader::beside(const store::Database *db, const QString &threadName, QObject *parent)
{
    const QString path = db ? db->path() : QString();
    if (path.isEmpty() || path == QLatin1String(":memory:") || !QFileInfo::exists(path))
        return nullptr;
    return new CacheReader(path, threadName, parent);
}

void CacheReader::post(Job job, bool interrupt)
{
    m_worker->post(
        [job = std::move(job)](const core::Result<store::Database *> &db, const Notify &) { return job(db); },
        interrupt);
}

void CacheReader::postWithProgress(ProgressJob job, bool interrupt)
{
    m_worker->post(std::move(job), interrupt);
}

void CacheReader::cancel()
{
    m_worker->cancel();
}

} // namespace anxin::models

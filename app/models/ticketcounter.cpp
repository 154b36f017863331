#include "models/ticketcounter.h"

#include "core/logging.h"
#include "store/database.h"
#include "store/ticketrepository.h"

namespace anxin::models {

class TicketCounter::Worker : public QObject
{
public:
    Worker(QString path, TicketCounter *owner)
        : m_path(std::move(path))
        , m_owner(owner)
    {}

    // Called on the owner's thread: keeps only the newest request and stops a count that is running.
    void post(quint64 generation, const store::TicketFilter &filter)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_pending = Request{generation, filter};
            m_cancelled = false;
            if (m_running && m_db)
                m_db->interrupt();
        }
        QMetaObject::invokeMethod(
            this, [this] { work(); }, Qt::QueuedConnection);
    }

    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        m_pending.reset();
        m_cancelled = true;
        if (m_running && m_db)
            m_db->interrupt();
    }

    void closeDatabase()
    {
        QMutexLocker lock(&m_mutex);
        m_db.reset();
    }

private:
    struct Request
    {
        quint64 generation = 0;
        store::TicketFilter filter;
    };

    void work()
    {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_pending)
                return; // a later post() already took this one's place and has been served
            request = std::move(*m_pending);
            m_pending.reset();
            if (!m_db) {
                auto db = std::make_unique<store::Database>();
                if (auto st = db->openReadOnly(m_path); !st) {
                    lock.unlock();
                    emit m_owner->failed(request.generation, st.error());
                    return;
                }
                m_db = std::move(db);
            }
            m_running = true;
        }
        auto n = store::TicketRepository(*m_db).count(request.filter);
        bool superseded = false;
        {
            QMutexLocker lock(&m_mutex);
            m_running = false;
            superseded = m_pending.has_value() || m_cancelled;
        }
        if (superseded)
            return; // interrupted or outdated: the newer request is queued behind us
        if (n)
            emit m_owner->counted(request.generation, n.value());
        else
            emit m_owner->failed(request.generation, n.error());
    }

    const QString m_path;
    TicketCounter *const m_owner;
    QMutex m_mutex;
    std::optional<Request> m_pending;
    std::unique_ptr<store::Database> m_db;
    bool m_running = false;
    bool m_cancelled = false;
};

TicketCounter::TicketCounter(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(databasePath), this))
{
    m_thread.setObjectName(QStringLiteral("anxin-ticket-count"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [this] { m_worker->closeDatabase(); });
    m_thread.start(QThread::LowPriority);
}

TicketCounter::~TicketCounter()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void TicketCounter::cancel()
{
    m_worker->cancel();
}

void TicketCounter::request(quint64 generation, const store::TicketFilter &filter)
{
    m_worker->post(generation, filter);
}

} // namespace anxin::models

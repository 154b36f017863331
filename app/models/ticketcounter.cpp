#include "models/ticketcounter.h"

#include "models/cachereader.h"
#include "store/database.h"
#include "store/ticketrepository.h"

namespace anxin::models {

TicketCounter::TicketCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_reader(new CacheReader(databasePath, QStringLiteral("anxin-ticket-count"), this))
{}

void TicketCounter::cancel()
{
    m_reader->cancel();
}

void TicketCounter::request(quint64 generation, const store::TicketFilter &filter)
{
    m_reader->post(
        [this, generation, filter](const core::Result<store::Database *> &db) -> CacheReader::Reply {
            if (!db)
                return [this, generation, error = db.error()] { emit failed(generation, error); };
            auto n = store::TicketRepository(*db.value()).count(filter);
            if (!n)
                return [this, generation, error = n.error()] { emit failed(generation, error); };
            return [this, generation, count = n.value()] { emit counted(generation, count); };
        },
        true);
}

} // namespace anxin::models

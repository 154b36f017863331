#include "store/statementfault.h"

namespace anxin::store::testing {

namespace {
std::atomic<qint64> g_count{0};
std::atomic<qint64> g_failAt{0};
} // namespace

std::atomic<bool> StatementFault::s_armed{false};

void StatementFault::arm(qint64 failAt)
{
    g_count.store(0);
    g_failAt.store(failAt);
    s_armed.store(true);
}

void StatementFault::disarm()
{
    s_armed.store(false);
    g_failAt.store(0);
}

qint64 StatementFault::count()
{
    return g_count.load();
}

core::Status StatementFault::checkArmed(const QString &what)
{
    if (what == QLatin1String("ROLLBACK"))
        return {};
    const qint64 n = ++g_count;
    if (n != g_failAt.load())
        return {};
    return core::Error::make(core::Error::Kind::Storage,
                             QStringLiteral("injected fault at statement %1: %2").arg(n).arg(what.left(60)));
}

} // namespace anxin::store::testing

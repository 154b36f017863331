// Helper for tst_sync_crash (not a test): opens the database given as argv[1] and queues decisions in a loop,
// printing "ACK <outbox id> <aftersale id>" once each enqueue has committed. argv[2] is the round number, used
// in the aftersale ids so every decision ever queued is distinct. The test kills this process with SIGKILL.

#include "store/database.h"
#include "store/outboxrepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: decision_writer DB ROUND [COUNT]\n");
        return 2;
    }
#ifdef Q_OS_WIN
    _setmode(_fileno(stdout), _O_BINARY); // "\n", not "\r\n": the test reads the lines byte for byte
#endif
    const QStringList args = app.arguments(); // Unicode paths on every OS (argv is the ANSI code page on Windows)
    const QString path = args.at(1);
    const QString round = args.at(2);
    const int count = args.size() > 3 ? args.at(3).toInt() : 1000000;
    anxin::store::Database db;
    if (auto st = db.open(path); !st) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(st.error().message));
        return 5;
    }
    std::printf("READY\n");
    std::fflush(stdout);
    anxin::store::OutboxRepository repo(db);
    for (int i = 0; i < count; ++i) {
        anxin::store::OutboxEntry e;
        e.shopId = QStringLiteral("1234567");
        e.aftersaleId = QStringLiteral("r%1-%2").arg(round).arg(i);
        e.action = QStringLiteral("approve");
        e.payloadJson = QStringLiteral("{\"op\":201,\"method\":\"afterSale.operate\",\"done_statuses\":[12]}");
        e.expectedUpdateTime = 1700000000 + i;
        e.createdBy = QStringLiteral("writer");
        const auto id = repo.enqueue(e, QDateTime::currentSecsSinceEpoch());
        if (!id) {
            std::fprintf(stderr, "enqueue failed: %s\n", qPrintable(id.error().message));
            return 5;
        }
        std::printf("ACK %lld %s\n", static_cast<long long>(id.value()), qPrintable(e.aftersaleId));
        std::fflush(stdout);
    }
    return 0;
}

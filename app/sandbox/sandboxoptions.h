#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace anxin::sandbox {

// The demo credentials (documented in --help); the first shop uses them, the others are derived.
inline constexpr const char kDemoAppKey[] = "7000000000000000001";
inline constexpr const char kDemoAppSecret[] = "demo-secret-0123456789";
inline constexpr const char kDemoShopId[] = "1234567";

struct SandboxOptions
{
    quint64 seed = 1;
    int shops = 1;
    int tickets = 600;
    bool live = false;
    qint64 nowSecs = 0; // 0: start at the real time
    QByteArray appKey = kDemoAppKey;
    QByteArray appSecret = kDemoAppSecret;
    QByteArray shopId = kDemoShopId;
    // Calls of one method by one app key allowed in any second (the platform's limit, platform-api.md §9); past it
    // the answer is 60000. 0: no limit.
    int qps = 100;
    // The world moves with the clock (sandbox/worldmotion.h) and the clock starts this many days before nowSecs
    // (the real time when 0), so a client collects a month of daily snapshots by advancing it. 0: only the tickets'
    // deadlines move the world.
    int historyDays = 0;
};

} // namespace anxin::sandbox

#pragma once

#include "sandbox/counters.h"
#include "sandbox/faultinjector.h"
#include "sandbox/itemfaults.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/ticketengine.h"
#include "sandbox/tokenstore.h"
#include "sandbox/world.h"
#include "sandbox/worldmotion.h"

#include <QRandomGenerator>

#include <memory>

namespace anxin::sandbox {

// Everything the sandbox knows: options, clock, the generated world and its state machine, tokens, faults
// and counters. Single-threaded: the server runs in one event loop.
class SandboxState
{
public:
    explicit SandboxState(const SandboxOptions &options);

    // Regenerates the world from options at the clock's current time; clears tokens, faults and counters (the rate
    // limits stay as set).
    void reset(const SandboxOptions &options);

    const SandboxOptions &options() const { return m_options; }
    SandboxClock &clock() { return m_clock; }
    World &world() { return *m_world; }
    TicketEngine &engine() { return *m_engine; }
    TokenStore &tokens() { return m_tokens; }
    FaultInjector &faults() { return m_faults; }
    ItemFaults &itemFaults() { return m_itemFaults; }
    Counters &counters() { return m_counters; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }

    // Applies every buyer/platform event due by the sandbox's now (with --history-days also the arrivals and the
    // orders' steps). Called before each request.
    int catchUp();
    // Live mode: new orders and tickets over time.
    void liveTick();

    QString baseUrl() const { return m_baseUrl; }
    // Where evidence images are served from: the sandbox itself unless an image_host fault moved them.
    QString imageBaseUrl();
    void setBaseUrl(const QString &url) { m_baseUrl = url; }
    QString nextLogId();
    qint64 generationMs() const { return m_generationMs; }

    qint64 refreshWindowMs = 200;

private:
    SandboxOptions m_options;
    SandboxClock m_clock;
    std::unique_ptr<World> m_world;
    std::unique_ptr<TicketEngine> m_engine;
    std::unique_ptr<WorldMotion> m_motion; // null without --history-days
    TokenStore m_tokens;
    FaultInjector m_faults;
    ItemFaults m_itemFaults;
    Counters m_counters;
    RateLimiter m_rateLimiter;
    QRandomGenerator m_liveRng;
    QString m_baseUrl = QStringLiteral("http://127.0.0.1");
    quint64 m_logSeq = 0;
    qint64 m_generationMs = 0;
};

} // namespace anxin::sandbox

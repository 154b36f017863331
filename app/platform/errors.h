#pragma once

#include "core/result.h"
#include "platform/types.h"

#include <QString>

// Mapping of the platform's error codes (contract §3) to what the client does about them.
namespace anxin::platform {

enum class PlatformFault
{
    None,              // 10000 success; 10001 partial batch failure (read the per-item results)
    Retryable,         // 20000/20001 service unavailable, 90000 unknown: retry reads with backoff, bounded
    TokenExpired,      // 40003 isv.access-token-expired: refresh once, retry once
    AuthGone,          // 30001, 40003 isv.access-token-no-existed: ask the user to re-authorize
    ClockOrSignature,  // 40003 isv.signature-invalid / isv.timestamp-invalid: resync the clock once, else stop
    Conflict,          // 50002 ...:20309541 ticket changed: re-read the ticket, show a conflict
    ConcurrentRefresh, // 50002 ...:31012 concurrent token refresh: retry once
    RateLimited,       // 60000: back off (full jitter, honour Retry-After)
    NeverRetry,        // 40001/40002/40004, other 40003/50002, unknown codes: a bug or a refusal
    Config,            // 30002 IP not whitelisted: configuration error, shown plainly
};

// Table-driven (see errors.cpp). Unknown codes are NeverRetry: for writes, retrying blindly is the worse error.
PlatformFault classify(int code, const QString &subCode);
const char *platformFaultName(PlatformFault fault);

// How many more attempts the fault allows after the failed one: 0 never, 1 once (after the fix-up: token refresh,
// clock resync, or nothing), -1 as many as the retry policy's bounded budget allows.
int retryBudget(PlatformFault fault);
bool isRetryable(PlatformFault fault);

// The Error for a non-success envelope: kind per fault (Retryable/ClockOrSignature/ConcurrentRefresh/Config and
// refused business rules -> Platform, TokenExpired/AuthGone -> Auth, Conflict -> Conflict, RateLimited ->
// RateLimited, parameter errors -> Usage), code and subCode copied, msg/sub_msg/log_id in message and detail.
// A success envelope (10000/10001) gives Kind::None.
core::Error mapPlatformError(const Envelope &envelope);

// The fault of an Error: from its code and subCode when it has a platform code (mapPlatformError), else from its
// kind (Auth -> AuthGone, Conflict, RateLimited, Platform/Usage -> NeverRetry); None for the other kinds.
PlatformFault faultOf(const core::Error &error);
bool isRetryable(const core::Error &error);

} // namespace anxin::platform

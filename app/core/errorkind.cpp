#include "core/result.h"

namespace anxin::core {

const char *errorKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::None:
        return "none";
    case Error::Kind::Usage:
        return "usage";
    case Error::Kind::Network:
        return "network";
    case Error::Kind::Timeout:
        return "timeout";
    case Error::Kind::Platform:
        return "platform";
    case Error::Kind::Auth:
        return "auth";
    case Error::Kind::RateLimited:
        return "rate_limited";
    case Error::Kind::Conflict:
        return "conflict";
    case Error::Kind::Malformed:
        return "malformed";
    case Error::Kind::Storage:
        return "storage";
    case Error::Kind::StorageFull:
        return "storage_full";
    case Error::Kind::Corrupt:
        return "corrupt";
    case Error::Kind::TooNew:
        return "too_new";
    case Error::Kind::Locked:
        return "locked";
    case Error::Kind::Forbidden:
        return "forbidden";
    case Error::Kind::NotFound:
        return "not_found";
    case Error::Kind::Cancelled:
        return "cancelled";
    case Error::Kind::Internal:
        return "internal";
    }
    return "unknown";
}

} // namespace anxin::core

#include "platform/errors.h"

#include <iterator>

namespace anxin::platform {
namespace {

using namespace Qt::Literals::StringLiterals;

enum class Match
{
    AnyCode, // any sub_code
    Exact,   // sub_code equals
    Token,   // sub_code holds the digits as a whole token ("isv.business-failed:20309541")
};

struct Row
{
    int code;
    Match match;
    const char *sub;
    PlatformFault fault;
};

// First matching row wins: specific sub_codes before the code's catch-all.
constexpr Row kTable[] = {
    {10000, Match::AnyCode, "", PlatformFault::None},
    {10001, Match::AnyCode, "", PlatformFault::None},
    {20000, Match::AnyCode, "", PlatformFault::Retryable},
    {20001, Match::AnyCode, "", PlatformFault::Retryable},
    {30001, Match::AnyCode, "", PlatformFault::AuthGone},
    {30002, Match::AnyCode, "", PlatformFault::Config},
    {40001, Match::AnyCode, "", PlatformFault::NeverRetry},
    {40002, Match::AnyCode, "", PlatformFault::NeverRetry},
    {40003, Match::Exact, "isv.access-token-expired", PlatformFault::TokenExpired},
    {40003, Match::Exact, "isv.access-token-no-existed", PlatformFault::AuthGone},
    {40003, Match::Exact, "isv.signature-invalid", PlatformFault::ClockOrSignature},
    {40003, Match::Exact, "isv.timestamp-invalid", PlatformFault::ClockOrSignature},
    {40003, Match::AnyCode, "", PlatformFault::NeverRetry},
    {40004, Match::AnyCode, "", PlatformFault::NeverRetry},
    {50002, Match::Token, "20309541", PlatformFault::Conflict},
    {50002, Match::Token, "31012", PlatformFault::ConcurrentRefresh},
    {50002, Match::AnyCode, "", PlatformFault::NeverRetry},
    {31012, Match::AnyCode, "", PlatformFault::ConcurrentRefresh}, // the bare code, should a gateway send it so
    {60000, Match::AnyCode, "", PlatformFault::RateLimited},
    {90000, Match::AnyCode, "", PlatformFault::Retryable},
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// `needle` occurs in `hay` with no digit right before or after it.
bool containsToken(const QString &hay, QLatin1StringView needle)
{
    for (qsizetype at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
        const qsizetype end = at + needle.size();
        if ((at == 0 || !isDigit(hay.at(at - 1))) && (end == hay.size() || !isDigit(hay.at(end))))
            return true;
    }
    return false;
}

bool matches(const Row &row, const QString &subCode)
{
    switch (row.match) {
    case Match::AnyCode:
        return true;
    case Match::Exact:
        return subCode.trimmed() == QLatin1StringView(row.sub);
    case Match::Token:
        return containsToken(subCode, QLatin1StringView(row.sub));
    }
    return false;
}

core::Error::Kind kindOf(PlatformFault fault)
{
    switch (fault) {
    case PlatformFault::None:
        return core::Error::Kind::None;
    case PlatformFault::TokenExpired:
    case PlatformFault::AuthGone:
        return core::Error::Kind::Auth;
    case PlatformFault::Conflict:
        return core::Error::Kind::Conflict;
    case PlatformFault::RateLimited:
        return core::Error::Kind::RateLimited;
    case PlatformFault::Retryable:
    case PlatformFault::ClockOrSignature:
    case PlatformFault::ConcurrentRefresh:
    case PlatformFault::Config:
        return core::Error::Kind::Platform;
    case PlatformFault::NeverRetry:
        break;
    }
    return core::Error::Kind::Platform;
}

} // namespace

PlatformFault classify(int code, const QString &subCode)
{
    for (const Row &row : kTable) {
        if (row.code == code && matches(row, subCode))
            return row.fault;
    }
    return PlatformFault::NeverRetry;
}

const char *platformFaultName(PlatformFault fault)
{
    switch (fault) {
    case PlatformFault::None:
        return "none";
    case PlatformFault::Retryable:
        return "retryable";
    case PlatformFault::TokenExpired:
        return "token_expired";
    case PlatformFault::AuthGone:
        return "auth_gone";
    case PlatformFault::ClockOrSignature:
        return "clock_or_signature";
    case PlatformFault::Conflict:
        return "conflict";
    case PlatformFault::ConcurrentRefresh:
        return "concurrent_refresh";
    case PlatformFault::RateLimited:
        return "rate_limited";
    case PlatformFault::NeverRetry:
        return "never_retry";
    case PlatformFault::Config:
        return "config";
    }
    return "unknown";
}

int retryBudget(PlatformFault fault)
{
    switch (fault) {
    case PlatformFault::Retryable:
    case PlatformFault::RateLimited:
        return -1;
    case PlatformFault::TokenExpired:
    case PlatformFault::ClockOrSignature:
    case PlatformFault::ConcurrentRefresh:
        return 1;
    case PlatformFault::None:
    case PlatformFault::AuthGone:
    case PlatformFault::Conflict:
    case PlatformFault::NeverRetry:
    case PlatformFault::Config:
        return 0;
    }
    return 0;
}

bool isRetryable(PlatformFault fault)
{
    return retryBudget(fault) != 0;
}

core::Error mapPlatformError(const Envelope &envelope)
{
    const PlatformFault fault = classify(envelope.code, envelope.subCode);
    if (fault == PlatformFault::None)
        return core::Error{};
    // Parameter errors are our bug (Usage); other refusals stay Platform.
    core::Error::Kind kind = kindOf(fault);
    if (fault == PlatformFault::NeverRetry && envelope.code >= 40001 && envelope.code <= 40004)
        kind = core::Error::Kind::Usage;
    QString message = u"platform error "_s + QString::number(envelope.code);
    if (!envelope.subCode.isEmpty())
        message += u' ' + envelope.subCode;
    if (!envelope.msg.isEmpty())
        message += u": "_s + envelope.msg;
    core::Error e = core::Error::make(kind, message, envelope.code, envelope.subCode);
    e.detail = envelope.subMsg;
    if (!envelope.logId.isEmpty())
        e.detail += (e.detail.isEmpty() ? u"log_id "_s : u" (log_id "_s) + envelope.logId +
                    (envelope.subMsg.isEmpty() ? QString() : u")"_s);
    return e;
}

PlatformFault faultOf(const core::Error &error)
{
    // With a platform code the table decides; without one (an error made elsewhere, or code 0) the kind does.
    switch (error.kind) {
    case core::Error::Kind::Platform:
    case core::Error::Kind::Auth:
    case core::Error::Kind::Conflict:
    case core::Error::Kind::RateLimited:
    case core::Error::Kind::Usage:
        break;
    default:
        return PlatformFault::None;
    }
    if (error.code != 0)
        return classify(error.code, error.subCode);
    switch (error.kind) {
    case core::Error::Kind::Auth:
        return PlatformFault::AuthGone;
    case core::Error::Kind::Conflict:
        return PlatformFault::Conflict;
    case core::Error::Kind::RateLimited:
        return PlatformFault::RateLimited;
    default:
        return PlatformFault::NeverRetry;
    }
}

bool isRetryable(const core::Error &error)
{
    return isRetryable(faultOf(error));
}

} // namespace anxin::platform

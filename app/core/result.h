#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace anxin::core {

// What went wrong, as a value. `kind` is stable for code; `code` names the situation when the user can act on it
// ("decision.extend_too_early") with `args` its values in order; `message` is a technical English summary for logs,
// "Details" and the CLI. Widgets turn an error into the user's language in one place (ui/common/errortext.h), from
// `code` and `args`, else from `kind`; never from `message`.
struct Error
{
    enum class Kind
    {
        None,
        Usage,       // caller passed something invalid
        Network,     // transport fault, no answer
        Timeout,     // no answer in time
        Platform,    // platform answered with an error code
        Auth,        // authorization gone or token dead: re-authorize
        RateLimited, // back off
        Conflict,    // ticket changed on the platform
        Malformed,   // an answer or file we cannot parse
        Storage,     // database or disk
        StorageFull, // disk or database full
        Corrupt,     // database file is not a valid database
        TooNew,      // database is newer than this build
        Locked,      // profile or database locked by another process
        Forbidden,   // the user's role does not allow it
        NotFound,
        Cancelled,
        Internal,
    };
    Kind kind = Kind::None;
    QString message;
    int code = 0;      // platform code (e.g. 40003) or errno-like detail
    QString subCode;   // platform sub_code
    QString detail;    // technical detail, never a secret
    QString situation; // stable name of the situation ("decision.remark_needed"), empty when only the kind is known
    QStringList args;  // the situation's values, in order (ids, amounts as text, action keys)

    static Error make(Kind k, QString msg, int code = 0, QString sub = {})
    {
        return Error{k, std::move(msg), code, std::move(sub), {}, {}, {}};
    }
    // A situation the user can act on: its name and values, plus the English message for logs and the CLI.
    static Error coded(Kind k, const char *situation, QStringList args, QString msg)
    {
        return Error{k, std::move(msg), 0, {}, {}, QString::fromLatin1(situation), std::move(args)};
    }
};

const char *errorKindName(Error::Kind kind);

// std::expected-like: either a value or an Error.
template <class T>
class Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {}
    Result(Error error)
        : m_v(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    // A temporary's value is moved out, not referred to: `for (x : f().value())` would otherwise iterate a list
    // destroyed before the loop's first turn (two tests hung on it).
    T value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &std::get<T>(m_v); }
    const T &operator*() const & { return std::get<T>(m_v); }
    T operator*() && { return std::get<T>(std::move(m_v)); }
    const Error &error() const { return std::get<Error>(m_v); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace anxin::core

#include "platform/parsers.h"

#include "core/logging.h"
#include "platform/parsers_p.h"

#include <QCborValue>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtNumeric>

#include <cmath>
#include <limits>

namespace anxin::platform {
namespace detail {

void ParseContext::fail(const QString &path, const QString &what)
{
    if (failed())
        return;
    m_path = path;
    m_what = what;
}

void ParseContext::skip(const QString &path, const QString &what)
{
    ++m_skipped;
    qCWarning(lcNet).noquote() << "skipped a malformed field:" << path << what;
}

core::Error ParseContext::error() const
{
    core::Error e = core::Error::make(core::Error::Kind::Malformed, m_path + u": "_s + m_what);
    e.detail = m_path;
    return e;
}

QString indexPath(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

namespace {

constexpr int kMaxIdDigits = 19;
constexpr qint64 kUtc8Offset = 8 * 3600;

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The exact integer a JSON number holds, if it holds one (never through a double).
bool jsonInteger(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const QCborValue c = QCborValue::fromJsonValue(v);
    if (!c.isInteger())
        return false;
    *out = c.toInteger();
    return true;
}

// "  -12 " -> -12; digits only after an optional sign, qint64 range.
bool decimalString(const QString &s, qint64 *out)
{
    const QString t = s.trimmed();
    const QStringView digits = t.startsWith(u'-') ? QStringView(t).mid(1) : QStringView(t);
    if (!isAsciiDigits(digits) || digits.size() > kMaxIdDigits)
        return false;
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok)
        return false;
    *out = n;
    return true;
}

// "yyyy-MM-dd HH:mm:ss" in UTC+8 (the platform's local time), as in the contract's timestamp forms. Date and
// time are read apart: read as one desktop-local date-time, the hour of the desktop's own spring gap (daylight
// saving) would be rejected, though it is a fine Beijing time.
bool beijingTime(const QString &s, qint64 *out)
{
    const QString t = s.trimmed();
    if (t.size() != 19 || t.at(10) != u' ')
        return false;
    const QDate date = QDate::fromString(t.left(10), u"yyyy-MM-dd"_s);
    const QTime time = QTime::fromString(t.mid(11), u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return false;
    const QDateTime utc8(date, time, Qt::OffsetFromUTC, int(kUtc8Offset));
    *out = utc8.toSecsSinceEpoch();
    return true;
}

QString numberText(const QJsonValue &v)
{
    qint64 n = 0;
    if (jsonInteger(v, &n))
        return QString::number(n);
    return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
}

QString expectedText(Num kind)
{
    switch (kind) {
    case Num::Any:
        return u"expected integer"_s;
    case Num::NonNegative:
        return u"expected non-negative integer"_s;
    case Num::Time:
        return u"expected Unix time in seconds"_s;
    case Num::Code:
        return u"expected integer code"_s;
    }
    return u"expected integer"_s;
}

bool inRange(qint64 n, Num kind)
{
    switch (kind) {
    case Num::Any:
        return true;
    case Num::NonNegative:
    case Num::Time:
        return n >= 0;
    case Num::Code:
        return n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max();
    }
    return false;
}

} // namespace

QString readId(ParseContext &ctx, const QJsonValue &v, const QString &path, Need need)
{
    if (ctx.failed())
        return {};
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        if (need == Need::Required)
            ctx.fail(path, v.isString() ? u"expected non-empty id"_s : u"missing required field"_s);
        return {};
    }
    if (v.isString()) {
        QString s = v.toString();
        if (isAsciiDigits(s) && s.size() <= kMaxIdDigits)
            return s;
        ctx.fail(path, u"expected id of 1 to 19 decimal digits"_s);
        return {};
    }
    qint64 n = 0;
    if (jsonInteger(v, &n) && n >= 0)
        return QString::number(n);
    ctx.fail(path, v.isDouble() ? u"expected integer id (not a fraction, not beyond 19 digits)"_s
                                : u"expected id (string or integer)"_s);
    return {};
}

qint64 readNumber(ParseContext &ctx, const QJsonValue &v, const QString &path, Num kind, Need need)
{
    const qint64 absent = kind == Num::Code ? qint64(kUnknown) : 0;
    if (ctx.failed())
        return absent;
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            ctx.fail(path, u"missing required field"_s);
        return absent;
    }
    qint64 n = 0;
    bool ok = jsonInteger(v, &n);
    if (!ok && need == Need::Optional) {
        if (v.isBool()) {
            n = v.toBool() ? 1 : 0;
            ok = true;
        } else if (v.isString()) {
            const QString s = v.toString();
            ok = decimalString(s, &n) || (kind == Num::Time && beijingTime(s, &n));
        }
    }
    if (!ok || !inRange(n, kind)) {
        if (kind == Num::Time && need == Need::Optional)
            ctx.skip(path, expectedText(kind));
        else
            ctx.fail(path, expectedText(kind));
        return absent;
    }
    return n;
}

QString readString(ParseContext &ctx, const QJsonValue &v, const QString &path, Need need)
{
    if (ctx.failed())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            ctx.fail(path, u"missing required field"_s);
        return {};
    }
    if (need == Need::Optional && v.isDouble())
        return numberText(v);
    ctx.fail(path, u"expected string"_s);
    return {};
}

ObjectReader::ObjectReader(ParseContext &ctx, QJsonObject object, QString path)
    : m_ctx(ctx)
    , m_object(std::move(object))
    , m_path(std::move(path))
{}

QString ObjectReader::childPath(QLatin1StringView key) const
{
    return m_path + u'.' + key;
}

bool ObjectReader::has(QLatin1StringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QLatin1StringView ObjectReader::pick(QLatin1StringView a, QLatin1StringView b) const
{
    if (has(a))
        return a;
    return has(b) ? b : a;
}

QString ObjectReader::id(QLatin1StringView key, Need need)
{
    if (m_ctx.failed())
        return {};
    return readId(m_ctx, m_object.value(key), childPath(key), need);
}

qint64 ObjectReader::number(QLatin1StringView key, Num kind, Need need)
{
    const QJsonValue v = m_object.value(key);
    if (m_ctx.failed() || (need == Need::Optional && (v.isUndefined() || v.isNull())))
        return readNumber(m_ctx, v, {}, kind, need); // the default, without building a path
    return readNumber(m_ctx, v, childPath(key), kind, need);
}

QString ObjectReader::string(QLatin1StringView key, Need need)
{
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return m_ctx.failed() ? QString() : v.toString();
    return readString(m_ctx, v, childPath(key), need);
}

bool ObjectReader::flag(QLatin1StringView key, bool *present)
{
    const QJsonValue v = m_object.value(key);
    if (present)
        *present = false;
    if (m_ctx.failed() || v.isUndefined() || v.isNull())
        return false;
    if (present)
        *present = true;
    if (v.isBool())
        return v.toBool();
    qint64 n = 0;
    if (jsonInteger(v, &n))
        return n != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s == u"1" || s.compare(u"Y", Qt::CaseInsensitive) == 0 || s.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (s == u"0" || s.compare(u"N", Qt::CaseInsensitive) == 0 || s.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
    }
    m_ctx.fail(childPath(key), u"expected flag (true/false, 0/1, \"Y\"/\"N\")"_s);
    return false;
}

QJsonObject ObjectReader::object(QLatin1StringView key, Need need)
{
    const QJsonValue v = m_object.value(key);
    if (m_ctx.failed())
        return {};
    if (v.isObject())
        return v.toObject();
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            m_ctx.fail(childPath(key), u"missing required field"_s);
        return {};
    }
    m_ctx.fail(childPath(key), u"expected object"_s);
    return {};
}

QJsonArray ObjectReader::array(QLatin1StringView key, Need need)
{
    const QJsonValue v = m_object.value(key);
    if (m_ctx.failed())
        return {};
    if (v.isArray())
        return v.toArray();
    if (v.isNull())
        return {}; // Go servers marshal an empty slice as null: an empty list even when required
    if (v.isUndefined()) {
        if (need == Need::Required)
            m_ctx.fail(childPath(key), u"missing required field"_s);
        return {};
    }
    m_ctx.fail(childPath(key), u"expected array"_s);
    return {};
}

QStringList ObjectReader::stringList(QLatin1StringView key)
{
    const QJsonArray a = array(key);
    QStringList out;
    for (qsizetype i = 0; i < a.size() && !m_ctx.failed(); ++i) {
        if (!a.at(i).isString()) {
            m_ctx.fail(indexPath(childPath(key), i), u"expected string"_s);
            break;
        }
        out.append(a.at(i).toString());
    }
    return out;
}

QList<qint64> ObjectReader::numberList(QLatin1StringView key, Num kind)
{
    const QJsonArray a = array(key);
    QList<qint64> out;
    for (qsizetype i = 0; i < a.size() && !m_ctx.failed(); ++i)
        out.append(readNumber(m_ctx, a.at(i), indexPath(childPath(key), i), kind, Need::Required));
    return out;
}

bool dataObject(ParseContext &ctx, const QJsonValue &data, QJsonObject *out)
{
    if (!data.isObject()) {
        ctx.fail(u"data"_s, data.isUndefined() || data.isNull() ? u"missing"_s : u"expected object"_s);
        return false;
    }
    *out = data.toObject();
    return true;
}

PageInfo readPageInfo(ObjectReader &r)
{
    PageInfo p;
    bool hasMorePresent = false;
    p.hasMore = r.flag("has_more"_L1, &hasMorePresent);
    p.total = r.number("total"_L1, Num::NonNegative);
    p.page = r.number("page"_L1, Num::NonNegative);
    p.size = r.number("size"_L1, Num::NonNegative);
    if (!hasMorePresent) {
        // Computed as (page + 1) * size < total, without overflowing.
        qint64 next = 0;
        qint64 seen = 0;
        p.hasMore = p.size > 0 && !qAddOverflow(p.page, qint64(1), &next) && !qMulOverflow(next, p.size, &seen) &&
                    seen < p.total;
    }
    return p;
}

} // namespace detail

using namespace detail;

core::Result<Envelope> parseEnvelope(const QByteArray &body)
{
    ParseContext ctx;
    if (body.trimmed().isEmpty()) {
        ctx.fail(u"body"_s, u"empty"_s);
        return ctx.error();
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        ctx.fail(u"body"_s, u"invalid JSON at offset "_s + QString::number(perr.offset) + u": "_s + perr.errorString());
        return ctx.error();
    }
    if (!doc.isObject()) {
        ctx.fail(u"body"_s, u"expected object"_s);
        return ctx.error();
    }
    ObjectReader r(ctx, doc.object(), QString());
    Envelope e;
    const QJsonValue code = r.object().value("code"_L1);
    qint64 n = 0;
    if (code.isString()) {
        // Tolerated: "10000" (digits only, no sign or spaces).
        const QString s = code.toString();
        bool ok = isAsciiDigits(s) && s.size() <= 9;
        n = ok ? s.toLongLong(&ok) : 0;
        if (!ok)
            ctx.fail(u"code"_s, u"expected integer"_s);
    } else {
        n = readNumber(ctx, code, u"code"_s, Num::Code, Need::Required);
    }
    e.code = int(n);
    e.msg = readString(ctx, r.object().value("msg"_L1), u"msg"_s, Need::Optional);
    e.subCode = readString(ctx, r.object().value("sub_code"_L1), u"sub_code"_s, Need::Optional);
    e.subMsg = readString(ctx, r.object().value("sub_msg"_L1), u"sub_msg"_s, Need::Optional);
    e.logId = readString(ctx, r.object().value("log_id"_L1), u"log_id"_s, Need::Optional);
    e.data = r.object().value("data"_L1);
    if (ctx.failed())
        return ctx.error();
    return e;
}

Score parseScore(const QJsonValue &value)
{
    Score s;
    if (value.isString())
        s.raw = value.toString();
    else if (value.isDouble())
        s.raw = numberText(value);
    else
        return s; // absent, null or not a scalar: unusable, kept empty
    const QString t = s.raw.trimmed();
    bool ok = false;
    const double d = t.isEmpty() ? 0.0 : QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(d) || d < 0.0 || d > 100.0)
        return s;
    s.ok = true;
    s.value = d;
    s.looksFivePointScale = d <= 5.0;
    return s;
}

core::Result<Reputation> parseReputation(const QJsonValue &data)
{
    ParseContext ctx;
    QJsonObject o;
    if (!dataObject(ctx, data, &o))
        return ctx.error();
    ObjectReader r(ctx, o, u"data"_s);
    Reputation rep;
    rep.shopId = r.id("shop_id"_L1);
    rep.shopName = r.string("shop_name"_L1);
    rep.shopScore = parseScore(o.value("shop_score"_L1));
    rep.productScore = parseScore(o.value("product_score"_L1));
    rep.logisticsScore = parseScore(o.value("logistics_score"_L1));
    rep.serviceScore = parseScore(o.value("service_score"_L1));
    if (ctx.failed())
        return ctx.error();
    return rep;
}

core::Result<TokenInfo> parseTokenInfo(const QJsonValue &data)
{
    ParseContext ctx;
    QJsonObject o;
    if (!dataObject(ctx, data, &o))
        return ctx.error();
    ObjectReader r(ctx, o, u"data"_s);
    TokenInfo t;
    t.accessToken = r.string("access_token"_L1, Need::Required);
    if (!ctx.failed() && t.accessToken.isEmpty())
        ctx.fail(r.childPath("access_token"_L1), u"expected non-empty string"_s);
    const qint64 expires = r.number("expires_in"_L1, Num::NonNegative, Need::Required);
    if (!ctx.failed() && expires <= 0)
        ctx.fail(r.childPath("expires_in"_L1), u"expected positive number of seconds"_s);
    t.expiresIn = std::chrono::seconds(expires);
    t.refreshToken = r.string("refresh_token"_L1, Need::Required);
    if (!ctx.failed() && t.refreshToken.isEmpty())
        ctx.fail(r.childPath("refresh_token"_L1), u"expected non-empty string"_s);
    t.scope = r.string("scope"_L1);
    t.shopId = r.id("shop_id"_L1);
    t.shopName = r.string("shop_name"_L1);
    if (ctx.failed())
        return ctx.error();
    return t;
}

} // namespace anxin::platform

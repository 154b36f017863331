#include "sandbox/ratelimiter.h"

namespace anxin::sandbox {

namespace {
constexpr int kMaxQps = 1000000;
} // namespace

RateLimiter::RateLimiter()
{
    m_clock.start();
}

void RateLimiter::setMethodQps(const QString &method, int qps)
{
    if (qps < 0)
        m_methodQps.remove(method);
    else
        m_methodQps.insert(method, qps);
}

int RateLimiter::qpsFor(const QString &method) const
{
    return m_methodQps.value(method, m_qps);
}

bool RateLimiter::admit(const QByteArray &appKey, const QString &method)
{
    const int limit = qpsFor(method);
    if (limit <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    std::deque<qint64> &window = m_windows[QString::fromLatin1(appKey) + QLatin1Char(' ') + method];
    while (!window.empty() && window.front() <= now - 1000)
        window.pop_front();
    if (window.size() >= size_t(limit))
        return false;
    window.push_back(now);
    return true;
}

QJsonObject RateLimiter::describe() const
{
    QJsonObject methods;
    for (auto it = m_methodQps.cbegin(); it != m_methodQps.cend(); ++it)
        methods.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("qps"), m_qps}, {QStringLiteral("methods"), methods}};
}

QString RateLimiter::apply(const QJsonObject &json)
{
    const QJsonValue qps = json.value(QLatin1String("qps"));
    if (!qps.isUndefined() && (!qps.isDouble() || qps.toInt(-1) < 0 || qps.toInt() > kMaxQps))
        return QStringLiteral("qps must be a whole number within 0..%1 (0: no limit)").arg(kMaxQps);
    const QJsonValue methods = json.value(QLatin1String("methods"));
    if (!methods.isUndefined() && !methods.isObject())
        return QStringLiteral("methods must be an object of method name to qps (negative: back to the default)");
    const QJsonObject perMethod = methods.toObject();
    for (auto it = perMethod.constBegin(); it != perMethod.constEnd(); ++it) {
        if (!it.value().isDouble() || it.value().toInt() > kMaxQps)
            return QStringLiteral("the qps of %1 must be a whole number up to %2").arg(it.key()).arg(kMaxQps);
    }
    if (!qps.isUndefined())
        m_qps = qps.toInt();
    for (auto it = perMethod.constBegin(); it != perMethod.constEnd(); ++it)
        setMethodQps(it.key(), it.value().toInt());
    return {};
}

} // namespace anxin::sandbox

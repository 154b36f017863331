#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <deque>

namespace anxin::sandbox {

// The platform's per-app, per-method call limit (platform-api.md §9): at most `qps` calls of one method by one
// app key in any second (a sliding window on the monotonic clock, never the sandbox's movable one). Past it the
// gateway answers 60000 isv.traffic-limited before anything is applied. A method may have a limit of its own;
// 0 turns the limit off.
class RateLimiter
{
public:
    RateLimiter();
    void setQps(int qps) { m_qps = qps; }
    int qps() const { return m_qps; }
    // A limit for one method (0: unlimited); a negative value removes the override.
    void setMethodQps(const QString &method, int qps);
    int qpsFor(const QString &method) const;
    // Counts the call and says whether it may go through.
    bool admit(const QByteArray &appKey, const QString &method);
    // Forgets the calls counted so far (the limits stay).
    void clearWindows() { m_windows.clear(); }
    QJsonObject describe() const;
    // Parses the control endpoint's JSON ({"qps": N, "methods": {"afterSale.Detail": N}}); an error text or empty.
    QString apply(const QJsonObject &json);

private:
    QElapsedTimer m_clock;
    int m_qps = 0; // set from SandboxOptions::qps, where the default lives
    QHash<QString, int> m_methodQps;
    QHash<QString, std::deque<qint64>> m_windows; // "appKey method" -> admitted call times, ms
};

} // namespace anxin::sandbox

#pragma once

#include "core/clock.h"
#include "models/alertengine.h"

#include <QObject>

#include <memory>

class QTimer;

namespace anxin::core {
class Settings;
}
namespace anxin::store {
class Database;
}

namespace anxin::models {

class CacheReader;

// Feeds the AlertEngine from the cache every minute (and after every sync): orders by their promise, tickets by
// their step deadline. The cache is read on a CacheReader (at 100 000 tickets the read takes a third of a second;
// the UI thread only compares the items); an in-memory cache is read in place. Settings (bands, quiet hours) and
// snoozes live in the profile's settings, so alerts work offline and survive a restart. The tray and notifications are
// the shell's business: this only says what to say.
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    AlertMonitor(store::Database *db, std::shared_ptr<core::Clock> clock, core::Settings &settings,
                 QObject *parent = nullptr);

    void start(int intervalMs = 60000);
    void reloadSettings(); // after the user changed bands or quiet hours
    // Reads the cache and evaluates; evaluated() says when (at once for an in-memory cache).
    void evaluateNow();
    int badgeCount() const { return m_engine.badgeCount(); }
    const AlertEngine &engine() const { return m_engine; }
    // The platform's now, as every alert sees it (snoozes count from it too).
    qint64 nowSecs() const { return m_clock->nowSecs(); }

    // Snoozes, stored in the settings; expired ones are dropped when a new one is added.
    QList<AlertSnooze> snoozes() const;
    void snooze(const QString &key, qint64 until, const QString &reason);
    void clearSnoozes();

    static QString titleFor(const AlertNotice &notice);
    static QString bodyFor(const AlertNotice &notice);

signals:
    void notify(const QString &title, const QString &body);
    void badgeChanged(int count);
    void evaluated();

private:
    static QList<AlertItem> collect(store::Database &db, const AlertConfig &config, qint64 now);
    // Evaluates items read at some earlier moment against the current settings and clock.
    void apply(const QList<AlertItem> &items);

    store::Database *m_db;
    std::shared_ptr<core::Clock> m_clock;
    core::Settings &m_settings;
    AlertEngine m_engine;
    QTimer *m_timer;
    CacheReader *m_reader = nullptr; // null for an in-memory cache
    QList<AlertItem> m_lastItems;    // what the last read found: a snooze takes effect on it at once
    int m_lastBadge = -1;
};

// Settings text <-> config, shared by the monitor and the settings dialog.
AlertConfig alertConfigFrom(const core::Settings &settings);
int minuteOfDay(const QString &hhmm); // "22:30" -> 1350; -1 when empty or malformed

} // namespace anxin::models

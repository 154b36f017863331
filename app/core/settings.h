#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace anxin::core {

// Typed settings keys: the key name and its default live together, so a typo is a compile error.
template <class T>
struct SettingKey
{
    const char *name;
    T defaultValue;
};

namespace keys {
inline const SettingKey<QString> language{"ui/language", QString()}; // empty = follow the system
inline const SettingKey<QByteArray> windowGeometry{"ui/windowGeometry", QByteArray()};
inline const SettingKey<QByteArray> windowState{"ui/windowState", QByteArray()};
inline const SettingKey<QString> lastPage{"ui/lastPage", QStringLiteral("workbench")};
inline const SettingKey<QString> gateway{"shop/gateway", QString()};
inline const SettingKey<QString> appKey{"shop/appKey", QString()};
inline const SettingKey<QString> shopId{"shop/shopId", QString()};
inline const SettingKey<QString> signMethod{"shop/signMethod", QStringLiteral("md5")};
// Platform clock minus this computer's, learned from the platform's answers; deadlines follow it offline too.
inline const SettingKey<qint64> platformClockOffsetMs{"shop/platformClockOffsetMs", 0};
// The shop is the demo shop of the anxin-sandbox started by the app itself (restarted on every start).
inline const SettingKey<bool> sandboxDemo{"shop/sandboxDemo", false};
// The merchant's return address id (afterSale.operate 101 needs it); chosen in Settings.
inline const SettingKey<QString> returnAddressId{"shop/returnAddressId", QStringLiteral("1")};
// Who uses this profile: "owner" or "agent"; an agent decides refunds up to agentLimitFen.
inline const SettingKey<QString> role{"user/role", QStringLiteral("owner")};
inline const SettingKey<QString> userName{"user/name", QString()}; // recorded with every local action
inline const SettingKey<qint64> agentLimitFen{"user/agentLimitFen", 20000};
// Team mode (optional): the team database's URL without its password (ANXIN_TEAM_PASSWORD gives it), and this
// desk's id there (made once per profile).
inline const SettingKey<QString> teamUrl{"team/url", QString()};
inline const SettingKey<QString> teamDeskId{"team/deskId", QString()};
// Desktop alerts (tray + notifications) when an order or a ticket enters the chosen band; computed from the cache.
inline const SettingKey<bool> alertsEnabled{"alerts/enabled", true};
inline const SettingKey<QString> alertOrderBand{"alerts/orderBand", QStringLiteral("4h")}; // shipBandKey; "" = off
inline const SettingKey<QString> alertTicketBand{"alerts/ticketBand",
                                                 QStringLiteral("1h")};           // deadlineBandKey; "" = off
inline const SettingKey<QString> alertQuietStart{"alerts/quietStart", QString()}; // "HH:mm"; empty = none
inline const SettingKey<QString> alertQuietEnd{"alerts/quietEnd", QString()};
inline const SettingKey<QString> alertSnoozes{"alerts/snoozes", QStringLiteral("[]")}; // JSON [{key, until, reason}]
// Approving asks first from this refund amount on, or from this many tickets at once.
inline const SettingKey<qint64> confirmAmountFen{"confirm/amountFen", 50000};
inline const SettingKey<int> confirmBatch{"confirm/batch", 5};
// "system" follows the desktop's colour scheme; "light" or "dark" force one.
inline const SettingKey<QString> theme{"ui/theme", QStringLiteral("system")};
// Table headers (column widths, order, sort) and splitters (pane sizes) of the pages, as Qt saves them.
inline const SettingKey<QByteArray> afterSalesHeader{"aftersales/headerState", QByteArray()};
inline const SettingKey<QByteArray> afterSalesSplitter{"aftersales/splitterState", QByteArray()};
inline const SettingKey<QByteArray> claimsSplitter{"claims/splitterState", QByteArray()};
inline const SettingKey<QByteArray> shippingHeader{"shipping/headerState", QByteArray()};
inline const SettingKey<QByteArray> shippingSplitter{"shipping/splitterState", QByteArray()};
} // namespace keys

// Settings of one profile, an INI file inside it. Never holds secrets or tokens.
class Settings
{
public:
    explicit Settings(const QString &path);

    template <class T>
    T get(const SettingKey<T> &key) const
    {
        const QVariant v = m_settings->value(QLatin1String(key.name));
        return v.isValid() ? v.value<T>() : key.defaultValue;
    }

    template <class T>
    void set(const SettingKey<T> &key, const T &value)
    {
        m_settings->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    void sync() { m_settings->sync(); }
    QSettings &raw() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace anxin::core

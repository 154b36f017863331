#pragma once

#include "models/shippingforecast.h"
#include "store/shippingrepository.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QTreeWidget;

namespace anxin::models {
class DeskSession;
} // namespace anxin::models

namespace anxin::ui {

// The Shipping board: every order awaiting shipment (and every shipment without a pickup scan) across shops,
// by the time left before its promise; filters, search, live countdowns; the carrier's route of the selected
// order; and a breach forecast from the queue and each shop's recent pace, shown as an estimate with its basis.
class ShippingPage : public QWidget
{
    Q_OBJECT
public:
    explicit ShippingPage(models::DeskSession &session, QWidget *parent = nullptr);

    store::ShippingFilter currentFilter() const;
    QString currentOrderId() const;
    void selectOrder(int row);
    // Recomputed from the cache (also after every sync) on the page's CacheReader (a few hundred ms over 200 000
    // orders); forecastShown() says when the text is in.
    void refreshForecast();

signals:
    void forecastShown();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildTable();
    QWidget *buildListPane();
    QWidget *buildRoutePane();
    void wireModel();
    void wireTimersAndKeys();
    void retranslate();
    void updateEmptyText(); // what the empty list means: filters, no shop, or a cache that could not be read
    void applyFilter();
    bool filterDiffers() const;
    void fillShops();
    void updateSummary();
    void showRoute(const QString &orderId);
    void renderRoute(const QString &orderId);
    void renderForecast();

    models::DeskSession &m_session;
    QLineEdit *m_search;
    QComboBox *m_shop;
    QComboBox *m_band;
    QComboBox *m_presale;
    QCheckBox *m_pickup;
    QLabel *m_count;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_emptyState;
    QSplitter *m_splitter;
    QLabel *m_routeTitle;
    QLabel *m_routeStatus;
    QTreeWidget *m_route;
    QPushButton *m_routeRefresh;
    QPushButton *m_snooze;
    QPushButton *m_alerts;
    QLabel *m_forecastTitle;
    QLabel *m_forecast;
    QTimer *m_searchDebounce;
    QTimer *m_tick;
    QString m_routeOrder;
    QSet<QString> m_fetching;
    QHash<QString, QString> m_fetchError;
    bool m_forecastDirty = true;
    std::optional<core::Result<QList<models::ShopShippingForecast>>> m_forecastResult;
    std::unique_ptr<models::ForecastQuery> m_forecastQuery;
};

} // namespace anxin::ui

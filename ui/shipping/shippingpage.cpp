#include "shipping/shippingpage.h"

#include "common/bands.h"
#include "common/errortext.h"
#include "common/icons.h"
#include "common/listpage.h"
#include "common/viewstate.h"
#include "core/settings.h"
#include "core/shipping.h"
#include "models/desksession.h"
#include "models/labels.h"
#include "models/shippingforecast.h"
#include "models/shippinglistmodel.h"
#include "shell/alertsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anxin::ui {

using models::ShippingListModel;

namespace {
constexpr int kMissesShown = 5;
} // namespace

ShippingPage::ShippingPage(models::DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_shop(new QComboBox(this))
    , m_band(new QComboBox(this))
    , m_presale(new QComboBox(this))
    , m_pickup(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_emptyState(new QLabel(this))
    , m_splitter(new QSplitter(this))
    , m_routeTitle(new QLabel(this))
    , m_routeStatus(new QLabel(this))
    , m_route(new QTreeWidget(this))
    , m_routeRefresh(new QPushButton(this))
    , m_snooze(new QPushButton(this))
    , m_alerts(new QPushButton(this))
    , m_forecastTitle(new QLabel(this))
    , m_forecast(new QLabel(this))
    , m_searchDebounce(new QTimer(this))
    , m_tick(new QTimer(this))
    , m_forecastQuery(models::forecastQuery(session.cache(), this))
{
    buildTable();
    QWidget *list = buildListPane(); // in this order: Tab follows the list, then the route
    QWidget *route = buildRoutePane();
    setUpMasterDetail(m_splitter, list, route, QStringLiteral("shippingSplitter"), m_session.settings(),
                      core::keys::shippingSplitter, {900, 340});
    fillPage(this, m_splitter);
    wireModel();
    wireTimersAndKeys();
    {
        const QSignalBlocker block(m_shop);    // not a filter change: the model is already loaded
        m_shop->addItem(QString(), QString()); // "All shops"; the shops themselves are listed after the first paint
    }
    retranslate();
    // The model is loaded with the session (and after every sync): read again only when the filter differs.
    if (filterDiffers())
        applyFilter();
    else if (m_session.shipping()->rowCount() > 0)
        selectOrder(0);
    else
        showRoute(QString());
}

void ShippingPage::buildTable()
{
    m_table->setModel(m_session.shipping());
    setUpListTable(m_table, QStringLiteral("shippingTable"), QAbstractItemView::SingleSelection,
                   ShippingListModel::TimeLeft);
    m_table->viewport()->installEventFilter(this);
    m_table->setItemDelegateForColumn(ShippingListModel::TimeLeft,
                                      new BandDelegate(ShippingListModel::BandRole, m_table));
    // "No pickup scan · 12 d 23 h", bold after the band's dot.
    m_table->setColumnWidth(ShippingListModel::TimeLeft, 208);
    m_table->setColumnWidth(ShippingListModel::Shop, 100);
    m_table->setColumnWidth(ShippingListModel::Order, 160); // 19 digits
    m_table->setColumnWidth(ShippingListModel::Product, 115);
    m_table->setColumnWidth(ShippingListModel::Promise, 125);
    m_table->setColumnWidth(ShippingListModel::Amount, 85);
    // "买家申请退款 · 暂缓发货", "Shipped · 顺丰速运" (the time and tracking number in its tooltip; tst_elision).
    m_table->setColumnWidth(ShippingListModel::State, 175);
    rememberHeader(m_table, m_session.settings(), core::keys::shippingHeader);
    // The product takes the room the others leave (whole on a wide screen); at 1366 it is elided, whole in its
    // tooltip.
    fillWithColumn(m_table, ShippingListModel::Product);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showRoute(current.isValid() ? m_session.shipping()->idAt(current.row()) : QString());
            });
    setUpEmptyState(m_emptyState, QStringLiteral("emptyState"));
    onRetry(m_emptyState, [this] { m_session.shipping()->reload(); });
}

QWidget *ShippingPage::buildListPane()
{
    m_search->setObjectName(QStringLiteral("shippingSearch"));
    m_shop->setObjectName(QStringLiteral("shopFilter"));
    m_band->setObjectName(QStringLiteral("bandFilter"));
    m_presale->setObjectName(QStringLiteral("presaleFilter"));
    m_pickup->setObjectName(QStringLiteral("pickupFilter"));
    m_count->setObjectName(QStringLiteral("orderCount"));
    m_summary->setObjectName(QStringLiteral("bandSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));
    m_alerts->setObjectName(QStringLiteral("alertsButton"));
    setToolIcon(m_snooze, QStringLiteral(":/icons/snooze.svg"));
    setToolIcon(m_alerts, QStringLiteral(":/icons/alerts.svg"));
    for (QComboBox *c : {m_shop, m_band, m_presale}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, &QComboBox::currentIndexChanged, this, &ShippingPage::applyFilter);
    }
    connect(m_pickup, &QCheckBox::toggled, this, &ShippingPage::applyFilter);
    connect(m_snooze, &QPushButton::clicked, this, [this] {
        if (!m_routeOrder.isEmpty() && m_session.alerts())
            askSnooze(*m_session.alerts(), m_session.clock()->nowSecs(), QStringLiteral("order:") + m_routeOrder,
                      m_routeOrder, this);
    });
    connect(m_alerts, &QPushButton::clicked, this, [this] {
        if (!m_session.alerts())
            return;
        AlertsDialog dialog(*m_session.alerts(), m_session.settings(), this);
        dialog.exec();
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_snooze);
    top->addWidget(m_alerts);
    leftLayout->addLayout(top);
    auto *chips = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_shop, m_band, m_presale, m_pickup})
        chips->addWidget(w);
    chips->addStretch();
    chips->addWidget(m_count);
    leftLayout->addLayout(chips);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_emptyState, 1);
    return left;
}

QWidget *ShippingPage::buildRoutePane()
{
    m_route->setObjectName(QStringLiteral("routeView"));
    m_routeStatus->setObjectName(QStringLiteral("routeStatus"));
    m_routeStatus->setWordWrap(true);
    m_routeTitle->setObjectName(QStringLiteral("routeTitle"));
    m_routeRefresh->setObjectName(QStringLiteral("routeRefresh"));
    setToolIcon(m_routeRefresh, QStringLiteral(":/icons/syncing.svg"));
    m_forecast->setObjectName(QStringLiteral("forecastView"));
    m_forecast->setWordWrap(true);
    m_forecast->setTextFormat(Qt::RichText);
    m_forecast->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_forecast->setTextInteractionFlags(Qt::TextBrowserInteraction);
    QFont bold = m_routeTitle->font();
    bold.setBold(true);
    m_routeTitle->setFont(bold);
    m_forecastTitle->setFont(bold);
    m_route->setColumnCount(2);
    m_route->setRootIsDecorated(false);
    m_route->setUniformRowHeights(true);
    m_route->setWordWrap(true);
    m_route->header()->setStretchLastSection(true);
    m_route->setColumnWidth(0, 130);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    auto *routeHead = new QHBoxLayout;
    routeHead->addWidget(m_routeTitle, 1);
    routeHead->addWidget(m_routeRefresh);
    rightLayout->addLayout(routeHead);
    rightLayout->addWidget(m_routeStatus);
    rightLayout->addWidget(m_route, 1);
    rightLayout->addSpacing(8);
    rightLayout->addWidget(m_forecastTitle);
    rightLayout->addWidget(m_forecast, 1);

    connect(m_routeRefresh, &QPushButton::clicked, this, [this] {
        const auto *r = m_session.shipping()->rowAt(m_table->currentIndex().row());
        if (!r || r->trackingNo.isEmpty() || !m_session.syncControl().canFetchRoutes())
            return;
        m_fetching.insert(r->orderId);
        m_fetchError.remove(r->orderId);
        m_session.syncControl().fetchRoute(r->orderId, r->companyCode, r->trackingNo);
        renderRoute(r->orderId);
    });
    connect(&m_session.syncControl(), &models::SyncController::routeFetched, this,
            [this](const QString &orderId, bool ok, const QString &message) {
                m_fetching.remove(orderId);
                if (!ok)
                    m_fetchError.insert(orderId, message);
                if (orderId == m_routeOrder)
                    renderRoute(orderId);
            });
    connect(m_forecast, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("order:")))
            m_search->setText(link.mid(6));
    });
    return right;
}

void ShippingPage::wireModel()
{
    connect(m_session.shipping(), &ShippingListModel::countChanged, this, [this](int n) {
        m_count->setText(tr("%n order(s)", nullptr, n));
        const bool empty = n == 0;
        showEmptyState(m_table, m_emptyState, empty);
        updateEmptyText();
        updateSummary();
        // A reload (sync, filter) resets the model: keep the order that was shown when it is still near the top.
        if (!empty && !m_table->currentIndex().isValid()) {
            int row = 0;
            for (int i = 0; i < std::min(n, ShippingListModel::kBlock); ++i) {
                if (m_session.shipping()->idAt(i) == m_routeOrder) {
                    row = i;
                    break;
                }
            }
            selectOrder(row);
        } else if (empty) {
            showRoute(QString());
        }
    });
    // Hidden: the shop list and the forecast are read after the list's next paint (see eventFilter).
    connect(&m_session, &models::DeskSession::cacheChanged, this, [this] {
        if (isVisible())
            refreshForecast();
        else
            m_forecastDirty = true;
    });
    // The shop list is read with the board's counts.
    connect(m_session.shipping(), &models::ShippingListModel::loaded, this, [this] {
        if (isVisible())
            fillShops();
    });
}

void ShippingPage::wireTimersAndKeys()
{
    debounceSearch(m_search, m_searchDebounce, 200, [this] { applyFilter(); });
    // Live countdown every 15 s; the row set (bands) is re-read every 5 minutes.
    m_tick->setInterval(15000);
    connect(m_tick, &QTimer::timeout, this, [this, n = 0]() mutable {
        if (++n % 20 == 0)
            m_session.shipping()->reload();
        else
            m_session.shipping()->tick();
    });
    m_tick->start();
    auto *search = new QShortcut(QKeySequence(QStringLiteral("/")), this);
    search->setContext(Qt::WidgetWithChildrenShortcut);
    connect(search, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

void ShippingPage::fillShops()
{
    const QSignalBlocker block(m_shop);
    const QString current = m_shop->currentData().toString();
    m_shop->clear();
    m_shop->addItem(tr("All shops"), QString());
    for (const QString &id : m_session.shipping()->boardShops())
        m_shop->addItem(m_session.shipping()->shopName(id), id);
    const int i = m_shop->findData(current);
    m_shop->setCurrentIndex(i < 0 ? 0 : i);
    // One shop on the board: its name on every row says nothing and costs the room of the columns that do (at
    // 1366 px the amount and state would sit behind the scroll bar). It follows the board, whatever was saved.
    const bool oneShop = m_session.shipping()->boardShops().size() <= 1;
    if (m_table->isColumnHidden(ShippingListModel::Shop) != oneShop)
        m_table->setColumnHidden(ShippingListModel::Shop, oneShop);
    m_shop->setVisible(!oneShop);
}

void ShippingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ShippingPage::eventFilter(QObject *watched, QEvent *event)
{
    // After the list's paint: the forecast reads every queued order once, the list only its first block.
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && m_forecastDirty) {
        m_forecastDirty = false;
        QTimer::singleShot(0, this, [this] {
            fillShops();
            refreshForecast();
        });
    }
    return QWidget::eventFilter(watched, event);
}

void ShippingPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search order id or product (/)"));
    m_search->setAccessibleName(tr("Search orders"));
    m_shop->setItemText(0, tr("All shops"));
    m_shop->setAccessibleName(tr("Shop"));
    {
        const QSignalBlocker b(m_band);
        const int band = std::max(0, m_band->currentIndex());
        m_band->clear();
        m_band->addItem(tr("Every band"), -1);
        for (core::ShipBand b2 : {core::ShipBand::Overdue, core::ShipBand::Under4h, core::ShipBand::Under12h,
                                  core::ShipBand::Under24h, core::ShipBand::Later})
            m_band->addItem(models::shipBandName(b2), int(b2));
        m_band->addItem(tr("Due within 24 h"), 100);
        m_band->setCurrentIndex(band);
        m_band->setAccessibleName(tr("Time left"));
    }
    {
        const QSignalBlocker b(m_presale);
        const int presale = std::max(0, m_presale->currentIndex());
        m_presale->clear();
        m_presale->addItem(tr("Presale and in stock"), 0);
        m_presale->addItem(tr("Presale only"), 1);
        m_presale->addItem(tr("In stock only"), 2);
        m_presale->setCurrentIndex(presale);
        m_presale->setAccessibleName(tr("Presale"));
    }
    m_pickup->setText(tr("Shipped, no pickup scan"));
    m_pickup->setToolTip(tr("Only shipped orders the carrier has not scanned within 24 h of shipping: the platform "
                            "counts them as false shipments."));
    updateEmptyText();
    m_routeTitle->setText(tr("Carrier route"));
    m_routeRefresh->setText(tr("Ask the carrier"));
    m_routeRefresh->setToolTip(tr("Fetch this parcel's scans now"));
    m_route->setHeaderLabels({tr("Time"), tr("Scan")});
    m_forecastTitle->setText(tr("Breach forecast (estimate)"));
    renderForecast();
    m_snooze->setText(tr("Snooze order…"));
    m_snooze->setToolTip(tr("No alerts about this order for a while, with a reason"));
    m_alerts->setText(tr("Alerts…"));
    m_alerts->setToolTip(tr("Which bands raise a desktop alert, quiet hours, snoozes"));
    m_count->setText(tr("%n order(s)", nullptr, m_session.shipping()->rowCount()));
    updateSummary();
    renderRoute(m_routeOrder);
}

void ShippingPage::updateEmptyText()
{
    const core::Error &error = m_session.shipping()->lastError();
    m_emptyState->setText(
        error.kind != core::Error::Kind::None ? readFailedText(error)
        : m_session.hasShop()
            ? tr("No order is waiting to ship under these filters. Orders appear here after a sync: every paid order "
                 "until it ships, and shipments the carrier has not picked up.")
            : tr("No shop connected yet. %1: its orders waiting to ship appear here after the first sync.")
                  .arg(connectShopLink()));
}

store::ShippingFilter ShippingPage::currentFilter() const
{
    store::ShippingFilter f;
    const QString shop = m_shop->currentData().toString();
    if (!shop.isEmpty())
        f.shopIds << shop;
    const int band = m_band->currentData().toInt();
    if (band == 100)
        f.bands = {core::ShipBand::Overdue, core::ShipBand::Under4h, core::ShipBand::Under12h,
                   core::ShipBand::Under24h};
    else if (band >= 0)
        f.bands = {core::ShipBand(band)};
    const int presale = m_presale->currentData().toInt();
    if (presale == 1)
        f.presale = true;
    else if (presale == 2)
        f.presale = false;
    if (m_pickup->isChecked())
        f.pickupOverdue = true;
    f.text = m_search->text().trimmed();
    return f;
}

void ShippingPage::applyFilter()
{
    m_routeOrder.clear();
    m_session.shipping()->setFilter(currentFilter()); // countChanged selects the first order
}

bool ShippingPage::filterDiffers() const
{
    const store::ShippingFilter a = currentFilter();
    const store::ShippingFilter &b = m_session.shipping()->filter();
    return a.shopIds != b.shopIds || a.bands != b.bands || a.presale != b.presale ||
           a.pickupOverdue != b.pickupOverdue || a.text != b.text;
}

QString ShippingPage::currentOrderId() const
{
    return m_routeOrder;
}

void ShippingPage::selectOrder(int row)
{
    m_table->setCurrentIndex(m_session.shipping()->index(row, ShippingListModel::TimeLeft));
}

void ShippingPage::updateSummary()
{
    const auto counts = m_session.shipping()->bandCounts();
    const QPalette &pal = palette();
    QStringList parts;
    for (core::ShipBand b : {core::ShipBand::Overdue, core::ShipBand::Under4h, core::ShipBand::Under12h,
                             core::ShipBand::Under24h, core::ShipBand::Later}) {
        parts << QStringLiteral("<span style=\"color:%1\">%2 <b>%3</b></span>")
                     .arg(shipBandColor(b, pal).name(), models::shipBandName(b).toHtmlEscaped(),
                          QLocale().toString(counts.value(int(b))));
    }
    parts << QStringLiteral("<span style=\"color:%1\">%2 <b>%3</b></span>")
                 .arg(shipBandColor(core::ShipBand::Overdue, pal).name(), tr("No pickup scan").toHtmlEscaped(),
                      QLocale().toString(counts.value(-1)));
    m_summary->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void ShippingPage::showRoute(const QString &orderId)
{
    m_routeOrder = orderId;
    const auto *r = m_session.shipping()->rowAt(m_table->currentIndex().row());
    // Fetch once per order per session when online; the cached scans show meanwhile.
    if (r && r->orderId == orderId && !r->trackingNo.isEmpty() && m_session.syncControl().canFetchRoutes() &&
        !m_fetching.contains(orderId) && !m_fetchError.contains(orderId) &&
        m_session.syncControl().cachedRoute(orderId).isEmpty()) {
        m_fetching.insert(orderId);
        m_session.syncControl().fetchRoute(orderId, r->companyCode, r->trackingNo);
    }
    renderRoute(orderId);
}

void ShippingPage::renderRoute(const QString &orderId)
{
    m_route->clear();
    const auto *r = m_session.shipping()->rowAt(m_table->currentIndex().row());
    if (orderId.isEmpty() || !r || r->orderId != orderId) {
        m_routeStatus->setText(tr("Select an order to see its carrier route."));
        m_routeRefresh->setEnabled(false);
        return;
    }
    if (r->trackingNo.isEmpty()) {
        m_routeStatus->setText(
            tr("Order %1 has not shipped: its route appears once it has a tracking number.").arg(orderId));
        m_routeRefresh->setEnabled(false);
        return;
    }
    m_routeRefresh->setEnabled(m_session.syncControl().canFetchRoutes() && !m_fetching.contains(orderId));
    const auto nodes = m_session.syncControl().cachedRoute(orderId);
    for (auto it = nodes.crbegin(); it != nodes.crend(); ++it) { // newest scan first
        auto *item = new QTreeWidgetItem(m_route);
        item->setText(0, models::dateTimeText(it->time));
        item->setText(1, it->stateDescription.isEmpty() || it->content.contains(it->stateDescription)
                             ? it->content
                             : it->stateDescription + QStringLiteral(" · ") + it->content);
        item->setToolTip(1, it->content);
    }
    QString status = tr("%1 %2, shipped %3.").arg(r->companyName, r->trackingNo, models::dateTimeText(r->shipTime));
    if (m_fetching.contains(orderId))
        status += QLatin1Char(' ') + tr("Asking the carrier…");
    else if (m_fetchError.contains(orderId))
        status += QLatin1Char(' ') + tr("The carrier could not be reached; showing the scans from the last check.");
    else if (nodes.isEmpty() && r->routeCheckedAt > 0)
        status +=
            QLatin1Char(' ') + tr("No scans yet at the last check (%1).").arg(models::dateTimeText(r->routeCheckedAt));
    else if (nodes.isEmpty())
        status +=
            QLatin1Char(' ') + (m_session.syncControl().canFetchRoutes() ? tr("No scans cached yet.")
                                                                         : tr("Offline: no scans cached yet; they are "
                                                                              "fetched when the shop is connected."));
    m_routeStatus->setText(status);
}

void ShippingPage::refreshForecast()
{
    if (!m_forecastQuery->available())
        return;
    m_forecastDirty = false;
    // The last forecast stays up while the new one is computed.
    m_forecastQuery->run(m_session.clock()->nowSecs(),
                         [this](const core::Result<QList<models::ShopShippingForecast>> &result) {
                             m_forecastResult = result;
                             renderForecast();
                             emit forecastShown();
                         });
}

void ShippingPage::renderForecast()
{
    if (!m_forecastResult) {
        m_forecast->setText(tr("Computing…"));
        return;
    }
    const auto &result = *m_forecastResult;
    if (!result) {
        m_forecast->setText(
            tr("The forecast could not be computed: %1").arg(errorText(result.error()).toHtmlEscaped()));
        return;
    }
    if (result->isEmpty()) {
        m_forecast->setText(tr("Nothing is waiting to ship, so nothing can be late."));
        return;
    }
    const QLocale locale;
    QStringList blocks;
    for (const auto &f : result.value()) {
        QString block =
            QStringLiteral("<p><b>%1</b><br>").arg(m_session.shipping()->shopName(f.shopId).toHtmlEscaped());
        block += tr("%n order(s) waiting to ship.", nullptr, f.queue) + QLatin1Char(' ');
        const int days = int(f.basisSecs / 86400);
        if (!f.forecast.possible) {
            block += tr("No order shipped in the last %n day(s): there is no pace to estimate from.", nullptr, days);
            blocks << block + QStringLiteral("</p>");
            continue;
        }
        block += tr("Basis: %n order(s) shipped in the last %1 days, %2 per hour.", nullptr, f.shippedInBasis)
                     .arg(days)
                     .arg(locale.toString(f.perHour, 'f', 1)) +
                 QStringLiteral("<br>");
        if (f.forecast.misses == 0) {
            block += tr("At that pace, in promise order, every order ships in time; the queue is clear by %1.")
                         .arg(models::dateTimeText(f.forecast.clearedAt));
        } else {
            block += QStringLiteral("<span style=\"color:%1\">")
                         .arg(shipBandColor(core::ShipBand::Overdue, palette()).name()) +
                     tr("At that pace, in promise order, %n order(s) will ship late", nullptr, f.forecast.misses) +
                     QStringLiteral("</span> ") +
                     tr("(%n already past the promise); the queue is clear by %1.", nullptr, f.forecast.alreadyLate)
                         .arg(models::dateTimeText(f.forecast.clearedAt));
            QStringList links;
            for (int i = 0; i < f.missOrderIds.size() && i < kMissesShown; ++i)
                links << QStringLiteral("<a href=\"order:%1\">%1</a> (%2)")
                             .arg(f.missOrderIds.at(i).toHtmlEscaped(), models::dateTimeText(f.missPromises.at(i)));
            block += QStringLiteral("<br>") + tr("First to miss: %1").arg(links.join(QStringLiteral(", ")));
        }
        blocks << block + QStringLiteral("</p>");
    }
    blocks << QStringLiteral("<p><i>") +
                  tr("An estimate from the cached orders, assuming the recent pace continues; not a platform figure.") +
                  QStringLiteral("</i></p>");
    m_forecast->setText(blocks.join(QString()));
}

} // namespace anxin::ui

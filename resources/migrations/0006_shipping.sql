-- Schema 6: the Shipping board.
-- ship_by is the time an order is held to: a presale order's promised (appointment) date when the platform gives
-- one, else exp_ship_time. It mirrors core::shipPromise(); VIRTUAL, so it costs nothing to store and is indexed.
ALTER TABLE orders ADD COLUMN ship_by INTEGER GENERATED ALWAYS AS (
    CASE WHEN presell_type <> 0 AND appointment_ship_time > 0 THEN appointment_ship_time ELSE exp_ship_time END
) VIRTUAL;
-- The board's rows: orders awaiting shipment, and shipped orders not yet picked up nor signed for (candidates for
-- "pickup overdue"). Covers the count, the band counts and the filters by shop and presale; the default order is
-- ship_by, order_id. ShippingRepository repeats this WHERE text verbatim so SQLite can use the partial index.
CREATE INDEX orders_board ON orders(ship_by, order_id, order_status, ship_time, route_checked_at, shop_id,
                                    presell_type)
    WHERE order_status IN (2, 101, 105) OR (order_status = 3 AND ship_time > 0 AND pickup_time = 0 AND sign_time = 0);
-- The shop's recent shipping pace (orders shipped per hour over the last days), for the breach forecast.
CREATE INDEX orders_shop_shipped ON orders(shop_id, ship_time) WHERE ship_time > 0;
-- The carrier's scan history of a shipped order (logistics.trackNoRouteDetail), as last fetched: the route view
-- reads it offline. Replaced as a whole on each fetch.
CREATE TABLE order_routes (
    order_id          TEXT NOT NULL,
    seq               INTEGER NOT NULL,
    time              INTEGER NOT NULL DEFAULT 0,
    content           TEXT NOT NULL DEFAULT '',
    state             TEXT NOT NULL DEFAULT '',
    state_description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (order_id, seq)
);

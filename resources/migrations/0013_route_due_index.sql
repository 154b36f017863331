-- Schema 13: the shipments a sync asks the carrier about (no pickup scan, not signed), in the order it asks them
-- (SyncQueueRepository::ordersNeedingRoute). The index of schema 2 also held every signed shipment, a quarter of a
-- million rows in a shop of 300 000 orders, so the planner walked the shipped orders by ship time and sorted them:
-- 0.6 s on every sync, most of a sync's time when nothing changed.
DROP INDEX IF EXISTS orders_route_check;
CREATE INDEX orders_route_due ON orders(shop_id, route_checked_at, ship_time)
    WHERE pickup_time = 0 AND ship_time > 0 AND sign_time = 0;

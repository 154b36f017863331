-- Schema 2: what the sync engine needs to ask carriers for pickup scans. The carrier's code (what
-- logistics.trackNoRouteDetail takes), and when a shipped order's route was last asked for, so checks rotate
-- through orders instead of asking for the same ones every run.
ALTER TABLE orders ADD COLUMN company_code TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN route_checked_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX orders_route_check ON orders(shop_id, route_checked_at) WHERE pickup_time = 0 AND ship_time > 0;

-- Schema 16: (1) a shipment this desk was asking the carrier about, signed for before its pickup scan was read (the
-- desk was away between the scan and the signature), is asked about once more: its route still holds the pickup
-- time the 24 h pickup rate needs. Only those rows: every signed order whose route was never read (a first sync's
-- history) stays out, as in schema 13.
CREATE INDEX orders_route_after_signing ON orders(shop_id, route_checked_at, ship_time)
    WHERE pickup_time = 0 AND ship_time > 0 AND sign_time > 0 AND route_checked_at > 0
      AND route_checked_at < sign_time;
-- (2) The estimate's pickup rate leaves out a signed parcel whose pickup time is unknown (it was picked up, when is not
-- known): the index it counts from carries the signature too.
DROP INDEX IF EXISTS orders_score_ship;
CREATE INDEX orders_score_ship ON orders(shop_id, ship_time, pickup_time, sign_time);

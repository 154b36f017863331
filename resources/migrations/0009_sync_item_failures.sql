-- Schema 9: items a sync could not get, each with its error and a back-off: a product the platform says is
-- deleted, a tracking number the carrier does not know, a ticket whose detail is refused, an evidence image on
-- a host that never answers. One bad item never stops a sync, and is not asked for again on every run.
CREATE TABLE sync_item_failures (
    kind            TEXT NOT NULL,             -- detail | product | route | image
    item_id         TEXT NOT NULL,             -- aftersale id, product id, order id, image URL
    shop_id         TEXT NOT NULL,
    code            INTEGER NOT NULL DEFAULT 0, -- platform code, or 0 for a transport fault
    sub_code        TEXT NOT NULL DEFAULT '',
    message         TEXT NOT NULL DEFAULT '',
    attempts        INTEGER NOT NULL DEFAULT 1,
    first_failed_at INTEGER NOT NULL,
    last_failed_at  INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    PRIMARY KEY (kind, item_id)
) WITHOUT ROWID;
CREATE INDEX sync_item_failures_shop ON sync_item_failures(shop_id, kind);

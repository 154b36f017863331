-- Anxin Desk schema 1. Applied in one transaction with PRAGMA user_version = 1 (see store/migrator.h).
-- Times are Unix seconds (0 = none), money is integer fen, platform ids are TEXT (up to 19 digits).
-- Buyer PII is stored only as ciphertext (encrypt_*) and masked text (mask_*): never plaintext.

CREATE TABLE shops (
    shop_id     TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    app_key     TEXT NOT NULL DEFAULT '',
    gateway     TEXT NOT NULL DEFAULT '',
    sign_method TEXT NOT NULL DEFAULT 'md5',
    created_at  INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL DEFAULT 0
);

-- `id` is an explicit INTEGER PRIMARY KEY (the rowid) so VACUUM never renumbers the rows tickets_fts points at;
-- aftersale_id is the natural key (UNIQUE, the upsert's conflict target and the foreign keys' parent).
CREATE TABLE tickets (
    id                 INTEGER PRIMARY KEY,
    aftersale_id       TEXT NOT NULL UNIQUE,
    shop_id            TEXT NOT NULL,
    shop_order_id      TEXT NOT NULL DEFAULT '',
    aftersale_type     INTEGER NOT NULL DEFAULT 0,
    aftersale_status   INTEGER NOT NULL DEFAULT 0,
    refund_amount      INTEGER NOT NULL DEFAULT 0,
    refund_post_amount INTEGER NOT NULL DEFAULT 0,
    apply_time         INTEGER NOT NULL DEFAULT 0,
    update_time        INTEGER NOT NULL DEFAULT 0,
    status_deadline    INTEGER NOT NULL DEFAULT 0,
    final_time         INTEGER NOT NULL DEFAULT 0, -- aftersale_status_to_final_time; != 0: no further operation
    reason_code        TEXT NOT NULL DEFAULT '',
    reason_text        TEXT NOT NULL DEFAULT '',
    bad_item_text      TEXT NOT NULL DEFAULT '',
    product_id         TEXT NOT NULL DEFAULT '',
    product_name       TEXT NOT NULL DEFAULT '',
    sku_order_id       TEXT NOT NULL DEFAULT '',
    pay_amount         INTEGER NOT NULL DEFAULT 0,
    item_num           INTEGER NOT NULL DEFAULT 0,
    refund_type        INTEGER NOT NULL DEFAULT 0,
    refund_status      INTEGER NOT NULL DEFAULT 0,
    arbitrate_status   INTEGER NOT NULL DEFAULT 0,
    got_pkg            INTEGER NOT NULL DEFAULT 0,
    risk_decision_code INTEGER NOT NULL DEFAULT 0,
    risk_flag          INTEGER NOT NULL DEFAULT 0,
    exempt_from_score  INTEGER NOT NULL DEFAULT 0,
    express_refund     INTEGER NOT NULL DEFAULT 0,
    sign_for_time      INTEGER NOT NULL DEFAULT 0,
    tags               TEXT NOT NULL DEFAULT '',  -- JSON array of tag_detail strings
    remark             TEXT NOT NULL DEFAULT '',
    raw_json           TEXT NOT NULL DEFAULT '',  -- the last version seen, as received
    fetched_at         INTEGER NOT NULL DEFAULT 0
);
-- Hot paths: the "due soon" queue over open tickets, incremental views per shop, status tabs, apply-time
-- ranges and the order link.
CREATE INDEX tickets_open_deadline ON tickets(status_deadline) WHERE final_time = 0 AND status_deadline > 0;
CREATE INDEX tickets_shop_update ON tickets(shop_id, update_time);
CREATE INDEX tickets_status ON tickets(aftersale_status, status_deadline);
CREATE INDEX tickets_apply_time ON tickets(apply_time);
CREATE INDEX tickets_shop_order ON tickets(shop_order_id);

CREATE TABLE ticket_detail (
    aftersale_id        TEXT PRIMARY KEY NOT NULL REFERENCES tickets(aftersale_id) ON DELETE CASCADE,
    reason_code         TEXT NOT NULL DEFAULT '',
    reason_remark       TEXT NOT NULL DEFAULT '',
    return_method       INTEGER NOT NULL DEFAULT 0,
    apply_role          INTEGER NOT NULL DEFAULT 0,
    arbitrate_info_json TEXT NOT NULL DEFAULT '',
    raw_json            TEXT NOT NULL DEFAULT '',
    fetched_at          INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE evidence (
    aftersale_id TEXT NOT NULL REFERENCES tickets(aftersale_id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    url          TEXT NOT NULL,
    local_path   TEXT NOT NULL DEFAULT '',
    fetched_at   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (aftersale_id, idx)
);

CREATE TABLE platform_logs (
    aftersale_id TEXT NOT NULL REFERENCES tickets(aftersale_id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    operator     TEXT NOT NULL DEFAULT '',
    time         INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '',
    images_json  TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (aftersale_id, seq)
);

CREATE TABLE orders (
    order_id              TEXT PRIMARY KEY NOT NULL,
    shop_id               TEXT NOT NULL,
    order_status          INTEGER NOT NULL DEFAULT 0,
    create_time           INTEGER NOT NULL DEFAULT 0,
    pay_time              INTEGER NOT NULL DEFAULT 0,
    update_time           INTEGER NOT NULL DEFAULT 0,
    exp_ship_time         INTEGER NOT NULL DEFAULT 0,
    ship_time             INTEGER NOT NULL DEFAULT 0,
    appointment_ship_time INTEGER NOT NULL DEFAULT 0,
    presell_type          INTEGER NOT NULL DEFAULT 0,
    order_amount          INTEGER NOT NULL DEFAULT 0,
    pay_amount            INTEGER NOT NULL DEFAULT 0,
    post_amount           INTEGER NOT NULL DEFAULT 0,
    mask_post_receiver    TEXT NOT NULL DEFAULT '',
    mask_post_tel         TEXT NOT NULL DEFAULT '',
    mask_post_addr        TEXT NOT NULL DEFAULT '',
    encrypt_post_receiver TEXT NOT NULL DEFAULT '',
    encrypt_post_tel      TEXT NOT NULL DEFAULT '',
    encrypt_post_addr     TEXT NOT NULL DEFAULT '',
    tracking_no           TEXT NOT NULL DEFAULT '',
    company_name          TEXT NOT NULL DEFAULT '',
    pickup_time           INTEGER NOT NULL DEFAULT 0, -- first carrier scan; 0 = not picked up yet
    sign_time             INTEGER NOT NULL DEFAULT 0,
    raw_json              TEXT NOT NULL DEFAULT ''    -- as received: ciphertext and masked PII only
);
CREATE INDEX orders_status_exp_ship ON orders(order_status, exp_ship_time);
CREATE INDEX orders_shop_update ON orders(shop_id, update_time);
CREATE INDEX orders_awaiting_pickup ON orders(ship_time) WHERE pickup_time = 0 AND ship_time > 0;

CREATE TABLE order_lines (
    sku_order_id           TEXT PRIMARY KEY NOT NULL,
    order_id               TEXT NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE,
    product_id             TEXT NOT NULL DEFAULT '',
    product_name           TEXT NOT NULL DEFAULT '',
    first_cid              INTEGER NOT NULL DEFAULT 0,
    item_num               INTEGER NOT NULL DEFAULT 0,
    pay_amount             INTEGER NOT NULL DEFAULT 0,
    exp_ship_time          INTEGER NOT NULL DEFAULT 0,
    pre_sale_type          INTEGER NOT NULL DEFAULT 0,
    logistics_receipt_time INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX order_lines_order ON order_lines(order_id);

CREATE TABLE products (
    product_id             TEXT PRIMARY KEY NOT NULL,
    shop_id                TEXT NOT NULL DEFAULT '',
    name                   TEXT NOT NULL DEFAULT '',
    first_cid              INTEGER NOT NULL DEFAULT 0,
    first_cname            TEXT NOT NULL DEFAULT '',
    supply_7day_return     INTEGER NOT NULL DEFAULT 0,
    support_allergy_return INTEGER NOT NULL DEFAULT 0,
    damaged_order_return   INTEGER NOT NULL DEFAULT 0,
    fetched_at             INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE reject_reasons (
    shop_id              TEXT NOT NULL,
    code                 INTEGER NOT NULL,
    reason               TEXT NOT NULL DEFAULT '',
    evidence_need        INTEGER NOT NULL DEFAULT 0, -- platform "Y"/"N" as 1/0
    evidence_description TEXT NOT NULL DEFAULT '',
    image                TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (shop_id, code)
);

CREATE TABLE score_snapshots (
    shop_id         TEXT NOT NULL,
    day             TEXT NOT NULL, -- yyyy-MM-dd
    shop_score      REAL,          -- NULL when the platform's string was not a number
    product_score   REAL,
    logistics_score REAL,
    service_score   REAL,
    raw_json        TEXT NOT NULL DEFAULT '',
    fetched_at      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, day)
);

CREATE TABLE sync_cursors (
    shop_id     TEXT NOT NULL,
    stream      TEXT NOT NULL, -- e.g. "aftersale.incremental", "aftersale.backfill", "orders"
    cursor_time INTEGER NOT NULL DEFAULT 0,
    cursor_page INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, stream)
);

-- Local decisions waiting to be sent. No foreign key to tickets: a decision must outlive any cache cleanup.
CREATE TABLE outbox (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    shop_id              TEXT NOT NULL,
    aftersale_id         TEXT NOT NULL,
    action               TEXT NOT NULL,
    payload_json         TEXT NOT NULL DEFAULT '{}',
    expected_update_time INTEGER NOT NULL DEFAULT 0,
    state                TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'in_flight', 'unknown', 'done', 'failed', 'conflict', 'cancelled')),
    attempts             INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT NOT NULL DEFAULT '',
    next_attempt_at      INTEGER NOT NULL DEFAULT 0,
    created_at           INTEGER NOT NULL DEFAULT 0,
    updated_at           INTEGER NOT NULL DEFAULT 0,
    created_by           TEXT NOT NULL DEFAULT '',
    conflict_json        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_ticket ON outbox(aftersale_id, id);
CREATE INDEX outbox_state_due ON outbox(state, next_attempt_at);

CREATE TABLE drafts (
    aftersale_id TEXT NOT NULL,
    kind         TEXT NOT NULL,
    body_json    TEXT NOT NULL DEFAULT '{}',
    updated_at   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (aftersale_id, kind)
);

-- Hash-chained: hash = sha256(prev_hash || canonical fields), see store/auditrepository.h. Append-only.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL DEFAULT '',
    detail_json TEXT NOT NULL DEFAULT '{}',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only; update refused');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only; delete refused');
END;

CREATE TABLE image_cache (
    url          TEXT PRIMARY KEY NOT NULL,
    local_path   TEXT NOT NULL,
    bytes        INTEGER NOT NULL DEFAULT 0,
    fetched_at   INTEGER NOT NULL DEFAULT 0,
    last_used_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX image_cache_lru ON image_cache(last_used_at);

CREATE TABLE saved_views (
    user        TEXT NOT NULL,
    name        TEXT NOT NULL,
    filter_json TEXT NOT NULL DEFAULT '{}',
    updated_at  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user, name)
);

CREATE TABLE settings_kv (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL DEFAULT ''
);

-- Full-text search over product names, reasons, remarks and ids. The trigram tokenizer finds any substring
-- of 3+ characters, which is what Chinese needs (unicode61 would keep "新鲜榴莲" as one token); shorter
-- terms are matched with LIKE by TicketRepository. Kept in sync by triggers, in the writer's transaction.
-- `ids` holds the aftersale and shop order ids only: every 19-digit id adds ~17 trigrams to very long doclists,
-- and sku/product ids would double the bulk-upsert cost for searches nobody runs.
CREATE VIRTUAL TABLE tickets_fts USING fts5(
    aftersale_id UNINDEXED, product_name, reason_text, remark, ids,
    tokenize = 'trigram'
);
CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets
BEGIN
    INSERT INTO tickets_fts(rowid, aftersale_id, product_name, reason_text, remark, ids)
    VALUES (new.id, new.aftersale_id, new.product_name, new.reason_text, new.remark,
            new.aftersale_id || ' ' || new.shop_order_id);
END;
CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets
BEGIN
    DELETE FROM tickets_fts WHERE rowid = old.id;
END;
-- Only when an indexed text changed: most upserts touch statuses and times, not names.
CREATE TRIGGER tickets_fts_update AFTER UPDATE ON tickets
WHEN old.product_name IS NOT new.product_name OR old.reason_text IS NOT new.reason_text
  OR old.remark IS NOT new.remark OR old.shop_order_id IS NOT new.shop_order_id
BEGIN
    DELETE FROM tickets_fts WHERE rowid = old.id;
    INSERT INTO tickets_fts(rowid, aftersale_id, product_name, reason_text, remark, ids)
    VALUES (new.id, new.aftersale_id, new.product_name, new.reason_text, new.remark,
            new.aftersale_id || ' ' || new.shop_order_id);
END;

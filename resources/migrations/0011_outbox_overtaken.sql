-- Schema 11: a decision can end "overtaken": the platform decided the ticket itself at its deadline (for the
-- buyer) before the decision, queued offline, reached it. Final like a conflict and never resent; conflict_json
-- keeps both sides. SQLite cannot widen a CHECK in place, so the outbox is rebuilt with every row, id and the
-- AUTOINCREMENT counter kept (no table refers to it; its indexes are recreated).
CREATE TABLE outbox_new (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    shop_id              TEXT NOT NULL,
    aftersale_id         TEXT NOT NULL,
    action               TEXT NOT NULL,
    payload_json         TEXT NOT NULL DEFAULT '{}',
    expected_update_time INTEGER NOT NULL DEFAULT 0,
    state                TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'in_flight', 'unknown', 'done', 'failed', 'conflict', 'cancelled',
                         'overtaken')),
    attempts             INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT NOT NULL DEFAULT '',
    next_attempt_at      INTEGER NOT NULL DEFAULT 0,
    created_at           INTEGER NOT NULL DEFAULT 0,
    updated_at           INTEGER NOT NULL DEFAULT 0,
    created_by           TEXT NOT NULL DEFAULT '',
    conflict_json        TEXT NOT NULL DEFAULT ''
);
INSERT INTO outbox_new (id, shop_id, aftersale_id, action, payload_json, expected_update_time, state, attempts,
                        last_error, next_attempt_at, created_at, updated_at, created_by, conflict_json)
SELECT id, shop_id, aftersale_id, action, payload_json, expected_update_time, state, attempts, last_error,
       next_attempt_at, created_at, updated_at, created_by, conflict_json
  FROM outbox;
-- An undone or deleted newest id must never be handed out again.
UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'outbox')
 WHERE name = 'outbox_new' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox');
INSERT INTO sqlite_sequence (name, seq)
SELECT 'outbox_new', seq FROM sqlite_sequence
 WHERE name = 'outbox' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox_new');
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_ticket ON outbox(aftersale_id, id);
CREATE INDEX outbox_state_due ON outbox(state, next_attempt_at);

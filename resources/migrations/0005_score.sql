-- Schema 5: what the experience-score estimate reads, so it never
-- parses raw_json or sorts a whole table (store/scoreinputsrepository.cpp).
-- platform_auto_decided: the platform decided the last step (auto_audit_bits holds 2). VIRTUAL: computed when a row
-- is written into an index, so the sync's upsert is unchanged; a missing, empty or truncated array is "not auto".
ALTER TABLE tickets ADD COLUMN platform_auto_decided INTEGER GENERATED ALWAYS AS (
    CASE WHEN instr(raw_json, '"auto_audit_bits":') > 0 THEN
        json_valid(substr(raw_json, instr(raw_json, '"auto_audit_bits":') + 18,
                          instr(substr(raw_json, instr(raw_json, '"auto_audit_bits":') + 18), ']')))
        AND instr(',' || replace(replace(replace(substr(raw_json, instr(raw_json, '"auto_audit_bits":') + 18,
                          instr(substr(raw_json, instr(raw_json, '"auto_audit_bits":') + 18), ']')),
                          ' ', ''), '[', ''), ']', '') || ',', ',2,') > 0
    ELSE 0 END) VIRTUAL;
-- score_class: the rules-independent facts of a ticket as bits, so one grouped walk of tickets_score gives every
-- count: 1 exempt, 2 arbitrated, 4 rejected (27/29), 8 final, 16 express refund, 32 closed (28), 64 refunded (12),
-- 128 auto-decided by the platform, 256 final after its last known deadline, 512 final_time >= apply_time.
ALTER TABLE tickets ADD COLUMN score_class INTEGER GENERATED ALWAYS AS (
    (exempt_from_score <> 0) | ((arbitrate_status <> 0) << 1) | ((aftersale_status IN (27, 29)) << 2)
    | ((final_time > 0) << 3) | ((express_refund <> 0) << 4) | ((aftersale_status = 28) << 5)
    | ((aftersale_status = 12) << 6) | ((platform_auto_decided <> 0) << 7)
    | ((status_deadline > 0 AND final_time > status_deadline) << 8) | ((final_time >= apply_time) << 9)) VIRTUAL;
CREATE INDEX tickets_score ON tickets(shop_id, score_class, aftersale_type, apply_time, reason_code, status_deadline,
                                      final_time);
-- Completion times in order: a median is one OFFSET into this index, not a sort.
CREATE INDEX tickets_score_completion ON tickets(shop_id, final_time - apply_time, aftersale_type, apply_time,
                                                 score_class);
CREATE INDEX orders_score_pay ON orders(shop_id, pay_time);
CREATE INDEX orders_score_ship ON orders(shop_id, ship_time, pickup_time);
CREATE INDEX orders_score_due ON orders(shop_id, exp_ship_time, ship_time, order_status);
CREATE INDEX orders_score_delivery ON orders(shop_id, sign_time - pay_time, sign_time, pay_time);

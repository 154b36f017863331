-- Schema 12: the shop's remarks on a ticket (afterSale.Detail after_sale_shop_remarks[], oldest first), replaced
-- with each detail like the platform logs. Internal notes and handovers written on any desk of the shop arrive
-- here; remark text keeps the author mark ("〔小王〕…", core::ShopRemarks).
CREATE TABLE ticket_remarks (
    aftersale_id TEXT NOT NULL REFERENCES tickets(aftersale_id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    remark       TEXT NOT NULL,
    operator     TEXT NOT NULL DEFAULT '',
    create_time  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (aftersale_id, seq)
);
-- The handover board reads the last shift's remarks across tickets.
CREATE INDEX ticket_remarks_time ON ticket_remarks(create_time);

-- The ticket version a cached detail shows (its after_sale_info.update_time): a detail is fetched again when the
-- ticket is newer than that, a comparison of the platform's own stamps (the fetch time is this desk's estimate
-- of the platform's clock, a second off at times). Details cached before keep their fetch time as the version.
ALTER TABLE ticket_detail ADD COLUMN update_time INTEGER NOT NULL DEFAULT 0;
UPDATE ticket_detail SET update_time = CASE
    WHEN json_valid(raw_json)
         AND typeof(json_extract(raw_json, '$.process_info.after_sale_info.update_time')) = 'integer'
        THEN json_extract(raw_json, '$.process_info.after_sale_info.update_time')
    ELSE fetched_at END;

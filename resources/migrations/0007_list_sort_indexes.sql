-- Schema 7: an index for every sort of the After-sales list, so a window of rows is read in index order and the
-- read stops after the window instead of sorting every matching row. The rowid (id, the list's tie-break) is the
-- last column of every index. The default view is open tickets (final_time = 0): small partial indexes, led by
-- final_time so the planner matches the view's equality and its ORDER BY at once. Views over all or closed tickets
-- sort by deadline through tickets_deadline.
CREATE INDEX tickets_deadline ON tickets(status_deadline);
CREATE INDEX tickets_open_shop ON tickets(final_time, shop_id) WHERE final_time = 0;
CREATE INDEX tickets_open_type ON tickets(final_time, aftersale_type) WHERE final_time = 0;
CREATE INDEX tickets_open_status ON tickets(final_time, aftersale_status) WHERE final_time = 0;
CREATE INDEX tickets_open_amount ON tickets(final_time, refund_amount) WHERE final_time = 0;
CREATE INDEX tickets_open_product ON tickets(final_time, product_name) WHERE final_time = 0;

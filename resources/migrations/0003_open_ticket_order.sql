-- Schema 3: the After-sales list's default query is "open tickets (final_time = 0) by deadline, then id". The
-- partial index tickets_open_deadline cannot serve it (it also requires status_deadline > 0), so SQLite sorted
-- every open ticket for each page. This index serves both the count and the ordered pages.
CREATE INDEX tickets_final_deadline ON tickets(final_time, status_deadline, id);

-- Schema 8: the Workbench's intercept alerts ask for express refunds applied or closed since a time. Two small
-- partial indexes let SQLite read just those (an OR of two ranges) instead of walking every ticket by apply time,
-- which took over a second at start with a million cached tickets.
CREATE INDEX tickets_express_apply ON tickets(apply_time) WHERE express_refund = 1;
CREATE INDEX tickets_express_final ON tickets(final_time) WHERE express_refund = 1;

-- Schema 10: a promise for every order. An order the platform sends without exp_ship_time (and, for a presale,
-- without an appointment date) is held to the rules' default promise (core::estimatedShipPromise, set when the
-- order is mapped), and promise_estimated says the time is ours, not the platform's, so the board and the CLI
-- can label it. Orders cached before this schema with no promise get the same estimate here; the constants are
-- resources/rules/guarantee.json's default_ship_promise_s (48 h) and presale_max_s (45 days).
ALTER TABLE orders ADD COLUMN promise_estimated INTEGER NOT NULL DEFAULT 0;
UPDATE orders SET promise_estimated = 1,
                  exp_ship_time = pay_time + CASE WHEN presell_type <> 0 THEN 3888000 ELSE 172800 END
 WHERE exp_ship_time = 0 AND pay_time > 0 AND NOT (presell_type <> 0 AND appointment_ship_time > 0);

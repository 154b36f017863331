-- Schema 4: the merchant's auto-approve rules for guarantee claims (domain-rules §5). Only the owner edits them
-- (enforced by sync::AutoRuleService). The hard limits (inside the window, not risky, under the cap) hold in code
-- for every rule; the columns only record that the rule was saved with them, and cannot be set otherwise.
CREATE TABLE auto_rules (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    name                 TEXT NOT NULL UNIQUE,
    kind                 TEXT NOT NULL CHECK (kind IN ('fresh', 'allergy')),
    max_amount_fen       INTEGER NOT NULL CHECK (max_amount_fen > 0),
    min_photos           INTEGER NOT NULL DEFAULT 1 CHECK (min_photos >= 0),
    inside_window        INTEGER NOT NULL DEFAULT 1 CHECK (inside_window = 1),
    not_risky            INTEGER NOT NULL DEFAULT 1 CHECK (not_risky = 1),
    max_buyer_claims_90d INTEGER NOT NULL DEFAULT -1,
    mode                 TEXT NOT NULL DEFAULT 'off' CHECK (mode IN ('off', 'dry_run', 'shadow', 'live')),
    created_by           TEXT NOT NULL DEFAULT '',
    updated_at           INTEGER NOT NULL DEFAULT 0
);

-- The institution profile (docs/decisions/0018-institution-profile.md): this institution's one row
-- of V4 gets its name in Lao and English beside the name it already had (the Vietnamese name, which
-- `package name` set and exchange packages carry; kept as it is), and the place printed on
-- certificates in the three languages. A blank field prints the message texts, as before.
ALTER TABLE exchange_institution ADD COLUMN name_lo VARCHAR(300);
ALTER TABLE exchange_institution ADD COLUMN name_en VARCHAR(300);
ALTER TABLE exchange_institution ADD COLUMN place_vi VARCHAR(100);
ALTER TABLE exchange_institution ADD COLUMN place_lo VARCHAR(100);
ALTER TABLE exchange_institution ADD COLUMN place_en VARCHAR(100);
ALTER TABLE exchange_institution ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE exchange_institution ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;

-- A record deleted on purpose (a member forgotten, a tag merged away), by UUID only, so
-- `cop import` deletes it on other copies too and never brings it back. It holds no
-- personal data: the kind is the table the record was in.
CREATE TABLE tombstones (
    uuid        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    deleted_at  TEXT NOT NULL
) WITHOUT ROWID;

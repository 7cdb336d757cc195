-- `members merge KEEP DROP`: the dropped member's UUID names the member kept, so a
-- sheet, an export or a replica that still carries it maps to that member instead of
-- bringing the dropped record back. Deleted with the member kept.
CREATE TABLE member_aliases (
    uuid        TEXT PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX member_aliases_by_member ON member_aliases (member_id);

-- MEMBER matching folds case and accents in Rust. An ASCII name folds as SQLite's
-- LIKE compares it, so LIKE narrows those; the names with any other character (more
-- bytes than characters) are the only ones read whole and folded, found through this
-- index, which SQLite keeps whoever writes the name. (A GLOB for non-ASCII text costs
-- some twenty times as much per row.)
CREATE INDEX members_non_ascii_names ON members (id)
    WHERE length(name) <> length(CAST(name AS BLOB));

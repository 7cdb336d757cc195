-- A member left out of pairing and matching for a while. A `pause` is set by the
-- organizer (`members pause --until`): `until` is the first day the member is back. A
-- `ghost` row records that the organizer brought back a member who had missed three
-- rounds in a row (`members resume`): misses before `resumed_at` no longer count. Rows
-- stay after a resume (`resumed_at` set), so a resume travels with `cop export`.
CREATE TABLE member_pauses (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('pause', 'ghost')),
    until       TEXT CHECK (until IS NULL OR until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    resumed_at  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK ((kind = 'pause') = (until IS NOT NULL)),
    CHECK (kind = 'pause' OR resumed_at IS NOT NULL)
);
CREATE INDEX member_pauses_by_member ON member_pauses (member_id);

-- What `pairs met` and `pairs missed` recorded for a member of a round; null: nothing yet.
ALTER TABLE pairing_members ADD COLUMN outcome TEXT CHECK (outcome IN ('met', 'missed'));

-- Two members pairing never puts in one group. Confidential: only `pairs exclusions`
-- prints them, and `cop export` carries them only with `--with-exclusions`.
CREATE TABLE pairing_exclusions (
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    other_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (member_id, other_id),
    CHECK (member_id < other_id)
) WITHOUT ROWID;
-- Forgetting a member deletes their exclusions from either side without a table scan.
CREATE INDEX pairing_exclusions_by_other ON pairing_exclusions (other_id);

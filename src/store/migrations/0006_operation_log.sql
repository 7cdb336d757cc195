-- The operation log: every writing command is one operation, recorded in the same
-- transaction as its change, so `cop log` shows it and `cop undo` takes it back.
-- `changeset` is the change as SQLite's session extension recorded it (compressed, see
-- store/oplog/codec.rs); NULL when the operation cannot be undone (`not_undoable` says
-- why). It is the last column so that listing the log never reads a large changeset.
-- `undoes` and `undone_by` link an undo and what it took back; they are plain numbers,
-- not foreign keys, since pruning removes old operations first.
CREATE TABLE operations (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    command      TEXT NOT NULL,  -- as typed, without the database path
    verb         TEXT NOT NULL,  -- the subcommand alone (`members add`): what is left of the
                                 -- command once a forgotten member's details are removed
    summary      TEXT NOT NULL,
    undoes       INTEGER,
    undone_by    INTEGER,
    not_undoable TEXT,
    changeset    BLOB
);

-- How long operations are kept (`cop log --keep DAYS`); without a row, 180 days. The
-- last 1,000 are always kept.
CREATE TABLE oplog_settings (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    keep_days   INTEGER NOT NULL CHECK (keep_days BETWEEN 0 AND 36500)
);

-- Free-text fields of other records that named a member when they were forgotten
-- (`members forget` lists them for the organizer to edit): the next operation that
-- changes or removes one keeps no change, since its old value holds the name. Only the
-- place is kept, never the text.
CREATE TABLE oplog_mentions (
    kind        TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    field       TEXT NOT NULL,
    PRIMARY KEY (kind, record_id, field)
) WITHOUT ROWID;

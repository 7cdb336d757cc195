-- cop sync: this copy as one replica of the community, and how far it has read the
-- segments every other replica wrote to the shared folder.
CREATE TABLE sync_replica (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL,
    name TEXT NOT NULL,
    folder TEXT NOT NULL,
    git INTEGER NOT NULL DEFAULT 0 CHECK (git IN (0, 1)),
    -- The number of the last segment this replica wrote, and when it was made: the next
    -- one holds what changed from then on.
    last_segment INTEGER NOT NULL DEFAULT 0,
    sent_at TEXT
) STRICT;

CREATE TABLE sync_cursors (
    replica TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    last_segment INTEGER NOT NULL,
    applied_at TEXT NOT NULL
) STRICT;

-- Peer assist requests (issue 17): an assist can be asked for before it is held.
--
-- `assists.status` gains `requested` (before `draft` and `logged`) and `assists.size`
-- the number of listeners a request asks for. SQLite cannot change a CHECK constraint
-- in place, so the table is rebuilt the documented way (create, copy, drop, rename);
-- the migration runner keeps foreign keys off meanwhile, so dropping the old table
-- cascades into nothing, and checks them before committing. Every row keeps its id.
CREATE TABLE assists_0007 (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid                TEXT NOT NULL UNIQUE,
    held_at             TEXT NOT NULL,  -- a request: when it was asked for, or its session's start
    minutes             INTEGER NOT NULL DEFAULT 45 CHECK (minutes > 0),
    challenge           TEXT NOT NULL,
    group_name          TEXT,
    situation           TEXT,   -- step 1
    response            TEXT,   -- step 4
    reflection          TEXT,   -- step 6
    continue_discussion INTEGER NOT NULL DEFAULT 0 CHECK (continue_discussion IN (0, 1)), -- step 7
    status              TEXT NOT NULL DEFAULT 'logged' CHECK (status IN ('requested', 'draft', 'logged')),
    current_step        INTEGER NOT NULL DEFAULT 1 CHECK (current_step BETWEEN 1 AND 8), -- where a draft resumes
    session_id          INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    size                INTEGER CHECK (size BETWEEN 1 AND 12),  -- listeners asked for (domain::assist_request::SIZE)
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
INSERT INTO assists_0007 (id, uuid, held_at, minutes, challenge, group_name, situation, response, reflection,
                          continue_discussion, status, current_step, session_id, created_at, updated_at)
SELECT id, uuid, held_at, minutes, challenge, group_name, situation, response, reflection,
       continue_discussion, status, current_step, session_id, created_at, updated_at
  FROM assists;
-- Ids are never reused: the new table's sequence starts where the old one stopped, even
-- when the assists with the highest ids were deleted.
INSERT INTO sqlite_sequence (name, seq)
SELECT 'assists_0007', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'assists_0007');
UPDATE sqlite_sequence
   SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'assists'), 0))
 WHERE name = 'assists_0007';
DROP TABLE assists;
ALTER TABLE assists_0007 RENAME TO assists;
CREATE INDEX assists_by_date ON assists (held_at);
CREATE INDEX assists_by_session ON assists (session_id);

-- What an assist is about: a request's tags find its listeners, and a past assist's
-- tags tell who has met such a challenge before.
CREATE TABLE assist_tags (
    assist_id   INTEGER NOT NULL REFERENCES assists (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (assist_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX assist_tags_by_tag ON assist_tags (tag_id);

-- Listeners asked to help with a request, and their answer. A member who joins is also
-- a listener in `assist_people`; one who declines is not (any more).
CREATE TABLE assist_invitations (
    assist_id   INTEGER NOT NULL REFERENCES assists (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('invited', 'joined', 'declined')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (assist_id, member_id)
) WITHOUT ROWID;
CREATE INDEX assist_invitations_by_member ON assist_invitations (member_id);

-- The whole community's schema, version 1.
-- Rules kept by every later migration: never edit a released migration, never drop
-- tables or columns; add new files instead.
-- Every record has an integer id (AUTOINCREMENT, so an id is never reused after a
-- delete), a UUID for export, import and merging, and created_at/updated_at (RFC 3339 UTC).
-- Link rows (tags of a member, RSVPs, ...) are identified by the records they join.

CREATE TABLE community (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE members (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT UNIQUE,
    role        TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'core', 'trainer', 'guest')),
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    region      TEXT,
    timezone    TEXT,
    facilitator INTEGER NOT NULL DEFAULT 0 CHECK (facilitator IN (0, 1)),
    joined_on   TEXT,
    note        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX members_status_name ON members (status, name);

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Another spelling that stands for a tag (`tags alias sna social-network-analysis`).
CREATE TABLE tag_aliases (
    alias       TEXT PRIMARY KEY,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE member_tags (
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('interest', 'need', 'expertise')),
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (member_id, kind, tag_id)
) WITHOUT ROWID;
CREATE INDEX member_tags_by_tag ON member_tags (tag_id, kind);

-- Weekly windows, in the member's own time zone; minutes from local midnight.
CREATE TABLE availability (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6), -- 0 = Monday
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440 AND end_minute > start_minute),
    UNIQUE (member_id, weekday, start_minute, end_minute)
);

CREATE TABLE popups (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description     TEXT,
    status          TEXT NOT NULL DEFAULT 'proposed'
                    CHECK (status IN ('proposed', 'scheduled', 'done', 'cancelled')),
    proposer_id     INTEGER REFERENCES members (id) ON DELETE SET NULL,
    needs_expert    INTEGER NOT NULL DEFAULT 0 CHECK (needs_expert IN (0, 1)),
    expert_id       INTEGER REFERENCES members (id) ON DELETE SET NULL,
    external_expert TEXT,
    max_members     INTEGER CHECK (max_members > 0),
    outcome         TEXT,
    closed_at       TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE popup_tags (
    popup_id    INTEGER NOT NULL REFERENCES popups (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (popup_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX popup_tags_by_tag ON popup_tags (tag_id);

-- A member's place in a popup. `waiting` joins are promoted in `position` order.
CREATE TABLE popup_members (
    popup_id    INTEGER NOT NULL REFERENCES popups (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('invited', 'joined', 'waiting', 'declined', 'left')),
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (popup_id, member_id)
) WITHOUT ROWID;
CREATE INDEX popup_members_by_member ON popup_members (member_id);

CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid          TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL DEFAULT 'meetup'
                  CHECK (kind IN ('meetup', 'training', 'coaching', 'reading', 'popup', 'assist', 'other')),
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    starts_at     TEXT NOT NULL,
    minutes       INTEGER NOT NULL DEFAULT 60 CHECK (minutes > 0),
    link          TEXT,
    location      TEXT,
    trainer       TEXT,
    capacity      INTEGER CHECK (capacity > 0),
    note          TEXT,
    status        TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    cancel_reason TEXT,
    sequence      INTEGER NOT NULL DEFAULT 0, -- grows with each edit, for calendar updates
    popup_id      INTEGER REFERENCES popups (id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX sessions_by_start ON sessions (starts_at);
CREATE INDEX sessions_by_popup ON sessions (popup_id);

CREATE TABLE session_facilitators (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (session_id, member_id)
) WITHOUT ROWID;
CREATE INDEX session_facilitators_by_member ON session_facilitators (member_id);

-- `waitlist` yeses past capacity are promoted in `position` order.
CREATE TABLE rsvps (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    response    TEXT NOT NULL CHECK (response IN ('invited', 'yes', 'no', 'maybe', 'waitlist')),
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (session_id, member_id)
) WITHOUT ROWID;
CREATE INDEX rsvps_by_member ON rsvps (member_id);

CREATE TABLE attendance (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (session_id, member_id)
) WITHOUT ROWID;
CREATE INDEX attendance_by_member ON attendance (member_id);

CREATE TABLE agenda_items (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    popup_id    INTEGER NOT NULL REFERENCES popups (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    minutes     INTEGER CHECK (minutes > 0),
    session_id  INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    done_at     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX agenda_items_by_popup ON agenda_items (popup_id, position);

CREATE TABLE assists (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid                TEXT NOT NULL UNIQUE,
    held_at             TEXT NOT NULL,
    minutes             INTEGER NOT NULL DEFAULT 45 CHECK (minutes > 0),
    challenge           TEXT NOT NULL,
    group_name          TEXT,
    situation           TEXT,   -- step 1
    response            TEXT,   -- step 4
    reflection          TEXT,   -- step 6
    continue_discussion INTEGER NOT NULL DEFAULT 0 CHECK (continue_discussion IN (0, 1)), -- step 7
    status              TEXT NOT NULL DEFAULT 'logged' CHECK (status IN ('draft', 'logged')),
    current_step        INTEGER NOT NULL DEFAULT 1 CHECK (current_step BETWEEN 1 AND 8), -- where a draft resumes
    session_id          INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX assists_by_date ON assists (held_at);

CREATE TABLE assist_people (
    assist_id   INTEGER NOT NULL REFERENCES assists (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('presenter', 'listener', 'facilitator')),
    created_at  TEXT NOT NULL,
    PRIMARY KEY (assist_id, member_id, role)
) WITHOUT ROWID;
CREATE INDEX assist_people_by_member ON assist_people (member_id);

-- The many-valued notes of a step: clarifying questions and answers (step 2), ideas (step 3).
CREATE TABLE assist_notes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    assist_id   INTEGER NOT NULL REFERENCES assists (id) ON DELETE CASCADE,
    step        INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX assist_notes_by_assist ON assist_notes (assist_id, step, position);

-- Step 5: what a listener takes back to their own network or project.
CREATE TABLE takeaways (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    assist_id   INTEGER NOT NULL REFERENCES assists (id) ON DELETE CASCADE,
    member_id   INTEGER REFERENCES members (id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX takeaways_by_assist ON takeaways (assist_id);

-- Step 7, followed up until done.
CREATE TABLE next_steps (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    assist_id   INTEGER NOT NULL REFERENCES assists (id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    owner_id    INTEGER REFERENCES members (id) ON DELETE SET NULL,
    due_on      TEXT,
    done_at     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX next_steps_open ON next_steps (done_at, due_on);

CREATE TABLE resources (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    url         TEXT,
    note        TEXT,
    assist_id   INTEGER REFERENCES assists (id) ON DELETE SET NULL,
    popup_id    INTEGER REFERENCES popups (id) ON DELETE SET NULL,
    session_id  INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE resource_tags (
    resource_id INTEGER NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (resource_id, tag_id)
) WITHOUT ROWID;

-- A recorded round of peer-support pairing, and its groups (pairs, or one trio).
CREATE TABLE pairing_rounds (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    seed        INTEGER,
    session_id  INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    note        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE pairing_members (
    round_id    INTEGER NOT NULL REFERENCES pairing_rounds (id) ON DELETE CASCADE,
    group_no    INTEGER NOT NULL,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, member_id)
) WITHOUT ROWID;
CREATE INDEX pairing_members_by_member ON pairing_members (member_id);

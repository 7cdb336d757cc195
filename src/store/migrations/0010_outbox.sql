-- Mail that cop wrote: one row per message, recorded in the transaction that records
-- what the message is for, so a delivery that stops midway can resume without sending
-- anything twice. The formatted message is kept, so a retry sends the same bytes under
-- the same Message-ID.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    message_id   TEXT NOT NULL UNIQUE,
    -- What makes two messages the same one (popup or session, member, SEQUENCE):
    -- a second invitation for the same thing is not written again.
    purpose_key  TEXT NOT NULL UNIQUE,
    purpose      TEXT NOT NULL,
    -- Forgetting a member takes their messages with them.
    member_id    INTEGER REFERENCES members(id) ON DELETE CASCADE,
    recipient    TEXT NOT NULL,
    message      BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    sent_at      TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error   TEXT
);
CREATE INDEX outbox_pending ON outbox (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_member ON outbox (member_id);

-- The organizer's address for the From of every message (`--from` sets it).
CREATE TABLE mail_settings (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    organizer  TEXT NOT NULL
);

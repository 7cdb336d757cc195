-- Value-creation stories (issue 16): what a member took from the community, tied to
-- the assist, popup or session it came from. A story belongs to its member and is
-- forgotten with them; a story outlives the record it came from.
CREATE TABLE stories (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    value       TEXT CHECK (value IN ('immediate', 'potential', 'applied', 'realized', 'reframing')),
    assist_id   INTEGER REFERENCES assists (id) ON DELETE SET NULL,
    popup_id    INTEGER REFERENCES popups (id) ON DELETE SET NULL,
    session_id  INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX stories_by_member ON stories (member_id);
CREATE INDEX stories_by_assist ON stories (assist_id);
CREATE INDEX stories_by_popup ON stories (popup_id);
CREATE INDEX stories_by_session ON stories (session_id);

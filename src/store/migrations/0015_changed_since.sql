-- `cop sync` picks what changed here since its last segment by `updated_at`: with an
-- index, an incremental sync reads the few records that changed instead of scanning
-- every record of every kind (at 100,000 members, most of its time).
CREATE INDEX members_by_updated ON members (updated_at);
CREATE INDEX tags_by_updated ON tags (updated_at);
CREATE INDEX popups_by_updated ON popups (updated_at);
CREATE INDEX sessions_by_updated ON sessions (updated_at);
CREATE INDEX agenda_items_by_updated ON agenda_items (updated_at);
CREATE INDEX assists_by_updated ON assists (updated_at);
CREATE INDEX assist_notes_by_updated ON assist_notes (updated_at);
CREATE INDEX takeaways_by_updated ON takeaways (updated_at);
CREATE INDEX next_steps_by_updated ON next_steps (updated_at);
CREATE INDEX resources_by_updated ON resources (updated_at);
CREATE INDEX stories_by_updated ON stories (updated_at);
CREATE INDEX pairing_rounds_by_updated ON pairing_rounds (updated_at);
CREATE INDEX member_pauses_by_updated ON member_pauses (updated_at);

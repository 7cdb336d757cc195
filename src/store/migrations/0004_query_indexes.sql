-- `sessions list` shows the assist each session was held for: without this index that
-- lookup read every assist once per session listed.
CREATE INDEX assists_by_session ON assists (session_id);

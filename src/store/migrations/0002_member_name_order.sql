-- `members list` sorts by name without regard to case; an index in that order lets the
-- list stream its first rows at once instead of sorting every member first.
CREATE INDEX members_status_name_nocase ON members (status, name COLLATE NOCASE, id);

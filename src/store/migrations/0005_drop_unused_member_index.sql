-- Every member query sorts and filters through `members_status_name_nocase` (0002); the
-- binary-collated index of 0001 was used by none, yet cost each member written one more
-- index entry (about a tenth of a large import's time).
DROP INDEX IF EXISTS members_status_name;

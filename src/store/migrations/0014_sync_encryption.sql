-- `cop sync init DIR --encrypt`: this replica seals every segment it writes with the
-- folder's passphrase (age, scrypt), and reads the others' sealed segments with it.
ALTER TABLE sync_replica ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1));

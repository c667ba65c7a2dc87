-- +goose Up
-- create "login_throttles" table
CREATE TABLE `login_throttles` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `email_hash` text NOT NULL, `failed_logins` integer NOT NULL DEFAULT (0), `locked_until` datetime NOT NULL);
-- set sequence for "login_throttles" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("login_throttles", 34359738368);
-- create index "login_throttles_email_hash_key" to table: "login_throttles"
CREATE UNIQUE INDEX `login_throttles_email_hash_key` ON `login_throttles` (`email_hash`);
-- create index "loginthrottle_locked_until" to table: "login_throttles"
CREATE INDEX `loginthrottle_locked_until` ON `login_throttles` (`locked_until`);

-- +goose Down
-- reverse: create index "loginthrottle_locked_until" to table: "login_throttles"
DROP INDEX `loginthrottle_locked_until`;
-- reverse: create index "login_throttles_email_hash_key" to table: "login_throttles"
DROP INDEX `login_throttles_email_hash_key`;
-- reverse: set sequence for "login_throttles" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "login_throttles";
-- reverse: create "login_throttles" table
DROP TABLE `login_throttles`;

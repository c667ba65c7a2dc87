-- +goose Up
-- modify "accounts" table (ADD COLUMN, not a table copy: inside goose's
-- transaction foreign keys stay on, and dropping the old table would
-- cascade to the accounts' sessions, networks and messages)
ALTER TABLE `accounts` ADD COLUMN `join_request_digest` bool NOT NULL DEFAULT (false);

-- +goose Down
-- reverse: modify "accounts" table
ALTER TABLE `accounts` DROP COLUMN `join_request_digest`;

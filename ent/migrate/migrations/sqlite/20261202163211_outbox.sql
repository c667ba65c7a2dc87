-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_accounts" table
CREATE TABLE `new_accounts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `password_hash` text NOT NULL, `role` text NOT NULL DEFAULT ('VIEWER'), `disabled` bool NOT NULL DEFAULT (false), `failed_logins` integer NOT NULL DEFAULT (0), `locked_until` datetime NULL, `last_login_at` datetime NULL, `language` text NOT NULL DEFAULT ('fi'), `notifications_off` json NULL, `idempotency_key` text NULL, `organization_id` integer NULL, CONSTRAINT `accounts_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL);
-- set sequence for "new_accounts" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_accounts", 17179869184);
-- copy rows from old table "accounts" to new temporary table "new_accounts"
INSERT INTO `new_accounts` (`id`, `created_at`, `updated_at`, `email`, `password_hash`, `role`, `disabled`, `failed_logins`, `locked_until`, `last_login_at`, `idempotency_key`, `organization_id`) SELECT `id`, `created_at`, `updated_at`, `email`, `password_hash`, `role`, `disabled`, `failed_logins`, `locked_until`, `last_login_at`, `idempotency_key`, `organization_id` FROM `accounts`;
-- drop "accounts" table after copying rows
DROP TABLE `accounts`;
-- rename temporary table "new_accounts" to "accounts"
ALTER TABLE `new_accounts` RENAME TO `accounts`;
-- create index "accounts_email_key" to table: "accounts"
CREATE UNIQUE INDEX `accounts_email_key` ON `accounts` (`email`);
-- create index "accounts_idempotency_key_key" to table: "accounts"
CREATE UNIQUE INDEX `accounts_idempotency_key_key` ON `accounts` (`idempotency_key`);
-- create "leases" table
CREATE TABLE `leases` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name` text NOT NULL, `holder` text NOT NULL, `expires_at` datetime NOT NULL);
-- set sequence for "leases" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("leases", 38654705664);
-- create index "leases_name_key" to table: "leases"
CREATE UNIQUE INDEX `leases_name_key` ON `leases` (`name`);
-- create "messages" table
CREATE TABLE `messages` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `key` text NOT NULL, `kind` text NOT NULL, `subject` text NOT NULL, `body` text NOT NULL, `link` text NULL, `status` text NOT NULL DEFAULT ('PENDING'), `attempts` integer NOT NULL DEFAULT (0), `next_attempt_at` datetime NOT NULL, `claimed_until` datetime NULL, `last_error` text NULL, `sent_at` datetime NULL, `read_at` datetime NULL, `created_at` datetime NOT NULL, `account_id` integer NOT NULL, CONSTRAINT `messages_accounts_messages` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- set sequence for "messages" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("messages", 42949672960);
-- create index "messages_key_key" to table: "messages"
CREATE UNIQUE INDEX `messages_key_key` ON `messages` (`key`);
-- create index "message_status_next_attempt_at" to table: "messages"
CREATE INDEX `message_status_next_attempt_at` ON `messages` (`status`, `next_attempt_at`);
-- create index "message_account_id_created_at" to table: "messages"
CREATE INDEX `message_account_id_created_at` ON `messages` (`account_id`, `created_at`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "message_account_id_created_at" to table: "messages"
DROP INDEX `message_account_id_created_at`;
-- reverse: create index "message_status_next_attempt_at" to table: "messages"
DROP INDEX `message_status_next_attempt_at`;
-- reverse: create index "messages_key_key" to table: "messages"
DROP INDEX `messages_key_key`;
-- reverse: set sequence for "messages" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "messages";
-- reverse: create "messages" table
DROP TABLE `messages`;
-- reverse: create index "leases_name_key" to table: "leases"
DROP INDEX `leases_name_key`;
-- reverse: set sequence for "leases" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "leases";
-- reverse: create "leases" table
DROP TABLE `leases`;
-- reverse: create index "accounts_idempotency_key_key" to table: "accounts"
DROP INDEX `accounts_idempotency_key_key`;
-- reverse: create index "accounts_email_key" to table: "accounts"
DROP INDEX `accounts_email_key`;
-- reverse: set sequence for "new_accounts" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_accounts";
-- reverse: create "new_accounts" table
DROP TABLE `new_accounts`;

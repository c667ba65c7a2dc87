-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_memberships" table
CREATE TABLE `new_memberships` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `role` text NOT NULL DEFAULT ('MEMBER'), `representative` text NULL, `start_date` datetime NULL, `end_date` datetime NULL, `status` text NOT NULL DEFAULT ('PENDING'), `source` text NULL, `illustrative` bool NOT NULL DEFAULT (false), `decline_reason` text NULL, `organization_confirmed_at` datetime NULL, `network_confirmed_at` datetime NULL, `version` integer NOT NULL DEFAULT (1), `idempotency_key` text NULL, `organization_id` integer NOT NULL, `network_id` integer NOT NULL, CONSTRAINT `memberships_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_networks_network` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE NO ACTION);
-- set sequence for "new_memberships" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_memberships", 4294967296);
-- copy rows from old table "memberships" to new temporary table "new_memberships"
INSERT INTO `new_memberships` (`id`, `created_at`, `updated_at`, `role`, `representative`, `start_date`, `end_date`, `status`, `source`, `illustrative`, `decline_reason`, `organization_confirmed_at`, `network_confirmed_at`, `version`, `organization_id`, `network_id`) SELECT `id`, `created_at`, `updated_at`, `role`, `representative`, `start_date`, `end_date`, `status`, `source`, `illustrative`, `decline_reason`, `organization_confirmed_at`, `network_confirmed_at`, `version`, `organization_id`, `network_id` FROM `memberships`;
-- drop "memberships" table after copying rows
DROP TABLE `memberships`;
-- rename temporary table "new_memberships" to "memberships"
ALTER TABLE `new_memberships` RENAME TO `memberships`;
-- create index "memberships_idempotency_key_key" to table: "memberships"
CREATE UNIQUE INDEX `memberships_idempotency_key_key` ON `memberships` (`idempotency_key`);
-- create index "membership_organization_id_network_id" to table: "memberships"
CREATE INDEX `membership_organization_id_network_id` ON `memberships` (`organization_id`, `network_id`);
-- create index "membership_network_id_status" to table: "memberships"
CREATE INDEX `membership_network_id_status` ON `memberships` (`network_id`, `status`);
-- create index "membership_status" to table: "memberships"
CREATE INDEX `membership_status` ON `memberships` (`status`);
-- create "new_networks" table
CREATE TABLE `new_networks` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name_fi` text NOT NULL, `name_sv` text NULL, `name_en` text NULL, `search_text` text NULL, `short_name` text NULL, `version` integer NOT NULL DEFAULT (1), `last_confirmed_at` datetime NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `description` text NULL, `kind` text NOT NULL, `themes` json NULL, `level` text NOT NULL, `meetings_per_year` integer NULL, `started_on` datetime NULL, `ended_on` datetime NULL, `status` text NOT NULL DEFAULT ('ACTIVE'), `website` text NULL, `idempotency_key` text NULL, `coordinator_id` integer NULL, `parent_id` integer NULL, CONSTRAINT `networks_organizations_coordinator` FOREIGN KEY (`coordinator_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `networks_networks_subgroups` FOREIGN KEY (`parent_id`) REFERENCES `networks` (`id`) ON DELETE SET NULL);
-- set sequence for "new_networks" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_networks", 8589934592);
-- copy rows from old table "networks" to new temporary table "new_networks"
INSERT INTO `new_networks` (`id`, `name_fi`, `name_sv`, `name_en`, `search_text`, `short_name`, `version`, `last_confirmed_at`, `created_at`, `updated_at`, `description`, `kind`, `themes`, `level`, `meetings_per_year`, `started_on`, `ended_on`, `status`, `website`, `coordinator_id`, `parent_id`) SELECT `id`, `name_fi`, `name_sv`, `name_en`, `search_text`, `short_name`, `version`, `last_confirmed_at`, `created_at`, `updated_at`, `description`, `kind`, `themes`, `level`, `meetings_per_year`, `started_on`, `ended_on`, `status`, `website`, `coordinator_id`, `parent_id` FROM `networks`;
-- drop "networks" table after copying rows
DROP TABLE `networks`;
-- rename temporary table "new_networks" to "networks"
ALTER TABLE `new_networks` RENAME TO `networks`;
-- create index "networks_idempotency_key_key" to table: "networks"
CREATE UNIQUE INDEX `networks_idempotency_key_key` ON `networks` (`idempotency_key`);
-- create index "network_kind" to table: "networks"
CREATE INDEX `network_kind` ON `networks` (`kind`);
-- create index "network_name_fi" to table: "networks"
CREATE INDEX `network_name_fi` ON `networks` (`name_fi`);
-- create "new_organizations" table
CREATE TABLE `new_organizations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name_fi` text NOT NULL, `name_sv` text NULL, `name_en` text NULL, `search_text` text NULL, `short_name` text NULL, `version` integer NOT NULL DEFAULT (1), `last_confirmed_at` datetime NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `sector` text NOT NULL, `services` json NULL, `business_id` text NULL, `email` text NULL, `phone` text NULL, `website` text NULL, `address` text NULL, `address_confidential` bool NOT NULL DEFAULT (false), `description` text NULL, `idempotency_key` text NULL, `home_area_id` integer NULL, `parent_id` integer NULL, CONSTRAINT `organizations_areas_home_area` FOREIGN KEY (`home_area_id`) REFERENCES `areas` (`id`) ON DELETE SET NULL, CONSTRAINT `organizations_organizations_units` FOREIGN KEY (`parent_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL);
-- set sequence for "new_organizations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_organizations", 12884901888);
-- copy rows from old table "organizations" to new temporary table "new_organizations"
INSERT INTO `new_organizations` (`id`, `name_fi`, `name_sv`, `name_en`, `search_text`, `short_name`, `version`, `last_confirmed_at`, `created_at`, `updated_at`, `sector`, `services`, `business_id`, `email`, `phone`, `website`, `address`, `address_confidential`, `description`, `home_area_id`, `parent_id`) SELECT `id`, `name_fi`, `name_sv`, `name_en`, `search_text`, `short_name`, `version`, `last_confirmed_at`, `created_at`, `updated_at`, `sector`, `services`, `business_id`, `email`, `phone`, `website`, `address`, `address_confidential`, `description`, `home_area_id`, `parent_id` FROM `organizations`;
-- drop "organizations" table after copying rows
DROP TABLE `organizations`;
-- rename temporary table "new_organizations" to "organizations"
ALTER TABLE `new_organizations` RENAME TO `organizations`;
-- create index "organizations_business_id_key" to table: "organizations"
CREATE UNIQUE INDEX `organizations_business_id_key` ON `organizations` (`business_id`);
-- create index "organizations_idempotency_key_key" to table: "organizations"
CREATE UNIQUE INDEX `organizations_idempotency_key_key` ON `organizations` (`idempotency_key`);
-- create index "organization_sector" to table: "organizations"
CREATE INDEX `organization_sector` ON `organizations` (`sector`);
-- create index "organization_name_fi" to table: "organizations"
CREATE INDEX `organization_name_fi` ON `organizations` (`name_fi`);
-- create "accounts" table
CREATE TABLE `accounts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `password_hash` text NOT NULL, `role` text NOT NULL DEFAULT ('VIEWER'), `disabled` bool NOT NULL DEFAULT (false), `failed_logins` integer NOT NULL DEFAULT (0), `locked_until` datetime NULL, `last_login_at` datetime NULL, `idempotency_key` text NULL, `organization_id` integer NULL, CONSTRAINT `accounts_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL);
-- set sequence for "accounts" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("accounts", 17179869184);
-- create index "accounts_email_key" to table: "accounts"
CREATE UNIQUE INDEX `accounts_email_key` ON `accounts` (`email`);
-- create index "accounts_idempotency_key_key" to table: "accounts"
CREATE UNIQUE INDEX `accounts_idempotency_key_key` ON `accounts` (`idempotency_key`);
-- create "changes" table
CREATE TABLE `changes` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `at` datetime NOT NULL, `actor_role` text NOT NULL, `entity_id` integer NOT NULL, `entity_type` text NOT NULL, `operation` text NOT NULL, `diff` json NOT NULL, `actor_id` integer NULL, CONSTRAINT `changes_accounts_changes` FOREIGN KEY (`actor_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL);
-- set sequence for "changes" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("changes", 21474836480);
-- create index "change_entity_id_at" to table: "changes"
CREATE INDEX `change_entity_id_at` ON `changes` (`entity_id`, `at`);
-- create index "change_at" to table: "changes"
CREATE INDEX `change_at` ON `changes` (`at`);
-- create "sessions" table
CREATE TABLE `sessions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `token_hash` text NOT NULL, `created_at` datetime NOT NULL, `last_seen_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `account_id` integer NOT NULL, CONSTRAINT `sessions_accounts_sessions` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- set sequence for "sessions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("sessions", 25769803776);
-- create index "sessions_token_hash_key" to table: "sessions"
CREATE UNIQUE INDEX `sessions_token_hash_key` ON `sessions` (`token_hash`);
-- create index "session_account_id" to table: "sessions"
CREATE INDEX `session_account_id` ON `sessions` (`account_id`);
-- create index "session_expires_at" to table: "sessions"
CREATE INDEX `session_expires_at` ON `sessions` (`expires_at`);
-- create "account_networks" table
CREATE TABLE `account_networks` (`account_id` integer NOT NULL, `network_id` integer NOT NULL, PRIMARY KEY (`account_id`, `network_id`), CONSTRAINT `account_networks_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE, CONSTRAINT `account_networks_network_id` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE CASCADE);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create "account_networks" table
DROP TABLE `account_networks`;
-- reverse: create index "session_expires_at" to table: "sessions"
DROP INDEX `session_expires_at`;
-- reverse: create index "session_account_id" to table: "sessions"
DROP INDEX `session_account_id`;
-- reverse: create index "sessions_token_hash_key" to table: "sessions"
DROP INDEX `sessions_token_hash_key`;
-- reverse: set sequence for "sessions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "sessions";
-- reverse: create "sessions" table
DROP TABLE `sessions`;
-- reverse: create index "change_at" to table: "changes"
DROP INDEX `change_at`;
-- reverse: create index "change_entity_id_at" to table: "changes"
DROP INDEX `change_entity_id_at`;
-- reverse: set sequence for "changes" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "changes";
-- reverse: create "changes" table
DROP TABLE `changes`;
-- reverse: create index "accounts_idempotency_key_key" to table: "accounts"
DROP INDEX `accounts_idempotency_key_key`;
-- reverse: create index "accounts_email_key" to table: "accounts"
DROP INDEX `accounts_email_key`;
-- reverse: set sequence for "accounts" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "accounts";
-- reverse: create "accounts" table
DROP TABLE `accounts`;
-- reverse: create index "organization_name_fi" to table: "organizations"
DROP INDEX `organization_name_fi`;
-- reverse: create index "organization_sector" to table: "organizations"
DROP INDEX `organization_sector`;
-- reverse: create index "organizations_idempotency_key_key" to table: "organizations"
DROP INDEX `organizations_idempotency_key_key`;
-- reverse: create index "organizations_business_id_key" to table: "organizations"
DROP INDEX `organizations_business_id_key`;
-- reverse: set sequence for "new_organizations" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_organizations";
-- reverse: create "new_organizations" table
DROP TABLE `new_organizations`;
-- reverse: create index "network_name_fi" to table: "networks"
DROP INDEX `network_name_fi`;
-- reverse: create index "network_kind" to table: "networks"
DROP INDEX `network_kind`;
-- reverse: create index "networks_idempotency_key_key" to table: "networks"
DROP INDEX `networks_idempotency_key_key`;
-- reverse: set sequence for "new_networks" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_networks";
-- reverse: create "new_networks" table
DROP TABLE `new_networks`;
-- reverse: create index "membership_status" to table: "memberships"
DROP INDEX `membership_status`;
-- reverse: create index "membership_network_id_status" to table: "memberships"
DROP INDEX `membership_network_id_status`;
-- reverse: create index "membership_organization_id_network_id" to table: "memberships"
DROP INDEX `membership_organization_id_network_id`;
-- reverse: create index "memberships_idempotency_key_key" to table: "memberships"
DROP INDEX `memberships_idempotency_key_key`;
-- reverse: set sequence for "new_memberships" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_memberships";
-- reverse: create "new_memberships" table
DROP TABLE `new_memberships`;

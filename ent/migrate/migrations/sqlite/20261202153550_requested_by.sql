-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_memberships" table
CREATE TABLE `new_memberships` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `role` text NOT NULL DEFAULT ('MEMBER'), `representative` text NULL, `start_date` datetime NULL, `end_date` datetime NULL, `status` text NOT NULL DEFAULT ('PENDING'), `source` text NULL, `illustrative` bool NOT NULL DEFAULT (false), `decline_reason` text NULL, `organization_confirmed_at` datetime NULL, `network_confirmed_at` datetime NULL, `version` integer NOT NULL DEFAULT (1), `idempotency_key` text NULL, `requested_by` text NOT NULL DEFAULT ('ORGANIZATION'), `organization_id` integer NOT NULL, `network_id` integer NOT NULL, CONSTRAINT `memberships_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_networks_network` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE NO ACTION);
-- set sequence for "new_memberships" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_memberships", 4294967296);
-- copy rows from old table "memberships" to new temporary table "new_memberships"
INSERT INTO `new_memberships` (`id`, `created_at`, `updated_at`, `role`, `representative`, `start_date`, `end_date`, `status`, `source`, `illustrative`, `decline_reason`, `organization_confirmed_at`, `network_confirmed_at`, `version`, `idempotency_key`, `organization_id`, `network_id`) SELECT `id`, `created_at`, `updated_at`, `role`, `representative`, `start_date`, `end_date`, `status`, `source`, `illustrative`, `decline_reason`, `organization_confirmed_at`, `network_confirmed_at`, `version`, `idempotency_key`, `organization_id`, `network_id` FROM `memberships`;
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
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
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

-- +goose Up
-- create "areas" table
CREATE TABLE `areas` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name_fi` text NOT NULL, `name_sv` text NULL, `name_en` text NULL, `search_text` text NULL, `code` text NOT NULL, `kind` text NOT NULL, `parent_id` integer NULL, CONSTRAINT `areas_areas_children` FOREIGN KEY (`parent_id`) REFERENCES `areas` (`id`) ON DELETE SET NULL);
-- create index "area_kind_code" to table: "areas"
CREATE UNIQUE INDEX `area_kind_code` ON `areas` (`kind`, `code`);
-- create index "area_name_fi" to table: "areas"
CREATE INDEX `area_name_fi` ON `areas` (`name_fi`);
-- create "memberships" table
CREATE TABLE `memberships` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `role` text NOT NULL DEFAULT ('MEMBER'), `representative` text NULL, `start_date` datetime NULL, `end_date` datetime NULL, `status` text NOT NULL DEFAULT ('PENDING'), `source` text NULL, `illustrative` bool NOT NULL DEFAULT (false), `decline_reason` text NULL, `organization_confirmed_at` datetime NULL, `network_confirmed_at` datetime NULL, `version` integer NOT NULL DEFAULT (1), `organization_id` integer NOT NULL, `network_id` integer NOT NULL, CONSTRAINT `memberships_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_networks_network` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE NO ACTION);
-- set sequence for "memberships" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("memberships", 4294967296);
-- create index "membership_organization_id_network_id" to table: "memberships"
CREATE INDEX `membership_organization_id_network_id` ON `memberships` (`organization_id`, `network_id`);
-- create index "membership_network_id_status" to table: "memberships"
CREATE INDEX `membership_network_id_status` ON `memberships` (`network_id`, `status`);
-- create index "membership_status" to table: "memberships"
CREATE INDEX `membership_status` ON `memberships` (`status`);
-- create "networks" table
CREATE TABLE `networks` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name_fi` text NOT NULL, `name_sv` text NULL, `name_en` text NULL, `search_text` text NULL, `short_name` text NULL, `version` integer NOT NULL DEFAULT (1), `last_confirmed_at` datetime NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `description` text NULL, `kind` text NOT NULL, `themes` json NULL, `level` text NOT NULL, `meetings_per_year` integer NULL, `started_on` datetime NULL, `ended_on` datetime NULL, `status` text NOT NULL DEFAULT ('ACTIVE'), `website` text NULL, `coordinator_id` integer NULL, `parent_id` integer NULL, CONSTRAINT `networks_organizations_coordinator` FOREIGN KEY (`coordinator_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `networks_networks_subgroups` FOREIGN KEY (`parent_id`) REFERENCES `networks` (`id`) ON DELETE SET NULL);
-- set sequence for "networks" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("networks", 8589934592);
-- create index "network_kind" to table: "networks"
CREATE INDEX `network_kind` ON `networks` (`kind`);
-- create index "network_name_fi" to table: "networks"
CREATE INDEX `network_name_fi` ON `networks` (`name_fi`);
-- create "organizations" table
CREATE TABLE `organizations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name_fi` text NOT NULL, `name_sv` text NULL, `name_en` text NULL, `search_text` text NULL, `short_name` text NULL, `version` integer NOT NULL DEFAULT (1), `last_confirmed_at` datetime NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `sector` text NOT NULL, `services` json NULL, `business_id` text NULL, `email` text NULL, `phone` text NULL, `website` text NULL, `address` text NULL, `address_confidential` bool NOT NULL DEFAULT (false), `description` text NULL, `home_area_id` integer NULL, `parent_id` integer NULL, CONSTRAINT `organizations_areas_home_area` FOREIGN KEY (`home_area_id`) REFERENCES `areas` (`id`) ON DELETE SET NULL, CONSTRAINT `organizations_organizations_units` FOREIGN KEY (`parent_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL);
-- set sequence for "organizations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("organizations", 12884901888);
-- create index "organizations_business_id_key" to table: "organizations"
CREATE UNIQUE INDEX `organizations_business_id_key` ON `organizations` (`business_id`);
-- create index "organization_sector" to table: "organizations"
CREATE INDEX `organization_sector` ON `organizations` (`sector`);
-- create index "organization_name_fi" to table: "organizations"
CREATE INDEX `organization_name_fi` ON `organizations` (`name_fi`);
-- create "network_areas" table
CREATE TABLE `network_areas` (`network_id` integer NOT NULL, `area_id` integer NOT NULL, PRIMARY KEY (`network_id`, `area_id`), CONSTRAINT `network_areas_network_id` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE CASCADE, CONSTRAINT `network_areas_area_id` FOREIGN KEY (`area_id`) REFERENCES `areas` (`id`) ON DELETE CASCADE);
-- create "organization_operating_areas" table
CREATE TABLE `organization_operating_areas` (`organization_id` integer NOT NULL, `area_id` integer NOT NULL, PRIMARY KEY (`organization_id`, `area_id`), CONSTRAINT `organization_operating_areas_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE, CONSTRAINT `organization_operating_areas_area_id` FOREIGN KEY (`area_id`) REFERENCES `areas` (`id`) ON DELETE CASCADE);

-- +goose Down
-- reverse: create "organization_operating_areas" table
DROP TABLE `organization_operating_areas`;
-- reverse: create "network_areas" table
DROP TABLE `network_areas`;
-- reverse: create index "organization_name_fi" to table: "organizations"
DROP INDEX `organization_name_fi`;
-- reverse: create index "organization_sector" to table: "organizations"
DROP INDEX `organization_sector`;
-- reverse: create index "organizations_business_id_key" to table: "organizations"
DROP INDEX `organizations_business_id_key`;
-- reverse: set sequence for "organizations" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "organizations";
-- reverse: create "organizations" table
DROP TABLE `organizations`;
-- reverse: create index "network_name_fi" to table: "networks"
DROP INDEX `network_name_fi`;
-- reverse: create index "network_kind" to table: "networks"
DROP INDEX `network_kind`;
-- reverse: set sequence for "networks" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "networks";
-- reverse: create "networks" table
DROP TABLE `networks`;
-- reverse: create index "membership_status" to table: "memberships"
DROP INDEX `membership_status`;
-- reverse: create index "membership_network_id_status" to table: "memberships"
DROP INDEX `membership_network_id_status`;
-- reverse: create index "membership_organization_id_network_id" to table: "memberships"
DROP INDEX `membership_organization_id_network_id`;
-- reverse: set sequence for "memberships" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "memberships";
-- reverse: create "memberships" table
DROP TABLE `memberships`;
-- reverse: create index "area_name_fi" to table: "areas"
DROP INDEX `area_name_fi`;
-- reverse: create index "area_kind_code" to table: "areas"
DROP INDEX `area_kind_code`;
-- reverse: create "areas" table
DROP TABLE `areas`;

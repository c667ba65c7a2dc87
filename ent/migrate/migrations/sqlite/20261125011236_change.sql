-- +goose Up
-- create "coverage_templates" table
CREATE TABLE `coverage_templates` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key` text NOT NULL, `name_fi` text NOT NULL, `name_sv` text NULL, `name_en` text NULL, `area_kind` text NOT NULL, `themes` json NOT NULL, `expectations` json NOT NULL);
-- set sequence for "coverage_templates" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("coverage_templates", 30064771072);
-- create index "coverage_templates_key_key" to table: "coverage_templates"
CREATE UNIQUE INDEX `coverage_templates_key_key` ON `coverage_templates` (`key`);

-- +goose Down
-- reverse: create index "coverage_templates_key_key" to table: "coverage_templates"
DROP INDEX `coverage_templates_key_key`;
-- reverse: set sequence for "coverage_templates" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "coverage_templates";
-- reverse: create "coverage_templates" table
DROP TABLE `coverage_templates`;

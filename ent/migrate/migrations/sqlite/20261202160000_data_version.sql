-- +goose Up
-- Written by hand (ent/migrate/gen writes the others). The data version:
-- one row, moved by a trigger on every write to the tables cached views are
-- built from (ent.TrackedTables; a test compares the two). Other processes
-- notice a commit through PRAGMA data_version and then read the row.
CREATE TABLE `data_version` (`id` integer NOT NULL PRIMARY KEY CHECK (`id` = 1), `version` integer NOT NULL);
INSERT INTO `data_version` (`id`, `version`) VALUES (1, 1);
-- +goose StatementBegin
CREATE TRIGGER `areas_data_version_insert` AFTER INSERT ON `areas` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `areas_data_version_update` AFTER UPDATE ON `areas` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `areas_data_version_delete` AFTER DELETE ON `areas` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `coverage_templates_data_version_insert` AFTER INSERT ON `coverage_templates` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `coverage_templates_data_version_update` AFTER UPDATE ON `coverage_templates` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `coverage_templates_data_version_delete` AFTER DELETE ON `coverage_templates` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `memberships_data_version_insert` AFTER INSERT ON `memberships` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `memberships_data_version_update` AFTER UPDATE ON `memberships` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `memberships_data_version_delete` AFTER DELETE ON `memberships` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `networks_data_version_insert` AFTER INSERT ON `networks` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `networks_data_version_update` AFTER UPDATE ON `networks` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `networks_data_version_delete` AFTER DELETE ON `networks` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `network_areas_data_version_insert` AFTER INSERT ON `network_areas` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `network_areas_data_version_update` AFTER UPDATE ON `network_areas` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `network_areas_data_version_delete` AFTER DELETE ON `network_areas` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `organizations_data_version_insert` AFTER INSERT ON `organizations` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `organizations_data_version_update` AFTER UPDATE ON `organizations` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `organizations_data_version_delete` AFTER DELETE ON `organizations` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `organization_operating_areas_data_version_insert` AFTER INSERT ON `organization_operating_areas` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `organization_operating_areas_data_version_update` AFTER UPDATE ON `organization_operating_areas` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER `organization_operating_areas_data_version_delete` AFTER DELETE ON `organization_operating_areas` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER `organization_operating_areas_data_version_delete`;
DROP TRIGGER `organization_operating_areas_data_version_update`;
DROP TRIGGER `organization_operating_areas_data_version_insert`;
DROP TRIGGER `organizations_data_version_delete`;
DROP TRIGGER `organizations_data_version_update`;
DROP TRIGGER `organizations_data_version_insert`;
DROP TRIGGER `network_areas_data_version_delete`;
DROP TRIGGER `network_areas_data_version_update`;
DROP TRIGGER `network_areas_data_version_insert`;
DROP TRIGGER `networks_data_version_delete`;
DROP TRIGGER `networks_data_version_update`;
DROP TRIGGER `networks_data_version_insert`;
DROP TRIGGER `memberships_data_version_delete`;
DROP TRIGGER `memberships_data_version_update`;
DROP TRIGGER `memberships_data_version_insert`;
DROP TRIGGER `coverage_templates_data_version_delete`;
DROP TRIGGER `coverage_templates_data_version_update`;
DROP TRIGGER `coverage_templates_data_version_insert`;
DROP TRIGGER `areas_data_version_delete`;
DROP TRIGGER `areas_data_version_update`;
DROP TRIGGER `areas_data_version_insert`;
DROP TABLE `data_version`;

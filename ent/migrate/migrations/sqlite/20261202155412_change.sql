-- +goose Up
-- add column "label" to table: "changes"
ALTER TABLE `changes` ADD COLUMN `label` text NULL;

-- +goose Down
-- reverse: add column "label" to table: "changes"
ALTER TABLE `changes` DROP COLUMN `label`;

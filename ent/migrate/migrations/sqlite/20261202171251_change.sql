-- +goose Up
-- create index "account_organization_id" to table: "accounts"
CREATE INDEX `account_organization_id` ON `accounts` (`organization_id`);

-- +goose Down
-- reverse: create index "account_organization_id" to table: "accounts"
DROP INDEX `account_organization_id`;

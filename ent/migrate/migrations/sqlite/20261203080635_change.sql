-- +goose Up
-- create "password_resets" table
CREATE TABLE `password_resets` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `token_hash` text NOT NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `used_at` datetime NULL, `account_id` integer NOT NULL, CONSTRAINT `password_resets_accounts_password_resets` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- set sequence for "password_resets" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("password_resets", 47244640256);
-- create index "password_resets_token_hash_key" to table: "password_resets"
CREATE UNIQUE INDEX `password_resets_token_hash_key` ON `password_resets` (`token_hash`);
-- create index "passwordreset_account_id" to table: "password_resets"
CREATE INDEX `passwordreset_account_id` ON `password_resets` (`account_id`);
-- create index "passwordreset_expires_at" to table: "password_resets"
CREATE INDEX `passwordreset_expires_at` ON `password_resets` (`expires_at`);

-- +goose Down
-- reverse: create index "passwordreset_expires_at" to table: "password_resets"
DROP INDEX `passwordreset_expires_at`;
-- reverse: create index "passwordreset_account_id" to table: "password_resets"
DROP INDEX `passwordreset_account_id`;
-- reverse: create index "password_resets_token_hash_key" to table: "password_resets"
DROP INDEX `password_resets_token_hash_key`;
-- reverse: set sequence for "password_resets" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "password_resets";
-- reverse: create "password_resets" table
DROP TABLE `password_resets`;

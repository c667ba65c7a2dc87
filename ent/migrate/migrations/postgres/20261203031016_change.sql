-- +goose Up
-- modify "accounts" table
ALTER TABLE "accounts" ADD COLUMN "join_request_digest" boolean NOT NULL DEFAULT false;

-- +goose Down
-- reverse: modify "accounts" table
ALTER TABLE "accounts" DROP COLUMN "join_request_digest";

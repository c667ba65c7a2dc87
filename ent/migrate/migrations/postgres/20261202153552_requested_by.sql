-- +goose Up
-- modify "memberships" table
ALTER TABLE "memberships" ADD COLUMN "requested_by" character varying NOT NULL DEFAULT 'ORGANIZATION';

-- +goose Down
-- reverse: modify "memberships" table
ALTER TABLE "memberships" DROP COLUMN "requested_by";

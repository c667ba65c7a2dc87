-- +goose Up
-- modify "changes" table
ALTER TABLE "changes" ADD COLUMN "label" character varying NULL;

-- +goose Down
-- reverse: modify "changes" table
ALTER TABLE "changes" DROP COLUMN "label";

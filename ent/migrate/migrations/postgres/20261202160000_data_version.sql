-- +goose Up
-- Written by hand (ent/migrate/gen writes the others). The data version:
-- one row, moved by a trigger on every write to the tables cached views are
-- built from (ent.TrackedTables; a test compares the two), and announced to
-- every server at commit through NOTIFY. The triggers fire once per
-- statement, so a bulk load costs one update, and before the statement, so
-- that a transaction takes the row's lock before the rows its statement
-- writes: writers to these tables queue on the row rather than deadlock.
CREATE TABLE "data_version" ("id" bigint NOT NULL, "version" bigint NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "data_version_one_row" CHECK ("id" = 1));
INSERT INTO "data_version" ("id", "version") VALUES (1, 1);
-- +goose StatementBegin
CREATE FUNCTION "data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	v bigint;
BEGIN
	UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO v;
	PERFORM pg_notify('verkosto_data_version', v::text);
	RETURN NULL;
END
$$;
-- +goose StatementEnd
CREATE TRIGGER "data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "areas" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "coverage_templates" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "memberships" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "networks" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "network_areas" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organizations" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organization_operating_areas" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();

-- +goose Down
DROP TRIGGER "data_version" ON "organization_operating_areas";
DROP TRIGGER "data_version" ON "organizations";
DROP TRIGGER "data_version" ON "network_areas";
DROP TRIGGER "data_version" ON "networks";
DROP TRIGGER "data_version" ON "memberships";
DROP TRIGGER "data_version" ON "coverage_templates";
DROP TRIGGER "data_version" ON "areas";
DROP FUNCTION "data_version_bump"();
DROP TABLE "data_version";

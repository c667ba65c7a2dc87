-- +goose Up
-- create index "account_networks_network_id" to table: "account_networks"
CREATE INDEX "account_networks_network_id" ON "account_networks" ("network_id");
-- create index "account_organization_id" to table: "accounts"
CREATE INDEX "account_organization_id" ON "accounts" ("organization_id");
-- create index "area_parent_id" to table: "areas"
CREATE INDEX "area_parent_id" ON "areas" ("parent_id");
-- create index "change_actor_id" to table: "changes"
CREATE INDEX "change_actor_id" ON "changes" ("actor_id");
-- create index "network_areas_area_id" to table: "network_areas"
CREATE INDEX "network_areas_area_id" ON "network_areas" ("area_id");
-- create index "network_coordinator_id" to table: "networks"
CREATE INDEX "network_coordinator_id" ON "networks" ("coordinator_id");
-- create index "network_parent_id" to table: "networks"
CREATE INDEX "network_parent_id" ON "networks" ("parent_id");
-- create index "organization_operating_areas_area_id" to table: "organization_operating_areas"
CREATE INDEX "organization_operating_areas_area_id" ON "organization_operating_areas" ("area_id");
-- create index "organization_home_area_id" to table: "organizations"
CREATE INDEX "organization_home_area_id" ON "organizations" ("home_area_id");
-- create index "organization_parent_id" to table: "organizations"
CREATE INDEX "organization_parent_id" ON "organizations" ("parent_id");

-- +goose Down
-- reverse: create index "organization_parent_id" to table: "organizations"
DROP INDEX "organization_parent_id";
-- reverse: create index "organization_home_area_id" to table: "organizations"
DROP INDEX "organization_home_area_id";
-- reverse: create index "organization_operating_areas_area_id" to table: "organization_operating_areas"
DROP INDEX "organization_operating_areas_area_id";
-- reverse: create index "network_parent_id" to table: "networks"
DROP INDEX "network_parent_id";
-- reverse: create index "network_coordinator_id" to table: "networks"
DROP INDEX "network_coordinator_id";
-- reverse: create index "network_areas_area_id" to table: "network_areas"
DROP INDEX "network_areas_area_id";
-- reverse: create index "change_actor_id" to table: "changes"
DROP INDEX "change_actor_id";
-- reverse: create index "area_parent_id" to table: "areas"
DROP INDEX "area_parent_id";
-- reverse: create index "account_organization_id" to table: "accounts"
DROP INDEX "account_organization_id";
-- reverse: create index "account_networks_network_id" to table: "account_networks"
DROP INDEX "account_networks_network_id";

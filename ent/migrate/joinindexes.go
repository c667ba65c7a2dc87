package migrate

import "entgo.io/ent/dialect/sql/schema"

// ent gives a many-to-many join table only its two-column primary key, which
// serves lookups by the first column. The second column gets an index here
// (ent's schema cannot declare one on a join table), so that an area's
// networks and organisations, a network's coordinator accounts and the
// cascade when an area or network is deleted do not scan the whole table.
// Written by hand: ent's code generator leaves this file alone, and the
// migration generator (ent/migrate/gen) and the migration check see it
// through Tables.
func init() {
	for _, t := range []*schema.Table{NetworkAreasTable, OrganizationOperatingAreasTable, AccountNetworksTable} {
		second := t.PrimaryKey[1]
		t.Indexes = append(t.Indexes, &schema.Index{
			Name:    t.Name + "_" + second.Name,
			Columns: []*schema.Column{second},
		})
	}
}

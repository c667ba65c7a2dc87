package ent

// Not generated: this file replaces what entgql generates for the
// MEMBERSHIPS_COUNT orderings of organisations and networks.
//
// entgql orders by an edge's row count: every membership, pending and
// declined requests included, so the order and the cursors (which carry the
// count) told anyone how many hidden requests an organisation has. Its
// cursors also compared a column that does not exist ("no such column:
// organizations.memberships_count"). Here the count is of the memberships
// every reader may see (visible.PublicMembershipStatuses; a test in
// server checks they agree), as a correlated subquery that works in each
// place entgql puts the ordering column: the ORDER BY, the cursor's WHERE,
// and the window function of a nested connection, where the outer table is
// entgql's "src_query" rather than the entity's table. The outer id is
// therefore unqualified; inside the subquery only counted_* names exist.

import (
	"fmt"

	"entgo.io/ent/dialect/sql"

	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
)

const membershipsCountAs = "memberships_count"

// publicMembershipsCount is the SQL expression counting the public
// memberships of the outer row, whose ID is joined to column.
func publicMembershipsCount(column string) string {
	return fmt.Sprintf("(SELECT COUNT(*) FROM (SELECT %s AS counted_id, %s AS counted_status FROM %s) AS counted"+
		" WHERE counted.counted_id = id AND counted.counted_status IN ('%s', '%s'))",
		column, membership.FieldStatus, membership.Table, membership.StatusACTIVE, membership.StatusENDED)
}

// orderByExpr orders by expr and selects it as membershipsCountAs, the
// value the cursor carries.
func orderByExpr(expr string, opts []sql.OrderTermOption) func(*sql.Selector) {
	return func(s *sql.Selector) {
		s.AppendSelectExprAs(sql.Expr(expr), membershipsCountAs)
		sql.OrderByField(expr, opts...).ToFunc()(s)
	}
}

func init() {
	org := publicMembershipsCount(membership.FieldOrganizationID)
	OrganizationOrderFieldMembershipsCount.column = org
	OrganizationOrderFieldMembershipsCount.toTerm = func(opts ...sql.OrderTermOption) organization.OrderOption {
		return orderByExpr(org, opts)
	}
	net := publicMembershipsCount(membership.FieldNetworkID)
	NetworkOrderFieldMembershipsCount.column = net
	NetworkOrderFieldMembershipsCount.toTerm = func(opts ...sql.OrderTermOption) network.OrderOption {
		return orderByExpr(net, opts)
	}
}

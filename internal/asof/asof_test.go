package asof_test

import (
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/internal/asof"
)

func day(s string) *time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// The edge cases of "as of a date", once for memberships and networks:
// the map and coverage both ask these functions.
func TestAsOf(t *testing.T) {
	on := *day("2024-06-30")
	// Coverage asks with a moment late in the day, the map with midnight.
	late := on.Add(23*time.Hour + 59*time.Minute)
	cases := []struct {
		name       string
		status     string // a membership status, or a network status for networks
		start, end *time.Time
		want       bool
	}{
		{"active, no dates", "ACTIVE", nil, nil, true},
		{"active, started that day", "ACTIVE", day("2024-06-30"), nil, true},
		{"active, starts the next day", "ACTIVE", day("2024-07-01"), nil, false},
		{"active, ends that day (inclusive)", "ACTIVE", nil, day("2024-06-30"), true},
		{"active, ended the day before", "ACTIVE", nil, day("2024-06-29"), false},
		{"active, end date in the future", "ACTIVE", day("2020-01-01"), day("2030-01-01"), true},
		{"ended with an end date after the day", "ENDED", day("2020-01-01"), day("2024-12-31"), true},
		{"ended with an end date that day", "ENDED", nil, day("2024-06-30"), true},
		{"ended with an end date before the day", "ENDED", nil, day("2024-01-01"), false},
		{"ended without an end date: unknown, so never", "ENDED", nil, nil, false},
		{"ended without an end date, with a start", "ENDED", day("2010-01-01"), nil, false},
	}
	for _, c := range cases {
		for _, when := range []time.Time{on, late} {
			if got := asof.Membership(when, membership.Status(c.status), c.start, c.end); got != c.want {
				t.Errorf("membership %s at %s: %v, want %v", c.name, when, got, c.want)
			}
			if got := asof.Network(when, network.Status(c.status), c.start, c.end); got != c.want {
				t.Errorf("network %s at %s: %v, want %v", c.name, when, got, c.want)
			}
		}
	}
	for _, s := range []membership.Status{membership.StatusPENDING, membership.StatusDECLINED} {
		if asof.Membership(on, s, nil, nil) {
			t.Errorf("a %s request counts as a membership", s)
		}
	}
	// A dormant network still exists; only its end date or ENDED end it.
	if !asof.Network(on, network.StatusDORMANT, day("2022-06-01"), nil) {
		t.Error("a dormant network does not exist")
	}
	// Dates read back in another zone keep their calendar day.
	helsinki := time.FixedZone("EEST", 3*3600)
	end := day("2024-06-30").In(helsinki)
	if !asof.Membership(on, membership.StatusENDED, nil, &end) {
		t.Error("an end date read in another zone moved a day")
	}
}

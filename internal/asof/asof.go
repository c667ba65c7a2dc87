// Package asof decides what existed on a given day: the one rule behind
// every "as of a date" view (the map's asOf filter, coverage's asOf, and
// the history views to come), so that the map and coverage never disagree
// about the past.
//
// Dates are calendar days, both ends inclusive: a membership that ended on
// 30 June still ran on 30 June. Only the UTC calendar date of each value
// counts (dates are stored as midnight UTC; coverage passes a moment).
//
// A missing start date means "since before our records": sources often say
// only that an organisation is a member, not since when. A missing end date
// on something whose status says it has ended means it ended on a day the
// data does not give; it then counts on no day at all, rather than on every
// past day, so that an old fact never props up a view of the past it may not
// belong to. Organisations carry no dates: every organisation exists on
// every day.
package asof

import (
	"time"

	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
)

// Membership reports whether a membership ran on day. Pending and declined
// requests never ran.
func Membership(day time.Time, status membership.Status, start, end *time.Time) bool {
	switch status {
	case membership.StatusACTIVE, membership.StatusENDED:
	default:
		return false
	}
	return within(day, start, end, status == membership.StatusENDED)
}

// Network reports whether a network existed (had started and not ended) on
// day. A dormant network still exists.
func Network(day time.Time, status network.Status, started, ended *time.Time) bool {
	return within(day, started, ended, status == network.StatusENDED)
}

// within reports whether day falls between start and end (inclusive); a nil
// end is open unless ended says the end is merely unknown.
func within(day time.Time, start, end *time.Time, ended bool) bool {
	d := date(day)
	if start != nil && date(*start).After(d) {
		return false
	}
	if end == nil {
		return !ended
	}
	return !date(*end).Before(d)
}

func date(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

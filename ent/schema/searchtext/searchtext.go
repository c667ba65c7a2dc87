// Package searchtext builds the folded text that name search matches against.
//
// Search must ignore case for ä, ö and å too, on SQLite and PostgreSQL alike.
// SQLite's LOWER() folds ASCII only, and PostgreSQL's depends on the database's
// locale, so Verkosto folds in Go when a row is written (an ent hook keeps the
// column current) and folds the query the same way.
package searchtext

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Sep separates the names inside a search key. Each name is wrapped in Sep so
// that SQL can tell an exact name (Sep+q+Sep) from a prefix (Sep+q) and a
// substring (q) with plain LIKE patterns.
const Sep = "|"

// Fold normalises s for matching: NFC (so a decomposed "ä" equals a composed
// one), lower case, separators removed and runs of white space collapsed.
func Fold(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	s = strings.ReplaceAll(s, Sep, " ")
	return strings.Join(strings.Fields(s), " ")
}

// Key joins the folded, non-empty names as "|name1|name2|".
func Key(names ...string) string {
	var b strings.Builder
	b.WriteString(Sep)
	for _, n := range names {
		if f := Fold(n); f != "" {
			b.WriteString(f)
			b.WriteString(Sep)
		}
	}
	return b.String()
}

// EscapeLike escapes LIKE wildcards in a folded query; use it with ESCAPE '\'.
func EscapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

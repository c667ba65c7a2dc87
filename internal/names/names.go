// Package names picks an entry's name in a reader's language: entries are
// named in Finnish, and in Swedish and English when someone gave those.
// (The web app's own texts live in frontend/src/i18n.)
package names

// In returns the name in lang ("fi", "sv" or "en"), falling back to the
// Finnish one, which every entry has.
func In(lang, fi, sv, en string) string {
	switch {
	case lang == "sv" && sv != "":
		return sv
	case lang == "en" && en != "":
		return en
	}
	return fi
}

package searchtext

import "testing"

func TestFoldAndKey(t *testing.T) {
	if got := Fold("  ÄÄNEKOSKI   Åbo\tÖ|x "); got != "äänekoski åbo ö x" {
		t.Errorf("Fold = %q", got)
	}
	// A decomposed ä (a + U+0308) folds to the composed one.
	if Fold("A\u0308ha") != Fold("Äha") {
		t.Errorf("decomposed and composed forms differ")
	}
	if got := Key("Kotkan kaupunki", "", "Kotka stad"); got != "|kotkan kaupunki|kotka stad|" {
		t.Errorf("Key = %q", got)
	}
	if got := EscapeLike(`50%_a\b`); got != `50\%\_a\\b` {
		t.Errorf("EscapeLike = %q", got)
	}
}

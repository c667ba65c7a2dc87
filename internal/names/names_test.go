package names

import "testing"

func TestIn(t *testing.T) {
	for _, c := range []struct{ lang, sv, en, want string }{
		{"fi", "Sv", "En", "Fi"},
		{"sv", "Sv", "En", "Sv"},
		{"en", "Sv", "En", "En"},
		{"sv", "", "En", "Fi"}, // no Swedish name: the Finnish one
		{"en", "Sv", "", "Fi"},
		{"de", "Sv", "En", "Fi"},
	} {
		if got := In(c.lang, "Fi", c.sv, c.en); got != c.want {
			t.Errorf("In(%q) = %q, want %q", c.lang, got, c.want)
		}
	}
}

package validate

import "testing"

func TestBusinessID(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"0245437-2", true},  // a real, published business ID
		{"1572860-0", true},  // remainder 0 → check digit 0
		{"0245437-3", false}, // wrong check digit
		{"0245437", false},
		{"024543-72", false},
		{"abcdefg-1", false},
		{"0245437-x", false},
		{"", false},
	} {
		if err := BusinessID(tc.in); (err == nil) != tc.ok {
			t.Errorf("BusinessID(%q) = %v, want ok=%v", tc.in, err, tc.ok)
		}
	}
}

func TestEmailAndURL(t *testing.T) {
	for _, ok := range []string{"", "info@example.fi", "kirjaamo@kotka.fi"} {
		if err := Email(ok); err != nil {
			t.Errorf("Email(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"x", "a@b", "Name <a@b.fi>", "a@b.fi, c@d.fi"} {
		if Email(bad) == nil {
			t.Errorf("Email(%q) accepted", bad)
		}
	}
	for _, ok := range []string{"", "https://www.kotka.fi/", "http://example.fi/x?y=1"} {
		if err := URL(ok); err != nil {
			t.Errorf("URL(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"javascript:alert(1)", "www.kotka.fi", "ftp://x.fi", "https://"} {
		if URL(bad) == nil {
			t.Errorf("URL(%q) accepted", bad)
		}
	}
}

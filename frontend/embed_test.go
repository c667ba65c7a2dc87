package frontend

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// The embedded app is built and obeys the CSP: every script is an external,
// hashed asset; none is inline.
func TestDistIsBuiltAndCSPClean(t *testing.T) {
	index, err := fs.ReadFile(Dist(), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	html := string(index)
	scripts := regexp.MustCompile(`<script[^>]*>`).FindAllString(html, -1)
	if len(scripts) == 0 {
		t.Fatal("index.html loads no script")
	}
	for _, s := range scripts {
		if !strings.Contains(s, `src="/assets/`) {
			t.Errorf("inline or unhashed script: %s", s)
		}
		src := regexp.MustCompile(`src="/([^"]+)"`).FindStringSubmatch(s)
		if _, err := fs.Stat(Dist(), src[1]); err != nil {
			t.Errorf("%s: %v", src[1], err)
		}
	}
	if regexp.MustCompile(`<script[^>]*>[^<]+</script>`).MatchString(html) {
		t.Error("index.html has an inline script")
	}
}

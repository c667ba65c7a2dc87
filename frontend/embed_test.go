package frontend

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// The embedded app and GraphiQL are built and obey the CSP: every script is
// an external, hashed asset; none is inline.
func TestDistIsBuiltAndCSPClean(t *testing.T) {
	for _, name := range []string{"index.html", "graphiql.html"} {
		page, err := fs.ReadFile(Dist(), name)
		if err != nil {
			t.Fatal(err)
		}
		html := string(page)
		scripts := regexp.MustCompile(`<script[^>]*>`).FindAllString(html, -1)
		if len(scripts) == 0 {
			t.Fatalf("%s loads no script", name)
		}
		for _, s := range scripts {
			if !strings.Contains(s, `src="/assets/`) {
				t.Errorf("%s: inline or unhashed script: %s", name, s)
			}
			src := regexp.MustCompile(`src="/([^"]+)"`).FindStringSubmatch(s)
			if _, err := fs.Stat(Dist(), src[1]); err != nil {
				t.Errorf("%s: %v", src[1], err)
			}
		}
		if regexp.MustCompile(`<script[^>]*>[^<]+</script>`).MatchString(html) {
			t.Errorf("%s has an inline script", name)
		}
	}
}

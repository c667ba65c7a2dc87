package importer

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Every reason the package gives has its English text, and the web app
// says every one in Finnish, Swedish and English.
func TestReasonsHaveTexts(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	used := map[string]bool{}
	call := regexp.MustCompile(`reason\("(\w+)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
		}
	}
	// personalValue returns its codes for the caller's reason(why).
	for _, c := range []string{"personalMobile", "personalEmail", "personalName"} {
		used[c] = true
	}
	codes := ReasonCodes()
	for c := range used {
		if !slices.Contains(codes, c) {
			t.Errorf("reason %q has no text", c)
		}
	}
	for _, c := range codes {
		if !used[c] {
			t.Errorf("reason %q is never given", c)
		}
	}
	web, err := os.ReadFile("../../frontend/src/i18n/importMessages.ts")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range codes {
		if n := strings.Count(string(web), "\n    "+c+": "); n != 3 {
			t.Errorf("the web app has reason %q in %d languages, want fi, sv and en", c, n)
		}
	}
}

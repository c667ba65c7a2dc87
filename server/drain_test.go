package server_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/verkosto/verkosto/internal/testdb"
)

// buildBinary builds the verkosto command into a temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "verkosto")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/verkosto/verkosto").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestSIGTERMDrains runs the real binary with four clients writing without
// pause and sends it SIGTERM: /readyz turns 503 at once, every write that
// started before the drain ended is answered and kept, and the process
// exits 0.
func TestSIGTERMDrains(t *testing.T) {
	bin := buildBinary(t)
	testdb.Each(t, func(t *testing.T, dialect string) {
		const drain = time.Second
		dbURL := testdb.URL(t, dialect)
		cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--db", dbURL, "--drain", drain.String())
		cmd.Env = append(os.Environ(), "VERKOSTO_ADMIN_EMAIL=admin@example.fi", "VERKOSTO_ADMIN_PASSWORD="+testPassword)
		stderr, _ := cmd.StderrPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Kill() })
		listening := make(chan string, 1)
		shutdown := make(chan time.Time, 1)
		logs := &logBuffer{}
		go func() {
			addr := regexp.MustCompile(`msg=listening addr=(\S+)`)
			sc := bufio.NewScanner(stderr)
			for sc.Scan() {
				line := sc.Text()
				logs.Write([]byte(line + "\n"))
				if m := addr.FindStringSubmatch(line); m != nil {
					listening <- m[1]
				}
				if strings.Contains(line, "shutting down") {
					shutdown <- time.Now()
				}
			}
		}()
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		var base string
		select {
		case addr := <-listening:
			base = "http://" + addr
		case err := <-exited:
			t.Fatalf("serve exited: %v\n%s", err, logs.b.String())
		case <-time.After(60 * time.Second):
			t.Fatal("serve did not start listening")
		}

		type result struct {
			start time.Time
			err   error
		}
		var (
			mu      sync.Mutex
			results []result
			wg      sync.WaitGroup
			stop    = make(chan struct{})
		)
		for c := range 4 {
			jar, _ := cookiejar.New(nil)
			hc := &http.Client{Jar: jar, Transport: &http.Transport{}, Timeout: 10 * time.Second}
			if err := gqlPost(hc, base, `mutation { login(email: "admin@example.fi", password: "`+testPassword+`") { id } }`); err != nil {
				t.Fatal(err)
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					start := time.Now()
					err := gqlPost(hc, base, fmt.Sprintf(`mutation { createOrganization(input: {nameFi: "drain-%d-%d", sector: NGO}) { id } }`, c, i))
					mu.Lock()
					results = append(results, result{start, err})
					mu.Unlock()
					if err != nil {
						time.Sleep(20 * time.Millisecond) // refused after the drain: do not spin
					}
				}
			}()
		}
		time.Sleep(500 * time.Millisecond)
		sigterm := time.Now()
		if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		time.Sleep(drain / 4)
		res, err := (&http.Client{Transport: &http.Transport{DisableKeepAlives: true}}).Get(base + "/readyz")
		if err != nil || res.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("readyz during the drain: %v %v", res, err)
		}
		if res != nil {
			res.Body.Close()
		}
		var drainEnd time.Time
		select {
		case drainEnd = <-shutdown:
		case <-time.After(10 * time.Second):
			t.Fatal("no shutdown after the drain")
		}
		select {
		case err := <-exited:
			if err != nil {
				t.Errorf("exit: %v\n%s", err, logs.b.String())
			}
		case <-time.After(20 * time.Second):
			t.Fatal("the process did not exit")
		}
		close(stop)
		wg.Wait()

		if d := drainEnd.Sub(sigterm); d < drain-100*time.Millisecond {
			t.Errorf("the drain lasted %v, want %v", d, drain)
		}
		// A connection made in the instant before the listener closes may
		// still sit in the kernel's accept queue and be reset: the margin.
		var before, failed, duringDrain int
		for _, r := range results {
			if r.start.After(drainEnd.Add(-100 * time.Millisecond)) {
				continue
			}
			before++
			if r.start.After(sigterm) {
				duringDrain++
			}
			if r.err != nil {
				failed++
				t.Errorf("a write started %v after SIGTERM failed: %v", r.start.Sub(sigterm), r.err)
			}
		}
		if duringDrain == 0 || before-failed < 10 {
			t.Errorf("%d writes before the drain ended, %d of them during the drain: the clients did not keep writing", before, duringDrain)
		}
		t.Logf("%d writes before the drain ended (%d during it), %d failed", before, duringDrain, failed)
	})
}

// gqlPost sends a mutation and fails on any transport, HTTP or GraphQL error.
func gqlPost(hc *http.Client, base, query string) error {
	body, _ := json.Marshal(map[string]any{"query": query})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	res, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK || bytes.Contains(raw, []byte(`"errors"`)) {
		return fmt.Errorf("%d %s", res.StatusCode, raw)
	}
	return nil
}

package server_test

import (
	"bytes"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/verkosto/verkosto/server"
)

// syncBuffer is a log the server writes from many goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) lines(msg string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Count(s.b.String(), "msg="+msg+" ")
}

// --log-requests: a line for every request, every hundredth, or none.
func TestRequestLogging(t *testing.T) {
	for _, tc := range []struct {
		setting string
		want    int
	}{{"all", 200}, {"sampled", 2}, {"off", 0}} {
		t.Run(tc.setting, func(t *testing.T) {
			var log syncBuffer
			app := startAppLogging(t, "sqlite", &log, func(c *server.Config) { c.LogRequests = tc.setting })
			for range 200 {
				res, err := http.Get(app.URL + "/healthz")
				if err != nil {
					t.Fatal(err)
				}
				res.Body.Close()
			}
			if got := log.lines("request"); got != tc.want {
				t.Errorf("%d request lines for 200 requests, want %d", got, tc.want)
			}
		})
	}
	if _, err := server.ParseServeFlags([]string{"--log-requests", "some"}); err == nil || !strings.Contains(err.Error(), "--log-requests") {
		t.Errorf("a bad setting: %v", err)
	}
	t.Setenv("VERKOSTO_LOG_REQUESTS", "off")
	if cfg, err := server.ParseServeFlags(nil); err != nil || cfg.LogRequests != "off" {
		t.Errorf("from the environment: %q, %v", cfg.LogRequests, err)
	}
}

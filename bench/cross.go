package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	neturl "net/url"
	"slices"
	"strings"
	"time"

	"github.com/verkosto/verkosto/internal/synth"
	"github.com/verkosto/verkosto/server"
)

// crossResult is how soon writes through one server were on another's map.
type crossResult struct {
	dialect            string
	writes             int
	median, p95, worst time.Duration
}

// crossServer runs two servers on one database with generated data at scale
// s and creates n organisations through the first over HTTP; each is timed
// from the first server's answer until the second's map (a GET, as the web
// app sends it) shows it. The time includes the second server's rebuild of
// the map for the new data version.
func crossServer(d, pg string, s synth.Scale, n int) crossResult {
	ctx := context.Background()
	url, drop := newDatabase(d, pg)
	defer drop()
	generate(ctx, url, s)
	cfg := server.DefaultConfig()
	cfg.DatabaseURL = url
	cfg.PublicRead = true
	// Nothing computed in the background: the insight rows time the
	// computation in the request, and the other rows share the processors
	// with nothing.
	cfg.InsightRefresh = 0
	cfg.AdminEmail, cfg.AdminPassword = "bench@example.fi", "a long enough bench password"
	var urls []string
	for range 2 {
		app, err := server.NewApp(ctx, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
		if err != nil {
			log.Fatal(err)
		}
		defer app.Close()
		srv := httptest.NewServer(app.Handler)
		defer srv.Close()
		urls = append(urls, srv.URL)
	}
	jar, _ := cookiejar.New(nil)
	admin := &http.Client{Jar: jar}
	write := func(query string, vars map[string]any) {
		body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		res, err := admin.Post(urls[0]+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			log.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || bytes.Contains(b, []byte(`"errors"`)) {
			log.Fatalf("write through the first server: %d %.300s", res.StatusCode, b)
		}
	}
	write(`mutation($e:String!,$p:String!){login(email:$e,password:$p){id}}`, map[string]any{"e": cfg.AdminEmail, "p": cfg.AdminPassword})
	mapURL := urls[1] + "/graphql?query=" + neturl.QueryEscape("{ networkMap { data } }")
	onMap := func(name string) bool {
		res, err := http.Get(mapURL)
		if err != nil {
			log.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return strings.Contains(string(b), name)
	}
	onMap("") // the second server's map is built before the first write
	var times []time.Duration
	for i := range n {
		name := fmt.Sprintf("Ristiintestin järjestö %d", i)
		write(`mutation($n:String!){createOrganization(input:{nameFi:$n,sector:NGO}){id}}`, map[string]any{"n": name})
		start := time.Now()
		for !onMap(name) {
			if time.Since(start) > 30*time.Second {
				log.Fatalf("%s: a write through one server was not on the other's map after 30 s", d)
			}
			time.Sleep(5 * time.Millisecond)
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	return crossResult{dialect: d, writes: n, median: times[n/2], p95: times[(n*95)/100], worst: times[n-1]}
}

// crossReport is the section of RESULTS.md for crossServer's results.
func crossReport(scale string, results []crossResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## cross-server invalidation: scale %s, two servers on one database\n\n"+
		"An organisation created through one server, timed from its answer until the other server's map shows it "+
		"(the other server's rebuild of the map included).\n\n| database | writes | median | p95 | max |\n|---|---|---|---|---|\n", scale)
	for _, r := range results {
		fmt.Fprintf(&b, "| %s | %d | %s | %s | %s |\n", r.dialect, r.writes, ms(r.median), ms(r.p95), ms(r.worst))
	}
	b.WriteString("\n")
	return b.String()
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"log/slog"
	"math"
	"math/rand/v2"
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

// writeResult is how soon a write was on the map and how far it moved the
// nodes it did not touch.
type writeResult struct {
	dialect, scale string
	writes         int
	median, p95    time.Duration
	meanShift      float64 // mean displacement of untouched nodes, map units
	worstShift     float64
	full           time.Duration // the first map, laid out from scratch
}

// writeToMap serves generated data at scale s, builds the whole map once,
// then makes n writes (a membership between an organisation and a network
// picked at random) through the API and times each from its answer until
// the map (a GET, as the web app sends it) is the new version: the map is
// rebuilt from the database, not served from a cache. Nodes the write did
// not touch are compared between the maps before and after.
func writeToMap(d, pg string, s synth.Scale, n int) writeResult {
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
	app, err := server.NewApp(ctx, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		log.Fatal(err)
	}
	defer app.Close()
	srv := httptest.NewServer(app.Handler)
	defer srv.Close()
	jar, _ := cookiejar.New(nil)
	admin := &http.Client{Jar: jar}
	write := func(query string, vars map[string]any) {
		body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		res, err := admin.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			log.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || bytes.Contains(b, []byte(`"errors"`)) {
			log.Fatalf("write: %d %.300s", res.StatusCode, b)
		}
	}
	write(`mutation($e:String!,$p:String!){login(email:$e,password:$p){id}}`, map[string]any{"e": cfg.AdminEmail, "p": cfg.AdminPassword})

	mapURL := srv.URL + "/graphql?query=" + neturl.QueryEscape("{ networkMap { data } }")
	type node struct {
		kind string
		x, y float64
	}
	fetch := func() (map[string]node, string) {
		res, err := http.Get(mapURL)
		if err != nil {
			log.Fatal(err)
		}
		defer res.Body.Close()
		var answer struct {
			Data struct {
				NetworkMap struct {
					Data struct {
						Nodes []struct {
							Key        string
							Attributes struct {
								Kind string
								X, Y float64
							}
						}
					}
				}
			}
		}
		if err := json.NewDecoder(res.Body).Decode(&answer); err != nil {
			log.Fatal(err)
		}
		out := make(map[string]node, len(answer.Data.NetworkMap.Data.Nodes))
		for _, nd := range answer.Data.NetworkMap.Data.Nodes {
			out[nd.Key] = node{nd.Attributes.Kind, nd.Attributes.X, nd.Attributes.Y}
		}
		return out, res.Header.Get("ETag")
	}
	etagOnly := func() string {
		res, err := http.Get(mapURL)
		if err != nil {
			log.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		return res.Header.Get("ETag")
	}
	t0 := time.Now()
	before, etag := fetch()
	full := time.Since(t0)
	var orgs, nets []string
	for k, nd := range before {
		if nd.kind == "Organization" {
			orgs = append(orgs, k)
		} else {
			nets = append(nets, k)
		}
	}
	slices.Sort(orgs)
	slices.Sort(nets)
	r := rand.New(rand.NewPCG(3, 3))
	var times []time.Duration
	var shiftSum, worst float64
	var shifted int
	for range n {
		o, nw := orgs[r.IntN(len(orgs))], nets[r.IntN(len(nets))]
		write(`mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n,role:MEMBER}){id}}`,
			map[string]any{"o": o, "n": nw})
		start := time.Now()
		for etagOnly() == etag {
			if time.Since(start) > 60*time.Second {
				log.Fatalf("%s: the write was not on the map after 60 s", d)
			}
		}
		times = append(times, time.Since(start))
		after, next := fetch()
		for k, p := range before {
			q, ok := after[k]
			if !ok || k == o || k == nw {
				continue
			}
			dist := math.Hypot(p.x-q.x, p.y-q.y)
			shiftSum, worst, shifted = shiftSum+dist, math.Max(worst, dist), shifted+1
		}
		before, etag = after, next
	}
	slices.Sort(times)
	return writeResult{dialect: d, scale: s.Name, writes: n, median: times[n/2], p95: times[(n*95)/100],
		meanShift: shiftSum / float64(max(shifted, 1)), worstShift: worst, full: full}
}

// writeReport is the section of RESULTS.md for writeToMap's results.
func writeReport(results []writeResult) string {
	var b strings.Builder
	b.WriteString("## a write on the map: rebuilt from the database, laid out from the previous positions\n\n" +
		"A membership created through the API, timed from its answer until the whole map (GET) is the new data " +
		"version: read from the database, laid out warm, encoded and gzipped (no cache). Displacement is of every node " +
		"the write did not touch, between the maps before and after, in map units (the map spans 2,000).\n\n" +
		"| database | scale | writes | first map (full layout) | write → new map, median | p95 | mean displacement | max |\n|---|---|---|---|---|---|---|---|\n")
	for _, r := range results {
		fmt.Fprintf(&b, "| %s | %s | %d | %s | %s | %s | %.2f | %.2f |\n", r.dialect, r.scale, r.writes, ms(r.full), ms(r.median), ms(r.p95), r.meanShift, r.worstShift)
	}
	b.WriteString("\n")
	return b.String()
}

package server

import (
	"encoding/xml"
	"errors"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/history"
	"github.com/verkosto/verkosto/internal/names"
	"github.com/verkosto/verkosto/internal/reqlog"
	"github.com/verkosto/verkosto/internal/viewer"
)

// FeedEntries is how many changes a feed lists, newest first, from the
// last FeedPeriod.
const (
	FeedEntries = 50
	FeedPeriod  = 365 * 24 * time.Hour
)

// atomFeed is an Atom 1.0 feed (RFC 4287).
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Gen     string      `xml:"generator"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID      string     `xml:"id"`
	Title   string     `xml:"title"`
	Updated string     `xml:"updated"`
	Link    []atomLink `xml:"link"`
	Summary string     `xml:"summary,omitempty"`
}

// feedChanges serves the public changes of the last year as Atom:
// /feeds/changes.atom[?area=ID][&network=ID][&lang=fi|sv|en]. A feed
// shows what every reader may see, whoever asks (feed readers and chat
// tools share their subscriptions); on a private instance it needs a
// signed-in caller like every other read.
func (a *App) feedChanges(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if !viewer.FromContext(ctx).CanRead() {
		writeText(w, http.StatusUnauthorized, "sign in to see this")
		return
	}
	q := r.URL.Query()
	var scope history.Scope
	for _, p := range []struct {
		name string
		id   *int
	}{{"area", &scope.Area}, {"network", &scope.Network}} {
		if s := q.Get(p.name); s != "" {
			id, err := strconv.Atoi(s)
			if err != nil || id <= 0 {
				writeText(w, http.StatusBadRequest, p.name+": give an ID, e.g. /feeds/changes.atom?"+p.name+"=12")
				return
			}
			*p.id = id
		}
	}
	lang := q.Get("lang")
	if lang == "" {
		lang = "fi"
	}
	if !slices.Contains([]string{"fi", "sv", "en"}, lang) {
		writeText(w, http.StatusBadRequest, "lang: fi, sv or en")
		return
	}
	client := a.DB.Client
	title, err := feedTitle(r, client, scope, lang)
	if err != nil {
		writeText(w, http.StatusNotFound, err.Error())
		return
	}
	public := viewer.NewContext(ctx, &viewer.Viewer{PublicRead: true})
	now := time.Now()
	events, err := history.Diff(public, client, now.Add(-FeedPeriod), now, scope)
	if errors.Is(err, areas.ErrUnknown) {
		writeText(w, http.StatusNotFound, "area: no area has this ID")
		return
	}
	if err != nil {
		reqlog.From(ctx).Error("change feed", "err", err)
		writeText(w, http.StatusInternalServerError, "internal error; quote request id "+reqlog.ID(ctx))
		return
	}
	slices.Reverse(events)
	events = events[:min(len(events), FeedEntries)]
	names, err := history.LoadNames(public, client, events, lang)
	if err != nil {
		reqlog.From(ctx).Error("change feed", "err", err)
		writeText(w, http.StatusInternalServerError, "internal error; quote request id "+reqlog.ID(ctx))
		return
	}

	base := baseURL(r)
	self := base + r.URL.Path
	if r.URL.RawQuery != "" {
		self += "?" + r.URL.RawQuery
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	feed := atomFeed{ID: self, Title: title, Updated: now.UTC().Format(time.RFC3339),
		Links:  []atomLink{{Rel: "self", Type: "application/atom+xml", Href: self}, {Rel: "alternate", Type: "text/html", Href: base + "/"}},
		Author: atomAuthor{Name: "Verkosto"}, Gen: "Verkosto"}
	if len(events) > 0 {
		feed.Updated = events[0].At.UTC().Format(time.RFC3339)
	}
	for _, e := range events {
		path := "/"
		switch {
		case e.NetworkID != 0 && e.OrganizationID == 0:
			path = "/networks/" + strconv.Itoa(e.NetworkID)
		case e.OrganizationID != 0:
			path = "/organizations/" + strconv.Itoa(e.OrganizationID)
		}
		link := base + path + "?" + url.Values{"asOf": {e.Day().Format(time.DateOnly)}, "lang": {lang}}.Encode()
		feed.Entries = append(feed.Entries, atomEntry{
			// A tag URI (RFC 4151): the same event keeps its ID however the feed is filtered.
			ID:      "tag:" + host + ",2024:verkosto/" + e.Key,
			Title:   history.Title(e, names, lang),
			Updated: e.At.UTC().Format(time.RFC3339),
			Link:    []atomLink{{Rel: "alternate", Type: "text/html", Href: link}},
		})
	}
	out, err := xml.MarshalIndent(feed, "", " ")
	if err != nil {
		reqlog.From(ctx).Error("change feed", "err", err)
		writeText(w, http.StatusInternalServerError, "internal error; quote request id "+reqlog.ID(ctx))
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Write([]byte(xml.Header))
	w.Write(out)
}

// feedTitle names the feed after its scope.
func feedTitle(r *http.Request, client *ent.Client, s history.Scope, lang string) (string, error) {
	ctx := viewer.SystemContext(r.Context()) // names are public
	prefix := map[string]string{"fi": "Verkosto: muutokset", "sv": "Verkosto: ändringar", "en": "Verkosto: changes"}[lang]
	title := prefix
	if s.Area != 0 {
		ar, err := client.Area.Query().Where(area.ID(s.Area)).Only(ctx)
		if err != nil {
			return "", errors.New("area: no area has this ID")
		}
		title += " – " + names.In(lang, ar.NameFi, ar.NameSv, ar.NameEn)
	}
	if s.Network != 0 {
		n, err := client.Network.Get(ctx, s.Network)
		if err != nil {
			return "", errors.New("network: no network has this ID")
		}
		title += " – " + names.In(lang, n.NameFi, n.NameSv, n.NameEn)
	}
	return title, nil
}

// baseURL is the scheme and host the request came to.
func baseURL(r *http.Request) string {
	scheme := "http"
	if isTLS(r) {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

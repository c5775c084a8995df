package analytics

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// routes maps every page, API endpoint and asset.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /assets/", assetsHandler())
	mux.HandleFunc("GET /{$}", s.withSnapshot(s.overview))
	mux.HandleFunc("GET /meetings", s.withSnapshot(s.meetings))
	mux.HandleFunc("GET /meetings/{id}", s.withSnapshot(s.meeting))
	mux.HandleFunc("GET /meetings/{id}/source", s.withSnapshot(s.source))
	mux.HandleFunc("GET /countries/{id}", s.withSnapshot(s.entity("country")))
	mux.HandleFunc("GET /organisations/{id}", s.withSnapshot(s.entity("organisation")))
	mux.HandleFunc("GET /sql", s.sqlPage)
	mux.HandleFunc("GET /api/status", s.apiStatus)
	mux.HandleFunc("GET /api/filters", s.withAPISnapshot(s.apiFilters))
	mux.HandleFunc("GET /api/charts/{key}", s.withAPISnapshot(s.apiOverviewChart))
	mux.HandleFunc("GET /api/meetings", s.withAPISnapshot(s.apiMeetings))
	mux.HandleFunc("GET /api/meetings/{id}", s.withAPISnapshot(s.apiMeeting))
	mux.HandleFunc("GET /api/countries/{id}/charts/{key}", s.withAPISnapshot(s.apiEntityChart("country")))
	mux.HandleFunc("GET /api/organisations/{id}/charts/{key}", s.withAPISnapshot(s.apiEntityChart("organisation")))
	mux.HandleFunc("POST /api/sql", s.withAPISnapshot(s.apiSQL))
	return secure(mux)
}

// secure sets headers that keep pages to their own origin.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'; "+
			"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

// snapHandler is a handler that reads the current snapshot.
type snapHandler func(w http.ResponseWriter, r *http.Request, sn *snapshot)

// withSnapshot holds the current snapshot for the request, or answers with
// the no-data page.
func (s *Server) withSnapshot(h snapHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sn, release := s.store.acquire()
		defer release()
		if sn == nil {
			s.pages.message(w, http.StatusServiceUnavailable, "No data yet", noDataMessage)
			return
		}
		h(w, r, sn)
	}
}

// base fills what every chart page shares: filter, its options and title.
func (s *Server) base(ctx context.Context, sn *snapshot, r *http.Request, title, nav string) (page, error) {
	f := ParseFilter(r.URL.Query())
	opts, err := filterOptionsOf(ctx, sn)
	return page{Title: title, Nav: nav, Filter: f, FilterQuery: f.Query().Encode(), Options: opts}, err
}

// overviewPage is the / page.
type overviewPage struct {
	page
	Latest []MeetingRow
}

// overview renders the trend charts and the latest meetings.
func (s *Server) overview(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	ctx := r.Context()
	p, err := s.base(ctx, sn, r, "Overview", "overview")
	if err != nil {
		s.pages.fail(w, "overview", err)
		return
	}
	for _, d := range overviewCharts {
		cd, err := chartOf(ctx, sn, d, p.Filter.params())
		if err != nil {
			s.pages.fail(w, "overview", err)
			return
		}
		p.Charts = append(p.Charts, viewOf(sn, cd, withQuery("/api/charts/"+d.key, p.FilterQuery)))
	}
	latest, err := meetingsOf(ctx, sn, p.Filter, "", 10, 0)
	if err != nil {
		s.pages.fail(w, "overview", err)
		return
	}
	s.pages.render(w, http.StatusOK, "overview.html", overviewPage{page: p, Latest: latest})
}

// pageSize is how many meetings the list shows at once.
const pageSize = 100

// meetingsPage is the /meetings page.
type meetingsPage struct {
	page
	Meetings              []MeetingRow
	Prev, Next, PageQuery string
}

// meetings renders the filterable, paged list of meetings.
func (s *Server) meetings(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	ctx := r.Context()
	p, err := s.base(ctx, sn, r, "Meetings", "meetings")
	if err != nil {
		s.pages.fail(w, "meetings", err)
		return
	}
	p.Search, p.Q = true, strings.TrimSpace(r.URL.Query().Get("q"))
	offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
	offset = max(offset, 0)
	list, err := meetingsOf(ctx, sn, p.Filter, p.Q, pageSize+1, offset)
	if err != nil {
		s.pages.fail(w, "meetings", err)
		return
	}
	mp := meetingsPage{page: p, PageQuery: listQuery(p, offset)}
	if len(list) > pageSize {
		list = list[:pageSize]
		mp.Next = listQuery(p, offset+pageSize)
	}
	if offset > 0 {
		mp.Prev = listQuery(p, max(offset-pageSize, 0))
	}
	mp.Meetings = list
	s.pages.render(w, http.StatusOK, "meetings.html", mp)
}

// listQuery encodes the list's filter, search and offset.
func listQuery(p page, offset int) string {
	v := p.Filter.Query()
	if p.Q != "" {
		v.Set("q", p.Q)
	}
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	return v.Encode()
}

// meetingPage is the /meetings/{id} page.
type meetingPage struct {
	page
	Meeting Meeting
}

// meeting renders one meeting with its agreements and commitments.
func (s *Server) meeting(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	id := r.PathValue("id")
	m, err := meetingOf(r.Context(), sn, id)
	if err != nil {
		s.pages.fail(w, "meeting "+id, err)
		return
	}
	s.pages.render(w, http.StatusOK, "meeting.html", meetingPage{page: page{Title: m.Title, Nav: "meetings"}, Meeting: m})
}

// sourcePage is the /meetings/{id}/source page.
type sourcePage struct {
	page
	Meeting   Meeting
	Agreement Agreement
	Pages     []sourceText
}

// sourceText is a page of text, cut around the highlighted agreement when it is on it.
type sourceText struct {
	PageText
	Marked bool
	Cut    Highlight
}

// source renders a report's page text with one agreement highlighted.
func (s *Server) source(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	id := r.PathValue("id")
	m, err := meetingOf(r.Context(), sn, id)
	if err != nil {
		s.pages.fail(w, "meeting "+id, err)
		return
	}
	texts, err := loadPages(r.Context(), sn.db, id)
	if err != nil {
		s.pages.fail(w, "meeting "+id, err)
		return
	}
	sp := sourcePage{page: page{Title: "Source of " + m.Title, Nav: "meetings"}, Meeting: m}
	want := r.URL.Query().Get("agreement")
	for _, a := range m.Agreements {
		if a.ID == want {
			sp.Agreement = a
		}
	}
	for _, t := range texts {
		st := sourceText{PageText: t}
		if sp.Agreement.ID != "" && t.Page == sp.Agreement.Page {
			st.Marked, st.Cut = true, highlight(t.Text, sp.Agreement.CharStart, sp.Agreement.CharEnd)
		}
		sp.Pages = append(sp.Pages, st)
	}
	s.pages.render(w, http.StatusOK, "source.html", sp)
}

// entityPage is the /countries/{iso3} and /organisations/{org_id} page.
type entityPage struct {
	page
	Entity EntityPage
}

// entity renders a country's or organisation's page.
func (s *Server) entity(typ string) snapHandler {
	return func(w http.ResponseWriter, r *http.Request, sn *snapshot) {
		ctx := r.Context()
		id := r.PathValue("id")
		p, err := s.base(ctx, sn, r, id, "")
		if err != nil {
			s.pages.fail(w, typ+" "+id, err)
			return
		}
		ep, err := entityOf(ctx, sn, typ, id, p.Filter)
		if err != nil {
			s.pages.fail(w, typ+" "+id, err)
			return
		}
		p.Title = ep.Entity.Name
		prm := p.Filter.params()
		prm["type"], prm["id"] = typ, id
		for _, d := range entityCharts {
			cd, err := chartOf(ctx, sn, d, prm)
			if err != nil {
				s.pages.fail(w, typ+" "+id, err)
				return
			}
			api := withQuery(entityAPI(typ, id)+"/charts/"+d.key, p.FilterQuery)
			p.Charts = append(p.Charts, viewOf(sn, cd, api))
		}
		s.pages.render(w, http.StatusOK, "entity.html", entityPage{page: p, Entity: ep})
	}
}

// entityAPI is the API path of a country or organisation.
func entityAPI(typ, id string) string {
	if typ == "country" {
		return "/api/countries/" + url.PathEscape(id)
	}
	return "/api/organisations/" + url.PathEscape(id)
}

// withQuery appends an encoded query to path when there is one.
func withQuery(path, q string) string {
	if q == "" {
		return path
	}
	return path + "?" + q
}

// sqlPageData is the /sql page.
type sqlPageData struct {
	page
	SQL      string
	RowCap   int
	Timeout  string
	Examples []Example
}

// sqlPage renders the SQL console; it works before any snapshot exists.
func (s *Server) sqlPage(w http.ResponseWriter, r *http.Request) {
	s.pages.render(w, http.StatusOK, "sql.html", sqlPageData{page: page{Title: "SQL console", Nav: "sql"},
		SQL: r.URL.Query().Get("q"), RowCap: s.opt.RowCap, Timeout: s.opt.QueryTimeout.String(), Examples: s.pages.examples})
}

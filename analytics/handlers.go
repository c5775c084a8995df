package analytics

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
)

// routes maps every page, API endpoint and asset.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /assets/", assetsHandler())
	mux.HandleFunc("GET /favicon.ico", faviconHandler)
	mux.HandleFunc("GET /{$}", s.withSnapshot(s.overview))
	mux.HandleFunc("GET /meetings", s.withSnapshot(s.meetings))
	mux.HandleFunc("GET /meetings/{id}", s.withSnapshot(s.meeting))
	mux.HandleFunc("GET /meetings/{id}/source", s.withSnapshot(s.source))
	mux.HandleFunc("GET /meetings/{id}/file", s.withSnapshot(s.file))
	mux.HandleFunc("GET /agreements", s.withSnapshot(s.agreements))
	mux.HandleFunc("GET /commitments", s.withSnapshot(s.commitments))
	mux.HandleFunc("GET /countries", s.withSnapshot(s.parties("country")))
	mux.HandleFunc("GET /organisations", s.withSnapshot(s.parties("organisation")))
	mux.HandleFunc("GET /countries/{id}", s.withSnapshot(s.entity("country")))
	mux.HandleFunc("GET /organisations/{id}", s.withSnapshot(s.entity("organisation")))
	mux.HandleFunc("GET /documents", s.withSnapshot(s.documents))
	mux.HandleFunc("GET /sql", s.sqlPage)
	mux.HandleFunc("GET /api/status", s.apiStatus)
	mux.HandleFunc("GET /api/filters", s.withAPISnapshot(s.apiFilters))
	mux.HandleFunc("GET /api/charts/{key}", s.withAPISnapshot(s.apiOverviewChart))
	mux.HandleFunc("GET /api/meetings", s.withAPISnapshot(s.apiMeetings))
	mux.HandleFunc("GET /api/meetings/{id}", s.withAPISnapshot(s.apiMeeting))
	mux.HandleFunc("GET /api/agreements", s.withAPISnapshot(s.apiAgreements))
	mux.HandleFunc("GET /api/commitments", s.withAPISnapshot(s.apiCommitments))
	mux.HandleFunc("GET /api/countries", s.withAPISnapshot(s.apiParties("country")))
	mux.HandleFunc("GET /api/organisations", s.withAPISnapshot(s.apiParties("organisation")))
	mux.HandleFunc("GET /api/documents", s.withAPISnapshot(s.apiDocuments))
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
			s.pages.message(w, http.StatusServiceUnavailable, "No data yet", s.noData)
			return
		}
		h(w, r, sn)
	}
}

// base fills what every filtered page shares: filter, its options, title and
// the reason the filter cannot be used, if any.
func (s *Server) base(ctx context.Context, sn *snapshot, r *http.Request, title, nav, path string) (page, error) {
	f, err := filterOf(r, sn)
	opts, oerr := filterOptionsOf(ctx, sn)
	err = errors.Join(err, oerr)
	p := page{Title: title, Nav: nav, Path: path, Filter: f, FilterQuery: f.Query().Encode(), Options: opts,
		HasVerdict: sn.rd.d.Verdict}
	if ferr := f.Check(); ferr != nil {
		p.FilterError = ferr.Error()
	}
	return p, err
}

// filterOf reads the request's filter; with no body chosen it keeps the RCM
// family, or every conference when the snapshot has no RCM meeting.
func filterOf(r *http.Request, sn *snapshot) (Filter, error) {
	f := ParseFilter(r.URL.Query())
	if f.Body != "" {
		return f, nil
	}
	opts, err := filterOptionsOf(r.Context(), sn)
	if err != nil {
		return f, err
	}
	for _, o := range opts.Families {
		if o.Value == "" {
			return f, nil
		}
	}
	f.Body = "all"
	return f, nil
}

// badFilter renders a page with its filter form and what is wrong with it, as a 400.
func (s *Server) badFilter(w http.ResponseWriter, name string, p page) bool {
	if p.FilterError == "" {
		return false
	}
	s.pages.render(w, http.StatusBadRequest, name, listPage{page: p})
	return true
}

// overviewPage is the / page.
type overviewPage struct {
	page
	Latest []MeetingRow
}

// overview renders the trend charts and the latest meetings.
func (s *Server) overview(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	ctx := r.Context()
	p, err := s.base(ctx, sn, r, "Overview", "overview", "/")
	if err != nil {
		s.pages.fail(w, "overview", err)
		return
	}
	if p.FilterError != "" {
		s.pages.render(w, http.StatusBadRequest, "overview.html", overviewPage{page: p})
		return
	}
	for _, d := range overviewCharts {
		cd, err := chartOf(ctx, sn, d, p.Filter.params())
		if err != nil {
			s.pages.fail(w, "overview", err)
			return
		}
		v := viewOf(sn, d, cd, withQuery("/api/charts/"+d.key, p.FilterQuery), p.Filter)
		if d.kind == kindHeatmap {
			v.Note = p.scopeName()
		}
		p.Charts = append(p.Charts, v)
	}
	latest, err := meetingsOf(ctx, sn, p.Filter, 10, 0)
	if err != nil {
		s.pages.fail(w, "overview", err)
		return
	}
	s.pages.render(w, http.StatusOK, "overview.html", overviewPage{page: p, Latest: latest})
}

// pageSize is how many rows a list shows at once.
const pageSize = 100

// listPage is a paged, filtered list: meetings, agreements, commitments, countries, organisations or documents.
type listPage struct {
	page
	Rows       any
	Prev, Next string
	JSON, CSV  string
}

// offsetOf reads a list's offset.
func offsetOf(r *http.Request) int {
	n, _ := strconv.Atoi(r.URL.Query().Get("offset"))
	return max(n, 0)
}

// paged fills a list page's rows, paging links and exports; n is how many rows came back (pageSize+1 means more).
func paged(p page, rows any, n, offset int, api string) listPage {
	lp := listPage{page: p, Rows: rows, JSON: withQuery(api, p.FilterQuery)}
	lp.CSV = withQuery(api, csvQuery(p.Filter))
	if n > pageSize {
		lp.Next = pageQuery(p.Filter, offset+pageSize)
	}
	if offset > 0 {
		lp.Prev = pageQuery(p.Filter, max(offset-pageSize, 0))
	}
	return lp
}

// pageQuery encodes the filter and an offset.
func pageQuery(f Filter, offset int) string {
	v := f.Query()
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	return "?" + v.Encode()
}

// csvQuery encodes the filter asking for CSV.
func csvQuery(f Filter) string {
	v := f.Query()
	v.Set("format", "csv")
	return v.Encode()
}

// meetings renders the filterable, paged list of meetings.
func (s *Server) meetings(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	ctx := r.Context()
	p, err := s.base(ctx, sn, r, "Meetings", "meetings", "/meetings")
	if err != nil {
		s.pages.fail(w, "meetings", err)
		return
	}
	p.Search, p.Fields = "Title or city", []string{"country", "org"}
	if s.badFilter(w, "meetings.html", p) {
		return
	}
	offset := offsetOf(r)
	list, err := meetingsOf(ctx, sn, p.Filter, pageSize+1, offset)
	if err != nil {
		s.pages.fail(w, "meetings", err)
		return
	}
	n := len(list)
	s.pages.render(w, http.StatusOK, "meetings.html", paged(p, list[:min(n, pageSize)], n, offset, "/api/meetings"))
}

// agreements renders the filterable, paged list of agreements across meetings.
func (s *Server) agreements(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	ctx := r.Context()
	p, err := s.base(ctx, sn, r, "Agreements", "agreements", "/agreements")
	if err != nil {
		s.pages.fail(w, "agreements", err)
		return
	}
	p.Search, p.Fields = "Words of the text", []string{"country", "org", "action"}
	if s.badFilter(w, "agreements.html", p) {
		return
	}
	offset := offsetOf(r)
	list, err := agreementsOf(ctx, sn, p.Filter, pageSize+1, offset)
	if err != nil {
		s.pages.fail(w, "agreements", err)
		return
	}
	n := len(list)
	s.pages.render(w, http.StatusOK, "agreements.html", paged(p, list[:min(n, pageSize)], n, offset, "/api/agreements"))
}

// commitments renders the filterable, paged list of commitments across meetings.
func (s *Server) commitments(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	ctx := r.Context()
	p, err := s.base(ctx, sn, r, "Commitments", "commitments", "/commitments")
	if err != nil {
		s.pages.fail(w, "commitments", err)
		return
	}
	p.Search = "Words of the agreement"
	if s.badFilter(w, "commitments.html", p) {
		return
	}
	offset := offsetOf(r)
	list, err := commitmentsOf(ctx, sn, p.Filter, pageSize+1, offset)
	if err != nil {
		s.pages.fail(w, "commitments", err)
		return
	}
	n := len(list)
	s.pages.render(w, http.StatusOK, "commitments.html", paged(p, list[:min(n, pageSize)], n, offset, "/api/commitments"))
}

// parties renders the index of countries or organisations under the filter.
func (s *Server) parties(typ string) snapHandler {
	title, nav, path := "Countries", "countries", "/countries"
	if typ == "organisation" {
		title, nav, path = "Organisations", "organisations", "/organisations"
	}
	return func(w http.ResponseWriter, r *http.Request, sn *snapshot) {
		ctx := r.Context()
		p, err := s.base(ctx, sn, r, title, nav, path)
		if err != nil {
			s.pages.fail(w, nav, err)
			return
		}
		p.Search, p.Fields = "Name", []string{}
		if s.badFilter(w, "parties.html", p) {
			return
		}
		list, err := partiesOf(ctx, sn, typ, p.Filter)
		if err != nil {
			s.pages.fail(w, nav, err)
			return
		}
		s.pages.render(w, http.StatusOK, "parties.html", paged(p, list, len(list), 0, "/api"+path))
	}
}

// documents renders the documents whose extraction verdict is not ok.
func (s *Server) documents(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	list, err := documentsOf(r.Context(), sn)
	if err != nil {
		s.pages.fail(w, "documents", err)
		return
	}
	p := page{Title: "Documents to check", Nav: "documents", HasVerdict: sn.rd.d.Verdict}
	s.pages.render(w, http.StatusOK, "documents.html", listPage{page: p, Rows: list, JSON: "/api/documents",
		CSV: "/api/documents?format=csv"})
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
	s.pages.render(w, http.StatusOK, "meeting.html", meetingPage{page: page{Title: m.Title, Nav: "meetings", HasVerdict: sn.rd.d.Verdict}, Meeting: m})
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
	texts, err := loadPages(r.Context(), sn.rd, id)
	if err != nil {
		s.pages.fail(w, "meeting "+id, err)
		return
	}
	sp := sourcePage{page: page{Title: "Source of " + m.Title, Nav: "meetings", HasVerdict: sn.rd.d.Verdict}, Meeting: m}
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
	Links  map[string]string
}

// entity renders a country's or organisation's page.
func (s *Server) entity(typ string) snapHandler {
	return func(w http.ResponseWriter, r *http.Request, sn *snapshot) {
		ctx := r.Context()
		id := r.PathValue("id")
		p, err := s.base(ctx, sn, r, id, "", "")
		if err != nil {
			s.pages.fail(w, typ+" "+id, err)
			return
		}
		if p.FilterError != "" {
			s.pages.render(w, http.StatusBadRequest, "entity.html", entityPage{page: p})
			return
		}
		ep, err := entityOf(ctx, sn, typ, id, p.Filter)
		if err != nil {
			s.pages.fail(w, typ+" "+id, err)
			return
		}
		p.Title = ep.Entity.Name
		p.Nav = map[string]string{"country": "countries", "organisation": "organisations"}[typ]
		prm := p.Filter.params()
		prm["type"], prm["id"] = typ, id
		prm["span_from"], prm["span_to"] = ep.Attendance.From, ep.Attendance.To
		pf := p.Filter.party(typ, id)
		for _, d := range entityCharts {
			cd, err := chartOf(ctx, sn, d, prm)
			if err != nil {
				s.pages.fail(w, typ+" "+id, err)
				return
			}
			api := withQuery(entityAPI(typ, id)+"/charts/"+d.key, p.FilterQuery)
			p.Charts = append(p.Charts, viewOf(sn, d, cd, api, pf))
		}
		links := map[string]string{"meetings": pf.URL("/meetings"), "agreements": pf.URL("/agreements"),
			"commitments": pf.URL("/commitments")}
		s.pages.render(w, http.StatusOK, "entity.html", entityPage{page: p, Entity: ep, Links: links})
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
	sn, release := s.store.acquire()
	defer release()
	s.pages.render(w, http.StatusOK, "sql.html", sqlPageData{page: page{Title: "SQL console", Nav: "sql", HasVerdict: sn != nil && sn.rd.d.Verdict},
		SQL: r.URL.Query().Get("q"), RowCap: s.opt.RowCap, Timeout: s.opt.QueryTimeout.String(), Examples: s.pages.examples})
}

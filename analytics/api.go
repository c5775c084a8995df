package analytics

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// writeJSON writes v as JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// apiError is the body of every API error.
type apiError struct {
	Error string `json:"error"`
}

// writeError writes {"error": msg} with status.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, apiError{Error: msg})
}

// failJSON answers err, 404 for something not found.
func failJSON(w http.ResponseWriter, err error) {
	if errors.Is(err, errNotFound) {
		writeError(w, http.StatusNotFound, err.Error())
		return
	}
	writeError(w, http.StatusInternalServerError, err.Error())
}

// withAPISnapshot holds the current snapshot for an API request, or answers 503.
func (s *Server) withAPISnapshot(h snapHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sn, release := s.store.acquire()
		defer release()
		if sn == nil {
			writeError(w, http.StatusServiceUnavailable, noDataMessage)
			return
		}
		h(w, r, sn)
	}
}

// Status tells whether a snapshot is open, since when, and why the newest could not be opened.
type Status struct {
	Snapshot string    `json:"snapshot"`
	Open     bool      `json:"open"`
	OpenedAt time.Time `json:"opened_at,omitzero"`
	Error    string    `json:"error,omitempty"`
}

// apiStatus answers the snapshot's status.
func (s *Server) apiStatus(w http.ResponseWriter, r *http.Request) {
	opened, err := s.store.status()
	st := Status{Snapshot: s.store.path, Open: !opened.IsZero(), OpenedAt: opened}
	if err != nil {
		st.Error = err.Error()
	}
	writeJSON(w, http.StatusOK, st)
}

// apiFilters answers the filter choices.
func (s *Server) apiFilters(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	fo, err := filterOptionsOf(r.Context(), sn)
	if err != nil {
		failJSON(w, err)
		return
	}
	writeJSON(w, http.StatusOK, fo)
}

// apiOverviewChart answers one overview chart's data under the URL's filter.
func (s *Server) apiOverviewChart(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	d, ok := findChart(overviewCharts, r.PathValue("key"))
	if !ok {
		writeError(w, http.StatusNotFound, "no chart "+r.PathValue("key"))
		return
	}
	cd, err := chartOf(r.Context(), sn, d, ParseFilter(r.URL.Query()).params())
	if err != nil {
		failJSON(w, err)
		return
	}
	writeJSON(w, http.StatusOK, cd)
}

// apiEntityChart answers one chart of a country's or organisation's page.
func (s *Server) apiEntityChart(typ string) snapHandler {
	return func(w http.ResponseWriter, r *http.Request, sn *snapshot) {
		d, ok := findChart(entityCharts, r.PathValue("key"))
		if !ok {
			writeError(w, http.StatusNotFound, "no chart "+r.PathValue("key"))
			return
		}
		p := ParseFilter(r.URL.Query()).params()
		p["type"], p["id"] = typ, r.PathValue("id")
		cd, err := chartOf(r.Context(), sn, d, p)
		if err != nil {
			failJSON(w, err)
			return
		}
		writeJSON(w, http.StatusOK, cd)
	}
}

// apiMeetings answers the filtered meetings list (limit at most 1000).
func (s *Server) apiMeetings(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	q := r.URL.Query()
	limit, err := strconv.Atoi(q.Get("limit"))
	if err != nil || limit <= 0 || limit > 1000 {
		limit = pageSize
	}
	offset, _ := strconv.Atoi(q.Get("offset"))
	list, err := meetingsOf(r.Context(), sn, ParseFilter(q), strings.TrimSpace(q.Get("q")), limit, max(offset, 0))
	if err != nil {
		failJSON(w, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

// apiMeeting answers one meeting with its agreements and commitments.
func (s *Server) apiMeeting(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	m, err := meetingOf(r.Context(), sn, r.PathValue("id"))
	if err != nil {
		failJSON(w, err)
		return
	}
	writeJSON(w, http.StatusOK, m)
}

// maxSQLBody bounds a console request.
const maxSQLBody = 1 << 20

// sqlRequest is the body of POST /api/sql.
type sqlRequest struct {
	SQL    string `json:"sql"`
	Format string `json:"format"`
}

// apiSQL runs one console statement and answers JSON, or CSV with ?format=csv.
func (s *Server) apiSQL(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	req, err := readSQLRequest(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	c := console{timeout: s.opt.QueryTimeout, rowCap: s.opt.RowCap, byteCap: s.opt.ResponseCap, memoryMB: s.opt.ConsoleMB}
	res, err := c.run(r.Context(), sn.console, req.SQL)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if req.Format != "csv" {
		writeJSON(w, http.StatusOK, res)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="actas-query.csv"`)
	w.Header().Set("X-Actas-Truncated", strconv.FormatBool(res.Truncated))
	cw := csv.NewWriter(w)
	cw.Write(res.Columns)
	for _, row := range res.Rows {
		rec := make([]string, len(row))
		for i, v := range row {
			rec[i] = csvText(v)
		}
		cw.Write(rec)
	}
	cw.Flush()
}

// readSQLRequest reads {"sql": ...}; ?format=csv asks for CSV. The server's
// guard has already refused bodies that are not JSON.
func readSQLRequest(r *http.Request) (sqlRequest, error) {
	var req sqlRequest
	b, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxSQLBody))
	if err != nil {
		return req, errors.New("reading body: " + err.Error())
	}
	if err := json.Unmarshal(b, &req); err != nil {
		return req, errors.New(`body must be JSON {"sql": "..."}: ` + err.Error())
	}
	if f := r.URL.Query().Get("format"); f != "" {
		req.Format = f
	}
	if strings.TrimSpace(req.SQL) == "" {
		return req, errors.New("no sql given")
	}
	return req, nil
}

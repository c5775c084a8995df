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
			writeError(w, http.StatusServiceUnavailable, s.noData)
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
	f, ok := apiFilter(w, r, sn)
	if !ok {
		return
	}
	cd, err := chartOf(r.Context(), sn, d, f.params())
	if err != nil {
		failJSON(w, err)
		return
	}
	writeJSON(w, http.StatusOK, cd)
}

// apiFilter reads the URL's filter, answering 400 when it cannot be used.
func apiFilter(w http.ResponseWriter, r *http.Request, sn *snapshot) (Filter, bool) {
	f, err := filterOf(r, sn)
	if err != nil {
		failJSON(w, err)
		return f, false
	}
	if err := f.Check(); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return f, false
	}
	return f, true
}

// apiEntityChart answers one chart of a country's or organisation's page.
func (s *Server) apiEntityChart(typ string) snapHandler {
	return func(w http.ResponseWriter, r *http.Request, sn *snapshot) {
		d, ok := findChart(entityCharts, r.PathValue("key"))
		if !ok {
			writeError(w, http.StatusNotFound, "no chart "+r.PathValue("key"))
			return
		}
		f, ok := apiFilter(w, r, sn)
		if !ok {
			return
		}
		p := f.params()
		p["type"], p["id"] = typ, r.PathValue("id")
		ep, err := entityOf(r.Context(), sn, typ, r.PathValue("id"), f)
		if err != nil {
			failJSON(w, err)
			return
		}
		p["span_from"], p["span_to"] = ep.Attendance.From, ep.Attendance.To
		cd, err := chartOf(r.Context(), sn, d, p)
		if err != nil {
			failJSON(w, err)
			return
		}
		writeJSON(w, http.StatusOK, cd)
	}
}

// maxExport bounds how many rows one export answers.
const maxExport = 10000

// exportWindow reads limit (default and cap maxExport) and offset.
func exportWindow(r *http.Request) (limit, offset int) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 || limit > maxExport {
		limit = maxExport
	}
	return limit, offsetOf(r)
}

// apiMeetings answers the filtered meetings as JSON or CSV.
func (s *Server) apiMeetings(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	f, ok := apiFilter(w, r, sn)
	if !ok {
		return
	}
	limit, offset := exportWindow(r)
	list, err := meetingsOf(r.Context(), sn, f, limit, offset)
	if err != nil {
		failJSON(w, err)
		return
	}
	writeRows(w, r, "meetings", list)
}

// apiAgreements answers the filtered agreements as JSON or CSV.
func (s *Server) apiAgreements(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	f, ok := apiFilter(w, r, sn)
	if !ok {
		return
	}
	limit, offset := exportWindow(r)
	list, err := agreementsOf(r.Context(), sn, f, limit, offset)
	if err != nil {
		failJSON(w, err)
		return
	}
	writeRows(w, r, "agreements", list)
}

// apiCommitments answers the filtered commitments as JSON or CSV.
func (s *Server) apiCommitments(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	f, ok := apiFilter(w, r, sn)
	if !ok {
		return
	}
	limit, offset := exportWindow(r)
	list, err := commitmentsOf(r.Context(), sn, f, limit, offset)
	if err != nil {
		failJSON(w, err)
		return
	}
	writeRows(w, r, "commitments", list)
}

// apiParties answers the countries or organisations of the filtered meetings as JSON or CSV.
func (s *Server) apiParties(typ string) snapHandler {
	return func(w http.ResponseWriter, r *http.Request, sn *snapshot) {
		f, ok := apiFilter(w, r, sn)
		if !ok {
			return
		}
		list, err := partiesOf(r.Context(), sn, typ, f)
		if err != nil {
			failJSON(w, err)
			return
		}
		writeRows(w, r, typ+"s", list)
	}
}

// apiDocuments answers the documents whose extraction verdict is not ok.
func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	list, err := documentsOf(r.Context(), sn)
	if err != nil {
		failJSON(w, err)
		return
	}
	writeRows(w, r, "documents", list)
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

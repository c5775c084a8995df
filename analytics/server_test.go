package analytics

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestPages(t *testing.T) {
	_, ts := startServer(t, Options{})
	tests := []struct {
		path   string
		status int
		want   []string
		reject []string
	}{
		{"/", 200, []string{"Meetings per year by body", `id="chart_participation_note">(RCM family)`, `id="chart_participation"`, "/assets/echarts.min.js",
			`href="/meetings/a1b2c3d4e5f60004"`, "&lt;script&gt;window.__pwned=1&lt;/script&gt;"}, []string{"<script>window.__pwned"}},
		{"/?body=lon_tip&from=2015&to=2015&lang=en", 200, []string{`<option value="lon_tip" selected>`, "a1b2c3d4e5f60003"},
			[]string{`href="/meetings/a1b2c3d4e5f60001"`}},
		{"/meetings", 200, []string{"VII Conferencia Regional", "Tegucigalpa"}, nil},
		{"/meetings?lang=es", 200, []string{"VII Conferencia Regional"}, []string{"Tegucigalpa"}},
		{"/meetings?q=tegucigalpa", 200, []string{"Tegucigalpa"}, []string{"Antigua"}},
		{"/meetings/a1b2c3d4e5f60003", 200, []string{"Guatemala City", `class="agreement d1"`, `class="badge action a-commit"`,
			`href="/organisations/UNODC"`, `href="/countries/GTM"`, `badge s-fulfilled`, `href="/meetings/a1b2c3d4e5f60004#a1b2c3d4e5f60004-003"`,
			"later agreement records it: &lt;b&gt;", `href="/meetings/a1b2c3d4e5f6f003/source?agreement=a1b2c3d4e5f6f003-005#hl"`,
			`id="pdf-source"`}, nil},
		{"/meetings/a1b2c3d4e5f600e5", 200, []string{"&lt;/script&gt;&lt;img src=x onerror=&#34;window.__pwned=6&#34;&gt;"},
			[]string{"<script>window", "<img src=x"}},
		{"/meetings/a1b2c3d4e5f60003/source?agreement=a1b2c3d4e5f60003-005", 200,
			[]string{`<mark id="hl">UNODC undertakes to deliver the final version of the study on migrant smuggling to the liaison officers no later than October 31, 2015.</mark>`}, nil},
		{"/meetings/a1b2c3d4e5f60001/source?agreement=a1b2c3d4e5f60001-002", 200,
			[]string{`<mark id="hl">Aprobar el Plan de Acción de la Conferencia Regional sobre Migración para el período 2002–2003.</mark>`}, nil},
		{"/meetings/nope", 404, []string{"meeting nope not found"}, nil},
		{"/countries/GTM", 200, []string{"Guatemala", `id="chart_participation"`}, nil},
		{"/countries/ZZX", 200, []string{"&lt;/script&gt;&lt;img"}, []string{"<img src=x"}},
		{"/organisations/UNODC", 200, []string{"United Nations Office on Drugs and Crime", "follow-through rate <b>100%</b>"}, nil},
		{"/organisations/IOM", 200, []string{"follow-through rate <b>0%</b>", "overdue"}, nil},
		{"/organisations/NOPE", 404, nil, nil},
		{"/sql", 200, []string{"SQL console", "Overdue commitments"}, nil},
		{"/api/charts/nope", 404, []string{`"error"`}, nil},
		{"/?body=all", 200, []string{`id="chart_participation_note">(all conferences)`}, nil},
		{"/?body=family:csm", 200, []string{`id="chart_participation_note">(South American Conference on Migration)`}, nil},
		{"/?body=rcgm", 200, []string{`id="chart_participation_note">(Regional Consultation Group on Migration)`}, nil},
		{"/sql", 200, []string{`href="/documents"`}, nil},
		{"/agreements?q=beneplacito", 200, []string{`id="a1b2c3d4e5f60007-002"`, "Vice-Ministerial Meeting, San José, June 2017"},
			[]string{`id="a1b2c3d4e5f60007-001"`}},
		{"/agreements?action=commit&from=2015&to=2015", 200, []string{
			`href="/meetings/a1b2c3d4e5f6f003/source?agreement=a1b2c3d4e5f6f003-005#hl"`, "PDF p.&nbsp;2",
			`href="/api/agreements?action=commit&amp;format=csv&amp;from=2015&amp;to=2015"`}, []string{"a1b2c3d4e5f60003-001"}},
		{"/agreements?from=2017&to=2002", 400, []string{"the year range is reversed: from 2017 is after to 2002"}, nil},
		{"/api/agreements?from=2017&to=2002", 400, []string{"the year range is reversed"}, nil},
		{"/commitments?status=overdue&body=all", 200, []string{"To request the Member Countries", "member states"},
			[]string{"a1b2c3d4e5f60003-004-1"}},
		{"/countries", 200, []string{`href="/countries/GTM"`, "5 of 6"}, []string{`href="/countries/BOL"`}},
		{"/countries?body=all", 200, []string{`href="/countries/BOL?body=all"`, "5 of 8"}, nil},
		{"/organisations", 200, []string{`href="/organisations/UNHCR"`, "United Nations Office on Drugs and Crime"}, nil},
		{"/documents", 200, []string{"no operative part", "V Conferencia Sudamericana sobre Migraciones"}, []string{"a1b2c3d4e5f60003.txt"}},
		{"/?from=2017&to=2002", 400, []string{`id="filter-error"`}, []string{`id="chart_`}},
		{"/meetings?body=lon_tip", 200, []string{`href="/api/meetings?body=lon_tip"`}, []string{"%3d", "Antigua"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			status, body, _ := get(t, ts.URL+tt.path)
			if status != tt.status {
				t.Fatalf("status %d, want %d\n%s", status, tt.status, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("missing %q", w)
				}
			}
			for _, r := range tt.reject {
				if strings.Contains(body, r) {
					t.Errorf("has %q", r)
				}
			}
		})
	}
}

// scriptRe finds the inline scripts of a page.
var scriptRe = regexp.MustCompile(`(?s)<script[^>]*>(.*?)</script>`)

func TestChartScriptsEscaped(t *testing.T) {
	_, ts := startServer(t, Options{})
	for _, path := range []string{"/", "/countries/ZZX", "/organisations/EVIL"} {
		_, body, _ := get(t, ts.URL+path)
		if strings.Contains(body, "<img") {
			t.Errorf("%s: page has a raw <img", path)
		}
		charts := 0
		for _, m := range scriptRe.FindAllStringSubmatch(body, -1) {
			js := m[1]
			if !strings.Contains(js, "actasChart(") || strings.Contains(js, "function actasChart") {
				continue
			}
			charts++
			for _, bad := range []string{"<", ">", "__pwned=2\""} {
				if strings.Contains(js, bad) {
					t.Errorf("%s: chart script has %q", path, bad)
				}
			}
		}
		if charts == 0 {
			t.Errorf("%s: no chart script", path)
		}
	}
	_, body, _ := get(t, ts.URL+"/")
	if !strings.Contains(body, `\u003c/script\u003e\u003cimg src=x onerror=\"window.__pwned=2\"\u003e`) {
		t.Error("planted country label not found escaped in the heatmap")
	}
}

func TestAssets(t *testing.T) {
	if !HasECharts() {
		if os.Getenv("CI") == "true" {
			t.Fatal("echarts.min.js not embedded: run make assets")
		}
		t.Skip("echarts.min.js not embedded: run make assets")
	}
	_, ts := startServer(t, Options{})
	status, body, h := get(t, ts.URL+"/assets/echarts.min.js")
	if status != 200 || !strings.Contains(body, "echarts") {
		t.Fatalf("status %d", status)
	}
	if !strings.Contains(h.Get("Cache-Control"), "max-age=31536000") {
		t.Errorf("cache header %q", h.Get("Cache-Control"))
	}
	if status, _, _ := get(t, ts.URL+"/assets/README.md"); status != 404 {
		t.Errorf("README served: %d", status)
	}
}

// TestExports checks that each list's CSV export holds the rows of its JSON export under the same filter.
func TestExports(t *testing.T) {
	_, ts := startServer(t, Options{})
	for _, path := range []string{"/api/meetings?body=lon_tip", "/api/agreements?q=beneplacito", "/api/commitments?body=all&status=overdue",
		"/api/countries?from=2015", "/api/organisations", "/api/documents"} {
		t.Run(path, func(t *testing.T) {
			_, body, _ := get(t, ts.URL+path)
			var rows []map[string]any
			if err := json.Unmarshal([]byte(body), &rows); err != nil || len(rows) == 0 {
				t.Fatalf("JSON %s: %v", body, err)
			}
			status, text, h := get(t, ts.URL+path+"&format=csv")
			if !strings.Contains(path, "?") {
				status, text, h = get(t, ts.URL+path+"?format=csv")
			}
			recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
			if status != 200 || err != nil || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") {
				t.Fatalf("CSV %d %v %s", status, err, h.Get("Content-Type"))
			}
			if len(recs) != len(rows)+1 {
				t.Errorf("CSV has %d rows, JSON %d", len(recs)-1, len(rows))
			}
			id := recs[0][0]
			for i, row := range rows {
				if fmt.Sprint(row[id]) != recs[i+1][0] {
					t.Errorf("row %d: JSON %s=%v, CSV %s", i, id, row[id], recs[i+1][0])
				}
			}
		})
	}
}

// TestDialect checks which fragments the queries get for older and newer schemas.
func TestDialect(t *testing.T) {
	keys := func(s ...string) map[string]bool {
		m := map[string]bool{}
		for _, k := range s {
			m[k] = true
		}
		return m
	}
	tests := []struct {
		name string
		cols map[string]bool
		want dialect
	}{
		{"bare", keys("meetings", "bodies"), dialect{Family: "upper(coalesce(b.body_id, ''))", Canon: "true", MeetingsAll: "meetings",
			AgreementsAll: "agreements", ParticipantsAll: "meeting_participants", ActionsAll: "agreement_actions",
			MentionsAll: "agreement_mentions", CommitmentsAll: "commitments", Evidence: "NULL", OrgShort: "o.name_en"}},
		{"rcm flag, canonical column, followups", keys("bodies.rcm", "meetings.canonical_meeting_id", "organisations.acronym_en",
			"commitment_followups.evidence"), dialect{
			Family: "CASE WHEN b.rcm THEN 'RCM' ELSE upper(coalesce(b.org_id, b.body_id, '')) END",
			Canon:  "coalesce(m.canonical_meeting_id, m.meeting_id) = m.meeting_id", MeetingsAll: "meetings", AgreementsAll: "agreements",
			ParticipantsAll: "meeting_participants", ActionsAll: "agreement_actions", MentionsAll: "agreement_mentions",
			CommitmentsAll: "commitments", Evidence: "cf.evidence", Followups: true, CanonicalCol: true, OrgShort: "coalesce(nullif(o.acronym_en, ''), o.name_en)"}},
		{"family, copies in views, verdicts, assessable", keys("bodies.org_id", "bodies.family", "meetings.is_canonical", "meetings_all",
			"meetings_all.canonical_meeting_id", "agreements_all", "meeting_participants_all", "agreement_actions_all", "agreement_mentions_all",
			"commitments_all", "commitments_all.evidence", "documents.verdict", "commitments.assessable", "commitments.status_reason"), dialect{
			Family: "upper(coalesce(b.family, upper(coalesce(b.org_id, b.body_id, ''))))", Canon: "coalesce(m.is_canonical, true)",
			MeetingsAll: "meetings_all", AgreementsAll: "agreements_all", ParticipantsAll: "meeting_participants_all",
			ActionsAll: "agreement_actions_all", MentionsAll: "agreement_mentions_all", CommitmentsAll: "commitments_all", Evidence: "k.evidence",
			CanonicalCol: true, OrgShort: "o.name_en", Verdict: true,
			Assessable: true, StatusReason: true}},
	}
	for _, tt := range tests {
		if got := dialectOf(tt.cols); got != tt.want {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
		if _, err := renderQueries(tt.want); err != nil {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

// TestNoRCMMeetings checks that an archive with no RCM meeting shows every conference by default, not nothing.
func TestNoRCMMeetings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "actas.duckdb.snapshot")
	publish(t, path, "DELETE FROM meetings WHERE body_id NOT IN ('csm', 'bali_tfpp')")
	_, ts := startServer(t, Options{Snapshot: path})
	_, body, _ := get(t, ts.URL+"/api/charts/meetings-per-year")
	var cd ChartData
	if err := json.Unmarshal([]byte(body), &cd); err != nil || len(cd.Series) != 2 {
		t.Errorf("meetings per year without RCM meetings: %s (%v)", body, err)
	}
	if _, page, _ := get(t, ts.URL+"/"); !strings.Contains(page, `<option value="all" selected>`) {
		t.Error("the body filter does not say it shows all conferences")
	}
}

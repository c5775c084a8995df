package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"actas/ingest/worker"
)

// TestMain lets the test binary stand in for actas: with ACTAS_TEST_ARGS set
// it runs the command line given there, so tests drive real processes.
func TestMain(m *testing.M) {
	if worker.IsChild() {
		os.Exit(worker.Serve())
	}
	if args := os.Getenv("ACTAS_TEST_ARGS"); args != "" {
		var argv []string
		if err := json.Unmarshal([]byte(args), &argv); err != nil {
			panic(err)
		}
		ctx, stop := signalContext() // as main does
		code := NewMain().Main(ctx, argv)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// actas runs the command line in a child process and returns its output and
// exit status.
func actas(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := actasCmd(t, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// actasCmd prepares the test binary as an actas process.
func actasCmd(t *testing.T, args ...string) *exec.Cmd {
	b, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "ACTAS_TEST_ARGS="+string(b))
	return cmd
}

// copyReports copies the named testdata reports into a fresh folder.
func copyReports(t *testing.T, names ...string) string {
	dir := t.TempDir()
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestUsage(t *testing.T) {
	out, _, code := actas(t, "", "help")
	if code != 0 {
		t.Fatalf("help: exit %d", code)
	}
	for _, c := range []string{"ingest", "transform", "sql", "serve", "export", "version", "schema"} {
		if !strings.Contains(out, c) {
			t.Errorf("help does not list %s", c)
		}
		hout, _, code := actas(t, "", c, "--help")
		if code != 0 || !strings.Contains(hout, "Example") || !strings.Contains(hout, "-db") {
			t.Errorf("%s --help: exit %d, output %q", c, code, hout)
		}
	}
	for _, args := range [][]string{{"frobnicate"}, {"ingest"}, {"sql", "--format", "xml", "select 1"}, {"ingest", "--nope", "x"}, {}} {
		if _, _, code := actas(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if out, _, code := actas(t, "", "version"); code != 0 || !strings.HasPrefix(out, "actas ") {
		t.Errorf("version: %d %q", code, out)
	}
}

// TestEndToEnd ingests real reports into a real DuckDB file, queries it as
// the scorer does, and serves the dashboard while a second ingest runs.
func TestEndToEnd(t *testing.T) {
	dir := copyReports(t, "crm-rfepc-2017-11-27.es.txt", "crm-rfepc-2017-11-27.es.pdf")
	db := filepath.Join(t.TempDir(), "e2e.duckdb")
	if _, errs, code := actas(t, "", "ingest", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	out, errs, code := actas(t, "", "sql", "--db", db, "--format", "json",
		"select d.format, m.body_en, cast(m.start_date as varchar) as start_date, m.country_iso3, (select count(*) from agreements_all a where a.meeting_id = m.meeting_id) as agreements, m.is_canonical from meetings_all m join documents d using (document_id) order by 1")
	if code != 0 {
		t.Fatalf("sql: exit %d\n%s", code, errs)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("sql --format json printed no JSON array: %v\n%s", err, out)
	}
	if len(rows) != 2 {
		t.Fatalf("meetings_all: %v", rows)
	}
	if rows[0]["is_canonical"] == rows[1]["is_canonical"] {
		t.Errorf("the txt and pdf copies of one meeting: want exactly one canonical, got %v", rows)
	}
	for _, r := range rows {
		if r["body_en"] != "Liaison Officer Network for Consular Protection" || r["start_date"] != "2017-11-27" || r["country_iso3"] != "SLV" || r["agreements"].(float64) != 21 {
			t.Errorf("meeting from %v: %v", r["format"], r)
		}
	}
	// a second ingest of the same files changes nothing
	if _, errs, code := actas(t, "", "ingest", "--db", db, dir); code != 0 || !strings.Contains(errs, "2 unchanged") {
		t.Errorf("re-ingest: exit %d\n%s", code, errs)
	}

	addr := freeAddr(t)
	srv := actasCmd(t, "serve", "--db", db, "--addr", addr)
	var srvOut bytes.Buffer
	srv.Stdout, srv.Stderr = &srvOut, &srvOut
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Process.Kill(); srv.Wait() })
	home := waitFor(t, "http://"+addr+"/", "Liaison Officer Network for Consular Protection", 60*time.Second)
	if !strings.Contains(home, "/assets/echarts.min.js") {
		t.Errorf("/ does not load ECharts from actas itself")
	}

	// ingest a report of another meeting while the dashboard is up
	more := copyReports(t, "rcgm-managua-2014-11.en.txt")
	if _, errs, code := actas(t, "", "ingest", "--db", db, more); code != 0 {
		t.Fatalf("ingest while serving: exit %d\n%s\n%s", code, errs, srvOut.String())
	}
	waitFor(t, "http://"+addr+"/meetings", "Managua", 30*time.Second)
}

// TestIngestBadFile checks that a bad file fails alone, named with its reason.
func TestIngestBadFile(t *testing.T) {
	dir := copyReports(t, "crm-rfepc-2017-11-27.es.txt")
	if err := os.WriteFile(filepath.Join(dir, "broken.pdf"), []byte("%PDF-1.4\n1 0 obj << /Type /Catalog"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "bad.duckdb")
	_, errs, code := actas(t, "", "ingest", "--db", db, dir)
	if code != 1 || !strings.Contains(errs, "broken.pdf") {
		t.Fatalf("exit %d, want 1 naming broken.pdf:\n%s", code, errs)
	}
	out, _, _ := actas(t, "", "sql", "--db", db, "--format", "csv", "select count(*) as n from meetings")
	if strings.TrimSpace(out) != "n\n1" {
		t.Errorf("good report not loaded beside the bad one: %q", out)
	}
}

// freeAddr returns a loopback address with a free port.
func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// waitFor polls url until its body contains want.
func waitFor(t *testing.T, url, want string, limit time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(limit)
	last := ""
	for time.Now().Before(deadline) {
		resp, err := http.Get(url)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			last = string(b)
			if resp.StatusCode == 200 && strings.Contains(last, want) {
				return last
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	t.Fatalf("%s never showed %q; last body:\n%.2000s", url, want, last)
	return ""
}

package main

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
)

// volatileColumns differ between two runs over the same files (times, run numbers).
var volatileColumns = []string{"ingested_at", "started_at", "finished_at", "applied_at", "run_id"}

// runLogTables record runs rather than content; a killed run leaves its trace there.
var runLogTables = []string{"ingest_runs", "ingest_errors", "ingest_skipped", "schema_version"}

// fingerprint returns "table: rows checksum" for every table of main, raw and
// staging, ignoring volatile columns and the run log.
func fingerprint(t *testing.T, path string) map[string]string {
	t.Helper()
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Doubles are rounded: sums of floats vary in their last bits with the
	// order DuckDB's threads add them.
	rs, err := db.Query(`select schema_name, table_name, list(case when data_type in ('DOUBLE', 'FLOAT')
			then 'round("' || column_name || '", 9)' else '"' || column_name || '"' end order by column_index)
		from duckdb_columns() where database_name = current_database()
		and schema_name in ('main', 'raw', 'staging') group by all order by all`)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	type tbl struct {
		schema, name string
		cols         []string
	}
	var ts []tbl
	for rs.Next() {
		var tb tbl
		var cols []any
		if err := rs.Scan(&tb.schema, &tb.name, &cols); err != nil {
			t.Fatal(err)
		}
		for _, c := range cols {
			if s := c.(string); !slices.Contains(volatileColumns, strings.Trim(s, `"`)) {
				tb.cols = append(tb.cols, s)
			}
		}
		ts = append(ts, tb)
	}
	rs.Close()
	out := map[string]string{}
	for _, tb := range ts {
		if slices.Contains(runLogTables, tb.name) {
			continue
		}
		var n int64
		var sum string
		q := fmt.Sprintf(`select count(*), coalesce(sum(hash(%s)::hugeint), 0)::varchar from %s.%s`,
			strings.Join(tb.cols, ", "), tb.schema, tb.name)
		if err := db.QueryRow(q).Scan(&n, &sum); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		out[tb.schema+"."+tb.name] = fmt.Sprintf("%d rows, checksum %s", n, sum)
	}
	return out
}

// oneGeneration checks that the public tables of path come from one
// transform: the follow-up rows, the commitments and the meetings agree.
func oneGeneration(t *testing.T, path string) error {
	db, err := sql.Open("duckdb", path)
	if err != nil {
		return err
	}
	defer db.Close()
	var bad string
	err = db.QueryRow(`select concat_ws('; ',
		case when (select count(*) from commitments_all) <> (select count(*) from staging.stg_commitments)
			then 'commitments_all and stg_commitments differ' end,
		case when (select count(*) from commitments_all) <> (select count(*) from staging.commitment_followups)
			then 'commitments_all and commitment_followups differ' end,
		case when (select count(*) from meetings) <> (select count(*) from meetings_all where is_canonical)
			then 'meetings and meetings_all differ' end,
		case when (select count(*) from fact_commitments) <> (select count(*) from commitments)
			then 'fact_commitments and commitments differ' end,
		case when (select count(*) from duckdb_schemas() where schema_name = 'build') > 0
			and false then 'build left' end)`).Scan(&bad)
	if err != nil {
		return err
	}
	if bad != "" {
		return fmt.Errorf("%s", bad)
	}
	return nil
}

// copyFile copies src to dst.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// killAfterWAL starts cmd, waits for db's write-ahead log to appear, waits
// delay more and kills the process with SIGKILL. It reports whether the
// process was still running when killed.
func killAfterWAL(t *testing.T, cmd *exec.Cmd, db string, delay time.Duration) bool {
	t.Helper()
	cmd.Stdout, cmd.Stderr = nil, nil
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	deadline := time.Now().Add(60 * time.Second)
	for {
		if _, err := os.Stat(db + ".wal"); err == nil {
			break
		}
		select {
		case <-exited:
			return false
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			<-exited
			t.Fatalf("no write-ahead log appeared")
		}
		time.Sleep(200 * time.Microsecond)
	}
	time.Sleep(delay)
	select {
	case <-exited:
		return false
	default:
	}
	cmd.Process.Signal(syscall.SIGKILL)
	<-exited
	return true
}

// TestKillAnyInstant kills `actas ingest` and `actas transform` with SIGKILL
// at many instants after the database's write-ahead log appears, and checks
// that the database opens with the public tables of one generation, and that
// a re-run gives exactly the tables of a clean run.
func TestKillAnyInstant(t *testing.T) {
	if testing.Short() {
		t.Skip("kills many processes")
	}
	reports := copyReports(t, "crm-rfepc-2017-11-27.es.txt", "crm-rfepc-2017-11-27.es.pdf", "rcgm-managua-2014-11.en.txt")
	for _, n := range []string{"rltp-2015-06.es.txt", "rltp-2015-11.es.txt", "rltp-2016-06.es.txt"} {
		copyFile(t, filepath.Join("testdata", "series-es", n), filepath.Join(reports, n))
	}
	work := t.TempDir()

	// The clean run, and a database holding only the first report.
	clean := filepath.Join(work, "clean.duckdb")
	if _, errs, code := actas(t, "", "ingest", "--db", clean, reports); code != 0 {
		t.Fatalf("clean ingest: exit %d\n%s", code, errs)
	}
	want := fingerprint(t, clean)
	again := filepath.Join(work, "again.duckdb")
	if _, errs, code := actas(t, "", "ingest", "--db", again, reports); code != 0 {
		t.Fatalf("second clean ingest: exit %d\n%s", code, errs)
	}
	for k, v := range fingerprint(t, again) {
		if want[k] != v {
			t.Fatalf("two clean runs differ: %s has %s, then %s", k, want[k], v)
		}
	}
	base := filepath.Join(work, "base.duckdb")
	if _, errs, code := actas(t, "", "ingest", "--db", base, filepath.Join(reports, "rcgm-managua-2014-11.en.txt")); code != 0 {
		t.Fatalf("base ingest: exit %d\n%s", code, errs)
	}

	delays := []time.Duration{0}
	for d := time.Millisecond; d < 3*time.Second; d = d * 8 / 5 {
		delays = append(delays, d.Round(time.Millisecond))
	}
	killed := map[string]int{}
	for _, command := range []string{"ingest", "transform"} {
		for i, delay := range delays {
			db := filepath.Join(work, fmt.Sprintf("%s-%02d.duckdb", command, i))
			copyFile(t, base, db)
			os.Remove(db + ".snapshot")
			if command == "transform" {
				if _, errs, code := actas(t, "", "ingest", "--db", db, reports); code != 0 {
					t.Fatalf("ingest before transform: exit %d\n%s", code, errs)
				}
			}
			args := []string{command, "--db", db}
			if command == "ingest" {
				args = append(args, reports)
			}
			if !killAfterWAL(t, actasCmd(t, args...), db, delay) {
				break // the command ended before the kill: later delays test nothing new
			}
			killed[command]++
			if err := oneGeneration(t, db); err != nil {
				t.Errorf("%s killed %v after its WAL appeared: %v", command, delay, err)
				continue
			}
			if _, errs, code := actas(t, "", "ingest", "--db", db, reports); code != 0 {
				t.Errorf("%s killed %v after its WAL appeared: re-run: exit %d\n%s", command, delay, code, errs)
				continue
			}
			got := fingerprint(t, db)
			for k, v := range want {
				if got[k] != v {
					t.Errorf("%s killed %v after its WAL appeared, then re-run: %s has %s, want %s", command, delay, k, got[k], v)
				}
			}
			for k := range got {
				if _, ok := want[k]; !ok {
					t.Errorf("%s killed %v after its WAL appeared, then re-run: extra table %s", command, delay, k)
				}
			}
			checkAborted(t, db, command)
		}
	}
	t.Logf("killed ingest at %d instants and transform at %d instants", killed["ingest"], killed["transform"])
	if killed["ingest"] < 5 || killed["transform"] < 5 {
		t.Errorf("too few kills landed while the process ran: %v", killed)
	}
}

// checkAborted checks that no run is left unfinished after the re-run.
func checkAborted(t *testing.T, path, command string) {
	t.Helper()
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`select count(*) from ingest_runs where finished_at is null and status <> 'aborted'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%s killed: %d runs left unfinished and not marked aborted", command, n)
	}
}

// TestSigtermStopsBatch sends SIGTERM to an ingest of many reports and checks
// that it stops promptly, recording the run as interrupted with the files it
// loaded, and that the next ingest finishes the batch.
func TestSigtermStopsBatch(t *testing.T) {
	report, err := os.ReadFile(filepath.Join("testdata", "rcgm-managua-2014-11.en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	const n = 400
	for i := range n {
		b := append([]byte(fmt.Sprintf("copy %d\n", i)), report...)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%03d.txt", i)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "term.duckdb")
	cmd := actasCmd(t, "ingest", "--db", db, "--workers", "1", dir)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	var seen strings.Builder
	for !strings.Contains(seen.String(), "[20/") {
		m, err := stderr.Read(buf)
		if err != nil {
			t.Fatalf("ingest ended before 20 files: %v\n%s", err, seen.String())
		}
		seen.Write(buf[:m])
	}
	sent := time.Now()
	cmd.Process.Signal(syscall.SIGTERM)
	go func() {
		for {
			if _, err := stderr.Read(buf); err != nil {
				return
			}
		}
	}()
	cmd.Wait()
	if d := time.Since(sent); d > 20*time.Second {
		t.Errorf("ingest took %v to stop after SIGTERM", d)
	}
	sqlDB, err := sql.Open("duckdb", db)
	if err != nil {
		t.Fatal(err)
	}
	var status string
	var loaded, docs int
	err = sqlDB.QueryRow(`select status, loaded, (select count(*) from documents) from ingest_runs`).Scan(&status, &loaded, &docs)
	sqlDB.Close()
	if err != nil {
		t.Fatal(err)
	}
	if status != "interrupted" || loaded != docs || docs == 0 || docs >= n {
		t.Errorf("after SIGTERM: status %s, loaded %d, documents %d (of %d)", status, loaded, docs, n)
	}
	if _, errs, code := actas(t, "", "ingest", "--db", db, dir); code != 0 || !strings.Contains(errs, fmt.Sprintf("%d unchanged", docs)) {
		t.Errorf("re-run: exit %d\n%s", code, errs)
	}
}

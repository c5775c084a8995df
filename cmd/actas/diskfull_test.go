package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

// diskFullReports copies the text reports of several testdata series into one folder.
func diskFullReports(t *testing.T) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	var names []string
	for _, series := range []string{"heldout-en", "heldout-es", "heldout2-en", "heldout2-es", "series-dev-2", "series-es"} {
		ents, err := os.ReadDir(filepath.Join("testdata", series))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			if _, err := os.Stat(filepath.Join(dir, e.Name())); err == nil {
				continue
			}
			copyFile(t, filepath.Join("testdata", series, e.Name()), filepath.Join(dir, e.Name()))
			names = append(names, filepath.Join(dir, e.Name()))
		}
	}
	return dir, names
}

// actasFileLimit runs actas with RLIMIT_FSIZE set to limit bytes and SIGXFSZ
// ignored, so that a write past limit in any file fails as on a full disk.
func actasFileLimit(t *testing.T, limit int, args ...string) (string, int) {
	t.Helper()
	inner := actasCmd(t, args...)
	cmd := exec.Command("bash", "-c", fmt.Sprintf(`trap '' XFSZ; exec prlimit --fsize=%d "$0"`, limit), inner.Path)
	cmd.Env = inner.Env
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return errb.String(), ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return errb.String(), 0
}

// TestDiskFullDuringIngest ingests reports into a database whose files may
// not grow past a limit (as on a full disk), at several limits. A document
// whose save failed is nowhere in the tables and is in ingest_errors, counted
// failed; when not even that can be written the command names the file and
// the database. Either way the database opens, holds no half document, and a
// run without the limit loads every report.
func TestDiskFullDuringIngest(t *testing.T) {
	if _, err := exec.LookPath("prlimit"); err != nil {
		t.Skip("prlimit (util-linux) is not installed: cannot limit the file size of the child")
	}
	dir, reports := diskFullReports(t)
	base := filepath.Join(t.TempDir(), "base.duckdb")
	if _, errs, code := actas(t, "", "ingest", "--db", base, t.TempDir()); code != 0 {
		t.Fatalf("empty ingest: exit %d\n%s", code, errs)
	}
	outcomes := map[string]int{}
	// The database file is ~4 MB, the write-ahead log starts empty: the first
	// limit lets the log hold nothing, and the sweep then lets it hold more
	// and more of the reports until a run has failed saves. Where that window
	// lies depends on the lengths of paths and so on the machine.
	limits := []int{10_000}
	for l := 100_000; l <= 400_000; l += 5_000 {
		limits = append(limits, l)
	}
	for _, limit := range limits {
		if outcomes["finished with failures"] > 0 && outcomes["stopped"] > 0 {
			break
		}
		db := filepath.Join(t.TempDir(), fmt.Sprintf("full-%d.duckdb", limit))
		copyFile(t, base, db)
		errs, code := actasFileLimit(t, limit, "ingest", "--db", db, dir)
		if code == 0 {
			t.Errorf("limit %d: exit 0\n%s", limit, errs)
		}
		status, failed, err := diskFullState(db, reports)
		t.Logf("limit %d: exit %d status %s failed %d", limit, code, status, failed)
		if err != nil {
			t.Errorf("limit %d: %v\n%s", limit, err, errs)
			continue
		}
		switch {
		case status == "finished":
			if failed > 0 {
				outcomes["finished with failures"]++
			}
		case strings.Contains(errs, "database "+db) &&
			(strings.Contains(errs, "could not record") || strings.Contains(errs, "cannot be written any more")):
			outcomes["stopped"]++
		default:
			t.Errorf("limit %d: run %s without a message naming the database and the file:\n%s", limit, status, errs)
		}
		if _, errs, code := actas(t, "", "ingest", "--db", db, dir); code != 0 {
			t.Errorf("limit %d, then re-run without it: exit %d\n%s", limit, code, errs)
			continue
		}
		var docs, unfinished int
		sqlDB, err := sql.Open("duckdb", db)
		if err != nil {
			t.Fatal(err)
		}
		err = sqlDB.QueryRow(`select (select count(*) from documents),
			(select count(*) from ingest_runs where status not in ('finished', 'aborted'))`).Scan(&docs, &unfinished)
		sqlDB.Close()
		if err != nil || docs != len(reports) || unfinished != 0 {
			t.Errorf("limit %d, then re-run without it: %d documents of %d reports, %d runs unfinished (%v)", limit, docs, len(reports), unfinished, err)
		}
	}
	t.Logf("outcomes: %v", outcomes)
	if outcomes["finished with failures"] == 0 || outcomes["stopped"] == 0 {
		t.Errorf("the limits did not give both a run with failed saves and a stopped run: %v", outcomes)
	}
}

// diskFullState opens db after a run into a full disk and checks it: no
// document without its pages, no rows without their document, and, when the
// run finished, every report in documents, ingest_errors or ingest_skipped
// and the run's failed count equal to its errors. It returns the run's
// status and failed count.
func diskFullState(db string, reports []string) (string, int, error) {
	sqlDB, err := sql.Open("duckdb", db)
	if err != nil {
		return "", 0, fmt.Errorf("open: %w", err)
	}
	defer sqlDB.Close()
	var half, orphans, errs int
	var status string
	var failed sql.NullInt64
	err = sqlDB.QueryRow(`select
		(select count(*) from documents d where not exists (select 1 from document_pages p where p.document_id = d.document_id)),
		(select count(*) from raw.raw_meetings m where m.document_id not in (select document_id from documents))
			+ (select count(*) from document_pages p where p.document_id not in (select document_id from documents)),
		(select count(*) from ingest_errors where run_id = 2),
		(select status from ingest_runs where run_id = 2),
		(select failed from ingest_runs where run_id = 2)`).Scan(&half, &orphans, &errs, &status, &failed)
	if err != nil {
		return "", 0, fmt.Errorf("query: %w", err)
	}
	if half > 0 || orphans > 0 {
		return status, 0, fmt.Errorf("%d documents without pages, %d rows without their document", half, orphans)
	}
	if status != "finished" {
		return status, 0, nil
	}
	if int(failed.Int64) != errs {
		return status, 0, fmt.Errorf("run counts %d failed, ingest_errors holds %d", failed.Int64, errs)
	}
	for _, r := range reports {
		var n int
		if err := sqlDB.QueryRow(`select (select count(*) from document_paths where path = $1)
			+ (select count(*) from ingest_errors where path = $1 and run_id = 2)
			+ (select count(*) from ingest_skipped where path = $1)`, r).Scan(&n); err != nil {
			return status, 0, err
		}
		if n == 0 {
			return status, 0, fmt.Errorf("%s is in neither documents, ingest_errors nor ingest_skipped", r)
		}
		var both int
		if err := sqlDB.QueryRow(`select count(*) from document_paths where path = $1
			and $1 in (select path from ingest_errors where run_id = 2)`, r).Scan(&both); err != nil {
			return status, 0, err
		}
		if both > 0 {
			return status, 0, fmt.Errorf("%s is reported failed and is in documents", r)
		}
	}
	return status, int(failed.Int64), nil
}

// TestDiskFullAtCheckpoint fills the write-ahead log past DuckDB's automatic
// checkpoint (16 MB) while the database file may not grow: the checkpoint
// after a commit fails and DuckDB invalidates the database, so the batch may
// be saved though its commit failed. Whether that commit is one of the
// ingest's or the transform's after it (DuckDB skips the checkpoint while
// another transaction is open), the command stops naming the database,
// reports none of the batch as failed, and the next run finds every document
// whole and loads the rest. A transform alone under the limit stops the same
// way and a transform after it succeeds.
func TestDiskFullAtCheckpoint(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 5,000 reports")
	}
	if _, err := exec.LookPath("prlimit"); err != nil {
		t.Skip("prlimit (util-linux) is not installed: cannot limit the file size of the child")
	}
	report, err := os.ReadFile(filepath.Join("testdata", "rcgm-managua-2014-11.en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	const n = 2500 // ~7 KB of log each: more than 16 MB in all
	first, second := t.TempDir(), t.TempDir()
	for i := range n {
		for _, d := range []string{first, second} {
			b := append([]byte(fmt.Sprintf("copy %s %d\n", filepath.Base(d), i)), report...)
			if err := os.WriteFile(filepath.Join(d, fmt.Sprintf("r%04d.txt", i)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	db := filepath.Join(t.TempDir(), "ckpt.duckdb")
	if _, errs, code := actas(t, "", "ingest", "--db", db, first); code != 0 {
		t.Fatalf("first ingest: exit %d\n%s", code, errs)
	}
	st, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	limit := 20 << 20 // above the log at its checkpoint, below the database file
	if st.Size() <= int64(limit) {
		t.Fatalf("database file %d bytes: too small for a checkpoint to fail at %d", st.Size(), limit)
	}
	t.Run("transform", func(t *testing.T) {
		tdb := filepath.Join(t.TempDir(), "transform.duckdb")
		copyFile(t, db, tdb)
		errs, code := actasFileLimit(t, limit, "transform", "--db", tdb)
		stoppedNamingDB(t, tdb, errs, code)
		if _, errs, code := actas(t, "", "transform", "--db", tdb); code != 0 {
			t.Fatalf("re-run without the limit: exit %d\n%s", code, errs)
		}
		checkLoaded(t, tdb, n)
	})
	errs, code := actasFileLimit(t, limit, "ingest", "--db", db, second)
	stoppedNamingDB(t, db, errs, code)
	if strings.Contains(errs, "] failed") {
		t.Errorf("documents of a batch whose commit may have succeeded are reported failed:\n%s", errs)
	}
	status, _, err := diskFullState(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("the run stopped with status %s", status)
	_, errs, code = actas(t, "", "ingest", "--db", db, second)
	if code != 0 || (status != "finished" && !strings.Contains(errs, "marked aborted")) {
		t.Fatalf("re-run without the limit: exit %d\n%s", code, errs)
	}
	checkLoaded(t, db, 2*n)
}

// stoppedNamingDB fails t unless a run under the file limit exited non-zero
// with a message naming db and saying it cannot be written any more.
func stoppedNamingDB(t *testing.T, db, errs string, code int) {
	t.Helper()
	if code == 0 || !strings.Contains(errs, "database "+db) || !strings.Contains(errs, "cannot be written any more") {
		t.Fatalf("exit %d, want a message naming the database:\n%s", code, errs)
	}
}

// checkLoaded fails t unless db holds want documents, no recorded errors and
// a published public table of agreements.
func checkLoaded(t *testing.T, db string, want int) {
	t.Helper()
	sqlDB, err := sql.Open("duckdb", db)
	if err != nil {
		t.Fatal(err)
	}
	defer sqlDB.Close()
	var docs, failures, agreements int
	if err := sqlDB.QueryRow(`select (select count(*) from documents), (select count(*) from ingest_errors),
		(select count(*) from agreements)`).Scan(&docs, &failures, &agreements); err != nil {
		t.Fatal(err)
	}
	if docs != want || failures != 0 || agreements == 0 {
		t.Errorf("after the re-run: %d documents of %d reports, %d errors recorded, %d agreements", docs, want, failures, agreements)
	}
}

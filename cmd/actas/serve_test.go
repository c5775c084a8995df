package main

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"actas/ingest/load"
)

// TestMissingDatabase checks that a mistyped --db is named in a clear error
// and that no command but ingest creates a database.
func TestMissingDatabase(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "typo.duckdb")
	for _, args := range [][]string{
		{"transform", "--db", typo},
		{"serve", "--db", typo, "--addr", freeAddr(t)},
		{"sql", "--db", typo, "select 1"},
		{"export", "--db", typo, "--out", filepath.Join(dir, "out")},
	} {
		t.Run(args[0], func(t *testing.T) {
			out, errs, code := actas(t, "", args...)
			if code != 1 || !strings.Contains(errs, "no database at "+typo) {
				t.Errorf("exit %d, want 1 naming %s:\n%s", code, typo, errs)
			}
			if strings.Contains(out, "dashboard at") {
				t.Errorf("printed a URL for a server that never ran: %s", out)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("%s created %v", args[0], entries)
			}
		})
	}
}

// TestServeBusyPort checks that serve fails on a port in use before saying
// where the dashboard is.
func TestServeBusyPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	db := filepath.Join(t.TempDir(), "a.duckdb")
	st, err := load.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	out, errs, code := actas(t, "", "serve", "--db", db, "--addr", ln.Addr().String())
	if code != 1 || !strings.Contains(errs, ln.Addr().String()) || !strings.Contains(errs, "address already in use") {
		t.Errorf("exit %d, want 1 naming the busy address:\n%s", code, errs)
	}
	if strings.Contains(out, "dashboard at") {
		t.Errorf("printed the URL before failing: %q", out)
	}
}

// TestServeDuringFirstIngest starts serve while another process holds the
// database being written: it serves "no data yet at PATH" instead of
// exiting on the lock, and shows the data once the writer publishes it.
func TestServeDuringFirstIngest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "first.duckdb")
	st, err := load.Open(db) // holds the write lock, as a running ingest does
	if err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	srv := actasCmd(t, "serve", "--db", db, "--addr", addr)
	var srvOut bytes.Buffer
	srv.Stdout, srv.Stderr = &srvOut, &srvOut
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	t.Cleanup(func() {
		srv.Process.Kill()
		<-exited
	})
	waitForStatus(t, "http://"+addr+"/", 503, "no data yet at "+db, exited, &srvOut)
	st.Close()
	dir := copyReports(t, "crm-rfepc-2017-11-27.es.txt")
	if _, errs, code := actas(t, "", "ingest", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	waitFor(t, "http://"+addr+"/", "Liaison Officer Network for Consular Protection", 30*time.Second)
}

// waitForStatus polls url until it answers status with want in its body,
// failing early if the server process exits.
func waitForStatus(t *testing.T, url string, status int, want string, exited <-chan error, out *bytes.Buffer) {
	t.Helper()
	for i := 0; i < 200; i++ { // at most 20 s
		select {
		case err := <-exited:
			t.Fatalf("serve exited: %v\n%s", err, out.String())
		default:
		}
		code, body := fetch(url)
		if code == status && strings.Contains(body, want) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s never answered %d with %q\n%s", url, status, want, out.String())
}

// fetch returns the status and body of url, or 0 when it cannot connect.
func fetch(url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

func TestDisplayPath(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/archive/acta.txt", "/archive/acta.txt"},
		{"/archive/año 2002.txt", "/archive/año 2002.txt"},
		{`C:\reports\a.txt`, `C:\reports\a.txt`},
		{"/archive/grcm-\xff-acta.txt", `/archive/grcm-\xff-acta.txt`},
		{"/archive/a\nb.txt", `/archive/a\nb.txt`},
		{"/a\\b-\xfe.txt", `/a\\b-\xfe.txt`},
		{"/bell\x07.txt", `/bell\x07.txt`},
	} {
		if got := displayPath(c.in); got != c.want {
			t.Errorf("displayPath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzDisplayPath(f *testing.F) {
	for _, s := range []string{"/a.txt", "grcm-\xff-acta.txt", "a\nb", `x\y`, "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := displayPath(s)
		if !utf8.ValidString(d) || strings.ContainsAny(d, "\n\r\x00") {
			t.Errorf("displayPath(%q) = %q: not printable UTF-8", s, d)
		}
		if displayPath(d) != d {
			t.Errorf("displayPath is not idempotent on %q", s)
		}
	})
}

// TestEveryInputAccountedFor gives ingest every odd kind of path, in a
// folder and named, and checks that each ends in documents, ingest_errors or
// ingest_skipped with a reason, that no FIFO blocks it, and that a name
// which is not UTF-8 loads under a lossless escaped path.
func TestEveryInputAccountedFor(t *testing.T) {
	report, err := os.ReadFile("testdata/archive/rcgm-san-salvador-2003-12.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("grcm-\xff-acta.txt", report)
	write("line\nbreak.txt", append([]byte("copy "), report...))
	write(".dotfile.txt", report)
	write("notes.md", []byte("# notes"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Symlink("loop.txt", filepath.Join(dir, "loop.txt"))
	os.Symlink("missing.txt", filepath.Join(dir, "dangling.txt"))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.Symlink("sub", filepath.Join(dir, "folder-link"))
	sock := filepath.Join(t.TempDir(), "s.sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	os.Symlink(sock, filepath.Join(dir, "socket-link.txt"))
	// A zip written by Windows: a CP437 entry name (0xA2 is ó), not flagged UTF-8.
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "reuni\xa2n.txt", NonUTF8: true, Method: zip.Deflate})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(append([]byte("zip "), report...))
	zw.Close()
	write("windows.zip", zb.Bytes())
	namedFIFO := filepath.Join(t.TempDir(), "named.fifo")
	if err := syscall.Mkfifo(namedFIFO, 0o644); err != nil {
		t.Fatal(err)
	}

	st := openStore(t)
	done := make(chan Summary, 1)
	go func() {
		sum, err := Run(context.Background(), st, []string{dir, namedFIFO}, testOptions())
		if err != nil {
			t.Errorf("Run: %v", err)
		}
		done <- sum
	}()
	var sum Summary
	select {
	case sum = <-done:
	case <-time.After(2 * time.Minute):
		t.Fatal("ingest hangs")
	}
	want := map[string]string{ // path (display form) -> where it must be
		dir + `/grcm-\xff-acta.txt`:       "documents",
		dir + `/line\nbreak.txt`:          "documents",
		dir + "/windows.zip!/reunión.txt": "documents",
		dir + "/.dotfile.txt":             "skipped:hidden file",
		dir + "/notes.md":                 "skipped:extension .md",
		dir + "/pipe.txt":                 "skipped:not a regular file: a FIFO",
		dir + "/loop.txt":                 "skipped:symbolic link loop",
		dir + "/dangling.txt":             "skipped:dangling symbolic link",
		dir + "/folder-link":              "skipped:symbolic link to a folder",
		dir + "/socket-link.txt":          "skipped:symbolic link to a socket",
		namedFIFO:                         "errors:not a regular file: a FIFO",
	}
	got := map[string]string{}
	rows, err := st.DB().Query(`select path, 'documents' from document_paths
		union all select path, 'errors:' || reason from ingest_errors
		union all select path, 'skipped:' || reason from ingest_skipped`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var p, where string
		rows.Scan(&p, &where)
		got[p] = where
	}
	rows.Close()
	for p, w := range want {
		if !strings.HasPrefix(got[p], w) {
			t.Errorf("%q: in %q, want %q", p, got[p], w)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("unexpected path %q: %s", p, got[p])
		}
	}
	if sum.Loaded != 3 || sum.Failed != 1 || len(sum.Skipped) != 7 {
		t.Errorf("summary:\n%s", sum)
	}
	var status string
	var skipped int
	if err := st.DB().QueryRow(`select status, skipped from ingest_runs`).Scan(&status, &skipped); err != nil || status != "finished" || skipped != 7 {
		t.Errorf("ingest_runs: status %q, skipped %d, %v", status, skipped, err)
	}
}

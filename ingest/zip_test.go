package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// zipEntry is one entry of a test archive; raw entries lie about their size.
type zipEntry struct {
	name string
	data []byte
	lie  uint64 // declared uncompressed size when not 0
}

// makeZip writes a zip archive of entries and returns its bytes.
func makeZip(t testing.TB, entries []zipEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		if e.lie == 0 {
			w, err := zw.Create(e.name)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(e.data)
			continue
		}
		var comp bytes.Buffer
		fw, _ := flate.NewWriter(&comp, flate.BestCompression)
		fw.Write(e.data)
		fw.Close()
		w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate,
			CRC32: crc32.ChecksumIEEE(e.data), CompressedSize64: uint64(comp.Len()), UncompressedSize64: e.lie})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(comp.Bytes())
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readTestdata reads a file of testdata/archive.
func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata/archive", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestIngestZip(t *testing.T) {
	report := readTestdata(t, "rcgm-san-salvador-2003-12.en.txt")
	deeper := makeZip(t, []zipEntry{{name: "x.txt", data: readTestdata(t, "minutes/crm-rfepc-2017-11-27.es.txt")}})
	inner := makeZip(t, []zipEntry{
		{name: "b.html", data: readTestdata(t, "rcgm-managua-2014-11.en.html")},
		{name: "deeper.zip", data: deeper},
	})
	outer := makeZip(t, []zipEntry{
		{name: "reports/", data: nil},
		{name: "reports/a.txt", data: report},
		{name: "reports/c.pdf", data: readTestdata(t, "minutes/rcm-v-washington-2000-03.en.mono.pdf")},
		{name: "reports/d.docx", data: readTestdata(t, "crm-vii-antigua-2002-05.es.docx")},
		{name: "../evil.txt", data: report},
		{name: "/etc/abs.txt", data: report},
		{name: `C:\windows\drive.txt`, data: report},
		{name: "bomb.txt", data: make([]byte, 20<<20)},
		{name: "liar.txt", data: bytes.Repeat([]byte("x"), 1<<20), lie: 100},
		{name: "notes.json", data: []byte(`{}`)},
		{name: "__MACOSX/reports/._a.txt", data: []byte("junk")},
		{name: "inner.zip", data: inner},
	})
	dir := t.TempDir()
	zpath := filepath.Join(dir, "archive.zip")
	os.WriteFile(zpath, outer, 0o644)

	st := openStore(t)
	sum := runOK(t, st, []string{zpath}, testOptions())
	t.Log(sum)
	loaded := []string{"reports/a.txt", "reports/c.pdf", "reports/d.docx", "inner.zip!/b.html"}
	ids := docIDs(t, st)
	for _, name := range loaded {
		if ids[zpath+"!/"+name] == "" {
			t.Errorf("%s not loaded", name)
		}
	}
	failed := map[string]string{
		"../evil.txt":           "climbs out",
		"/etc/abs.txt":          "absolute",
		`C:\windows\drive.txt`:  "drive letter",
		"bomb.txt":              "ratio",
		"liar.txt":              "declared",
		"inner.zip!/deeper.zip": "nested more than one level",
	}
	got := map[string]Failure{}
	for _, f := range sum.Failures {
		got[strings.TrimPrefix(f.Path, zpath+"!/")] = f
	}
	for name, reason := range failed {
		f, ok := got[name]
		if !ok || !strings.Contains(f.Reason, reason) {
			t.Errorf("%s: failure %+v, want reason with %q", name, f, reason)
		}
	}
	if sum.Loaded != len(loaded) || sum.Failed != len(failed) {
		t.Errorf("want %d loaded and %d failed, got\n%s", len(loaded), len(failed), sum)
	}
	if len(sum.Skipped) != 2 || !strings.HasSuffix(sum.Skipped[0], "notes.json") || !strings.HasSuffix(sum.Skipped[1], "._a.txt") {
		t.Errorf("skipped = %v, want notes.json and the __MACOSX clutter", sum.Skipped)
	}
}

func TestExpandLimits(t *testing.T) {
	report := readTestdata(t, "rcgm-san-salvador-2003-12.en.txt")
	dir := t.TempDir()
	zpath := filepath.Join(dir, "big.zip")
	os.WriteFile(zpath, makeZip(t, []zipEntry{
		{name: "1.txt", data: report}, {name: "2.txt", data: report}, {name: "3.txt", data: report},
	}), 0o644)
	tests := []struct {
		name    string
		opt     Options
		ok      int
		failure string
	}{
		{"defaults", Options{}, 3, ""},
		{"entry cap", Options{MaxZipEntries: 2}, 2, "only the first 2"},
		{"archive cap", Options{MaxArchiveBytes: int64(2 * len(report))}, 2, "more than"},
		{"file cap", Options{MaxFileBytes: 100}, 0, "larger than the limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sources, _ := expand([]string{zpath}, tt.opt.withDefaults(), nil)
			ok, fails := 0, []string{}
			for _, s := range sources {
				if s.fail != nil {
					fails = append(fails, s.fail.Reason)
				} else {
					ok++
				}
				s.done()
			}
			if ok != tt.ok {
				t.Errorf("%d readable entries, want %d", ok, tt.ok)
			}
			if tt.failure != "" && (len(fails) == 0 || !strings.Contains(fails[0], tt.failure)) {
				t.Errorf("failures %q, want one with %q", fails, tt.failure)
			}
		})
	}
}

func TestUnsafeEntryName(t *testing.T) {
	tests := []struct {
		name   string
		unsafe bool
	}{
		{"a.txt", false},
		{"dir/sub/a.pdf", false},
		{"dir/..a/b..txt", false},
		{"../a.txt", true},
		{"dir/../../a.txt", true},
		{`dir\..\..\a.txt`, true},
		{"/etc/passwd", true},
		{`\\server\share\a.txt`, true},
		{"C:/a.txt", true},
		{"a\x00.txt", true},
	}
	for _, tt := range tests {
		if got := unsafeEntryName(tt.name) != ""; got != tt.unsafe {
			t.Errorf("unsafeEntryName(%q) unsafe = %v, want %v", tt.name, got, tt.unsafe)
		}
	}
}

// FuzzZip expands and reads an arbitrary file as a zip archive: no panic, no
// entry read past the limits.
func FuzzZip(f *testing.F) {
	report := []byte("MEETING OF THE NETWORK\n1) Thank Mexico.\n")
	f.Add(makeZip(f, []zipEntry{{name: "a.txt", data: report}}))
	f.Add(makeZip(f, []zipEntry{{name: "../a.txt", data: report}, {name: "b/c.txt", data: report}}))
	f.Add(makeZip(f, []zipEntry{{name: "in.zip", data: makeZip(f, []zipEntry{{name: "x.txt", data: report}})}}))
	f.Add(makeZip(f, []zipEntry{{name: "liar.txt", data: bytes.Repeat([]byte("a"), 5000), lie: 10}}))
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	f.Add([]byte("PK\x03\x04junk"))
	opt := Options{MaxFileBytes: 1 << 20, MaxArchiveBytes: 4 << 20}.withDefaults()
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(t.TempDir(), "f.zip")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		sources, _ := expand([]string{p}, opt, nil)
		for _, s := range sources {
			if s.fail != nil {
				if s.fail.Reason == "" {
					t.Errorf("%s: failure without a reason", s.path)
				}
				s.done()
				continue
			}
			data, _, fail := s.read(opt.MaxFileBytes)
			switch {
			case fail != nil && fail.Reason == "":
				t.Errorf("%s: read failure without a reason", s.path)
			case fail == nil && int64(len(data)) > opt.MaxFileBytes:
				t.Errorf("%s: read %d bytes past the limit", s.path, len(data))
			case fail == nil:
				detect(data)
			}
		}
	})
}

package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// expander turns the inputs (files, folders, zip archives, "-") into the
// list of sources to ingest. It reads only names, zip directories and the
// first bytes of each file, never whole files (except nested zips, in memory).
type expander struct {
	opt     Options
	seen    map[string]bool
	sources []*source
	skipped []string
}

// expand lists the sources of every input, in order, each path once.
func expand(inputs []string, opt Options) ([]*source, []string) {
	e := &expander{opt: opt, seen: map[string]bool{}}
	for _, in := range inputs {
		if in == "-" {
			e.stdin()
			continue
		}
		e.input(in)
	}
	return e.sources, e.skipped
}

// stdin expands each path listed on standard input, one per line; blank lines
// and lines starting with # are ignored.
func (e *expander) stdin() {
	r := e.opt.Stdin
	if r == nil {
		r = os.Stdin
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(strings.TrimSuffix(sc.Text(), "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e.input(line)
	}
	if err := sc.Err(); err != nil {
		e.failed("-", StageRead, "reading the list of paths on standard input: %v", err)
	}
}

// input expands one named path: a folder is walked, anything else is a file.
func (e *expander) input(p string) {
	abs, err := filepath.Abs(p)
	if err != nil {
		e.failed(p, StageRead, "%v", err)
		return
	}
	fi, err := os.Stat(abs)
	if err != nil {
		e.failed(abs, StageRead, "%v", unwrapPath(err))
		return
	}
	if fi.IsDir() {
		e.walk(abs)
		return
	}
	e.file(abs)
}

// walk adds the files under root, skipping dotfiles, dot folders and
// extensions that are not reports. Symbolic links to folders are not followed.
func (e *expander) walk(root string) {
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			e.failed(p, StageRead, "%v", unwrapPath(err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil || !fi.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		if e.skip(p) {
			return nil
		}
		e.file(p)
		return nil
	})
	if err != nil {
		e.failed(root, StageRead, "%v", unwrapPath(err))
	}
}

// skip reports whether a file found in a folder or archive has an extension
// that is not a report, and notes it.
func (e *expander) skip(name string) bool {
	ext := strings.ToLower(path.Ext(strings.ReplaceAll(name, "\\", "/")))
	if ext == "" || !slices.Contains(e.opt.Skip, ext) {
		return false
	}
	e.skipped = append(e.skipped, name)
	return true
}

// file adds a file on disk, or the entries of a zip archive.
func (e *expander) file(p string) {
	if e.seen[p] {
		return
	}
	e.seen[p] = true
	head, err := readHead(p, 4)
	if err != nil || !zipMagic(head) {
		e.sources = append(e.sources, &source{path: p, file: p})
		return
	}
	rc, err := zip.OpenReader(p)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		if isOfficeName(p) {
			e.sources = append(e.sources, &source{path: p, file: p})
			return
		}
		e.failed(p, StageRead, "damaged zip archive: %v", unwrapPath(err))
		return
	}
	defer rc.Close()
	if isOffice(&rc.Reader) {
		e.sources = append(e.sources, &source{path: p, file: p})
		return
	}
	a := &archive{path: p, file: p, max: e.opt.MaxFileBytes}
	e.entries(a, &rc.Reader, 0)
}

// entries adds the entries of an open archive at nesting depth 0 or 1.
func (e *expander) entries(a *archive, r *zip.Reader, depth int) {
	var total uint64
	for i, f := range r.File {
		p := a.path + "!/" + f.Name
		if i >= e.opt.MaxZipEntries {
			e.failed(a.path, StageRead, "archive has %d entries; only the first %d are read",
				len(r.File), e.opt.MaxZipEntries)
			return
		}
		if hiddenEntry(f) || (e.skip(p)) {
			continue
		}
		if e.seen[p] {
			continue
		}
		e.seen[p] = true
		total += f.UncompressedSize64
		if why := e.badEntry(f, total); why != "" {
			e.failed(p, StageRead, "%s", why)
			continue
		}
		if depth == 0 && e.nested(a, i, f, p) {
			continue
		}
		a.hold()
		e.sources = append(e.sources, &source{path: p, arc: a, index: i})
	}
}

// nested adds the entries of a zip inside a zip and reports whether f was one.
func (e *expander) nested(a *archive, i int, f *zip.File, p string) bool {
	if !entryIsZip(f) {
		return false
	}
	b, err := readZipFile(f, e.opt.MaxFileBytes)
	if err != nil {
		e.failed(p, StageRead, "%v", err)
		return true
	}
	r, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return false // not a readable zip: let detection fail it
	}
	if isOffice(r) {
		return false
	}
	inner := &archive{path: p, parent: a, index: i, max: e.opt.MaxFileBytes}
	e.entries(inner, r, 1)
	return true
}

// badEntry tells why a zip entry is rejected before it is read, or "".
func (e *expander) badEntry(f *zip.File, total uint64) string {
	if why := unsafeEntryName(f.Name); why != "" {
		return "unsafe zip entry name rejected: it " + why
	}
	if f.Mode()&fs.ModeSymlink != 0 {
		return "zip entry is a symbolic link, not a file"
	}
	if f.Flags&0x1 != 0 {
		return "zip entry is encrypted"
	}
	size := f.UncompressedSize64
	if size > uint64(e.opt.MaxFileBytes) {
		return fmt.Sprintf("zip entry declares %s uncompressed, larger than the limit of %s",
			byteSize(int64(size)), byteSize(e.opt.MaxFileBytes))
	}
	if size > 1<<20 && (f.CompressedSize64 == 0 || size/f.CompressedSize64 > uint64(e.opt.MaxZipRatio)) {
		return fmt.Sprintf("zip entry compresses %s into %s, over the %d:1 ratio limit (zip bomb?)",
			byteSize(int64(size)), byteSize(int64(f.CompressedSize64)), e.opt.MaxZipRatio)
	}
	if total > uint64(e.opt.MaxArchiveBytes) {
		return fmt.Sprintf("archive holds more than %s uncompressed; later entries are not read (zip bomb?)",
			byteSize(e.opt.MaxArchiveBytes))
	}
	return ""
}

// failed adds a source that already failed.
func (e *expander) failed(p, stage, format string, args ...any) {
	f := &Failure{Path: p, Stage: stage, Reason: fmt.Sprintf(format, args...)}
	e.sources = append(e.sources, &source{path: p, fail: f})
}

// hiddenEntry reports whether a zip entry is a folder, a dotfile or Mac OS
// resource-fork clutter.
func hiddenEntry(f *zip.File) bool {
	if strings.HasSuffix(f.Name, "/") || f.FileInfo().IsDir() {
		return true
	}
	for _, part := range strings.Split(strings.ReplaceAll(f.Name, "\\", "/"), "/") {
		if strings.HasPrefix(part, ".") && part != "." && part != ".." || part == "__MACOSX" {
			return true
		}
	}
	return false
}

// entryIsZip reports whether a zip entry starts like a zip.
func entryIsZip(f *zip.File) bool {
	rc, err := f.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	head := make([]byte, 4)
	n, _ := io.ReadFull(rc, head)
	return zipMagic(head[:n])
}

// isOffice reports whether a zip is an office document (DOCX, XLSX, ODT...)
// rather than an archive of files.
func isOffice(r *zip.Reader) bool {
	for _, f := range r.File {
		switch f.Name {
		case "[Content_Types].xml", "word/document.xml", "mimetype", "META-INF/manifest.xml":
			return true
		}
	}
	return false
}

// isOfficeName reports whether a name has an office document extension.
func isOfficeName(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".docm":
		return true
	}
	return false
}

// readHead returns up to n first bytes of a file.
func readHead(p string, n int) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, n)
	m, err := io.ReadFull(f, b)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return b[:m], nil
}

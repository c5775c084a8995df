package ingest

import (
	"archive/zip"
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"actas/ingest/load"
)

// expander turns the inputs (files, folders, zip archives, "-") into the
// list of sources to ingest. It reads only names, zip directories and the
// first bytes of each file, never whole files (except nested zips, in memory).
// Every path it meets becomes a source (which loads or fails) or a skip.
type expander struct {
	opt     Options
	known   func(path string, st load.Stamp) bool // loaded with this stamp; nil: read every file
	seen    map[string]bool
	sources []*source
	skipped []skip
}

// skip is a path found that is not read, and why; it goes to ingest_skipped.
type skip struct {
	path, reason string
}

// expand lists the sources of every input, in order, each path once, and
// the paths skipped. A file or zip entry that known says is loaded with its
// current stamp is a source marked unchanged, not read.
func expand(inputs []string, opt Options, known func(path string, st load.Stamp) bool) ([]*source, []skip) {
	e := &expander{opt: opt, known: known, seen: map[string]bool{}}
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

// input expands one named path: a folder is walked, a regular file (or a
// link to one) is read; anything else named fails with its reason, never
// opened (a FIFO would block).
func (e *expander) input(p string) {
	abs, err := filepath.Abs(p)
	if err != nil {
		e.failed(p, StageRead, "%v", err)
		return
	}
	fi, err := os.Stat(abs)
	if err != nil {
		if lfi, lerr := os.Lstat(abs); lerr == nil && lfi.Mode()&fs.ModeSymlink != 0 {
			e.failed(abs, StageRead, "%s", linkProblem(err))
			return
		}
		e.failed(abs, StageRead, "%v", unwrapPath(err))
		return
	}
	if fi.IsDir() {
		e.walk(abs)
		return
	}
	if !fi.Mode().IsRegular() {
		e.failed(abs, StageRead, "not a regular file: %s", fileKind(fi.Mode()))
		return
	}
	e.file(abs, fi)
}

// walk adds the files under root. Dotfiles and dot folders, extensions that
// are not reports, links to folders (not followed), dangling or looping links
// and files that are not regular (FIFO, socket, device) are skipped, each
// with its reason.
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
				e.skipf(p, "hidden folder (its name starts with a dot): nothing in it is read")
				return fs.SkipDir
			}
			e.skipf(p, "hidden file (its name starts with a dot)")
			return nil
		}
		if d.IsDir() {
			return nil
		}
		var fi fs.FileInfo
		if d.Type()&fs.ModeSymlink != 0 {
			fi, err = os.Stat(p)
			switch {
			case err != nil:
				e.skipf(p, "%s", linkProblem(err))
				return nil
			case fi.IsDir():
				e.skipf(p, "symbolic link to a folder: links to folders are not followed")
				return nil
			case !fi.Mode().IsRegular():
				e.skipf(p, "symbolic link to %s, not a regular file", fileKind(fi.Mode()))
				return nil
			}
		} else if !d.Type().IsRegular() {
			e.skipf(p, "not a regular file: %s", fileKind(d.Type()))
			return nil
		}
		if e.skip(p) {
			return nil
		}
		if fi == nil {
			if fi, err = d.Info(); err != nil {
				e.failed(p, StageRead, "%v", unwrapPath(err))
				return nil
			}
		}
		e.file(p, fi)
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
	e.skipf(name, "extension %s is not a report", displayPath(ext))
	return true
}

// skipf notes a path that is not read, with its reason.
func (e *expander) skipf(p, format string, args ...any) {
	e.skipped = append(e.skipped, skip{path: displayPath(p), reason: fmt.Sprintf(format, args...)})
}

// file adds a file on disk, or the entries of a zip archive; fi is its stat.
func (e *expander) file(p string, fi fs.FileInfo) {
	if e.seen[p] {
		return
	}
	e.seen[p] = true
	disp := displayPath(p)
	st := load.Stamp{Size: fi.Size(), ModTime: fi.ModTime()}
	if e.known != nil && e.known(disp, st) {
		e.sources = append(e.sources, &source{path: disp, file: p, unchanged: true, size: st.Size})
		return
	}
	head, err := readHead(p, 4)
	if err != nil || !zipMagic(head) {
		e.sources = append(e.sources, &source{path: disp, file: p})
		return
	}
	rc, err := zip.OpenReader(p)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		if isOfficeName(p) {
			e.sources = append(e.sources, &source{path: disp, file: p})
			return
		}
		e.failed(p, StageRead, "damaged zip archive: %v", unwrapPath(err))
		return
	}
	defer rc.Close()
	if isOffice(&rc.Reader) {
		e.sources = append(e.sources, &source{path: disp, file: p})
		return
	}
	a := &archive{path: disp, file: p, max: e.opt.MaxFileBytes}
	e.entries(a, &rc.Reader, 0, fi.ModTime())
}

// failed adds a source that already failed.
func (e *expander) failed(p, stage, format string, args ...any) {
	p = displayPath(p)
	f := &Failure{Path: p, Stage: stage, Reason: fmt.Sprintf(format, args...)}
	e.sources = append(e.sources, &source{path: p, fail: f})
}

// readHead returns up to n first bytes of a regular file.
func readHead(p string, n int) ([]byte, error) {
	f, err := openRegular(p)
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

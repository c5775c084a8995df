package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"actas/ingest/load"
)

// entries adds the entries of an open archive at nesting depth 0 or 1;
// mtime is the modification time of the zip file on disk, which stamps
// its entries.
func (e *expander) entries(a *archive, r *zip.Reader, depth int, mtime time.Time) {
	var total uint64
	for i, f := range r.File {
		p := a.path + "!/" + entryName(f)
		if i >= e.opt.MaxZipEntries {
			e.failed(a.path, StageRead, "archive has %d entries; only the first %d are read",
				len(r.File), e.opt.MaxZipEntries)
			return
		}
		if folderEntry(f) {
			continue
		}
		if hiddenEntry(f) {
			e.skipf(p, "hidden zip entry (a dotfile or Mac OS __MACOSX clutter)")
			continue
		}
		if e.skip(p) {
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
		st := load.Stamp{Size: int64(f.UncompressedSize64), ModTime: mtime}
		if e.known != nil && e.known(p, st) {
			e.sources = append(e.sources, &source{path: p, unchanged: true, size: st.Size})
			continue
		}
		if depth == 0 && e.nested(a, i, f, p, mtime) {
			continue
		}
		a.hold()
		e.sources = append(e.sources, &source{path: p, arc: a, index: i})
	}
}

// nested adds the entries of a zip inside a zip and reports whether f was one.
func (e *expander) nested(a *archive, i int, f *zip.File, p string, mtime time.Time) bool {
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
	e.entries(inner, r, 1, mtime)
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

// folderEntry reports whether a zip entry is a folder (no file to account for).
func folderEntry(f *zip.File) bool {
	return strings.HasSuffix(f.Name, "/") || f.FileInfo().IsDir()
}

// hiddenEntry reports whether a zip entry is a dotfile or Mac OS
// resource-fork clutter.
func hiddenEntry(f *zip.File) bool {
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

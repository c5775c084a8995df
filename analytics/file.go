package analytics

import (
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
)

// fileTypes are the content types of the report formats.
var fileTypes = map[string]string{"pdf": "application/pdf", "txt": "text/plain; charset=utf-8",
	"html": "text/plain; charset=utf-8", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}

// file serves the report file a meeting was loaded from, so a PDF opens at
// its real pages (/meetings/{id}/file#page=3); HTML is served as text.
func (s *Server) file(w http.ResponseWriter, r *http.Request, sn *snapshot) {
	id := r.PathValue("id")
	var path, format string
	err := rows(r.Context(), sn.rd, "document_file", params{"id": id}, func(rs *sql.Rows) error { return rs.Scan(&path, &format) })
	if err == nil && path == "" {
		err = errNotFound
	}
	if err != nil {
		s.pages.fail(w, "report of meeting "+id, err)
		return
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			s.pages.message(w, http.StatusNotFound, "Not found", fmt.Sprintf("report file %s of meeting %s is no longer there", path, id))
			return
		}
		s.pages.fail(w, "report file "+path, err)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || fi.IsDir() {
		s.pages.message(w, http.StatusNotFound, "Not found", "report file "+path+" is not a file")
		return
	}
	if ct, ok := fileTypes[format]; ok {
		w.Header().Set("Content-Type", ct)
	}
	w.Header().Set("Content-Disposition", fmt.Sprintf("inline; filename=%q", filepath.Base(path)))
	http.ServeContent(w, r, filepath.Base(path), fi.ModTime(), f)
}

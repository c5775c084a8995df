package sqlshell

import (
	"bufio"
	"database/sql/driver"
	"encoding/csv"
)

// csvSink writes each result as RFC 4180 CSV (with \n line ends) and a
// header row; results are separated by a blank line. NULL is an empty field.
type csvSink struct {
	w       *bufio.Writer
	cw      *csv.Writer
	cols    []column
	record  []string
	results int
	buf     []byte
}

func newCSVSink(w *bufio.Writer) *csvSink {
	return &csvSink{w: w, cw: csv.NewWriter(w)}
}

func (s *csvSink) begin(cols []column) error {
	if s.results > 0 {
		s.cw.Flush()
		if _, err := s.w.WriteString("\n"); err != nil {
			return err
		}
	}
	s.results++
	s.cols = cols
	s.record = make([]string, len(cols))
	for i, c := range cols {
		s.record[i] = c.name
	}
	return s.cw.Write(s.record)
}

func (s *csvSink) row(vals []driver.Value) error {
	for i, v := range vals {
		s.buf = appendText(s.buf[:0], v, s.cols[i].info, false, "")
		s.record[i] = string(s.buf)
	}
	return s.cw.Write(s.record)
}

func (s *csvSink) end() error {
	s.cw.Flush()
	return s.cw.Error()
}

func (s *csvSink) finish() error { return nil }

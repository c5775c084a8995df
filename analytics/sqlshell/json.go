package sqlshell

import (
	"bufio"
	"database/sql/driver"
	"strconv"
)

// jsonSink writes the rows of every result as one JSON array of objects,
// one object per line.
type jsonSink struct {
	w    *bufio.Writer
	cols []column
	keys [][]byte // `"name":` for each column, names made unique
	rows int
	buf  []byte
}

func (s *jsonSink) begin(cols []column) error {
	s.cols = cols
	s.keys = s.keys[:0]
	seen := make(map[string]bool, len(cols))
	for _, c := range cols {
		name := c.name
		for n := 1; seen[name]; n++ {
			name = c.name + "_" + strconv.Itoa(n)
		}
		seen[name] = true
		key := appendJSONString(nil, name)
		s.keys = append(s.keys, append(key, ':'))
	}
	return nil
}

func (s *jsonSink) row(vals []driver.Value) error {
	b := s.buf[:0]
	if s.rows == 0 {
		b = append(b, "[\n"...)
	} else {
		b = append(b, ",\n"...)
	}
	b = append(b, '{')
	for i, v := range vals {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, s.keys[i]...)
		b = appendJSON(b, v, s.cols[i].info)
	}
	b = append(b, '}')
	s.buf = b
	s.rows++
	_, err := s.w.Write(b)
	return err
}

func (s *jsonSink) end() error { return nil }

func (s *jsonSink) finish() error {
	if s.rows == 0 {
		_, err := s.w.WriteString("[]\n")
		return err
	}
	_, err := s.w.WriteString("\n]\n")
	return err
}

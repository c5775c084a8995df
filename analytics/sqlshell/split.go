package sqlshell

import "strings"

// Split cuts a script into its ;-separated statements, respecting quoted
// strings, quoted identifiers, dollar quotes and comments. Statements that
// hold only whitespace or comments are dropped; an unterminated last
// statement is returned as it is, for DuckDB to report.
func Split(script string) []string {
	var stmts []string
	s := scanner{src: script}
	for {
		stmt, ok := s.next()
		if !ok {
			return stmts
		}
		if stmt != "" {
			stmts = append(stmts, stmt)
		}
	}
}

// OneLine returns a statement on one line, for the history: comments to the
// end of a line are dropped and runs of whitespace outside quotes become one space.
func OneLine(stmt string) string {
	var b strings.Builder
	s := scanner{src: stmt}
	space := func() {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
	}
	for s.pos < len(stmt) {
		c, start := stmt[s.pos], s.pos
		switch {
		case c == '-' && strings.HasPrefix(stmt[s.pos:], "--"):
			end := strings.IndexByte(stmt[s.pos:], '\n')
			if end < 0 {
				end = len(stmt) - s.pos
			}
			s.pos += end
			space()
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			s.pos++
			space()
			continue
		case c == '\'':
			s.skipQuoted('\'', s.escapeString())
		case c == '"':
			s.skipQuoted('"', false)
		case c == '/' && strings.HasPrefix(stmt[s.pos:], "/*"):
			s.skipBlockComment()
			b.WriteString(strings.NewReplacer("\r", " ", "\n", " ").Replace(stmt[start:s.pos]))
			continue
		case c == '$':
			if tag, ok := s.dollarTag(); ok {
				s.skipDollar(tag)
			} else {
				s.pos++
			}
		default:
			s.pos++
		}
		b.WriteString(stmt[start:s.pos])
	}
	return strings.TrimSpace(b.String())
}

// complete reports whether buf ends with a ';' that closes a statement,
// outside any string or comment, with only whitespace or comments after it.
func complete(buf string) bool {
	s := scanner{src: buf}
	for {
		if _, ok := s.next(); !ok {
			return s.terminated && !s.open
		}
	}
}

// scanner walks SQL text one statement at a time.
type scanner struct {
	src        string
	pos        int
	terminated bool // the last statement read ended with ';'
	open       bool // the text ended inside a string, identifier or comment
}

// next returns the next statement, trimmed, or "" when it holds no code;
// ok is false at the end of the text.
func (s *scanner) next() (stmt string, ok bool) {
	if s.pos >= len(s.src) {
		return "", false
	}
	start := s.pos
	code := false
	src := s.src
	for s.pos < len(src) {
		c := src[s.pos]
		switch {
		case c == ';':
			stmt := src[start:s.pos]
			s.pos++
			s.terminated = true
			if !code {
				return "", true
			}
			return strings.TrimSpace(stmt), true
		case c == '-' && strings.HasPrefix(src[s.pos:], "--"):
			end := strings.IndexByte(src[s.pos:], '\n')
			if end < 0 {
				s.pos = len(src)
			} else {
				s.pos += end + 1
			}
			continue
		case c == '/' && strings.HasPrefix(src[s.pos:], "/*"):
			s.skipBlockComment()
			continue
		case c == '\'':
			s.skipQuoted('\'', s.escapeString())
			code = true
			continue
		case c == '"':
			s.skipQuoted('"', false)
			code = true
			continue
		case c == '$':
			if tag, ok := s.dollarTag(); ok {
				s.skipDollar(tag)
				code = true
				continue
			}
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
			code = true
			s.terminated = false
		}
		s.pos++
	}
	if !code {
		return "", true
	}
	s.terminated = false
	return strings.TrimSpace(src[start:]), true
}

// escapeString reports whether the quote at s.pos opens an E'...' string,
// in which a backslash escapes the next character.
func (s *scanner) escapeString() bool {
	i := s.pos
	if i == 0 || (s.src[i-1] != 'e' && s.src[i-1] != 'E') {
		return false
	}
	return i == 1 || !identChar(s.src[i-2])
}

// skipQuoted moves past a string or identifier quoted with q, where a
// doubled q stands for itself.
func (s *scanner) skipQuoted(q byte, backslash bool) {
	src := s.src
	s.terminated = false
	for i := s.pos + 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			if backslash {
				i++
			}
		case q:
			if i+1 < len(src) && src[i+1] == q {
				i++
				continue
			}
			s.pos = i + 1
			return
		}
	}
	s.pos = len(src)
	s.open = true
}

// skipBlockComment moves past a /* */ comment, which may nest.
func (s *scanner) skipBlockComment() {
	src := s.src
	depth := 0
	for i := s.pos; i < len(src); i++ {
		switch {
		case src[i] == '/' && i+1 < len(src) && src[i+1] == '*':
			depth++
			i++
		case src[i] == '*' && i+1 < len(src) && src[i+1] == '/':
			depth--
			i++
			if depth == 0 {
				s.pos = i + 1
				return
			}
		}
	}
	s.pos = len(src)
	s.open = true
}

// dollarTag returns the $tag$ opening a dollar-quoted string at s.pos.
func (s *scanner) dollarTag() (string, bool) {
	src := s.src
	if s.pos > 0 && identChar(src[s.pos-1]) {
		return "", false
	}
	for i := s.pos + 1; i < len(src); i++ {
		c := src[i]
		if c == '$' {
			return src[s.pos : i+1], true
		}
		if !identChar(c) || (i == s.pos+1 && c >= '0' && c <= '9') {
			return "", false
		}
	}
	return "", false
}

// skipDollar moves past a dollar-quoted string opened by tag.
func (s *scanner) skipDollar(tag string) {
	s.terminated = false
	end := strings.Index(s.src[s.pos+len(tag):], tag)
	if end < 0 {
		s.pos = len(s.src)
		s.open = true
		return
	}
	s.pos += len(tag) + end + len(tag)
}

// identChar reports whether c may appear in an unquoted identifier.
func identChar(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

package analytics

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// consoleStarts are the keywords a console statement may begin with.
var consoleStarts = map[string]bool{"select": true, "with": true, "values": true, "describe": true, "desc": true,
	"show": true, "summarize": true, "explain": true, "from": true}

// forbiddenWords may not appear anywhere in a console statement outside string literals.
var forbiddenWords = map[string]bool{"attach": true, "detach": true, "install": true, "load": true, "set": true,
	"reset": true, "pragma": true, "copy": true, "export": true, "import": true, "call": true, "create": true,
	"insert": true, "update": true, "delete": true, "drop": true, "alter": true, "truncate": true,
	"checkpoint": true, "vacuum": true}

// forbiddenFuncs may not be called from the console: they read files or run SQL text.
var forbiddenFuncs = map[string]bool{"glob": true, "read_text": true, "read_blob": true, "sniff_csv": true,
	"query": true, "query_table": true, "getenv": true}

// forbiddenFuncPrefixes catches families of file-reading functions.
var forbiddenFuncPrefixes = []string{"read_", "parquet_", "csv_", "json_read"}

// token is a word of a statement and whether a '(' follows it.
type token struct {
	word string
	call bool
}

// screenSQL rejects a console statement that does not start with a read-only
// keyword or that names a forbidden statement or function. It is a screen in
// front of DuckDB's parser and the sandboxed configuration, not a parser.
func screenSQL(sql string) error {
	toks, err := words(sql)
	if err != nil {
		return err
	}
	if len(toks) == 0 {
		return errors.New("empty statement")
	}
	if !consoleStarts[toks[0].word] {
		return fmt.Errorf("only SELECT, WITH, VALUES, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN statements are allowed, not %s", strings.ToUpper(toks[0].word))
	}
	for _, t := range toks {
		if forbiddenWords[t.word] {
			return fmt.Errorf("%s is not allowed in the console", strings.ToUpper(t.word))
		}
		if !t.call {
			continue
		}
		bad := forbiddenFuncs[t.word] || strings.HasSuffix(t.word, "_scan")
		for _, p := range forbiddenFuncPrefixes {
			bad = bad || strings.HasPrefix(t.word, p)
		}
		if bad {
			return fmt.Errorf("function %s is not allowed in the console", t.word)
		}
	}
	return nil
}

// words splits sql into lower-case words, skipping comments and string
// literals ('…', E'…', $tag$…$tag$) and unquoting "identifiers".
func words(sql string) ([]token, error) {
	var out []token
	s := []rune(sql)
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		switch {
		case c == '-' && i+1 < n && s[i+1] == '-':
			for i < n && s[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < n && s[i+1] == '*':
			end := strings.Index(string(s[i+2:]), "*/")
			if end < 0 {
				return nil, errors.New("unterminated comment")
			}
			i += 2 + len([]rune(string(s[i+2:])[:end])) + 2
		case c == '\'':
			j, err := skipString(s, i, (i > 0 && (s[i-1] == 'e' || s[i-1] == 'E')))
			if err != nil {
				return nil, err
			}
			i = j
		case c == '$':
			j := i + 1
			for j < n && (isWord(s[j]) && s[j] != '$') {
				j++
			}
			if j < n && s[j] == '$' {
				tag := string(s[i : j+1])
				rest := string(s[j+1:])
				end := strings.Index(rest, tag)
				if end < 0 {
					return nil, errors.New("unterminated dollar-quoted string")
				}
				i = j + 1 + len([]rune(rest[:end])) + len([]rune(tag))
			} else {
				i = j
			}
		case c == '"':
			j := i + 1
			var w strings.Builder
			for ; j < n; j++ {
				if s[j] == '"' {
					if j+1 < n && s[j+1] == '"' {
						w.WriteRune('"')
						j++
						continue
					}
					break
				}
				w.WriteRune(s[j])
			}
			if j >= n {
				return nil, errors.New("unterminated quoted identifier")
			}
			i = j + 1
			out = append(out, token{word: strings.ToLower(w.String()), call: nextIsParen(s, i)})
		case isWord(c):
			j := i
			for j < n && isWord(s[j]) {
				j++
			}
			out = append(out, token{word: strings.ToLower(string(s[i:j])), call: nextIsParen(s, j)})
			i = j
		default:
			i++
		}
	}
	return out, nil
}

// skipString returns the index after the string literal starting at s[i];
// in an E'…' string a backslash escapes the next character.
func skipString(s []rune, i int, escapes bool) (int, error) {
	for j := i + 1; j < len(s); j++ {
		switch {
		case escapes && s[j] == '\\':
			j++
		case s[j] == '\'':
			if j+1 < len(s) && s[j+1] == '\'' {
				j++
				continue
			}
			return j + 1, nil
		}
	}
	return 0, errors.New("unterminated string literal")
}

// nextIsParen reports whether the next non-space rune from i is '('.
func nextIsParen(s []rune, i int) bool {
	for ; i < len(s); i++ {
		if !unicode.IsSpace(s[i]) {
			return s[i] == '('
		}
	}
	return false
}

// isWord reports whether r can be part of an unquoted identifier or keyword.
func isWord(r rune) bool {
	return r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

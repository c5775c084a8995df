package analytics

import (
	"errors"
	"fmt"
	"os"
	"regexp"
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

// forbiddenFuncs may not be called from the console: they read files, run
// SQL text, or tell settings, files and paths of the server.
var forbiddenFuncs = map[string]bool{"glob": true, "read_text": true, "read_blob": true, "sniff_csv": true,
	"query": true, "query_table": true, "getenv": true, "current_setting": true, "duckdb_settings": true,
	"duckdb_databases": true, "duckdb_extensions": true, "duckdb_temporary_files": true, "duckdb_secrets": true,
	"which_secret": true, "duckdb_logs": true, "duckdb_log_contexts": true, "pragma_database_list": true,
	"pragma_storage_info": true, "pragma_metadata_info": true, "pragma_database_size": true,
	"duckdb_external_file_cache": true, "pragma_user_agent": true}

// forbiddenViews are system views that tell settings or paths of the server.
var forbiddenViews = map[string]bool{"duckdb_databases": true, "duckdb_settings": true, "pg_settings": true,
	"pragma_database_list": true, "duckdb_logs": true, "duckdb_extensions": true, "duckdb_temporary_files": true,
	"duckdb_secrets": true}

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
		if forbiddenViews[t.word] {
			return fmt.Errorf("%s is not available in the console", t.word)
		}
		if forbiddenWords[t.word] {
			return fmt.Errorf("%s is not allowed in the console", strings.ToUpper(t.word))
		}
		if t.call && forbiddenFunc(t.word) {
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
			j, err := skipString(s, i, escapeString(s, i))
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

// escapeString reports whether the quote at s[i] opens an E'…' string: an e
// or E standing alone before it, not the end of a word such as else.
func escapeString(s []rune, i int) bool {
	if i == 0 || (s[i-1] != 'e' && s[i-1] != 'E') {
		return false
	}
	return i == 1 || !isWord(s[i-2])
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

// screenTree walks a statement as DuckDB's parser serialized it and
// rejects calls of forbidden functions and reads of forbidden views, however
// the text spelled them.
func screenTree(n any) error {
	switch x := n.(type) {
	case map[string]any:
		if f, ok := x["function_name"].(string); ok && forbiddenFunc(strings.ToLower(f)) {
			return fmt.Errorf("function %s is not allowed in the console", strings.ToLower(f))
		}
		if t, ok := x["table_name"].(string); ok && (forbiddenViews[strings.ToLower(t)] || forbiddenFuncs[strings.ToLower(t)]) {
			return fmt.Errorf("%s is not available in the console", strings.ToLower(t))
		}
		for _, v := range x {
			if err := screenTree(v); err != nil {
				return err
			}
		}
	case []any:
		for _, v := range x {
			if err := screenTree(v); err != nil {
				return err
			}
		}
	}
	return nil
}

// forbiddenFunc reports whether a function, by its lower-case name, may not be called.
func forbiddenFunc(name string) bool {
	if forbiddenFuncs[name] || strings.HasSuffix(name, "_scan") {
		return true
	}
	for _, p := range forbiddenFuncPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// absPath matches an absolute file path in a message: a slash after the
// start, a space, a quote, a parenthesis or '=' and what follows to the next space or quote.
var absPath = regexp.MustCompile(`(^|[\s'"(=:])(/[^\s'"()]+)`)

// scrubPaths removes file and directory paths from a message for a client:
// every absolute path, then the home directory wherever it is left.
func scrubPaths(msg string) string {
	msg = absPath.ReplaceAllString(msg, "${1}<path>")
	if home, err := os.UserHomeDir(); err == nil && len(home) > 1 {
		msg = strings.ReplaceAll(msg, home, "~")
	}
	return msg
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

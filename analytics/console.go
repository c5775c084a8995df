package analytics

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"regexp"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/duckdb/duckdb-go/v2"

	"actas/analytics/sqlshell"
)

// Result is the answer of the SQL console. Limit says which bound cut the
// rows when Truncated is set.
type Result struct {
	Columns   []string `json:"columns"`
	Rows      [][]any  `json:"rows"`
	Truncated bool     `json:"truncated"`
	Limit     string   `json:"limit,omitempty"`
}

// console runs analysts' statements on the snapshot's sandboxed pool.
type console struct {
	timeout  time.Duration
	rowCap   int
	byteCap  int // most bytes of JSON rows in one answer
	memoryMB int // the console instance's memory limit, for its error text
}

// explainPrefix matches EXPLAIN [ANALYZE] in front of the statement it explains.
var explainPrefix = regexp.MustCompile(`(?is)^\s*explain(\s+analyze)?\s+`)

// parsed is what DuckDB's json_serialize_sql says of a statement.
type parsed struct {
	Error      bool              `json:"error"`
	Message    string            `json:"error_message"`
	Statements []json.RawMessage `json:"statements"`
}

// check accepts exactly one read-only statement: the keyword screen, then
// DuckDB's own parser, which serializes SELECT statements only, and a walk
// of the parsed statement for forbidden functions and system views.
func (c console) check(ctx context.Context, db *sql.DB, stmt string) error {
	if err := screenSQL(stmt); err != nil {
		return err
	}
	inner := explainPrefix.ReplaceAllString(stmt, "")
	var text string
	err := db.QueryRowContext(ctx, `SELECT json_serialize_sql(?::VARCHAR)::VARCHAR`, inner).Scan(&text)
	if err != nil {
		return fmt.Errorf("checking statement: %w", err)
	}
	var p parsed
	if err := json.Unmarshal([]byte(text), &p); err != nil {
		return fmt.Errorf("checking statement: %w", err)
	}
	if p.Error {
		if p.Message == "Only SELECT statements can be serialized to json!" {
			return errors.New("only read-only SELECT statements are allowed")
		}
		return errors.New(p.Message)
	}
	if len(p.Statements) != 1 {
		return fmt.Errorf("send exactly one statement, not %d", len(p.Statements))
	}
	var tree any
	if err := json.Unmarshal(p.Statements[0], &tree); err != nil {
		return fmt.Errorf("checking statement: %w", err)
	}
	return screenTree(tree)
}

// run checks and runs stmt with the time limit, keeping at most rowCap rows
// and byteCap bytes of rows; its errors name no file or directory.
func (c console) run(ctx context.Context, db *sql.DB, stmt string) (Result, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	if err := c.check(ctx, db, stmt); err != nil {
		return Result{}, errors.New(scrubPaths(err.Error()))
	}
	res, size, err := c.query(ctx, db, stmt)
	if size > 1<<20 || isOutOfMemory(err) {
		defer debug.FreeOSMemory() // give the answer's memory back once it is written
	}
	switch {
	case err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded):
		return Result{}, fmt.Errorf("statement interrupted after the time limit of %s", c.timeout)
	case isOutOfMemory(err):
		return Result{}, fmt.Errorf("the statement needs more than the console's memory limit of %d MB: "+
			"add a LIMIT, aggregate, or select fewer or shorter columns", c.memoryMB)
	case err != nil:
		return Result{}, errors.New(scrubPaths(err.Error()))
	}
	return res, nil
}

// sizeText writes a byte count for people: 8 MB, 512 KB, 100 bytes.
func sizeText(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// isOutOfMemory reports whether DuckDB refused a statement for lack of memory.
func isOutOfMemory(err error) bool {
	return err != nil && strings.Contains(err.Error(), "Out of Memory")
}

// rowSizesSQL measures the rows a statement would answer, at most %d of
// them, as text, inside DuckDB: a driver result is held whole in memory
// outside DuckDB's memory limit, so only rows known to fit are fetched.
const rowSizesSQL = "SELECT strlen(CAST(__actas_row AS VARCHAR)) FROM (SELECT * FROM (\n%s\n) LIMIT %d) AS __actas_row"

// query runs a checked statement and converts its values for JSON, until
// rowCap rows or byteCap bytes of JSON; it returns the bytes kept. Unless
// it is an EXPLAIN, the statement first runs to measure its rows, then to
// fetch as many as fit. Each row is encoded as it is read, so the time
// limit covers the encoding.
func (c console) query(ctx context.Context, db *sql.DB, stmt string) (Result, int, error) {
	limit, cut := -1, ""
	if !explainPrefix.MatchString(stmt) {
		inner := sqlshell.Split(stmt)[0]
		var err error
		if limit, cut, err = c.fitting(ctx, db, inner); err != nil {
			return Result{}, 0, err
		}
		stmt = fmt.Sprintf("SELECT * FROM (\n%s\n) LIMIT %d", inner, limit)
	}
	rs, err := db.QueryContext(ctx, stmt)
	if err != nil {
		return Result{}, 0, err
	}
	defer rs.Close()
	cols, err := rs.Columns()
	if err != nil {
		return Result{}, 0, err
	}
	res := Result{Columns: cols, Rows: [][]any{}, Truncated: cut != "", Limit: cut}
	size := 0
	for rs.Next() {
		if len(res.Rows) == c.rowCap {
			res.Truncated, res.Limit = true, fmt.Sprintf("the first %d rows", c.rowCap)
			break
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			return Result{}, size, err
		}
		for i, v := range vals {
			vals[i] = jsonValue(v)
		}
		b, err := json.Marshal(vals)
		if err != nil {
			return Result{}, size, err
		}
		if size+len(b) > c.byteCap {
			res.Truncated, res.Limit = true, c.byteLimit(len(res.Rows))
			break
		}
		size += len(b)
		res.Rows = append(res.Rows, vals)
		if err := ctx.Err(); err != nil {
			return Result{}, size, err
		}
	}
	if err := rs.Err(); err != nil {
		return Result{}, size, err
	}
	return res, size, nil
}

// fitting measures the rows of stmt and returns how many to fetch, and why
// they are cut when they are: the row cap or the byte cap.
func (c console) fitting(ctx context.Context, db *sql.DB, stmt string) (int, string, error) {
	rs, err := db.QueryContext(ctx, fmt.Sprintf(rowSizesSQL, stmt, c.rowCap+1))
	if err != nil {
		return 0, "", err
	}
	defer rs.Close()
	n, total := 0, 0
	for rs.Next() {
		var size sql.NullInt64
		if err := rs.Scan(&size); err != nil {
			return 0, "", err
		}
		if n == c.rowCap {
			return n, fmt.Sprintf("the first %d rows", c.rowCap), nil
		}
		if total += int(size.Int64); total > c.byteCap {
			return n, c.byteLimit(n), nil
		}
		n++
	}
	return n, "", rs.Err()
}

// byteLimit says that the answer was cut to n rows by the byte cap.
func (c console) byteLimit(n int) string {
	return fmt.Sprintf("the first %d rows: an answer is capped at %s", n, sizeText(c.byteCap))
}

// jsonValue turns a DuckDB value into one encoding/json can write and a
// browser can read: dates as ISO text, NaN as text, maps with string keys.
func jsonValue(v any) any {
	switch x := v.(type) {
	case nil, bool, string, int8, int16, int32, int64, uint8, uint16, uint32, int, uint:
		return x
	case uint64:
		if x > 1<<53 {
			return fmt.Sprint(x)
		}
		return x
	case float32:
		return jsonValue(float64(x))
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Sprint(x)
		}
		return x
	case *big.Int:
		return x.String()
	case []byte:
		if utf8.Valid(x) {
			return string(x)
		}
		return base64.StdEncoding.EncodeToString(x)
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339Nano)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonValue(e)
		}
		return out
	case duckdb.OrderedMap:
		out := make(map[string]any, x.Len())
		vals := x.Values()
		for i, k := range x.Keys() {
			out[fmt.Sprint(k)] = jsonValue(vals[i])
		}
		return out
	case fmt.Stringer:
		return x.String()
	}
	if m, ok := asMap(v); ok {
		return m
	}
	if _, err := json.Marshal(v); err != nil {
		return fmt.Sprint(v)
	}
	return v
}

// asMap converts a map with non-string keys (a DuckDB MAP) to string keys.
func asMap(v any) (map[string]any, bool) {
	m, ok := v.(map[any]any)
	if !ok {
		return nil, false
	}
	out := make(map[string]any, len(m))
	for k, e := range m {
		out[fmt.Sprint(k)] = jsonValue(e)
	}
	return out, true
}

// csvText renders a converted value as one CSV field.
func csvText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []any, map[string]any:
		b, _ := json.Marshal(x)
		return string(b)
	}
	return strings.TrimSpace(fmt.Sprint(v))
}

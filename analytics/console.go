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
	"strings"
	"time"
	"unicode/utf8"

	"github.com/duckdb/duckdb-go/v2"
)

// Result is the answer of the SQL console.
type Result struct {
	Columns   []string `json:"columns"`
	Rows      [][]any  `json:"rows"`
	Truncated bool     `json:"truncated"`
}

// console runs analysts' statements on the snapshot's sandboxed pool.
type console struct {
	timeout time.Duration
	rowCap  int
}

// explainPrefix matches EXPLAIN [ANALYZE] in front of the statement it explains.
var explainPrefix = regexp.MustCompile(`(?is)^\s*explain(\s+analyze)?\s+`)

// check accepts exactly one read-only statement: the keyword screen, then
// DuckDB's own parser, which serializes SELECT statements only.
func (c console) check(ctx context.Context, db *sql.DB, stmt string) error {
	if err := screenSQL(stmt); err != nil {
		return err
	}
	inner := explainPrefix.ReplaceAllString(stmt, "")
	var failed bool
	var msg sql.NullString
	var n sql.NullInt64
	err := db.QueryRowContext(ctx, `SELECT coalesce(j->>'error', 'false') = 'true', j->>'error_message', json_array_length(j->'statements')
		FROM (SELECT json_serialize_sql(?::VARCHAR)::JSON AS j)`, inner).Scan(&failed, &msg, &n)
	if err != nil {
		return fmt.Errorf("checking statement: %w", err)
	}
	if failed {
		if msg.String == "Only SELECT statements can be serialized to json!" {
			return errors.New("only read-only SELECT statements are allowed")
		}
		return errors.New(msg.String)
	}
	if n.Int64 != 1 {
		return fmt.Errorf("send exactly one statement, not %d", n.Int64)
	}
	return nil
}

// run checks and runs stmt with the time limit, keeping at most rowCap rows.
func (c console) run(ctx context.Context, db *sql.DB, stmt string) (Result, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	if err := c.check(ctx, db, stmt); err != nil {
		return Result{}, err
	}
	res, err := c.query(ctx, db, stmt)
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return Result{}, fmt.Errorf("statement interrupted after the time limit of %s", c.timeout)
	}
	return res, err
}

// query runs a checked statement and converts its values for JSON.
func (c console) query(ctx context.Context, db *sql.DB, stmt string) (Result, error) {
	rs, err := db.QueryContext(ctx, stmt)
	if err != nil {
		return Result{}, err
	}
	defer rs.Close()
	cols, err := rs.Columns()
	if err != nil {
		return Result{}, err
	}
	res := Result{Columns: cols, Rows: [][]any{}}
	for rs.Next() {
		if len(res.Rows) == c.rowCap {
			res.Truncated = true
			break
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			return Result{}, err
		}
		for i, v := range vals {
			vals[i] = jsonValue(v)
		}
		res.Rows = append(res.Rows, vals)
	}
	if err := rs.Err(); err != nil {
		return Result{}, err
	}
	return res, nil
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

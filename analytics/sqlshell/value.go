package sqlshell

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/duckdb/duckdb-go/v2"
)

// appendText appends v as DuckDB's CLI shows it; NULL is written as null.
// Strings nested in lists, structs and maps are quoted when nested is true.
func appendText(b []byte, v any, info duckdb.TypeInfo, nested bool, null string) []byte {
	if v != nil && isJSON(info) {
		return appendMarshaled(b, v)
	}
	switch x := v.(type) {
	case nil:
		return append(b, null...)
	case string:
		if nested {
			return appendQuoted(b, x)
		}
		return append(b, x...)
	case bool:
		return strconv.AppendBool(b, x)
	case int8, int16, int32, int64, int, uint8, uint16, uint32, uint64, uint:
		return appendInteger(b, x)
	case float32:
		return appendFloat(b, float64(x), 32)
	case float64:
		return appendFloat(b, x, 64)
	case time.Time:
		return appendTime(b, x, typeOf(info))
	case duckdb.Decimal:
		return appendDecimal(b, x)
	case *big.Int:
		return x.Append(b, 10)
	case duckdb.Interval:
		return appendInterval(b, x)
	case []byte:
		if typeOf(info) == duckdb.TYPE_UUID && len(x) == 16 {
			return appendUUID(b, x)
		}
		return appendBlob(b, x)
	case []any:
		child := childInfo(info)
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendText(b, e, child, true, "NULL")
		}
		return append(b, ']')
	case map[string]any:
		b = append(b, '{')
		for i, f := range structFields(x, info) {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendQuoted(b, f.name)
			b = append(b, ": "...)
			b = appendText(b, x[f.name], f.info, true, "NULL")
		}
		return append(b, '}')
	case duckdb.OrderedMap:
		key, val := mapInfo(info)
		keys, vals := x.Keys(), x.Values()
		b = append(b, '{')
		for i := range keys {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendText(b, keys[i], key, true, "NULL")
			b = append(b, '=')
			b = appendText(b, vals[i], val, true, "NULL")
		}
		return append(b, '}')
	case duckdb.Union:
		return appendText(b, x.Value, nil, nested, null)
	}
	return fmt.Append(b, v)
}

// appendJSON appends v as a JSON value: dates and times as strings,
// DECIMAL and HUGEINT as numbers, nested types as arrays and objects.
func appendJSON(b []byte, v any, info duckdb.TypeInfo) []byte {
	if v != nil && isJSON(info) {
		return appendMarshaled(b, v)
	}
	switch x := v.(type) {
	case nil:
		return append(b, "null"...)
	case string:
		return appendJSONString(b, x)
	case bool:
		return strconv.AppendBool(b, x)
	case int8, int16, int32, int64, int, uint8, uint16, uint32, uint64, uint:
		return appendInteger(b, x)
	case float32:
		return appendJSONFloat(b, float64(x), 32)
	case float64:
		return appendJSONFloat(b, x, 64)
	case duckdb.Decimal:
		return appendDecimal(b, x)
	case *big.Int:
		return x.Append(b, 10)
	case []any:
		child := childInfo(info)
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSON(b, e, child)
		}
		return append(b, ']')
	case map[string]any:
		b = append(b, '{')
		for i, f := range structFields(x, info) {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, f.name)
			b = append(b, ':')
			b = appendJSON(b, x[f.name], f.info)
		}
		return append(b, '}')
	case duckdb.OrderedMap:
		return appendJSONMap(b, x, info)
	case duckdb.Union:
		return appendJSON(b, x.Value, nil)
	case time.Time:
		b = append(b, '"')
		return append(appendTime(b, x, typeOf(info)), '"')
	case duckdb.Interval:
		b = append(b, '"')
		return append(appendInterval(b, x), '"')
	case []byte:
		return appendJSONString(b, string(appendText(nil, v, info, false, "")))
	}
	return appendMarshaled(b, v)
}

// isJSON reports whether info is DuckDB's JSON type, whose values the driver
// has already decoded.
func isJSON(info duckdb.TypeInfo) bool {
	return info != nil && info.Alias() == "JSON"
}

// appendMarshaled appends v encoded by encoding/json, or as a JSON string of
// its Go form when it cannot be encoded.
func appendMarshaled(b []byte, v any) []byte {
	if j, err := json.Marshal(v); err == nil {
		return append(b, j...)
	}
	return appendJSONString(b, fmt.Sprint(v))
}

// appendJSONMap appends a MAP as an object when its keys are strings, and
// as an array of {"key","value"} objects otherwise.
func appendJSONMap(b []byte, m duckdb.OrderedMap, info duckdb.TypeInfo) []byte {
	key, val := mapInfo(info)
	keys, vals := m.Keys(), m.Values()
	stringKeys := true
	for _, k := range keys {
		if _, ok := k.(string); !ok {
			stringKeys = false
		}
	}
	if stringKeys {
		b = append(b, '{')
		for i := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, keys[i].(string))
			b = append(b, ':')
			b = appendJSON(b, vals[i], val)
		}
		return append(b, '}')
	}
	b = append(b, '[')
	for i := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"key":`...)
		b = appendJSON(b, keys[i], key)
		b = append(b, `,"value":`...)
		b = appendJSON(b, vals[i], val)
		b = append(b, '}')
	}
	return append(b, ']')
}

// field is one STRUCT entry.
type field struct {
	name string
	info duckdb.TypeInfo
}

// structFields lists a STRUCT's entries in their declared order, or sorted
// by name when the type is unknown.
func structFields(m map[string]any, info duckdb.TypeInfo) []field {
	if info != nil {
		if d, ok := info.Details().(*duckdb.StructDetails); ok && len(d.Entries) == len(m) {
			fs := make([]field, len(d.Entries))
			for i, e := range d.Entries {
				fs[i] = field{name: e.Name(), info: e.Info()}
			}
			return fs
		}
	}
	fs := make([]field, 0, len(m))
	for k := range m {
		fs = append(fs, field{name: k})
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].name < fs[j].name })
	return fs
}

// typeOf returns info's type, or TYPE_INVALID when info is nil.
func typeOf(info duckdb.TypeInfo) duckdb.Type {
	if info == nil {
		return duckdb.TYPE_INVALID
	}
	return info.InternalType()
}

// childInfo returns the element type of a LIST or ARRAY.
func childInfo(info duckdb.TypeInfo) duckdb.TypeInfo {
	if info == nil {
		return nil
	}
	switch d := info.Details().(type) {
	case *duckdb.ListDetails:
		return d.Child
	case *duckdb.ArrayDetails:
		return d.Child
	}
	return nil
}

// mapInfo returns the key and value types of a MAP.
func mapInfo(info duckdb.TypeInfo) (key, val duckdb.TypeInfo) {
	if info == nil {
		return nil, nil
	}
	if d, ok := info.Details().(*duckdb.MapDetails); ok {
		return d.Key, d.Value
	}
	return nil, nil
}

// appendInteger appends any Go integer in base 10.
func appendInteger(b []byte, v any) []byte {
	switch x := v.(type) {
	case int8:
		return strconv.AppendInt(b, int64(x), 10)
	case int16:
		return strconv.AppendInt(b, int64(x), 10)
	case int32:
		return strconv.AppendInt(b, int64(x), 10)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	case uint8:
		return strconv.AppendUint(b, uint64(x), 10)
	case uint16:
		return strconv.AppendUint(b, uint64(x), 10)
	case uint32:
		return strconv.AppendUint(b, uint64(x), 10)
	case uint64:
		return strconv.AppendUint(b, x, 10)
	case uint:
		return strconv.AppendUint(b, uint64(x), 10)
	}
	return b
}

// appendDecimal appends d with exactly its scale's digits after the point.
func appendDecimal(b []byte, d duckdb.Decimal) []byte {
	if d.Value == nil {
		return append(b, '0')
	}
	digits := new(big.Int).Abs(d.Value).String()
	if d.Value.Sign() < 0 {
		b = append(b, '-')
	}
	scale := int(d.Scale)
	if scale == 0 {
		return append(b, digits...)
	}
	if len(digits) <= scale {
		digits = strings.Repeat("0", scale-len(digits)+1) + digits
	}
	cut := len(digits) - scale
	b = append(b, digits[:cut]...)
	b = append(b, '.')
	return append(b, digits[cut:]...)
}

// appendFloat appends f as DuckDB prints a float: 1.0, 0.25, 1e+20, inf, nan.
func appendFloat(b []byte, f float64, bits int) []byte {
	switch {
	case math.IsNaN(f):
		return append(b, "nan"...)
	case math.IsInf(f, 1):
		return append(b, "inf"...)
	case math.IsInf(f, -1):
		return append(b, "-inf"...)
	}
	abs := math.Abs(f)
	if abs != 0 && (abs < 1e-5 || abs >= 1e16) {
		return strconv.AppendFloat(b, f, 'e', -1, bits)
	}
	start := len(b)
	b = strconv.AppendFloat(b, f, 'f', -1, bits)
	for _, c := range b[start:] {
		if c == '.' {
			return b
		}
	}
	return append(b, ".0"...)
}

// appendJSONFloat appends f as a JSON number, or null when it is NaN or infinite.
func appendJSONFloat(b []byte, f float64, bits int) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	return strconv.AppendFloat(b, f, 'g', -1, bits)
}

// appendTime appends a DATE, TIME or TIMESTAMP value by its DuckDB type.
func appendTime(b []byte, t time.Time, typ duckdb.Type) []byte {
	switch typ {
	case duckdb.TYPE_DATE:
		if y, m, d := t.Date(); y >= 0 && y <= 9999 {
			return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
				byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
		}
		return t.AppendFormat(b, "2006-01-02")
	case duckdb.TYPE_TIME:
		return t.AppendFormat(b, "15:04:05.999999")
	case duckdb.TYPE_TIME_TZ:
		return t.AppendFormat(b, "15:04:05.999999-07")
	case duckdb.TYPE_TIMESTAMP_TZ:
		return t.UTC().AppendFormat(b, "2006-01-02 15:04:05.999999-07")
	case duckdb.TYPE_TIMESTAMP_NS:
		return t.AppendFormat(b, "2006-01-02 15:04:05.999999999")
	}
	return t.AppendFormat(b, "2006-01-02 15:04:05.999999")
}

// appendInterval appends an INTERVAL like DuckDB: 1 year 2 months 3 days 04:05:06.
func appendInterval(b []byte, iv duckdb.Interval) []byte {
	start := len(b)
	part := func(n int64, unit string) {
		if n == 0 {
			return
		}
		if len(b) > start {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, n, 10)
		b = append(b, ' ')
		b = append(b, unit...)
		if n != 1 && n != -1 {
			b = append(b, 's')
		}
	}
	part(int64(iv.Months/12), "year")
	part(int64(iv.Months%12), "month")
	part(int64(iv.Days), "day")
	if iv.Micros != 0 || len(b) == start {
		if len(b) > start {
			b = append(b, ' ')
		}
		us := iv.Micros
		if us < 0 {
			b = append(b, '-')
			us = -us
		}
		d := time.Duration(us) * time.Microsecond
		b = fmt.Appendf(b, "%02d:%02d:%02d", int64(d.Hours()), int64(d.Minutes())%60, int64(d.Seconds())%60)
		if frac := us % 1e6; frac != 0 {
			b = fmt.Appendf(b, ".%06d", frac)
		}
	}
	return b
}

// appendUUID appends 16 bytes as a UUID string.
func appendUUID(b []byte, u []byte) []byte {
	var s [36]byte
	hex.Encode(s[0:8], u[0:4])
	s[8] = '-'
	hex.Encode(s[9:13], u[4:6])
	s[13] = '-'
	hex.Encode(s[14:18], u[6:8])
	s[18] = '-'
	hex.Encode(s[19:23], u[8:10])
	s[23] = '-'
	hex.Encode(s[24:], u[10:])
	return append(b, s[:]...)
}

// appendBlob appends a BLOB like DuckDB: printable ASCII as is, other bytes as \xAB.
func appendBlob(b []byte, x []byte) []byte {
	const digits = "0123456789ABCDEF"
	for _, c := range x {
		if c >= 0x20 && c < 0x7f && c != '\\' {
			b = append(b, c)
			continue
		}
		b = append(b, '\\', 'x', digits[c>>4], digits[c&0xf])
	}
	return b
}

// appendQuoted appends s in single quotes, doubling quotes inside.
func appendQuoted(b []byte, s string) []byte {
	b = append(b, '\'')
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			b = append(b, '\'')
		}
		b = append(b, s[i])
	}
	return append(b, '\'')
}

// appendJSONString appends s as a JSON string; invalid UTF-8 becomes U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const digits = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', digits[c>>4], digits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = fmt.Appendf(b, `\u%04x`, r)
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

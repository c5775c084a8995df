package export

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/decimal128"
	"github.com/duckdb/duckdb-go/v2"
)

// appendFunc appends one value, as the DuckDB driver returns it, to an
// Arrow builder of the matching type.
type appendFunc func(b array.Builder, v any) error

// arrowSchema maps the result columns of a statement to an Arrow schema and
// the functions that append their values.
func arrowSchema(st *duckdb.Stmt, names []string) (*arrow.Schema, []appendFunc, error) {
	fields := make([]arrow.Field, len(names))
	appenders := make([]appendFunc, len(names))
	for i, name := range names {
		info, err := st.ColumnTypeInfo(i)
		if err != nil {
			return nil, nil, fmt.Errorf("column %s: %w", name, err)
		}
		dt, app := arrowType(info)
		fields[i] = arrow.Field{Name: name, Type: dt, Nullable: true}
		appenders[i] = app
	}
	return arrow.NewSchema(fields, nil), appenders, nil
}

// arrowType returns the Arrow type for a DuckDB type and the function that
// appends its values. Types Parquet readers do not share (INTERVAL, HUGEINT,
// UUID, UNION, TIME WITH TIME ZONE, ...) become text.
func arrowType(info duckdb.TypeInfo) (arrow.DataType, appendFunc) {
	if info.Alias() == "JSON" {
		return arrow.BinaryTypes.String, appendJSONText
	}
	switch info.InternalType() {
	case duckdb.TYPE_BOOLEAN:
		return arrow.FixedWidthTypes.Boolean, appendAs(func(b *array.BooleanBuilder, v bool) { b.Append(v) })
	case duckdb.TYPE_TINYINT:
		return arrow.PrimitiveTypes.Int8, appendAs(func(b *array.Int8Builder, v int8) { b.Append(v) })
	case duckdb.TYPE_SMALLINT:
		return arrow.PrimitiveTypes.Int16, appendAs(func(b *array.Int16Builder, v int16) { b.Append(v) })
	case duckdb.TYPE_INTEGER:
		return arrow.PrimitiveTypes.Int32, appendAs(func(b *array.Int32Builder, v int32) { b.Append(v) })
	case duckdb.TYPE_BIGINT:
		return arrow.PrimitiveTypes.Int64, appendAs(func(b *array.Int64Builder, v int64) { b.Append(v) })
	case duckdb.TYPE_UTINYINT:
		return arrow.PrimitiveTypes.Uint8, appendAs(func(b *array.Uint8Builder, v uint8) { b.Append(v) })
	case duckdb.TYPE_USMALLINT:
		return arrow.PrimitiveTypes.Uint16, appendAs(func(b *array.Uint16Builder, v uint16) { b.Append(v) })
	case duckdb.TYPE_UINTEGER:
		return arrow.PrimitiveTypes.Uint32, appendAs(func(b *array.Uint32Builder, v uint32) { b.Append(v) })
	case duckdb.TYPE_UBIGINT:
		return arrow.PrimitiveTypes.Uint64, appendAs(func(b *array.Uint64Builder, v uint64) { b.Append(v) })
	case duckdb.TYPE_FLOAT:
		return arrow.PrimitiveTypes.Float32, appendAs(func(b *array.Float32Builder, v float32) { b.Append(v) })
	case duckdb.TYPE_DOUBLE:
		return arrow.PrimitiveTypes.Float64, appendAs(func(b *array.Float64Builder, v float64) { b.Append(v) })
	case duckdb.TYPE_VARCHAR, duckdb.TYPE_ENUM:
		return arrow.BinaryTypes.String, appendAs(func(b *array.StringBuilder, v string) { b.Append(v) })
	case duckdb.TYPE_BLOB:
		return arrow.BinaryTypes.Binary, appendAs(func(b *array.BinaryBuilder, v []byte) { b.Append(v) })
	case duckdb.TYPE_UUID:
		return arrow.BinaryTypes.String, appendAs(func(b *array.StringBuilder, v []byte) { b.Append(uuidString(v)) })
	case duckdb.TYPE_DATE:
		return arrow.FixedWidthTypes.Date32, appendAs(func(b *array.Date32Builder, v time.Time) { b.Append(arrow.Date32FromTime(v)) })
	case duckdb.TYPE_TIME:
		return arrow.FixedWidthTypes.Time64us, appendAs(func(b *array.Time64Builder, v time.Time) {
			midnight := time.Date(v.Year(), v.Month(), v.Day(), 0, 0, 0, 0, v.Location())
			b.Append(arrow.Time64(v.Sub(midnight).Microseconds()))
		})
	case duckdb.TYPE_TIMESTAMP, duckdb.TYPE_TIMESTAMP_S, duckdb.TYPE_TIMESTAMP_MS:
		return timestampType(arrow.Microsecond, "")
	case duckdb.TYPE_TIMESTAMP_NS:
		return timestampType(arrow.Nanosecond, "")
	case duckdb.TYPE_TIMESTAMP_TZ:
		return timestampType(arrow.Microsecond, "UTC")
	case duckdb.TYPE_DECIMAL:
		d, ok := info.Details().(*duckdb.DecimalDetails)
		if !ok {
			break
		}
		dt := &arrow.Decimal128Type{Precision: int32(d.Width), Scale: int32(d.Scale)}
		return dt, appendAs(func(b *array.Decimal128Builder, v duckdb.Decimal) { b.Append(decimal128.FromBigInt(v.Value)) })
	case duckdb.TYPE_LIST, duckdb.TYPE_ARRAY:
		var child duckdb.TypeInfo
		switch d := info.Details().(type) {
		case *duckdb.ListDetails:
			child = d.Child
		case *duckdb.ArrayDetails:
			child = d.Child
		}
		if child == nil {
			break
		}
		et, app := arrowType(child)
		return arrow.ListOf(et), appendAsErr(func(b *array.ListBuilder, v []any) error {
			b.Append(true)
			for _, e := range v {
				if err := appendOrNull(app, b.ValueBuilder(), e); err != nil {
					return err
				}
			}
			return nil
		})
	case duckdb.TYPE_STRUCT:
		d, ok := info.Details().(*duckdb.StructDetails)
		if !ok {
			break
		}
		fields := make([]arrow.Field, len(d.Entries))
		apps := make([]appendFunc, len(d.Entries))
		for i, e := range d.Entries {
			dt, app := arrowType(e.Info())
			fields[i] = arrow.Field{Name: e.Name(), Type: dt, Nullable: true}
			apps[i] = app
		}
		return arrow.StructOf(fields...), appendAsErr(func(b *array.StructBuilder, v map[string]any) error {
			b.Append(true)
			for i, f := range fields {
				if err := appendOrNull(apps[i], b.FieldBuilder(i), v[f.Name]); err != nil {
					return err
				}
			}
			return nil
		})
	case duckdb.TYPE_MAP:
		d, ok := info.Details().(*duckdb.MapDetails)
		if !ok {
			break
		}
		kt, kapp := arrowType(d.Key)
		vt, vapp := arrowType(d.Value)
		return arrow.MapOf(kt, vt), appendAsErr(func(b *array.MapBuilder, v duckdb.OrderedMap) error {
			b.Append(true)
			keys, vals := v.Keys(), v.Values()
			for i := range keys {
				if err := kapp(b.KeyBuilder(), keys[i]); err != nil {
					return err
				}
				if err := appendOrNull(vapp, b.ItemBuilder(), vals[i]); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return arrow.BinaryTypes.String, appendText
}

// appendAs makes an appendFunc from a function typed for one builder and
// value type; it appends NULL for nil.
func appendAs[B array.Builder, V any](fn func(B, V)) appendFunc {
	return appendAsErr(func(b B, v V) error { fn(b, v); return nil })
}

// appendAsErr is appendAs for an append function that can fail.
func appendAsErr[B array.Builder, V any](fn func(B, V) error) appendFunc {
	return func(b array.Builder, v any) error {
		if v == nil {
			b.AppendNull()
			return nil
		}
		tb, ok := b.(B)
		if !ok {
			return fmt.Errorf("builder %T for %T", b, v)
		}
		tv, ok := v.(V)
		if !ok {
			return fmt.Errorf("unexpected value %T for %s", v, b.Type())
		}
		return fn(tb, tv)
	}
}

// appendOrNull appends v with app, or NULL when v is nil.
func appendOrNull(app appendFunc, b array.Builder, v any) error {
	if v == nil {
		b.AppendNull()
		return nil
	}
	return app(b, v)
}

// timestampType returns an Arrow timestamp type of unit and zone.
func timestampType(unit arrow.TimeUnit, zone string) (arrow.DataType, appendFunc) {
	dt := &arrow.TimestampType{Unit: unit, TimeZone: zone}
	return dt, appendAsErr(func(b *array.TimestampBuilder, v time.Time) error {
		ts, err := arrow.TimestampFromTime(v, unit)
		if err != nil {
			return err
		}
		b.Append(ts)
		return nil
	})
}

// appendJSONText appends a JSON value, which the driver has decoded, as JSON text.
func appendJSONText(b array.Builder, v any) error {
	if v == nil {
		b.AppendNull()
		return nil
	}
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b.(*array.StringBuilder).Append(string(data))
	return nil
}

// appendText appends any other value as text.
func appendText(b array.Builder, v any) error {
	if v == nil {
		b.AppendNull()
		return nil
	}
	sb := b.(*array.StringBuilder)
	switch x := v.(type) {
	case *big.Int:
		sb.Append(x.String())
	case []byte:
		sb.Append(string(x))
	case duckdb.Interval:
		sb.Append(fmt.Sprintf("%d months %d days %d microseconds", x.Months, x.Days, x.Micros))
	case duckdb.Union:
		sb.Append(fmt.Sprint(x.Value))
	default:
		sb.Append(fmt.Sprint(x))
	}
	return nil
}

// uuidString formats 16 bytes as a UUID.
func uuidString(u []byte) string {
	if len(u) != 16 {
		return hex.EncodeToString(u)
	}
	s := hex.EncodeToString(u)
	return s[0:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:]
}

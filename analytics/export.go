package analytics

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"reflect"
	"strconv"
	"strings"
)

// writeRows answers a list as JSON, or as CSV with ?format=csv, named after what it lists.
func writeRows[T any](w http.ResponseWriter, r *http.Request, name string, list []T) {
	if r.URL.Query().Get("format") != "csv" {
		writeJSON(w, http.StatusOK, list)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="actas-%s.csv"`, name))
	cw := csv.NewWriter(w)
	var zero T
	cw.Write(csvHeader(reflect.TypeOf(zero), ""))
	for _, row := range list {
		cw.Write(csvRecord(reflect.ValueOf(row)))
	}
	cw.Flush()
}

// csvHeader lists the JSON names of a row type's fields, a nested struct's as parent_child.
func csvHeader(t reflect.Type, prefix string) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		name := jsonName(f)
		if name == "" {
			continue
		}
		if f.Type.Kind() == reflect.Struct {
			out = append(out, csvHeader(f.Type, prefix+name+"_")...)
			continue
		}
		out = append(out, prefix+name)
	}
	return out
}

// csvRecord writes a row's fields in csvHeader's order; a list is joined with spaces, a missing number left empty.
func csvRecord(v reflect.Value) []string {
	var out []string
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if jsonName(f) == "" {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.Struct:
			out = append(out, csvRecord(fv)...)
		case reflect.Slice:
			parts := make([]string, fv.Len())
			for j := range parts {
				parts[j] = fmt.Sprint(fv.Index(j).Interface())
			}
			out = append(out, strings.Join(parts, " "))
		case reflect.Pointer:
			if fv.IsNil() {
				out = append(out, "")
			} else {
				out = append(out, fmt.Sprint(fv.Elem().Interface()))
			}
		case reflect.Float64:
			out = append(out, strconv.FormatFloat(fv.Float(), 'f', -1, 64))
		default:
			out = append(out, fmt.Sprint(fv.Interface()))
		}
	}
	return out
}

// jsonName is a field's JSON name, or "" when it is not exported to JSON.
func jsonName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	switch name {
	case "-":
		return ""
	case "":
		return f.Name
	}
	return name
}

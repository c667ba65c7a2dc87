// Package scalar holds how Verkosto writes and reads its GraphQL scalars:
// Date (a calendar day), ID (an entry's integer ID, written as a string)
// and MapData (the map, encoded once on the server and written as is).
package scalar

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// DateLayout is how a Date travels: ISO 8601 calendar date.
const DateLayout = "2006-01-02"

// MarshalDate writes a date as "YYYY-MM-DD". Dates are stored as midnight UTC.
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(t.UTC().Format(DateLayout)))
	})
}

// UnmarshalDate reads "YYYY-MM-DD" into midnight UTC.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, fmt.Errorf("a date must be a string like 2024-01-31")
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date like 2024-01-31", s)
	}
	return t, nil
}

// MarshalMapData writes an already-encoded JSON value as is. The map payload
// is built and encoded once from flat SQL; passing it through as raw bytes
// keeps gqlgen from walking thousands of elements.
func MarshalMapData(b json.RawMessage) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		if len(b) == 0 {
			io.WriteString(w, "null")
			return
		}
		w.Write(b)
	})
}

// UnmarshalMapData is refused: MapData is an output-only type.
func UnmarshalMapData(any) (json.RawMessage, error) {
	return nil, fmt.Errorf("MapData is an output-only type")
}

// MarshalID writes an ID as a string, as Relay clients expect.
func MarshalID(id int) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(strconv.Itoa(id)))
	})
}

// UnmarshalID reads an ID given as a string or a number. The message names
// the problem without echoing Go's parser errors.
func UnmarshalID(v any) (int, error) {
	switch v := v.(type) {
	case string:
		id, err := strconv.Atoi(v)
		if err != nil {
			return 0, fmt.Errorf("%q is not a valid ID", v)
		}
		return id, nil
	case int:
		return v, nil
	case int64:
		return int(v), nil
	case json.Number:
		id, err := strconv.Atoi(string(v))
		if err != nil {
			return 0, fmt.Errorf("%q is not a valid ID", string(v))
		}
		return id, nil
	}
	return 0, fmt.Errorf("an ID must be a string")
}

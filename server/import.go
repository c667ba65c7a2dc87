package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/ent/schema/audit"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/importer"
	"github.com/verkosto/verkosto/internal/reqlog"
	"github.com/verkosto/verkosto/internal/viewer"
)

// An import's file travels as multipart/form-data to its own endpoints,
// not inside a GraphQL request: a 5 MB roster (base64-encoded, 6.7 MB)
// would need the GraphQL body limit raised for every request, and the
// file is better streamed under a limit of its own. The parts:
//
//	file      the XLSX or CSV file (its name goes into the audit label)
//	network   the network's ID (optional: else the file's network column)
//	sheet     the workbook's sheet (optional)
//	mapping   JSON {"header": "field", ...} (optional)
//	choices   JSON {"row": "organisation ID" | "new" | "skip", ...} (optional)
//
// Both answer JSON {"preview": {...}} or {"errors": [...], "preview"?}.
// Cross-site posts are refused by the CrossOriginProtection that wraps
// every route (a multipart form is what a hostile page can post), and the
// session cookie is SameSite=Lax, so another site's form carries none.

// maxImportBody is the file's limit plus room for the other parts.
const maxImportBody = importer.MaxFileBytes + 256<<10

type importRequest struct {
	data []byte
	opts importer.Options
}

func (a *App) readImport(w http.ResponseWriter, r *http.Request) (*importRequest, bool) {
	v := viewer.FromContext(r.Context())
	if !v.SignedIn() {
		writeImportError(w, http.StatusUnauthorized, "UNAUTHENTICATED", "", "sign in to import", nil)
		return nil, false
	}
	mediaType, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mediaType != "multipart/form-data" {
		writeImportError(w, http.StatusUnsupportedMediaType, "BAD_USER_INPUT", "", "send the file as multipart/form-data with a part named file", nil)
		return nil, false
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxImportBody)
	mr, err := r.MultipartReader()
	if err != nil {
		writeImportError(w, http.StatusBadRequest, "BAD_USER_INPUT", "", "the form cannot be read", nil)
		return nil, false
	}
	req := &importRequest{}
	hasFile := false
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, tooBigOrBad(w, err)
		}
		limit := int64(64 << 10)
		if part.FormName() == "file" {
			limit = importer.MaxFileBytes
		}
		body, err := io.ReadAll(io.LimitReader(part, limit+1))
		if err != nil {
			return nil, tooBigOrBad(w, err)
		}
		if int64(len(body)) > limit {
			field := part.FormName()
			writeImportError(w, http.StatusRequestEntityTooLarge, "BAD_USER_INPUT", field,
				fmt.Sprintf("%s: larger than %d MB", field, importer.MaxFileBytes>>20), nil)
			return nil, false
		}
		value := strings.TrimSpace(string(body))
		switch part.FormName() {
		case "file":
			req.data, hasFile = body, true
			req.opts.FileName = part.FileName()
		case "network":
			if value == "" {
				continue
			}
			if req.opts.NetworkID, err = strconv.Atoi(value); err != nil {
				writeImportError(w, http.StatusBadRequest, "BAD_USER_INPUT", "network", "network: not an ID", nil)
				return nil, false
			}
		case "sheet":
			req.opts.Sheet = value
		case "mapping":
			if value == "" {
				continue
			}
			var m map[string]string
			if err := json.Unmarshal(body, &m); err != nil {
				writeImportError(w, http.StatusBadRequest, "BAD_USER_INPUT", "mapping", `mapping: give a JSON object such as {"Jäsen": "organization"}`, nil)
				return nil, false
			}
			req.opts.Mapping = map[string]importer.Field{}
			for h, f := range m {
				field, err := importer.ParseField(f)
				if err != nil {
					writeImportError(w, http.StatusBadRequest, "BAD_USER_INPUT", "mapping", "mapping: "+err.Error(), nil)
					return nil, false
				}
				req.opts.Mapping[h] = field
			}
		case "choices":
			if value == "" {
				continue
			}
			var m map[string]string
			if err := json.Unmarshal(body, &m); err != nil {
				writeImportError(w, http.StatusBadRequest, "BAD_USER_INPUT", "choices", `choices: give a JSON object such as {"7": "new", "8": "1234"}`, nil)
				return nil, false
			}
			req.opts.Choices = map[int]string{}
			for row, c := range m {
				n, err := strconv.Atoi(row)
				if err != nil {
					writeImportError(w, http.StatusBadRequest, "BAD_USER_INPUT", "choices", "choices: rows are given by their number", nil)
					return nil, false
				}
				req.opts.Choices[n] = c
			}
		}
	}
	if !hasFile {
		writeImportError(w, http.StatusBadRequest, "BAD_USER_INPUT", "file", "file: choose a file to import", nil)
		return nil, false
	}
	if req.opts.FileName == "" {
		req.opts.FileName = "file"
	}
	return req, true
}

func tooBigOrBad(w http.ResponseWriter, err error) bool {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		writeImportError(w, http.StatusRequestEntityTooLarge, "BAD_USER_INPUT", "file",
			fmt.Sprintf("file: larger than %d MB", importer.MaxFileBytes>>20), nil)
		return false
	}
	writeImportError(w, http.StatusBadRequest, "BAD_USER_INPUT", "", "the form cannot be read", nil)
	return false
}

// importPreview answers what the import would do; it writes nothing.
func (a *App) importPreview(w http.ResponseWriter, r *http.Request) {
	req, ok := a.readImport(w, r)
	if !ok {
		return
	}
	pv, err := importer.PreviewFile(r.Context(), a.DB.Client, req.data, req.opts)
	if err != nil {
		a.importFailed(w, r, err, nil)
		return
	}
	writeImportJSON(w, http.StatusOK, map[string]any{"preview": pv})
}

// importApply carries the import out in one transaction: every row or none.
func (a *App) importApply(w http.ResponseWriter, r *http.Request) {
	req, ok := a.readImport(w, r)
	if !ok {
		return
	}
	pv, err := RunImport(r.Context(), a.DB.Client, req.data, req.opts)
	if err != nil {
		a.importFailed(w, r, err, pv)
		return
	}
	writeImportJSON(w, http.StatusOK, map[string]any{"preview": pv})
}

// RunImport applies an import in one transaction, committed only when every
// row went through; the CLI and the endpoint share it.
func RunImport(ctx context.Context, client *ent.Client, data []byte, opts importer.Options) (*importer.Preview, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	ctx = ent.NewTxContext(ctx, tx)
	pv, err := importer.ApplyFile(ctx, tx.Client(), data, opts, importer.Label(opts.FileName, data))
	if err != nil {
		tx.Rollback()
		if pv != nil {
			pv.Applied = false
		}
		return pv, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return pv, nil
}

// importFailed maps the import's errors to codes by their kind, once for
// both endpoints.
func (a *App) importFailed(w http.ResponseWriter, r *http.Request, err error, pv *importer.Preview) {
	kind := database.KindOf(err)
	var conflict *edit.ConflictError
	switch {
	case errors.Is(err, importer.ErrNotReady):
		// 422 with the preview, which shows the rows to fix.
		writeImportError(w, http.StatusUnprocessableEntity, kind.Code(), "", err.Error(), pv)
	case kind == fault.Forbidden:
		writeImportError(w, kind.Status(), kind.Code(), "", denialText(err), nil)
	case kind == fault.Conflict && errors.As(err, &conflict):
		writeImportError(w, kind.Status(), kind.Code(), "", err.Error()+"; nothing was written", nil)
	case kind == fault.Invalid:
		field, msg := invalidImport(err)
		writeImportError(w, kind.Status(), kind.Code(), field, msg, nil)
	default:
		reqlog.From(r.Context()).Error("import", "err", err)
		writeImportError(w, fault.Internal.Status(), fault.Internal.Code(), "", "internal error; quote request id "+reqlog.ID(r.Context()), nil)
	}
}

// invalidImport is the field and message of an invalid import: the file or
// an option that does not fit it, or a value the preview could not foresee
// (the row names itself).
func invalidImport(err error) (field, msg string) {
	if fileErr, ok := errors.AsType[*importer.FileError](err); ok {
		return "file", "file: " + fileErr.Msg
	}
	if inputErr, ok := errors.AsType[*importer.InputError](err); ok {
		return inputErr.Field, inputErr.Error()
	}
	field = fault.FieldOf(err)
	if validation, ok := errors.AsType[*ent.ValidationError](err); ok && field == "" {
		field = validation.Name
	}
	if field == "" {
		k, _ := errors.AsType[fault.Kinded](err) // Invalid errors say their kind
		return "", k.Error()
	}
	row, _, _ := strings.Cut(err.Error(), ":")
	return "", row + ": a value was refused (" + audit.GraphQLName(field) + "); nothing was written"
}

// denialText keeps a policy's reason and drops ent's wrapping.
func denialText(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, ": "+privacy.Deny.Error()); i > 0 {
		msg = msg[:i]
	}
	if i := strings.LastIndex(msg, "ent: "); i >= 0 {
		msg = msg[i+len("ent: "):]
	}
	return msg
}

func writeImportJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}

func writeImportError(w http.ResponseWriter, status int, code, field, message string, pv *importer.Preview) {
	ext := map[string]any{"code": code}
	if field != "" {
		ext["field"] = field
	}
	body := map[string]any{"errors": []map[string]any{{"message": message, "extensions": ext}}}
	if pv != nil {
		body["preview"] = pv
	}
	writeImportJSON(w, status, body)
}

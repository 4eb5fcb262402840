package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strconv"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
)

// Rule modules and the decision log: what compliance engineers do.

func (s *Server) listModules(w http.ResponseWriter, r *http.Request) {
	mods, err := s.ops.Rules.Modules(r.Context())
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, nonEmpty(mods))
}

// moduleView is a stored module with its bundled case file.
type moduleView struct {
	rules.ModuleInfo
	CaseFile json.RawMessage `json:"case_file,omitempty"`
}

func (s *Server) getModule(w http.ResponseWriter, r *http.Request) {
	name, version := r.PathValue("name"), r.PathValue("version")
	info, err := s.ops.Rules.Module(r.Context(), name, version)
	if err != nil {
		writeError(w, ruleError(err, EUnknownModule))
		return
	}
	files, err := s.ops.Rules.ModuleFiles(r.Context(), name, version)
	if err != nil {
		writeError(w, ruleError(err, EUnknownModule))
		return
	}
	v := moduleView{ModuleInfo: *info}
	if c := bytes.TrimSpace(files.Cases); len(c) > 0 && json.Valid(c) {
		v.CaseFile = c
	}
	writeJSON(w, http.StatusOK, v)
}

// uploadResult answers a module upload: the stored module and what
// validation found.
type uploadResult struct {
	Module     *rules.ModuleInfo `json:"module"`
	Validation struct {
		Compiled    bool `json:"compiled"`
		CasesPassed int  `json:"cases_passed"`
		CasesFailed int  `json:"cases_failed"`
	} `json:"validation"`
}

func (s *Server) uploadModule(w http.ResponseWriter, r *http.Request) {
	body, err := readBody(w, r, MaxUploadBodyBytes)
	if err != nil {
		writeError(w, err)
		return
	}
	u, err := decodeUpload(r.Header.Get("Content-Type"), body)
	if err != nil {
		writeError(w, err)
		return
	}
	info, err := s.ops.Rules.Upload(r.Context(), u)
	if err != nil {
		writeError(w, ruleError(err, EUnknownModule))
		return
	}
	var res uploadResult
	res.Module = info
	res.Validation.Compiled, res.Validation.CasesPassed = true, info.Cases
	writeJSON(w, http.StatusCreated, res)
}

// decodeUpload reads a module upload: multipart/form-data with the parts
// wasm, manifest, schema and cases, or a JSON object with the same fields
// (wasm in base64). Sizes are checked by the rule host.
func decodeUpload(contentType string, body []byte) (rules.Upload, error) {
	var u rules.Upload
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return u, engine.Errorf(engine.EInvalid, "Content-Type must be multipart/form-data or application/json")
	}
	switch mt {
	case "multipart/form-data":
		mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
		seen := map[string]bool{}
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return u, engine.Errorf(engine.EInvalid, "malformed multipart body: %v", err)
			}
			name := part.FormName()
			if seen[name] {
				return u, engine.Errorf(engine.EInvalid, "part %q given twice", name)
			}
			seen[name] = true
			data, err := io.ReadAll(part)
			if err != nil {
				return u, engine.Errorf(engine.EInvalid, "malformed multipart body: %v", err)
			}
			switch name {
			case "wasm":
				u.Wasm = data
			case "manifest":
				u.Manifest = data
			case "schema":
				u.Schema = data
			case "cases":
				u.Cases = data
			default:
				return u, engine.Errorf(engine.EInvalid, "unknown part %q: want wasm, manifest, schema, cases", name)
			}
		}
	case "application/json":
		var j struct {
			Wasm     []byte          `json:"wasm"`
			Manifest json.RawMessage `json:"manifest"`
			Schema   json.RawMessage `json:"schema"`
			Cases    json.RawMessage `json:"cases"`
		}
		if err := decodeJSON(body, &j); err != nil {
			return u, err
		}
		u = rules.Upload{Wasm: j.Wasm, Manifest: j.Manifest, Schema: j.Schema, Cases: j.Cases}
	default:
		return u, engine.Errorf(engine.EInvalid, "Content-Type must be multipart/form-data or application/json, not %s", mt)
	}
	if len(u.Wasm) == 0 || len(u.Manifest) == 0 {
		return u, engine.Errorf(engine.EInvalid, "an upload needs wasm and manifest")
	}
	return u, nil
}

// caseResult is one case of a case-file run.
type caseResult struct {
	Name  string       `json:"name"`
	OK    bool         `json:"ok"`
	Want  abi.Want     `json:"want"`
	Got   *abi.Verdict `json:"got,omitempty"`
	Error string       `json:"error,omitempty"`
	Line  string       `json:"line,omitempty"` // the failure line of `regula rule test`
}

func (s *Server) testModule(w http.ResponseWriter, r *http.Request) {
	name, version := r.PathValue("name"), r.PathValue("version")
	body, err := readBody(w, r, MaxCaseFileBytes)
	if err != nil {
		writeError(w, err)
		return
	}
	cf, err := abi.ParseCaseFile(body)
	if err != nil {
		writeError(w, engine.Errorf(engine.EInvalid, "case file: %v", err))
		return
	}
	results, err := s.ops.Rules.TestModule(r.Context(), name, version, cf)
	if err != nil {
		writeError(w, ruleError(err, EUnknownModule))
		return
	}
	out := struct {
		Module  string       `json:"module"`
		Passed  int          `json:"passed"`
		Failed  int          `json:"failed"`
		Summary string       `json:"summary"`
		Results []caseResult `json:"results"`
	}{Module: name + "@" + version, Results: make([]caseResult, len(results))}
	for i, res := range results {
		c := caseResult{Name: res.Case.Name, OK: res.OK(), Want: res.Case.Want}
		if res.Err != nil {
			c.Error = res.Err.Error()
		} else {
			got := res.Got
			c.Got = &got
		}
		if c.OK {
			out.Passed++
		} else {
			out.Failed++
			c.Line = res.Line()
		}
		out.Results[i] = c
	}
	out.Summary = fmt.Sprintf("%d passed, %d failed", out.Passed, out.Failed)
	writeJSON(w, http.StatusOK, out)
}

// decisionView is a logged decision with its parties' accounts.
type decisionView struct {
	rules.Decision
	Seller string `json:"seller,omitempty"`
	Buyer  string `json:"buyer,omitempty"`
}

func (s *Server) decisions(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	dq := rules.DecisionQuery{Phase: q.Get("stage"), Account: q.Get("account")}
	var err error
	if dq.Tokens, err = tokensFilter(principal(r), q.Get("token")); err != nil {
		writeError(w, err)
		return
	}
	if a := q.Get("allowed"); a != "" {
		b, err := strconv.ParseBool(a)
		if err != nil {
			writeError(w, engine.Errorf(engine.EInvalid, "allowed must be true or false"))
			return
		}
		dq.Allow = &b
	}
	if l := q.Get("limit"); l != "" {
		if dq.Limit, err = strconv.Atoi(l); err != nil || dq.Limit < 1 || dq.Limit > 1000 {
			writeError(w, engine.Errorf(engine.EInvalid, "limit must be 1 to 1000"))
			return
		}
	}
	if b := q.Get("before"); b != "" {
		if dq.BeforeID, err = strconv.ParseInt(b, 10, 64); err != nil || dq.BeforeID < 1 {
			writeError(w, engine.Errorf(engine.EInvalid, "before must be a decision id"))
			return
		}
	}
	ds, next, err := s.ops.Rules.QueryDecisions(r.Context(), dq)
	if err != nil {
		writeError(w, ruleError(err, EUnknownDecision))
		return
	}
	if next > 0 {
		w.Header().Set("X-Next-Before", strconv.FormatInt(next, 10))
	}
	out := make([]decisionView, len(ds))
	for i := range ds {
		out[i].Decision = ds[i]
		out[i].Seller, out[i].Buyer = ds[i].Parties()
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) replay(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		writeError(w, err)
		return
	}
	rep, err := s.ops.Rules.Replay(r.Context(), int64(id))
	if err != nil {
		writeError(w, ruleError(err, EUnknownDecision))
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

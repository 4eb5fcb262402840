package web

import (
	"bytes"
	"mime/multipart"
	"testing"
)

// FuzzDecodeUpload feeds module uploads from outside (any content type,
// any body) to their decoder: it must never panic, and whatever it accepts
// carries a module and a manifest.
func FuzzDecodeUpload(f *testing.F) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.SetBoundary("b0undary")
	for name, body := range map[string]string{"wasm": "\x00asm\x01\x00\x00\x00", "manifest": `{"name":"kyc","version":"1.0.0"}`, "cases": `{"cases":[]}`} {
		w, _ := mw.CreateFormFile(name, name)
		w.Write([]byte(body))
	}
	mw.Close()
	f.Add(mw.FormDataContentType(), buf.Bytes())
	f.Add("application/json", []byte(`{"wasm":"AGFzbQEAAAA=","manifest":{"name":"kyc","version":"1.0.0"},"schema":{"type":"object"}}`))
	f.Add("application/json", []byte(`{"wasm":"not base64","manifest":1}`))
	f.Add("multipart/form-data; boundary=x", []byte("--x\r\nContent-Disposition: form-data; name=\"wasm\"\r\n\r\nA\r\n--x--\r\n"))
	f.Add("text/plain", []byte("hello"))
	f.Add("", []byte(nil))
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		u, err := decodeUpload(contentType, body)
		if err == nil && (len(u.Wasm) == 0 || len(u.Manifest) == 0) {
			t.Fatalf("accepted an upload without wasm or manifest: %q", body)
		}
	})
}

// FuzzDecodePlace feeds REST order entries to their decoder with a trader
// key: it must never panic, and what it accepts is for the key's account.
func FuzzDecodePlace(f *testing.F) {
	f.Add([]byte(`{"token":"ACME","side":"buy","price":100,"qty":10}`))
	f.Add([]byte(`{"account":"a","token":"ACME","side":"sell","type":"market","tif":"ioc","qty":10}`))
	f.Add([]byte(`{"account":"b","token":"ACME","side":"buy","price":100,"qty":10}`))
	f.Add([]byte(`{"token":"ACME","side":"buy","price":1e30,"qty":10}`))
	f.Add([]byte(`{"token":"ACME"} {}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		o, err := decodePlace(body, Principal{Role: RoleTrader, Account: "a"})
		if err == nil && o.Account != "a" {
			t.Fatalf("accepted an order for %q with a's key: %q", o.Account, body)
		}
	})
}

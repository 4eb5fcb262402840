package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/regulavenue/regula/engine"
)

// MaxWSMessageBytes bounds one message from a WebSocket client. A bigger one
// closes the connection (1009, message too big): no valid request is close to
// it.
const MaxWSMessageBytes = 4 << 10

// WebSocket error codes beyond the venue's (engine.E*) and the auth layer's.
const (
	ERateLimited = "rate_limited" // the key's token bucket is empty
	EUnknownOp   = "unknown_op"   // op missing or not one of the documented ones
)

// WebSocket operations.
const (
	opSubscribe          = "subscribe"
	opUnsubscribe        = "unsubscribe"
	opPlace              = "place"
	opCancel             = "cancel"
	opAmend              = "amend"
	opCancelOnDisconnect = "cancel_on_disconnect"
	opPing               = "ping"
)

// Channels a client may subscribe to.
const (
	chanBook      = "book"
	chanTrades    = "trades"
	chanOrders    = "orders"
	chanDecisions = "decisions"
)

// wsRequest is every field any op may carry. Decoding is strict: unknown
// fields, wrong types, numbers that do not fit and trailing data are errors.
type wsRequest struct {
	Op      string `json:"op"`
	ID      string `json:"id"`
	Channel string `json:"channel,omitempty"`
	Token   string `json:"token,omitempty"`

	// place
	ClientID  string `json:"client_id,omitempty"`
	Side      string `json:"side,omitempty"`
	Type      string `json:"type,omitempty"`
	TIF       string `json:"tif,omitempty"`
	Price     int64  `json:"price,omitempty"`
	Qty       int64  `json:"qty,omitempty"`
	PostOnly  bool   `json:"post_only,omitempty"`
	STP       string `json:"stp,omitempty"`
	ExpiresAt int64  `json:"expires_at,omitempty"`

	// cancel, amend: the order by venue id or by client id
	OrderID uint64 `json:"order_id,omitempty"`

	// cancel_on_disconnect
	Enabled *bool `json:"enabled,omitempty"`
}

// decodeRequest decodes and checks one client message. Every error is an
// *engine.Error with code EInvalid or EUnknownOp and a message safe to send
// back; it never panics.
func decodeRequest(data []byte) (wsRequest, error) {
	var r wsRequest
	if len(data) > MaxWSMessageBytes {
		return r, engine.Errorf(engine.EInvalid, "message over %d bytes", MaxWSMessageBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return r, engine.Errorf(engine.EInvalid, "malformed message: %s", jsonProblem(err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return r, engine.Errorf(engine.EInvalid, "trailing data after the message")
	}
	if len(r.ID) > 64 {
		return r, engine.Errorf(engine.EInvalid, "id over 64 bytes")
	}
	switch r.Op {
	case opSubscribe, opUnsubscribe:
		switch r.Channel {
		case chanBook, chanTrades:
			if r.Token == "" || len(r.Token) > 32 {
				return r, engine.Errorf(engine.EInvalid, "channel %s needs a token", r.Channel)
			}
		case chanOrders, chanDecisions:
			if r.Token != "" {
				return r, engine.Errorf(engine.EInvalid, "channel %s takes no token", r.Channel)
			}
		default:
			return r, engine.Errorf(engine.EInvalid, "channel must be book, trades, orders or decisions")
		}
	case opPlace:
		if r.Token == "" {
			return r, engine.Errorf(engine.EInvalid, "place needs a token")
		}
	case opCancel, opAmend:
		if (r.OrderID == 0) == (r.ClientID == "") {
			return r, engine.Errorf(engine.EInvalid, "%s needs exactly one of order_id and client_id", r.Op)
		}
	case opCancelOnDisconnect:
		if r.Enabled == nil {
			return r, engine.Errorf(engine.EInvalid, "cancel_on_disconnect needs enabled: true or false")
		}
	case opPing:
	case "":
		return r, engine.Errorf(EUnknownOp, "op is required")
	default:
		return r, engine.Errorf(EUnknownOp, "unknown op %.32q", r.Op)
	}
	return r, nil
}

// jsonProblem describes a decoding error without echoing arbitrary input.
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %s must be %s", te.Field, te.Type.String())
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("invalid JSON at offset %d", se.Offset)
	}
	if s := err.Error(); strings.HasPrefix(s, "json: unknown field ") {
		return "unknown field " + truncate(strings.TrimPrefix(s, "json: unknown field "), 40)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "truncated JSON"
	}
	return "not a JSON object"
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// placeRequest turns a place message into the venue's order request; the
// account comes from the key, never from the message.
func (r *wsRequest) placeRequest(account string) engine.PlaceRequest {
	return engine.PlaceRequest{Account: account, Token: r.Token, ClientID: r.ClientID, Side: r.Side,
		Type: r.Type, TIF: r.TIF, Price: r.Price, Qty: r.Qty, PostOnly: r.PostOnly, STP: r.STP, ExpiresAt: r.ExpiresAt}
}

// wsReply answers one request; it echoes the request's id and op.
type wsReply struct {
	Type      string         `json:"type"` // "reply" or "error"
	ID        string         `json:"id"`
	Op        string         `json:"op,omitempty"`
	Code      string         `json:"code,omitempty"`
	Message   string         `json:"message,omitempty"`
	Rule      *ruleDetail    `json:"rule,omitempty"`
	OrderID   uint64         `json:"order_id,omitempty"`
	Events    []engine.Event `json:"events,omitempty"`
	Remaining *int64         `json:"remaining,omitempty"`
	ResetMs   *int64         `json:"reset_ms,omitempty"`
	Enabled   *bool          `json:"enabled,omitempty"`
}

// ruleDetail is the rule that refused an order at entry.
type ruleDetail struct {
	Code   uint8  `json:"code"`
	Reason string `json:"reason"`
	Rule   string `json:"rule"`
}

// ruleOf returns the rule detail of a venue error, if it has one.
func ruleOf(err error) *ruleDetail {
	var e *engine.Error
	if errors.As(err, &e) && e.Rule != nil {
		return &ruleDetail{Code: e.Rule.Code, Reason: e.Rule.Reason, Rule: e.Rule.Rule}
	}
	return nil
}

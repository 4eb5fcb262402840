package settle

import (
	"context"
	"embed"
	"fmt"
	"io/fs"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// States of a trade in settle_trades.state.
const (
	stQueued    = "queued"
	stAttested  = "attested"
	stSubmitted = "submitted"
	stSettled   = "settled"
	stFailed    = "failed"
)

// dbRow is one settle_trades row as sqlx scans it.
type dbRow struct {
	ID           string `db:"id"`
	ChainID      string `db:"chain_id"`
	TradeSeq     int64  `db:"trade_seq"`
	TradeTime    int64  `db:"trade_time"`
	Token        string `db:"token"`
	BuyOrder     int64  `db:"buy_order"`
	SellOrder    int64  `db:"sell_order"`
	Buyer        string `db:"buyer"`
	Seller       string `db:"seller"`
	Price        int64  `db:"price"`
	Qty          int64  `db:"qty"`
	Amount       int64  `db:"amount"`
	State        string `db:"state"`
	Reported     int64  `db:"reported"`
	SellerWallet string `db:"seller_wallet"`
	BuyerWallet  string `db:"buyer_wallet"`
	TokenAddr    string `db:"token_addr"`
	CashAddr     string `db:"cash_addr"`
	CashAmount   int64  `db:"cash_amount"`
	RuleSetHash  string `db:"ruleset_hash"`
	Deadline     int64  `db:"deadline"`
	Attestation  string `db:"attestation"`
	Signed       int64  `db:"signed"`
	Cancelled    int64  `db:"cancelled"`
	Reattests    int64  `db:"reattests"`
	FromBlock    int64  `db:"from_block"`
	TxHash       string `db:"tx_hash"`
	ChainBlock   int64  `db:"chain_block"`
	Code         int64  `db:"code"`
	Reason       string `db:"reason"`
	RuleName     string `db:"rule_name"`
	CreatedAt    int64  `db:"created_at"`
	UpdatedAt    int64  `db:"updated_at"`
}

func migrate(ctx context.Context, db *store.DB) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	if err := db.Migrate(ctx, "settle", sub); err != nil {
		return fmt.Errorf("settle: migrate: %w", err)
	}
	return nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func hexOrEmpty(b []byte, zero bool) string {
	if zero {
		return ""
	}
	return hexutil.Encode(b)
}

// toDB is r's row image.
func (r *row) toDB(now int64) dbRow {
	return dbRow{
		ID: r.t.ID, ChainID: r.chainID.String(), TradeSeq: int64(r.t.Seq), TradeTime: r.t.Time, Token: r.t.Token,
		BuyOrder: int64(r.t.BuyOrder), SellOrder: int64(r.t.SellOrder), Buyer: r.t.Buyer, Seller: r.t.Seller,
		Price: r.t.Price, Qty: r.t.Qty, Amount: r.t.Amount,
		State: r.state, Reported: b2i(r.reported),
		SellerWallet: hexOrEmpty(r.sellerW[:], r.sellerW == common.Address{}),
		BuyerWallet:  hexOrEmpty(r.buyerW[:], r.buyerW == common.Address{}),
		TokenAddr:    hexOrEmpty(r.tokenA[:], r.tokenA == common.Address{}),
		CashAddr:     hexOrEmpty(r.cashA[:], r.cashA == common.Address{}),
		CashAmount:   r.cashAmount,
		RuleSetHash:  hexOrEmpty(r.rsHash[:], r.rsHash == [32]byte{}),
		Deadline:     int64(r.deadline),
		Attestation:  hexOrEmpty(r.att, len(r.att) == 0),
		Signed:       b2i(r.signed), Cancelled: b2i(r.cancelled), Reattests: int64(r.reattests),
		FromBlock: int64(r.fromBlock),
		TxHash:    hexOrEmpty(r.tx[:], r.tx == common.Hash{}), ChainBlock: int64(r.block),
		Code: int64(r.code), Reason: r.reason, RuleName: r.rule,
		CreatedAt: now, UpdatedAt: now,
	}
}

func parseAddr(s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("bad address %q", s)
	}
	return common.HexToAddress(s), nil
}

func parseHash(s string) ([32]byte, error) {
	if s == "" {
		return [32]byte{}, nil
	}
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != 32 {
		return [32]byte{}, fmt.Errorf("bad hash %q", s)
	}
	return [32]byte(b), nil
}

// fromDB rebuilds a row; a malformed row is an error (the table is ours, so
// that is corruption, not input).
func fromDB(d dbRow, namespace string) (*row, error) {
	r := &row{
		t: engine.Trade{ID: d.ID, Seq: uint64(d.TradeSeq), Time: d.TradeTime, Token: d.Token,
			BuyOrder: uint64(d.BuyOrder), SellOrder: uint64(d.SellOrder), Buyer: d.Buyer, Seller: d.Seller,
			Price: d.Price, Qty: d.Qty, Amount: d.Amount, Status: engine.TradePending},
		chainID: ChainTradeID(namespace, d.ID), state: d.State, reported: d.Reported != 0,
		cashAmount: d.CashAmount, deadline: uint64(d.Deadline),
		signed: d.Signed != 0, cancelled: d.Cancelled != 0, reattests: int(d.Reattests),
		fromBlock: uint64(d.FromBlock), block: uint64(d.ChainBlock),
		code: uint8(d.Code), reason: d.Reason, rule: d.RuleName,
	}
	var err error
	fail := func(e error) (*row, error) { return nil, fmt.Errorf("settle: row %q: %w", d.ID, e) }
	if r.chainID.String() != d.ChainID {
		return fail(fmt.Errorf("chain id %s does not match (Config.Namespace changed?)", d.ChainID))
	}
	switch d.State {
	case stQueued, stAttested, stSubmitted, stSettled, stFailed:
	default:
		return fail(fmt.Errorf("unknown state %q", d.State))
	}
	if r.sellerW, err = parseAddr(d.SellerWallet); err != nil {
		return fail(err)
	}
	if r.buyerW, err = parseAddr(d.BuyerWallet); err != nil {
		return fail(err)
	}
	if r.tokenA, err = parseAddr(d.TokenAddr); err != nil {
		return fail(err)
	}
	if r.cashA, err = parseAddr(d.CashAddr); err != nil {
		return fail(err)
	}
	if r.rsHash, err = parseHash(d.RuleSetHash); err != nil {
		return fail(err)
	}
	var tx [32]byte
	if tx, err = parseHash(d.TxHash); err != nil {
		return fail(err)
	}
	r.tx = tx
	if d.Attestation != "" {
		if r.att, err = hexutil.Decode(d.Attestation); err != nil || len(r.att) != 65 {
			return fail(fmt.Errorf("bad attestation"))
		}
	}
	if (d.State == stAttested || d.State == stSubmitted) && len(r.att) == 0 {
		return fail(fmt.Errorf("state %s without attestation", d.State))
	}
	return r, nil
}

const insertSQL = `INSERT INTO settle_trades (id, chain_id, trade_seq, trade_time, token, buy_order, sell_order,
	buyer, seller, price, qty, amount, state, created_at, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`

const updateSQL = `UPDATE settle_trades SET state = ?, reported = ?, seller_wallet = ?, buyer_wallet = ?,
	token_addr = ?, cash_addr = ?, cash_amount = ?, ruleset_hash = ?, deadline = ?, attestation = ?,
	signed = ?, cancelled = ?, reattests = ?, from_block = ?, tx_hash = ?, chain_block = ?,
	code = ?, reason = ?, rule_name = ?, updated_at = ? WHERE id = ?`

// insert stores new trades as queued and returns those that were not there.
func (p *Pipeline) insert(ctx context.Context, trades []engine.Trade) ([]*row, error) {
	tx, err := p.db.BeginTxx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("settle: submit: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PreparexContext(ctx, tx.Rebind(insertSQL))
	if err != nil {
		return nil, fmt.Errorf("settle: submit: %w", err)
	}
	defer stmt.Close()
	now := p.cfg.Now().UnixNano()
	var fresh []*row
	for _, t := range trades {
		id := ChainTradeID(p.cfg.Namespace, t.ID)
		res, err := stmt.ExecContext(ctx, t.ID, id.String(), int64(t.Seq), t.Time, t.Token, int64(t.BuyOrder), int64(t.SellOrder),
			t.Buyer, t.Seller, t.Price, t.Qty, t.Amount, stQueued, now, now)
		if err != nil {
			return nil, fmt.Errorf("settle: submit %s: %w", t.ID, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return nil, fmt.Errorf("settle: submit %s: %w", t.ID, err)
		} else if n == 1 {
			t.Status = engine.TradePending
			fresh = append(fresh, &row{t: t, chainID: id, state: stQueued})
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("settle: submit: %w", err)
	}
	return fresh, nil
}

// save writes rows' state in one transaction.
func (p *Pipeline) save(ctx context.Context, rows []*row) error {
	if len(rows) == 0 {
		return nil
	}
	if p.hooks.save != nil {
		if err := p.hooks.save(rows); err != nil {
			return err
		}
	}
	tx, err := p.db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("settle: save: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PreparexContext(ctx, tx.Rebind(updateSQL))
	if err != nil {
		return fmt.Errorf("settle: save: %w", err)
	}
	defer stmt.Close()
	now := p.cfg.Now().UnixNano()
	for _, r := range rows {
		d := r.toDB(now)
		if _, err := stmt.ExecContext(ctx, d.State, d.Reported, d.SellerWallet, d.BuyerWallet, d.TokenAddr, d.CashAddr,
			d.CashAmount, d.RuleSetHash, d.Deadline, d.Attestation, d.Signed, d.Cancelled, d.Reattests, d.FromBlock,
			d.TxHash, d.ChainBlock, d.Code, d.Reason, d.RuleName, d.UpdatedAt, d.ID); err != nil {
			return fmt.Errorf("settle: save %s: %w", r.t.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("settle: save: %w", err)
	}
	return nil
}

// loadOpen reads every trade the venue has not been told about yet, and the
// highest block a settlement of ours was seen in.
func (p *Pipeline) loadOpen(ctx context.Context) ([]*row, uint64, error) {
	var ds []dbRow
	if err := p.db.SelectContext(ctx, &ds, `SELECT * FROM settle_trades WHERE reported = 0 ORDER BY trade_seq, trade_time, id`); err != nil {
		return nil, 0, fmt.Errorf("settle: load: %w", err)
	}
	rows := make([]*row, 0, len(ds))
	for _, d := range ds {
		r, err := fromDB(d, p.cfg.Namespace)
		if err != nil {
			return nil, 0, err
		}
		rows = append(rows, r)
	}
	var last int64
	if err := p.db.GetContext(ctx, &last, `SELECT COALESCE(MAX(chain_block), 0) FROM settle_trades`); err != nil {
		return nil, 0, fmt.Errorf("settle: load: %w", err)
	}
	return rows, uint64(last), nil
}

// forgetChain drops what was in flight on a chain that is gone: the trades
// the venue was not told about (it still has them pending and submits them
// again) and every block height seen on it.
func (p *Pipeline) forgetChain(ctx context.Context) error {
	tx, err := p.db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("settle: forget chain: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM settle_trades WHERE reported = 0`)
	if err != nil {
		return fmt.Errorf("settle: forget chain: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE settle_trades SET chain_block = 0, from_block = 0`); err != nil {
		return fmt.Errorf("settle: forget chain: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("settle: forget chain: %w", err)
	}
	if n, _ := res.RowsAffected(); n > 0 {
		p.logf("fresh chain: %d trades in flight on the old chain will be submitted again", n)
	}
	return nil
}

// countDone counts the trades the venue was told of, by final state.
func (p *Pipeline) countDone(ctx context.Context) (settled, failed int64, err error) {
	var cs []struct {
		State string `db:"state"`
		N     int64  `db:"n"`
	}
	if err := p.db.SelectContext(ctx, &cs, `SELECT state, COUNT(*) AS n FROM settle_trades WHERE reported = 1 GROUP BY state`); err != nil {
		return 0, 0, fmt.Errorf("settle: count: %w", err)
	}
	for _, c := range cs {
		switch c.State {
		case stSettled:
			settled = c.N
		case stFailed:
			failed = c.N
		}
	}
	return settled, failed, nil
}

// signedTrade is r's trade and attestation as the chain takes it.
func (r *row) signedTrade() contracts.SignedTrade {
	return contracts.SignedTrade{Trade: r.chainTrade(r.deadline), Attestation: r.att}
}

func (r *row) chainTrade(deadline uint64) contracts.Trade {
	return contracts.Trade{ID: r.chainID, Seller: r.sellerW, Buyer: r.buyerW, Token: r.tokenA, Quantity: r.t.Qty,
		CashToken: r.cashA, Amount: r.cashAmount, RuleSetHash: r.rsHash, Deadline: deadline}
}

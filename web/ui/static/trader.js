// Trader page: live book ladder and depth chart, recent trades, order entry,
// my orders and fills, and rule rejections in plain words.
import {
  api, whoami, frame, Live, h, $, fill, num, time, loading, empty, errorState,
  describeError, ruleNotice, toast, busy, ApiError, money, moneyInput, parseMoney, minorDigits,
} from "/app.js";

// cur is the selected token's currency; px formats a price of it.
const cur = () => (S.spec ? S.spec.currency : "USD");
const px = (v) => money(v, cur());

const S = {
  me: null, live: null, token: "", spec: null, side: "buy",
  bids: new Map(), asks: new Map(), mode: "",
  trades: [], fills: [], rejections: [],
};

function levelsOf(map, desc) {
  return [...map.entries()].map(([price, l]) => ({ price, qty: l.qty, orders: l.orders }))
    .sort((a, b) => desc ? b.price - a.price : a.price - b.price);
}

// ---- book ----

function applyLevels(map, levels) {
  for (const l of levels || []) {
    if (l.qty === 0) map.delete(l.price); else map.set(l.price, { qty: l.qty, orders: l.orders });
  }
}

function setBook(d, snapshot) {
  if (snapshot) { S.bids.clear(); S.asks.clear(); }
  applyLevels(S.bids, d.bids);
  applyLevels(S.asks, d.asks);
  if (d.mode) S.mode = d.mode;
  renderBook();
}

function renderBook() {
  const bids = levelsOf(S.bids, true), asks = levelsOf(S.asks, false);
  const modeEl = $("#mode");
  modeEl.textContent = S.mode || "—";
  modeEl.className = "pill" + (S.mode === "halted" ? " halted" : "");
  const bb = bids[0], ba = asks[0];
  $("#best-bid").textContent = bb ? px(bb.price) : "—";
  $("#best-ask").textContent = ba ? px(ba.price) : "—";
  $("#spread").textContent = bb && ba ? px(ba.price - bb.price) : "—";
  const N = 12;
  const showAsks = asks.slice(0, N).reverse(), showBids = bids.slice(0, N);
  const max = Math.max(1, ...showAsks.map((l) => l.qty), ...showBids.map((l) => l.qty));
  const row = (l, cls) => h("tr", { class: cls, "data-price": l.price },
    h("td", { class: "num px" }, h("span", {}, px(l.price))),
    h("td", { class: "num" }, h("div", { class: "bar", style: `width:${Math.round(100 * l.qty / max)}%` }), h("span", {}, num(l.qty))),
    h("td", { class: "num muted" }, h("span", {}, num(l.orders))));
  if (!bids.length && !asks.length) {
    fill($("#book"), empty("The book is empty: no resting orders."));
  } else {
    fill($("#book"), h("table", { class: "ladder", "data-testid": "ladder" },
      h("thead", {}, h("tr", {}, h("th", { class: "num" }, "Price"), h("th", { class: "num" }, "Qty"), h("th", { class: "num" }, "Orders"))),
      h("tbody", {},
        showAsks.map((l) => row(l, "ask")),
        h("tr", { class: "mid" }, h("td", { colspan: 3 }, bb && ba ? `spread ${px(ba.price - bb.price)}` : "no two-sided market")),
        showBids.map((l) => row(l, "bid")))));
  }
  drawDepth(bids, asks);
}

function drawDepth(bids, asks) {
  const cv = $("#depth");
  const dpr = window.devicePixelRatio || 1;
  const W = cv.clientWidth || 600, H = cv.clientHeight || 220;
  cv.width = W * dpr; cv.height = H * dpr;
  const g = cv.getContext("2d");
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.clearRect(0, 0, W, H);
  const css = getComputedStyle(document.documentElement);
  const muted = css.getPropertyValue("--muted").trim(), line = css.getPropertyValue("--line").trim();
  g.font = "11px " + css.getPropertyValue("--mono");
  if (!bids.length && !asks.length) {
    g.fillStyle = muted; g.textAlign = "center"; g.fillText("no depth yet", W / 2, H / 2); return;
  }
  const cum = (ls) => { let c = 0; return ls.map((l) => ({ price: l.price, c: (c += l.qty) })); };
  const cb = cum(bids), ca = cum(asks);
  const prices = [...bids, ...asks].map((l) => l.price);
  let lo = Math.min(...prices), hi = Math.max(...prices);
  const minHalf = Math.max(5 * ((S.spec && S.spec.tick_size) || 1), Math.ceil((lo + hi) / 2 * 0.005));
  if (hi - lo < 2 * minHalf) { const mid = (lo + hi) / 2; lo = mid - minHalf; hi = mid + minHalf; }
  const pad = (hi - lo) * 0.05; lo -= pad; hi += pad;
  const maxC = Math.max(1, ...cb.map((p) => p.c), ...ca.map((p) => p.c));
  const L = 8, R = W - 56, T = 10, B = H - 22;
  const x = (p) => L + (p - lo) / (hi - lo) * (R - L);
  const y = (c) => B - c / maxC * (B - T);
  g.strokeStyle = line; g.lineWidth = 1;
  g.beginPath(); g.moveTo(L, B + .5); g.lineTo(R, B + .5); g.stroke();
  g.fillStyle = muted; g.textAlign = "left";
  for (let i = 0; i <= 4; i++) { const c = maxC * i / 4; g.fillText(num(Math.round(c)), R + 6, y(c) + 4); }
  g.textAlign = "center";
  for (let i = 0; i <= 4; i++) { const p = lo + (hi - lo) * i / 4; g.fillText(px(Math.round(p)), Math.min(Math.max(x(p), L + 20), R - 20), H - 6); }
  const area = (pts, color, fillc, leftward) => {
    if (!pts.length) return;
    g.beginPath();
    g.moveTo(x(pts[0].price), B);
    let prev = B;
    for (const p of pts) { g.lineTo(x(p.price), prev); g.lineTo(x(p.price), y(p.c)); prev = y(p.c); }
    const edge = leftward ? L : R;
    g.lineTo(edge, prev); g.lineTo(edge, B); g.closePath();
    g.fillStyle = fillc; g.fill();
    g.strokeStyle = color; g.lineWidth = 1.5; g.stroke();
  };
  area(cb, css.getPropertyValue("--buy").trim(), css.getPropertyValue("--buy-bg").trim(), true);
  area(ca, css.getPropertyValue("--sell").trim(), css.getPropertyValue("--sell-bg").trim(), false);
}

// ---- trades ----

function renderTrades() {
  if (!S.trades.length) { fill($("#trades"), empty("No trades yet.")); return; }
  $("#last").textContent = px(S.trades[0].price);
  fill($("#trades"), h("table", { "data-testid": "tape" },
    h("thead", {}, h("tr", {}, h("th", {}, "Time"), h("th", { class: "num" }, "Price"), h("th", { class: "num" }, "Qty"), h("th", {}, "Taker"), h("th", {}, "Trade"))),
    h("tbody", {}, S.trades.slice(0, 60).map((t) => h("tr", {},
      h("td", { class: "mono small" }, time(t.time)),
      h("td", { class: "num " + (t.side === "sell" ? "sell-t" : t.side === "buy" ? "buy-t" : "") }, px(t.price)),
      h("td", { class: "num" }, num(t.qty)),
      h("td", { class: "small muted" }, t.side || "—"),
      h("td", { class: "mono small muted" }, t.id))))));
}

// ---- my orders, fills, balances ----

async function loadOrders() {
  const el = $("#orders");
  if (!S.me.account) { fill(el, empty("Only a trader key has orders.")); return; }
  if (!el.firstChild) fill(el, loading());
  try {
    const q = new URLSearchParams();
    if ($("#open-only").checked) q.set("open", "true");
    const list = (await api("GET", "/v1/orders?" + q)) || [];
    list.sort((a, b) => b.id - a.id);
    if (!list.length) { fill(el, empty($("#open-only").checked ? "No open orders." : "No orders yet.")); return; }
    fill(el, h("table", { "data-testid": "my-orders" },
      h("thead", {}, h("tr", {}, ["Order", "Token", "Side", "Type", "Price", "Qty", "Filled", "Open", "Status", ""].map((c, i) =>
        h("th", { class: i >= 4 && i <= 7 ? "num" : "" }, c)))),
      h("tbody", {}, list.map((o) => h("tr", { "data-order": o.id, "data-status": o.status },
        h("td", { class: "mono" }, "#" + o.id, o.client_id ? h("div", { class: "small muted" }, o.client_id) : null),
        h("td", {}, o.token),
        h("td", { class: o.side === "buy" ? "buy-t" : "sell-t" }, o.side),
        h("td", { class: "small" }, `${o.type} ${o.tif}`),
        h("td", { class: "num" }, o.type === "market" ? "MKT" : px(o.price)),
        h("td", { class: "num" }, num(o.qty)),
        h("td", { class: "num" }, num(o.filled)),
        h("td", { class: "num" }, num(o.remaining)),
        h("td", {}, statusBadge(o.status)),
        h("td", {}, o.status === "open" ? h("button", { class: "ghost small", onclick: (ev) => cancel(ev.target, o) }, "Cancel") : null))))));
  } catch (e) { fill(el, errorState(e)); }
}

function statusBadge(s) {
  const cls = { open: "info", filled: "ok", cancelled: "warn", expired: "warn", rejected: "err" }[s] || "info";
  return h("span", { class: "badge " + cls }, s);
}

async function cancel(btn, o) {
  await busy(btn, async () => {
    try {
      await api("DELETE", `/v1/orders/${o.id}`);
      toast(`Order #${o.id} cancelled`);
    } catch (e) { toast(describeError(e), "error"); }
    refresh();
  });
}

async function loadFills() {
  const el = $("#fills");
  if (!S.me.account) { fill(el, empty("Only a trader key has fills.")); return; }
  try {
    const list = (await api("GET", "/v1/trades?" + new URLSearchParams({ account: S.me.account, limit: "200" }))) || [];
    S.fills = list.filter((t) => t.buyer === S.me.account || t.seller === S.me.account).reverse();
    renderFills();
  } catch (e) { fill(el, errorState(e)); }
}

function renderFills() {
  const el = $("#fills");
  if (!S.fills.length) { fill(el, empty("No fills yet.")); return; }
  fill(el, h("table", { "data-testid": "my-fills" },
    h("thead", {}, h("tr", {}, h("th", {}, "Trade"), h("th", {}, "Side"), h("th", { class: "num" }, "Price"), h("th", { class: "num" }, "Qty"), h("th", {}, "Status"))),
    h("tbody", {}, S.fills.slice(0, 100).map((t) => {
      const side = t.buyer === S.me.account ? "buy" : "sell";
      return h("tr", { "data-trade": t.id },
        h("td", { class: "mono small" }, t.id, h("div", { class: "muted" }, time(t.time))),
        h("td", { class: side + "-t" }, side),
        h("td", { class: "num" }, px(t.price)),
        h("td", { class: "num" }, num(t.qty)),
        h("td", { class: "small" }, statusBadge2(t.status)));
    }))));
}

function statusBadge2(s) {
  const cls = { SETTLED: "ok", FAILED: "err", PENDING_SETTLEMENT: "warn" }[s] || "info";
  return h("span", { class: "badge " + cls }, (s || "").replace("_", " ").toLowerCase());
}

async function loadBalances() {
  const el = $("#balances");
  if (!S.me.account) { fill(el, empty("—")); return; }
  try {
    const b = await api("GET", `/v1/accounts/${encodeURIComponent(S.me.account)}/balances`);
    // Cash is in minor units of its currency, tokens in their smallest unit.
    const rows = [];
    for (const [k, v] of Object.entries(b.cash || {})) rows.push([k, v, (x) => money(x, k)]);
    for (const [k, v] of Object.entries(b.tokens || {})) rows.push([k, v, num]);
    if (!rows.length) { fill(el, empty("No balances.")); return; }
    fill(el, h("table", { "data-testid": "balances" },
      h("thead", {}, h("tr", {}, h("th", {}, "Asset"), h("th", { class: "num" }, "Total"), h("th", { class: "num" }, "Reserved"), h("th", { class: "num" }, "Available"))),
      h("tbody", {}, rows.map(([k, v, f]) => h("tr", {}, h("td", { class: "mono" }, k), h("td", { class: "num" }, f(v.total)),
        h("td", { class: "num muted" }, f(v.reserved)), h("td", { class: "num" }, f(v.total - v.reserved)))))));
  } catch (e) { fill(el, errorState(e)); }
}

function renderRejections() {
  const el = $("#rejections");
  if (!S.rejections.length) { fill(el, empty("None.")); return; }
  fill(el, S.rejections.slice(0, 8).map((r) => ruleNotice(r.title, r.code, r.rule, r.reason)));
}

let refreshTimer = 0;
function refresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => { loadOrders(); loadFills(); loadBalances(); }, 80);
}

// ---- order entry ----

function setSide(side) {
  S.side = side;
  for (const b of $("#side-seg").children) {
    b.className = b.dataset.side === side ? "on " + side + "-side" : "";
  }
  const btn = $("#o-submit");
  btn.className = "full " + side;
  btn.textContent = side === "buy" ? "Buy" : "Sell";
  updateNotional();
}

// Notional is qty × price / 10^decimals minor units (the venue's rule).
function updateNotional() {
  const p = parseMoney($("#o-price").value, cur()), q = Number($("#o-qty").value);
  const dec = S.spec ? S.spec.decimals : 0;
  const el = $("#o-notional");
  if ($("#o-type").value !== "limit" || !$("#o-price").value) { el.textContent = "Notional —"; return; }
  if (Number.isNaN(p)) { el.textContent = `Price: a plain amount in ${cur()}, up to ${minorDigits(cur())} decimals`; return; }
  el.textContent = p && q ? `Notional ${px(Math.round(p * q / 10 ** dec))} ${cur()}` : "Notional —";
}

async function placeOrder(ev) {
  ev.preventDefault();
  const out = $("#order-result");
  const type = $("#o-type").value;
  const body = {
    token: S.token, client_id: "ui-" + Date.now().toString(36), side: S.side, type,
    tif: $("#o-tif").value, qty: Number($("#o-qty").value), post_only: $("#o-post").checked,
  };
  if (type === "limit") {
    body.price = parseMoney($("#o-price").value, cur());
    if (Number.isNaN(body.price)) {
      fill(out, h("div", { class: "notice error", "data-testid": "order-error" }, h("div", { class: "title" }, "Order not sent"),
        `The price must be an amount in ${cur()} with at most ${minorDigits(cur())} decimals, like ${moneyInput(125050, cur())}.`));
      return;
    }
  }
  if (type === "market" && (body.tif === "gtc" || body.tif === "day")) body.tif = "ioc";
  fill(out, loading("Sending…"));
  await busy($("#o-submit"), async () => {
    try {
      // Over the WebSocket when it is up: a refusal then reaches every
      // connection of the account on its orders channel too. REST otherwise.
      const r = S.live.connected() ? await S.live.send({ op: "place", ...body }) : await api("POST", "/v1/orders", body);
      fill(out, ackNotice(r));
    } catch (e) {
      if (e instanceof ApiError && e.code === "rule_denied") {
        fill(out, ruleNotice("Order rejected by the rules", e.ruleCode, e.rule, e.message));
      } else {
        fill(out, h("div", { class: "notice error", "data-testid": "order-error" }, h("div", { class: "title" }, "Order not accepted"), describeError(e)));
      }
    }
    refresh();
  });
}

function ackNotice(r) {
  const evs = r.events || [];
  const mine = evs.filter((e) => e.order_id === r.order_id && e.kind !== "trade");
  const filled = evs.filter((e) => e.order_id === r.order_id && (e.kind === "filled" || e.kind === "partially_filled")).reduce((s, e) => s + e.qty, 0);
  const skipped = evs.filter((e) => e.kind === "skipped");
  const last = mine[mine.length - 1];
  const lines = [];
  if (filled) lines.push(`Filled ${num(filled)} now.`);
  if (last && last.kind === "filled") lines.push("The order is fully filled.");
  else if (last && last.remaining) lines.push(`${num(last.remaining)} rests on the book.`);
  if (last && (last.kind === "cancelled" || last.kind === "expired")) lines.push(`Then ${last.kind}${last.reason ? ": " + last.reason : ""}.`);
  return h("div", {},
    h("div", { class: "notice ok", "data-testid": "order-ack" },
      h("div", { class: "title" }, `Order #${r.order_id} accepted`), lines.map((l) => h("p", {}, l))),
    skipped.map((s) => ruleNotice(`A match with order #${s.maker_order_id} was skipped`, Number(s.code) || 0, s.rule, s.reason)));
}

// ---- live ----

function onOrders(m) {
  for (const e of m.events || []) {
    if (e.kind === "filled" || e.kind === "partially_filled") {
      toast(`${e.side === "buy" ? "Bought" : "Sold"} ${num(e.qty)} ${e.token} at ${e.token === S.token ? px(e.price) + " " + cur() : num(e.price)} (order #${e.order_id})`);
    } else if (e.kind === "rejected" && e.rule) {
      S.rejections.unshift({ title: `Order ${e.client_id || "#" + (e.order_id || "")} rejected`, code: Number(e.code) || 0, rule: e.rule, reason: e.reason });
      renderRejections();
    } else if (e.kind === "broken") {
      S.rejections.unshift({ title: `Trade ${e.trade_id} broken at settlement`, code: Number(e.code) || 0, rule: e.rule, reason: e.reason });
      renderRejections();
    } else if (e.kind === "skipped") {
      S.rejections.unshift({ title: `Match of order #${e.order_id} with #${e.maker_order_id} skipped`, code: Number(e.code) || 0, rule: e.rule, reason: e.reason });
      renderRejections();
    }
  }
  refresh();
}

async function selectToken(sym) {
  if (S.token) { S.live.unsubscribe("book", S.token); S.live.unsubscribe("trades", S.token); }
  S.token = sym;
  history.replaceState(null, "", "?token=" + encodeURIComponent(sym));
  S.spec = (S.tokens || []).find((t) => t.symbol === sym) || null;
  if (S.spec) {
    $("#token-spec").textContent = `tick ${px(S.spec.tick_size)} ${S.spec.currency} · lot ${num(S.spec.lot_size)}`;
    $("#o-qty").step = S.spec.lot_size;
    $("#tick-help").textContent = `(${S.spec.currency}, tick ${px(S.spec.tick_size)})`; $("#lot-help").textContent = `(lot ${num(S.spec.lot_size)})`;
  }
  S.bids.clear(); S.asks.clear(); S.trades = [];
  fill($("#book"), loading()); fill($("#trades"), loading());
  try { setBook(await api("GET", `/v1/tokens/${encodeURIComponent(sym)}/book?levels=50`), true); } catch (e) { fill($("#book"), errorState(e)); }
  try {
    const ts = (await api("GET", "/v1/trades?" + new URLSearchParams({ token: sym, limit: "60" }))) || [];
    S.trades = ts.reverse();
    renderTrades();
  } catch (e) { fill($("#trades"), errorState(e)); }
  S.live.subscribe("book", sym).catch((e) => toast(describeError(e), "error"));
  S.live.subscribe("trades", sym).catch((e) => toast(describeError(e), "error"));
}

async function main() {
  S.me = await whoami();
  frame(S.me, "/trader");
  $("#acct").textContent = S.me.account ? "account " + S.me.account : "read only";
  if (S.me.role !== "trader") {
    $("#o-submit").disabled = true;
    fill($("#order-result"), h("div", { class: "notice" }, "Order entry needs a trader key."));
  }
  S.live = new Live()
    .on("book", (m) => { if (m.token === S.token) setBook(m, !!m.snapshot); })
    .on("trades", (m) => { if (m.token === S.token) { S.trades.unshift(...[...m.trades].reverse()); renderTrades(); } })
    .on("orders", onOrders);
  if (S.me.role === "trader") S.live.subscribe("orders").catch(() => {});
  S.live.onopen = () => { if (S.token) api("GET", `/v1/tokens/${encodeURIComponent(S.token)}/book?levels=50`).then((d) => setBook(d, true)).catch(() => {}); };

  for (const b of $("#side-seg").children) b.addEventListener("click", () => setSide(b.dataset.side));
  $("#order-form").addEventListener("submit", placeOrder);
  for (const id of ["#o-price", "#o-qty", "#o-type"]) $(id).addEventListener("input", updateNotional);
  $("#o-type").addEventListener("change", () => { $("#o-price").disabled = $("#o-type").value === "market"; });
  $("#open-only").addEventListener("change", loadOrders);
  $("#book").addEventListener("click", (ev) => { const tr = ev.target.closest("tr[data-price]"); if (tr) { $("#o-price").value = moneyInput(Number(tr.dataset.price), cur()); updateNotional(); } });
  window.addEventListener("resize", () => renderBook());

  const sel = $("#token");
  try {
    S.tokens = (await api("GET", "/v1/tokens")) || [];
  } catch (e) { fill($("#book"), errorState(e)); return; }
  if (!S.tokens.length) { fill($("#book"), empty("No tokens are listed yet.")); fill($("#trades"), empty("—")); renderDepthEmpty(); refresh(); return; }
  fill(sel, S.tokens.map((t) => h("option", { value: t.symbol }, t.symbol)));
  const want = new URLSearchParams(location.search).get("token");
  sel.value = S.tokens.some((t) => t.symbol === want) ? want : S.tokens[0].symbol;
  sel.addEventListener("change", () => selectToken(sel.value));
  renderRejections();
  refresh();
  await selectToken(sel.value);
}

function renderDepthEmpty() { drawDepth([], []); }

main().catch((e) => { if (e.message !== "no key") fill($("main"), errorState(e)); });

// Regula UI: what every page shares. The API key, REST calls, the WebSocket
// client, number formatting, the plain-words meaning of rule codes, and the
// loading/empty/error states. No framework, no build step.

const KEY = "regula.key";

// Uncaught errors and CSP violations are kept here (and in the console) so
// the browser tests (web/e2e) can fail on them.
window.__regulaErrors = [];
window.addEventListener("error", (e) => window.__regulaErrors.push("error: " + e.message));
window.addEventListener("unhandledrejection", (e) => window.__regulaErrors.push("unhandled rejection: " + ((e.reason && e.reason.message) || e.reason)));
document.addEventListener("securitypolicyviolation", (e) => window.__regulaErrors.push(`csp: ${e.violatedDirective} blocked ${e.blockedURI}`));

export function getKey() { return localStorage.getItem(KEY) || ""; }
export function setKey(k) { localStorage.setItem(KEY, k); }
export function clearKey() { localStorage.removeItem(KEY); }

/** ApiError is a REST error: {code, message} (+ rule_code, rule). */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.code = (body && body.code) || "http_" + status;
    this.ruleCode = body && body.rule_code;
    this.rule = body && body.rule;
    this.details = (body && body.details) || [];
  }
}

/** api calls the REST API with the stored key and returns the decoded JSON. */
export async function api(method, path, body, key) {
  return (await request(method, path, body, key)).data;
}

/** request is api with the response headers too: {data, headers}. */
export async function request(method, path, body, key) {
  const headers = { "Accept": "application/json" };
  const k = key !== undefined ? key : getKey();
  if (k) headers["Authorization"] = "Bearer " + k;
  const init = { method, headers };
  if (body instanceof FormData) {
    init.body = body; // the browser sets multipart/form-data with its boundary
  } else if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = typeof body === "string" ? body : JSON.stringify(body);
  }
  let resp;
  try {
    resp = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { code: "network", message: "the venue cannot be reached (" + e.message + ")" });
  }
  const text = await resp.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { code: "http_" + resp.status, message: text.slice(0, 200) }; }
  }
  if (!resp.ok) throw new ApiError(resp.status, data);
  return { data, headers: resp.headers };
}

// ---- formatting ----

const nf = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
/** num formats an integer with thousands separators ("—" for null). */
export function num(v) {
  if (v === null || v === undefined || v === "") return "—";
  return nf.format(v);
}
// Prices and cash are integers in the currency's minor units (RULES.md);
// the UI shows and reads them in whole units. MINOR_DIGITS lists the
// currencies whose minor unit is not a hundredth (ISO 4217).
const MINOR_DIGITS = { JPY: 0, KRW: 0, CLP: 0, ISK: 0, BHD: 3, KWD: 3, OMR: 3, TND: 3 };
/** minorDigits is how many decimals a currency's minor unit has (2 unless listed). */
export function minorDigits(cur) { return cur in MINOR_DIGITS ? MINOR_DIGITS[cur] : 2; }
/** money formats an integer amount of minor units as whole units with
 * separators: money(125050, "USD") is "1,250.50" ("—" for null). */
export function money(v, cur) {
  if (v === null || v === undefined || v === "") return "—";
  const d = minorDigits(cur), unit = 10 ** d, neg = v < 0, a = Math.abs(v);
  const whole = nf.format(Math.floor(a / unit));
  const frac = d ? "." + String(a % unit).padStart(d, "0") : "";
  return (neg ? "-" : "") + whole + frac;
}
/** moneyInput is money without separators, for a form field. */
export function moneyInput(v, cur) { return money(v, cur).replaceAll(",", ""); }
/** parseMoney reads whole units ("1250.5", "1,250.50") as an integer of
 * minor units, or NaN when it is not a plain amount with at most the
 * currency's decimals. No floating point: the digits are joined as text. */
export function parseMoney(text, cur) {
  const d = minorDigits(cur);
  const m = /^\s*(\d[\d,]*)(?:\.(\d*))?\s*$/.exec(String(text));
  if (!m || (m[2] || "").length > d) return NaN;
  const v = Number(m[1].replaceAll(",", "") + (m[2] || "").padEnd(d, "0"));
  return Number.isSafeInteger(v) ? v : NaN;
}
/** time formats unix nanoseconds (or an RFC 3339 string) as local time. */
export function time(v, withDate) {
  if (!v) return "—";
  const d = typeof v === "number" ? new Date(Math.floor(v / 1e6)) : new Date(v);
  if (isNaN(d)) return String(v);
  const t = d.toLocaleTimeString("en-GB", { hour12: false });
  return withDate ? d.toISOString().slice(0, 10) + " " + t : t;
}
export function date(v) {
  if (!v || String(v).startsWith("0001-")) return "—";
  const d = new Date(v);
  return isNaN(d) ? String(v) : d.toISOString().slice(0, 10);
}

/** plural: plural(3, "lot") is "3 lots". */
export function plural(n, word) { return `${num(n)} ${word}${n === 1 ? "" : "s"}`; }

// ---- DOM helpers ----

/** h builds an element: h("td", {class: "num"}, "12"). Strings are text, never HTML. */
export function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k === "style") el.style.cssText = v; // CSSOM: allowed by the CSP, unlike style attributes
    else if (k === "value") el.value = v;
    else if (k === "checked") el.checked = !!v;
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of kids.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
export const $ = (sel, root) => (root || document).querySelector(sel);
export function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
export function fill(el, ...kids) { clear(el); for (const k of kids.flat()) if (k) el.append(k); return el; }

/** States: loading, empty and error, the same everywhere. */
export function loading(text) { return h("div", { class: "state", "data-state": "loading" }, h("span", { class: "spinner" }), text || "Loading…"); }
export function empty(text) { return h("div", { class: "state", "data-state": "empty" }, text); }
export function errorState(err) {
  return h("div", { class: "state error", "data-state": "error" }, describeError(err));
}

/** describeError turns an API error into one readable sentence. */
export function describeError(err) {
  if (!(err instanceof ApiError)) return String(err && err.message || err);
  if (err.code === "rule_denied") return ruleSentence(err.ruleCode, err.rule, err.message);
  const plain = ERROR_WORDS[err.code];
  return plain ? `${plain} (${err.message})` : err.message;
}

const ERROR_WORDS = {
  unauthorized: "Your API key was not accepted: it is unknown or revoked.",
  forbidden: "Your key's role may not do this.",
  invalid: "The request was not valid.",
  bad_quantity: "The quantity is not valid for this token (zero, negative or not a multiple of the lot size).",
  bad_price: "The price is not valid (zero, negative, off the tick size or outside the price band).",
  unknown_token: "There is no such token.",
  unknown_account: "There is no such account.",
  unknown_order: "There is no such order.",
  duplicate: "That already exists.",
  halted: "Trading in this token is halted: only cancels are accepted.",
  no_reference: "A market order needs a reference price, and there has been no trade yet.",
  insufficient: "Not enough available balance: open orders and unsettled trades hold the rest.",
  rate_limited: "Too many requests: slow down a moment.",
  unavailable: "The venue is not accepting requests right now.",
  network: "The venue cannot be reached.",
  too_large: "That is over the venue's size limit.",
  unknown_investor: "There is no such investor.",
  unknown_module: "There is no such rule module.",
  unknown_ruleset: "No rule set is bound yet.",
  unknown_decision: "There is no such decision.",
  rejected: "The book refused the order.",
};

// ---- rule codes in plain words (RULES.md, "Standard codes") ----

/** RULE_CODES maps each standard code to its name and a plain sentence. */
export const RULE_CODES = {
  0: ["OK", "The transfer is allowed."],
  10: ["SELLER_NOT_VERIFIED", "The seller's identity check (KYC) is missing, not approved or has expired."],
  11: ["BUYER_NOT_VERIFIED", "The buyer's identity check (KYC) is missing, not approved or has expired."],
  12: ["SELLER_SANCTIONED", "The seller is on a sanctions list."],
  13: ["BUYER_SANCTIONED", "The buyer is on a sanctions list."],
  20: ["BUYER_JURISDICTION", "The buyer's country is not allowed to hold this token."],
  21: ["SELLER_JURISDICTION", "The seller's country is not allowed to trade this token."],
  22: ["US_PERSON_DURING_DCP", "US persons may not buy during the Regulation S distribution compliance period."],
  23: ["FLOWBACK", "Regulation S: a sale from outside the US to a US buyer is blocked for now (flowback)."],
  30: ["HOLDING_PERIOD", "The seller has not held enough of these tokens for the required holding period (Rule 144)."],
  31: ["LOCKED", "The quantity is more than the seller's unlocked balance (a lock-up applies)."],
  32: ["BLACKOUT", "Transfers are closed during a blackout window."],
  40: ["BUYER_NOT_ACCREDITED", "The buyer must be an accredited investor, and the accreditation is missing or has expired."],
  41: ["BUYER_NOT_PROFESSIONAL", "This token is closed to retail investors."],
  50: ["MAX_HOLDERS", "The trade would take the number of holders over the cap."],
  51: ["MAX_NON_ACCREDITED", "The trade would take the number of non-accredited holders over the cap."],
  52: ["MAX_OWNERSHIP", "The buyer would own more of the supply than the cap allows."],
  53: ["MIN_HOLDING", "A party would be left with a position under the minimum holding."],
  60: ["NO_WHITE_PAPER", "MiCA: the token's crypto-asset white paper has not been published."],
  61: ["NOT_PASSPORTED", "MiCA: a party's country is outside the venue's authorisation."],
  62: ["VOLUME_CAP", "MiCA: the daily transaction cap of this asset-referenced token has been reached."],
  253: ["RULE_TIMEOUT", "A rule module ran past its time limit, so the venue refused the transfer to stay safe."],
  254: ["RULE_FAULT", "A rule module failed, so the venue refused the transfer to stay safe."],
  255: ["RULE_UNAVAILABLE", "A rule module or its configuration could not be loaded, so the venue refused the transfer to stay safe."],
};

/** codeName is the code's name, or "CUSTOM_n" for a module's own code. */
export function codeName(code) {
  const c = RULE_CODES[code];
  if (c) return c[0];
  if (code >= 128 && code <= 249) return "MODULE_" + code;
  return "CODE_" + code;
}
/** codeWords is the plain sentence for a code. */
export function codeWords(code) {
  const c = RULE_CODES[code];
  if (c) return c[1];
  if (code >= 128 && code <= 249) return "The rule module refused the transfer with one of its own codes.";
  return "The transfer was refused.";
}
/** ruleSentence says who refused what, in words. */
export function ruleSentence(code, rule, reason) {
  return `${codeWords(code)} ${rule ? "Rule " + rule : "A rule"} refused it (code ${code}, ${codeName(code)})${reason ? ": " + reason : ""}.`;
}
/** ruleNotice renders a rule refusal: the rule, the code and the reason. */
export function ruleNotice(title, code, rule, reason) {
  return h("div", { class: "notice error", "data-testid": "rejection" },
    h("div", { class: "title" }, title),
    h("p", {}, codeWords(code)),
    h("div", { class: "kv small" },
      h("span", { class: "muted" }, "Rule"), h("span", {}, h("span", { class: "rule-tag", "data-field": "rule" }, rule || "—")),
      h("span", { class: "muted" }, "Code"), h("span", {}, h("span", { class: "rule-tag", "data-field": "code" }, `${code} ${codeName(code)}`))),
    reason ? h("p", { class: "small", "data-field": "reason" }, h("span", { class: "muted" }, "Reason: "), reason) : null);
}

/** toast shows a short message in the corner. */
export function toast(text, kind) {
  let box = $(".toast");
  if (!box) { box = h("div", { class: "toast" }); document.body.append(box); }
  const n = h("div", { class: "notice " + (kind || "ok") }, text);
  box.append(n);
  setTimeout(() => n.remove(), 5000);
}

// ---- the page frame ----

/** whoami fetches GET /v1/me; without a key, or with a refused one, it goes to the landing page. */
export async function whoami() {
  if (!getKey()) { location.href = "/"; throw new Error("no key"); }
  try {
    return await api("GET", "/v1/me");
  } catch (e) {
    if (e.status === 401) { clearKey(); location.href = "/?expired=1"; }
    throw e;
  }
}

/** PAGE_FOR is the page that fits each role. */
export const PAGE_FOR = { trader: "/trader", issuer: "/issuer", compliance: "/compliance", operator: "/issuer" };

/** frame fills the top bar: navigation, who is signed in, connection state. */
export function frame(me, page) {
  const links = [["/trader", "Trader"], ["/issuer", "Issuer"], ["/compliance", "Compliance"]];
  const who = me.role + (me.account ? " · " + me.account : "") + (me.tokens && me.tokens.length ? " · " + me.tokens.join(", ") : "");
  fill($(".topbar"),
    h("a", { class: "brand", href: "/" }, "REGULA", h("span", {}, " ▸")),
    h("nav", { class: "nav" }, links.map(([href, label]) => h("a", { href, class: href === page ? "active" : "" }, label))),
    h("div", { class: "who" },
      h("span", { class: "pill hidden", id: "ws-state", title: "live data over the WebSocket" }, "offline"),
      h("span", { "data-testid": "whoami" }, who),
      h("button", { class: "ghost small", onclick: () => { clearKey(); location.href = "/"; } }, "Sign out")));
}

// ---- WebSocket ----

/**
 * Live is the /v1/ws client: request/reply by id, channel handlers by type,
 * resubscribe after a reconnect, sequence gap detection (resubscribe on a
 * gap, as docs/WEBSOCKET.md asks).
 */
export class Live {
  constructor() {
    this.handlers = {};   // type -> fn(msg)
    this.subs = new Map(); // "channel:token" -> {channel, token}
    this.pending = new Map();
    this.seqs = new Map();
    this.n = 0;
    this.backoff = 500;
    this.closed = false;
    this.connect();
  }
  on(type, fn) { this.handlers[type] = fn; return this; }
  connected() { return !!this.ws && this.ws.readyState === WebSocket.OPEN; }
  setState(s) {
    const el = document.getElementById("ws-state");
    if (el) { el.textContent = s; el.className = "pill " + (s === "live" ? "live" : "down"); } // shown once a page goes live
  }
  connect() {
    const proto = location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(`${proto}//${location.host}/v1/ws?key=${encodeURIComponent(getKey())}`);
    this.ws = ws;
    this.setState("connecting");
    ws.onopen = () => {
      this.backoff = 500;
      this.setState("live");
      this.seqs.clear();
      for (const s of this.subs.values()) this.send({ op: "subscribe", channel: s.channel, token: s.token }).catch(() => {});
      if (this.onopen) this.onopen();
    };
    ws.onmessage = (ev) => this.dispatch(JSON.parse(ev.data));
    ws.onclose = () => {
      this.setState("offline");
      for (const p of this.pending.values()) p.reject(new ApiError(0, { code: "network", message: "connection closed" }));
      this.pending.clear();
      if (!this.closed) setTimeout(() => this.connect(), this.backoff);
      this.backoff = Math.min(this.backoff * 2, 10000);
    };
  }
  dispatch(m) {
    if (m.type === "reply" || m.type === "error") {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.type === "reply") p.resolve(m);
      else {
        const err = new ApiError(0, m);
        if (m.rule) { err.ruleCode = m.rule.code; err.rule = m.rule.rule; if (m.rule.reason) err.message = m.rule.reason; }
        p.reject(err);
      }
      return;
    }
    if (m.seq !== undefined && m.type !== "heartbeat") {
      const k = m.type + ":" + (m.token || "");
      const last = this.seqs.get(k);
      this.seqs.set(k, m.seq);
      if (last !== undefined && m.seq !== last + 1 && !(m.snapshot && m.seq === 1)) {
        this.seqs.delete(k);
        const s = this.subs.get(k);
        if (s) { this.send({ op: "unsubscribe", channel: s.channel, token: s.token }).then(() => this.send({ op: "subscribe", channel: s.channel, token: s.token })).catch(() => {}); }
        return;
      }
    }
    const fn = this.handlers[m.type];
    if (fn) fn(m);
  }
  send(msg) {
    return new Promise((resolve, reject) => {
      if (!this.ws || this.ws.readyState !== WebSocket.OPEN) { reject(new ApiError(0, { code: "network", message: "not connected" })); return; }
      msg.id = "r" + (++this.n);
      this.pending.set(msg.id, { resolve, reject });
      this.ws.send(JSON.stringify(msg));
    });
  }
  subscribe(channel, token) {
    const k = channel + ":" + (token || "");
    this.subs.set(k, { channel, token });
    this.seqs.delete(k);
    if (this.ws && this.ws.readyState === WebSocket.OPEN) return this.send({ op: "subscribe", channel, token });
    return Promise.resolve();
  }
  unsubscribe(channel, token) {
    const k = channel + ":" + (token || "");
    if (!this.subs.delete(k)) return Promise.resolve();
    this.seqs.delete(k);
    if (this.ws && this.ws.readyState === WebSocket.OPEN) return this.send({ op: "unsubscribe", channel, token }).catch(() => {});
    return Promise.resolve();
  }
}

/** formData reads a form's named fields into an object (numbers as numbers where type=number). */
export function formData(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === "checkbox") out[el.name] = el.checked;
    else if (el.type === "number") { if (el.value !== "") out[el.name] = Number(el.value); }
    else out[el.name] = el.value.trim();
  }
  return out;
}

/** busy disables a button while fn runs. */
export async function busy(btn, fn) {
  btn.disabled = true;
  try { return await fn(); } finally { btn.disabled = false; }
}

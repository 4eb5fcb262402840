// Issuer page: tokens, their offering and MiCA profile, holder statistics
// and cap table (with lifting locks and reconciling against the chain),
// halt/resume, mint, lock-ups, investors and accounts, and the rule-set
// editor whose per-module config forms come from each module's config JSON
// schema.
import {
  api, whoami, frame, h, $, fill, num, date, loading, empty, errorState,
  describeError, busy, formData, ApiError, plural, money, parseMoney, minorDigits, time,
} from "/app.js";
import { schemaForm } from "/schemaform.js";

const S = { me: null, tokens: [], token: "", detail: null, modules: [], moduleInfo: new Map(), entries: [], seq: 0 };

function notice(kind, title, text, testid) {
  return h("div", { class: "notice " + kind, "data-testid": testid || null }, h("div", { class: "title" }, title), text ? h("div", {}, text) : null);
}
function errNotice(title, e, testid) {
  const n = notice("error", title, describeError(e), testid);
  if (e instanceof ApiError && e.details && e.details.length) n.append(h("pre", {}, e.details.join("\n")));
  return n;
}

// ---- tokens ----

async function loadTokens() {
  const el = $("#tokens");
  fill(el, loading());
  try {
    const all = (await api("GET", "/v1/tokens")) || [];
    const mine = S.me.role === "issuer" ? all.filter((t) => (S.me.tokens || []).includes(t.symbol)) : all;
    S.tokens = mine;
    const listed = new Set(mine.map((t) => t.symbol));
    const unlisted = S.me.role === "issuer" ? (S.me.tokens || []).filter((s) => !listed.has(s)) : [];
    if (!mine.length && !unlisted.length) { fill(el, empty("No tokens yet.")); return; }
    fill(el,
      mine.map((t) => h("div", { class: "list-item" + (t.symbol === S.token ? " sel" : ""), "data-token": t.symbol, onclick: () => select(t.symbol) },
        h("div", { class: "row" }, h("strong", { class: "mono" }, t.symbol), h("span", { class: "spacer" }), modePill(t.mode)),
        h("div", { class: "small muted" }, `${t.currency} · tick ${money(t.tick_size, t.currency)} · lot ${num(t.lot_size)}`))),
      unlisted.map((s) => h("div", { class: "list-item", onclick: () => showNewToken(s) },
        h("div", { class: "row" }, h("strong", { class: "mono" }, s), h("span", { class: "spacer" }), h("span", { class: "badge warn" }, "not listed")),
        h("div", { class: "small muted" }, "Your key may list it: create it"))));
  } catch (e) { fill(el, errorState(e)); }
}

function modePill(mode) {
  return h("span", { class: "pill" + (mode === "halted" ? " halted" : "") }, mode || "—");
}

function showNewToken(symbol) {
  $("#new-token").classList.remove("hidden");
  if (symbol) $("#t-symbol").value = symbol;
  $("#t-symbol").focus();
}

async function createToken(ev) {
  ev.preventDefault();
  const f = formData(ev.target);
  // Tick and reference price are typed in the currency; the API takes
  // minor units.
  const tick = parseMoney(f.tick_size, f.currency), ref = f.ref_price ? parseMoney(f.ref_price, f.currency) : 0;
  if (Number.isNaN(tick) || Number.isNaN(ref)) {
    fill($("#token-result"), notice("error", "Token not created",
      `Tick size and reference price are amounts in ${f.currency}, with at most ${minorDigits(f.currency)} decimals.`));
    return;
  }
  const body = {
    symbol: f.symbol, currency: f.currency, decimals: f.decimals || 0, tick_size: tick, lot_size: f.lot_size,
    band_bps: f.band_bps || 0, market_band_bps: f.market_band_bps || 0, ref_price: ref, call_period_ms: 0,
    offering: { exemption: f.exemption, issuer_reporting: false },
    mica: { white_paper_published: f.white_paper, kind: "" },
  };
  if (f.closed_at) body.offering.closed_at = f.closed_at;
  await busy($("#t-submit"), async () => {
    try {
      await api("POST", "/v1/tokens", body);
      fill($("#token-result"), notice("ok", `${body.symbol} listed`));
      await loadTokens();
      select(body.symbol);
    } catch (e) { fill($("#token-result"), errNotice("Token not created", e)); }
  });
}

async function select(sym) {
  S.token = sym;
  history.replaceState(null, "", "?token=" + encodeURIComponent(sym));
  for (const el of document.querySelectorAll("#tokens .list-item")) el.classList.toggle("sel", el.dataset.token === sym);
  $("#detail").classList.remove("hidden");
  $("#d-symbol").textContent = sym;
  fill($("#d-action"));
  fill($("#rs-result"));
  fill($("#profile-result"));
  fill($("#reconcile-result"));
  fill($("#unlock-result"));
  operatorNotes();
  await Promise.all([loadDetail(), loadStats()]);
}

// operatorNotes: the contract keeps minting, locks and rule sets to the
// token's issuer; an operator sees them with the controls off.
function operatorNotes() {
  if (S.me.role !== "operator") return;
  for (const id of ["#m-submit", "#l-submit", "#rs-bind", "#rs-add", "#p-submit"]) $(id).disabled = true;
  fill($("#mint-result"), h("div", { class: "notice" }, "Only the token's issuer mints and sets lock-ups."));
  fill($("#rs-result"), h("div", { class: "notice" }, "Only the token's issuer binds rule sets; an operator sees them."));
  fill($("#profile-result"), h("div", { class: "notice" }, "Only the token's issuer changes its offering data and MiCA attributes."));
}

async function loadDetail() {
  try {
    const t = await api("GET", `/v1/tokens/${encodeURIComponent(S.token)}`);
    S.detail = t;
    const m = $("#d-mode");
    m.textContent = t.mode || "—";
    m.className = "pill" + (t.mode === "halted" ? " halted" : "");
    $("#halt").classList.toggle("hidden", t.mode === "halted");
    $("#resume").classList.toggle("hidden", t.mode !== "halted");
    const off = t.offering || {};
    $("#d-spec").textContent = [`${t.currency}`, `${t.decimals} decimals`, `tick ${money(t.tick_size, t.currency)}`, `lot ${num(t.lot_size)}`,
      off.exemption ? `exemption ${off.exemption}` : null, off.closed_at ? `offering closed ${date(off.closed_at)}` : "offering open",
      t.mica && t.mica.white_paper_published ? "white paper published" : null].filter(Boolean).join(" · ");
    fillProfile(t);
    S.entries = ((t.ruleset && t.ruleset.entries) || []).map((e) => ({ module: e.module, config: e.config || {}, key: ++S.seq }));
    $("#rs-version").textContent = t.ruleset ? `version ${t.ruleset.version} · ${t.ruleset.hash.slice(0, 12)}…` : "none bound";
    await renderEntries();
  } catch (e) {
    fill($("#d-action"), errNotice("Could not load the token", e));
  }
}

async function loadStats() {
  const sEl = $("#stats"), cEl = $("#captable");
  fill(sEl, loading()); fill(cEl, loading());
  try {
    const ct = await api("GET", `/v1/tokens/${encodeURIComponent(S.token)}/captable`);
    const st = ct.stats || {};
    const byCountry = Object.entries(st.holders_by_country || {}).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${num(n)}`).join(" · ");
    fill(sEl, h("div", { class: "stats", "data-testid": "stats" },
      stat("Holders", st.holders), stat("US holders", st.us_holders), stat("Non-accredited", st.non_accredited_holders),
      stat("Total supply", st.total_supply), stat("Transfers today", st.daily_transactions)),
      byCountry ? h("p", { class: "small muted" }, "By country: " + byCountry) : null);
    const hs = ct.holdings || [];
    if (!hs.length) { fill(cEl, empty("No holders yet: mint to an account.")); return; }
    const supply = st.total_supply || hs.reduce((s, x) => s + x.balance, 0);
    fill(cEl, h("table", { "data-testid": "captable" },
      h("thead", {}, h("tr", {}, h("th", {}, "Investor"), h("th", {}, "Accounts"), h("th", { class: "num" }, "Balance"), h("th", { class: "num" }, "Share"), h("th", {}, "Lots · locks"))),
      h("tbody", {}, hs.map((x) => h("tr", {},
        h("td", { class: "mono" }, x.investor_id),
        h("td", { class: "small" }, Object.entries(x.accounts || {}).map(([a, b]) => `${a} ${num(b)}`).join(", ")),
        h("td", { class: "num" }, num(x.balance)),
        h("td", { class: "num" }, supply ? (100 * x.balance / supply).toFixed(2) + "%" : "—"),
        h("td", { class: "small muted" }, plural((x.lots || []).length, "lot"),
          (x.locks || []).map((l) => h("div", { class: "row" }, `🔒 ${l.name}: ${num(l.quantity)} until ${date(l.until)}`,
            S.me.role === "issuer" ? h("button", { class: "ghost small", type: "button", "data-lock": `${x.investor_id}/${l.name}`,
              onclick: (ev) => unlock(ev.currentTarget, x.investor_id, l.name) }, "Lift") : null))))))));
  } catch (e) { fill(sEl, errorState(e)); fill(cEl, errorState(e)); }
}

function stat(k, v) { return h("div", { class: "stat" }, h("div", { class: "v" }, num(v || 0)), h("div", { class: "k" }, k)); }

async function setHalt(halt) {
  const btn = halt ? $("#halt") : $("#resume");
  await busy(btn, async () => {
    try {
      await api("POST", `/v1/tokens/${encodeURIComponent(S.token)}/${halt ? "halt" : "resume"}`);
      fill($("#d-action"), notice("ok", halt ? `${S.token} halted: only cancels are accepted` : `${S.token} trading resumed`, null, "mode-result"));
    } catch (e) { fill($("#d-action"), errNotice(halt ? "Not halted" : "Not resumed", e)); }
    await loadDetail();
    loadTokens();
  });
}

// ---- profile, unlock, reconcile ----

function fillProfile(t) {
  const f = $("#profile-form"), off = t.offering || {}, mica = t.mica || {};
  f.elements.exemption.value = off.exemption || "";
  f.elements.closed_at.value = off.closed_at || "";
  f.elements.issuer_reporting.checked = !!off.issuer_reporting;
  f.elements.white_paper_published.checked = !!mica.white_paper_published;
  f.elements.kind.value = mica.kind || "";
}

// saveProfile replaces the whole profile: the form holds every field.
async function saveProfile(ev) {
  ev.preventDefault();
  const f = formData(ev.target);
  const body = {
    offering: { exemption: f.exemption || "", issuer_reporting: !!f.issuer_reporting },
    mica: { white_paper_published: !!f.white_paper_published, kind: f.kind || "" },
  };
  if (f.closed_at) body.offering.closed_at = f.closed_at;
  await busy($("#p-submit"), async () => {
    try {
      await api("PUT", `/v1/tokens/${encodeURIComponent(S.token)}/profile`, body);
      fill($("#profile-result"), notice("ok", `${S.token}'s profile saved: the rules read it from now on`, null, "profile-saved"));
      await loadDetail();
    } catch (e) { fill($("#profile-result"), errNotice("Profile not saved", e, "profile-error")); }
  });
}

async function unlock(btn, investor, name) {
  await busy(btn, async () => {
    try {
      await api("DELETE", `/v1/tokens/${encodeURIComponent(S.token)}/locks/${encodeURIComponent(investor)}/${encodeURIComponent(name)}`);
      fill($("#unlock-result"), notice("ok", `Lock "${name}" of ${investor} lifted`, null, "unlock-result"));
      loadStats();
    } catch (e) { fill($("#unlock-result"), errNotice("Lock not lifted", e)); }
  });
}

async function reconcile() {
  const out = $("#reconcile-result");
  await busy($("#reconcile"), async () => {
    try {
      const r = await api("GET", `/v1/tokens/${encodeURIComponent(S.token)}/reconcile`);
      const drift = r.drift || [];
      if (!drift.length) {
        fill(out, notice("ok", "Cap table and chain agree", `Every account checked at ${time(r.checked_at, true)}.`, "reconcile-result"));
        return;
      }
      fill(out, h("div", { class: "notice error", "data-testid": "reconcile-result" },
        h("div", { class: "title" }, `${plural(drift.length, "account")} differ between the cap table and the chain`),
        h("table", {},
          h("thead", {}, h("tr", {}, h("th", {}, "Account"), h("th", {}, "Investor"), h("th", { class: "num" }, "Cap table"), h("th", { class: "num" }, "Chain"))),
          h("tbody", {}, drift.map((d) => h("tr", {},
            h("td", { class: "mono", title: d.wallet }, d.account), h("td", { class: "mono" }, d.investor_id),
            h("td", { class: "num" }, num(d.cap_table)), h("td", { class: "num" }, num(d.chain))))))));
    } catch (e) { fill(out, errNotice("Could not reconcile", e, "reconcile-result")); }
  });
}

// ---- rule-set editor ----

async function moduleInfo(ref) {
  if (S.moduleInfo.has(ref)) return S.moduleInfo.get(ref);
  const [name, version] = ref.split("@");
  const p = api("GET", `/v1/modules/${encodeURIComponent(name)}/${encodeURIComponent(version)}`);
  S.moduleInfo.set(ref, p);
  p.catch(() => S.moduleInfo.delete(ref));
  return p;
}

async function renderEntries() {
  const el = $("#rs-entries");
  if (!S.entries.length) {
    fill(el, empty("No rule set: every transfer is allowed. Add modules below, in the order they should run, and bind."));
    return;
  }
  fill(el, loading("Loading the modules' schemas…"));
  const cards = [];
  for (let i = 0; i < S.entries.length; i++) {
    const e = S.entries[i];
    const card = h("div", { class: "rs-entry", "data-module": e.module });
    let info = null, form;
    try { info = await moduleInfo(e.module); } catch (err) { form = { el: errorState(err), read: () => e.config }; }
    if (!form) form = schemaForm(info.schema, e.config, "cfg" + e.key);
    e.read = form.read;
    card.append(
      h("div", { class: "head" },
        h("span", { class: "badge info" }, String(i + 1)),
        h("strong", { class: "mono" }, e.module),
        h("span", { class: "spacer" }),
        h("button", { class: "ghost small", type: "button", title: "Run earlier", disabled: i === 0, onclick: () => move(i, -1) }, "↑"),
        h("button", { class: "ghost small", type: "button", title: "Run later", disabled: i === S.entries.length - 1, onclick: () => move(i, 1) }, "↓"),
        h("button", { class: "ghost small", type: "button", onclick: () => remove(i) }, "Remove")),
      info ? h("div", { class: "desc" }, info.description) : null,
      form.el);
    cards.push(card);
  }
  fill(el, cards);
}

function snapshotConfigs() {
  for (const e of S.entries) { if (e.read) { try { e.config = e.read(); } catch { /* keep the last valid */ } } }
}
function move(i, d) { snapshotConfigs(); const [e] = S.entries.splice(i, 1); S.entries.splice(i + d, 0, e); renderEntries(); }
function remove(i) { snapshotConfigs(); S.entries.splice(i, 1); renderEntries(); }

async function loadModules() {
  const sel = $("#rs-add-module");
  try {
    S.modules = (await api("GET", "/v1/modules")) || [];
    if (!S.modules.length) { fill(sel, h("option", { value: "" }, "no modules uploaded")); return; }
    fill(sel, S.modules.map((m) => h("option", { value: `${m.name}@${m.version}` }, `${m.name}@${m.version}`)));
  } catch (e) { fill(sel, h("option", { value: "" }, "modules: " + describeError(e))); }
}

function addModule() {
  const ref = $("#rs-add-module").value;
  if (!ref) return;
  snapshotConfigs();
  S.entries.push({ module: ref, config: {}, key: ++S.seq });
  renderEntries();
}

async function bind() {
  const out = $("#rs-result");
  const modules = [];
  try {
    for (const e of S.entries) {
      const config = e.read ? e.read() : e.config;
      modules.push(Object.keys(config).length ? { module: e.module, config } : { module: e.module });
    }
  } catch (err) { fill(out, notice("error", "Fix the config first", err.message)); return; }
  await busy($("#rs-bind"), async () => {
    try {
      const rs = await api("PUT", `/v1/tokens/${encodeURIComponent(S.token)}/ruleset`, { modules });
      fill(out, h("div", { class: "notice ok", "data-testid": "ruleset-bound" },
        h("div", { class: "title" }, `Rule set version ${rs.version} bound to ${S.token}`),
        h("div", { class: "small" }, `${rs.entries.length} module${rs.entries.length === 1 ? "" : "s"}: ${rs.entries.map((e) => e.module).join(" → ")}`),
        h("div", { class: "small mono muted" }, "hash " + rs.hash)));
      $("#rs-version").textContent = `version ${rs.version} · ${rs.hash.slice(0, 12)}…`;
    } catch (e) { fill(out, errNotice("Rule set not bound", e, "ruleset-error")); }
  });
}

// ---- mint, locks ----

async function mint(ev) {
  ev.preventDefault();
  const f = formData(ev.target);
  await busy($("#m-submit"), async () => {
    try {
      await api("POST", `/v1/tokens/${encodeURIComponent(S.token)}/mint`, { account: f.account, qty: f.qty });
      fill($("#mint-result"), notice("ok", `Minted ${num(f.qty)} ${S.token} to ${f.account}`));
      loadStats();
    } catch (e) { fill($("#mint-result"), errNotice("Not minted", e)); }
  });
}

async function setLock(ev) {
  ev.preventDefault();
  const f = formData(ev.target);
  await busy($("#l-submit"), async () => {
    try {
      await api("POST", `/v1/tokens/${encodeURIComponent(S.token)}/locks`, f);
      fill($("#lock-result"), notice("ok", `Lock "${f.name}" set: ${num(f.quantity)} until ${date(f.until)}`));
      loadStats();
    } catch (e) { fill($("#lock-result"), errNotice("Lock not set", e)); }
  });
}

// ---- investors ----

async function loadInvestors() {
  const el = $("#investors");
  fill(el, loading());
  try {
    const list = (await api("GET", "/v1/investors")) || [];
    if (!list.length) { fill(el, empty("No investors yet: onboard one below.")); return; }
    fill(el, h("table", { "data-testid": "investors" },
      h("thead", {}, h("tr", {}, ["Investor", "Country", "US person", "Class", "KYC", "KYC expires", "Accredited", "Until"].map((c) => h("th", {}, c)))),
      h("tbody", {}, list.map((i) => h("tr", { class: "click", onclick: () => editInvestor(i) },
        h("td", { class: "mono" }, i.id), h("td", {}, i.country), h("td", {}, i.us_person ? "yes" : "no"),
        h("td", { class: "small" }, i.investor_class),
        h("td", {}, h("span", { class: "badge " + (i.kyc_status === "approved" ? "ok" : i.kyc_status === "pending" ? "warn" : "err") }, i.kyc_status)),
        h("td", { class: "small" }, date(i.kyc_expires_at)),
        h("td", {}, i.accredited ? h("span", { class: "badge ok" }, "yes") : h("span", { class: "badge warn" }, "no")),
        h("td", { class: "small" }, date(i.accreditation_expires_at)))))));
  } catch (e) { fill(el, errorState(e)); }
}

function editInvestor(i) {
  const f = $("#inv-form");
  f.elements.id.value = i.id; f.elements.country.value = i.country; f.elements.investor_class.value = i.investor_class;
  f.elements.kyc_status.value = i.kyc_status;
  f.elements.kyc_expires_at.value = i.kyc_expires_at && !i.kyc_expires_at.startsWith("0001") ? i.kyc_expires_at : "";
  f.elements.accreditation_expires_at.value = i.accreditation_expires_at && !i.accreditation_expires_at.startsWith("0001") ? i.accreditation_expires_at : "";
  f.elements.us_person.checked = i.us_person; f.elements.accredited.checked = i.accredited;
  $("#a-investor").value = i.id; $("#l-investor").value = i.id;
}

async function saveInvestor(ev) {
  ev.preventDefault();
  const f = formData(ev.target);
  for (const k of ["kyc_expires_at", "accreditation_expires_at"]) if (!f[k]) delete f[k];
  await busy($("#i-submit"), async () => {
    try {
      await api("POST", "/v1/investors", f);
      fill($("#inv-result"), notice("ok", `Investor ${f.id} saved`));
      loadInvestors();
    } catch (e) { fill($("#inv-result"), errNotice("Investor not saved", e)); }
  });
}

async function openAccount(ev) {
  ev.preventDefault();
  const f = formData(ev.target);
  if (!f.wallet) delete f.wallet; // custodial: the venue keeps the account's key
  await busy($("#a-submit"), async () => {
    try {
      await api("POST", "/v1/accounts", f);
      fill($("#acct-result"), notice("ok", `Account ${f.id} opened for ${f.investor_id}`));
    } catch (e) { fill($("#acct-result"), errNotice("Account not opened", e)); }
  });
}

async function main() {
  S.me = await whoami();
  frame(S.me, "/issuer");
  $("#new-token-btn").addEventListener("click", () => showNewToken());
  $("#token-form").addEventListener("submit", createToken);
  $("#halt").addEventListener("click", () => setHalt(true));
  $("#resume").addEventListener("click", () => setHalt(false));
  $("#rs-add").addEventListener("click", addModule);
  $("#rs-bind").addEventListener("click", bind);
  $("#mint-form").addEventListener("submit", mint);
  $("#lock-form").addEventListener("submit", setLock);
  $("#profile-form").addEventListener("submit", saveProfile);
  $("#reconcile").addEventListener("click", reconcile);
  $("#inv-form").addEventListener("submit", saveInvestor);
  $("#acct-form").addEventListener("submit", openAccount);
  if (!["issuer", "operator"].includes(S.me.role)) {
    fill($("main"), h("div", { class: "panel" }, empty("The issuer page needs an issuer or operator key.")));
    return;
  }
  loadModules();
  loadInvestors();
  await loadTokens();
  const want = new URLSearchParams(location.search).get("token");
  const first = S.tokens.find((t) => t.symbol === want) || S.tokens[0];
  if (first) await select(first.symbol);
  else { $("#detail").classList.add("hidden"); showNewToken((S.me.tokens || [])[0]); }
}

main().catch((e) => { if (e.message !== "no key") fill($("main"), errorState(e)); });

// Compliance page: upload a module and see its validation, run a case file
// against a stored module, and read, filter and replay the decision log.
import {
  api, request, whoami, frame, Live, h, $, fill, num, time, loading, empty, errorState,
  describeError, busy, codeName, codeWords, ApiError,
} from "/app.js";

const S = { me: null, modules: [], decisions: [], nextBefore: "", live: null };

function errNotice(title, e, testid) {
  const n = h("div", { class: "notice error", "data-testid": testid || null }, h("div", { class: "title" }, title), h("div", {}, describeError(e)));
  if (e instanceof ApiError && e.details && e.details.length) n.append(h("pre", { "data-field": "details" }, e.details.join("\n")));
  return n;
}

// ---- upload ----

function readText(file) { return file.text(); }

async function classify(files) {
  const out = { wasm: null, manifest: null, schema: null, cases: null, manifestDoc: null, problems: [] };
  const jsons = [];
  for (const f of files) {
    if (f.name.endsWith(".wasm")) out.wasm = f;
    else if (f.name.endsWith(".json")) jsons.push(f);
  }
  for (const f of jsons) {
    if (f.name === "manifest.json") out.manifest = f;
  }
  if (!out.manifest) {
    for (const f of jsons) {
      try { const d = JSON.parse(await readText(f)); if (d && d.name && d.version && !d.cases?.length && !d.type) { out.manifest = f; break; } } catch { /* not JSON */ }
    }
  }
  if (out.manifest) {
    try {
      out.manifestDoc = JSON.parse(await readText(out.manifest));
      const byName = (n) => n && jsons.find((f) => f.name === n.split("/").pop());
      out.schema = byName(out.manifestDoc.schema) || null;
      out.cases = byName(out.manifestDoc.cases) || null;
      if (out.manifestDoc.schema && !out.schema) out.problems.push(`the manifest names the schema ${out.manifestDoc.schema}: pick it too`);
      if (out.manifestDoc.cases && !out.cases) out.problems.push(`the manifest names the case file ${out.manifestDoc.cases}: pick it too`);
    } catch (e) { out.problems.push("manifest.json is not valid JSON: " + e.message); }
  } else out.problems.push("pick the module's manifest.json");
  if (!out.wasm) out.problems.push("pick the module's .wasm file");
  return out;
}

async function showPicked() {
  const files = [...$("#files").files];
  if (!files.length) { fill($("#picked")); return; }
  const c = await classify(files);
  fill($("#picked"),
    h("div", {}, [["module", c.wasm], ["manifest", c.manifest], ["schema", c.schema], ["cases", c.cases]]
      .map(([k, f]) => f ? `${k}: ${f.name} (${num(f.size)} bytes)` : null).filter(Boolean).join(" · ")),
    c.manifestDoc ? h("div", {}, `${c.manifestDoc.name}@${c.manifestDoc.version}: ${c.manifestDoc.description || ""}`) : null,
    c.problems.map((p) => h("div", { class: "sell-t" }, p)));
}

async function upload(ev) {
  ev.preventDefault();
  const out = $("#upload-result");
  const c = await classify([...$("#files").files]);
  if (c.problems.length) { fill(out, h("div", { class: "notice error" }, h("div", { class: "title" }, "Not ready to upload"), c.problems.map((p) => h("div", {}, p)))); return; }
  const fd = new FormData();
  fd.append("wasm", c.wasm, c.wasm.name);
  fd.append("manifest", c.manifest, c.manifest.name);
  if (c.schema) fd.append("schema", c.schema, c.schema.name);
  if (c.cases) fd.append("cases", c.cases, c.cases.name);
  fill(out, loading("Uploading: the venue compiles the module and runs its cases…"));
  await busy($("#upload"), async () => {
    try {
      const r = await api("POST", "/v1/modules", fd);
      const m = r.module || {}, v = r.validation || {};
      fill(out, h("div", { class: "notice ok", "data-testid": "upload-ok" },
        h("div", { class: "title" }, `${m.name}@${m.version} validated and stored`),
        h("div", {}, `${v.compiled ? "Compiled, speaks the venue's ABI" : "Stored"}; ${num(v.cases_passed || 0)} of ${num((v.cases_passed || 0) + (v.cases_failed || 0))} bundled cases passed.`),
        h("div", { class: "small mono muted" }, `sha256 ${m.sha256} · ${num(m.size)} bytes`)));
      await loadModules(`${m.name}@${m.version}`);
    } catch (e) { fill(out, errNotice("Module refused", e, "upload-error")); }
  });
}

// ---- modules ----

async function loadModules(selectRef) {
  const el = $("#modules");
  if (!el.firstChild) fill(el, loading());
  try {
    S.modules = (await api("GET", "/v1/modules")) || [];
    if (!S.modules.length) { fill(el, empty("No modules uploaded yet.")); fill($("#case-module"), h("option", { value: "" }, "no modules")); return; }
    fill(el, h("table", { "data-testid": "modules" },
      h("thead", {}, h("tr", {}, h("th", {}, "Module"), h("th", {}, "Description"), h("th", { class: "num" }, "Cases"), h("th", { class: "num" }, "Size"), h("th", {}, "Uploaded"))),
      h("tbody", {}, S.modules.map((m) => h("tr", { class: "click", "data-module": `${m.name}@${m.version}`, onclick: () => { $("#case-module").value = `${m.name}@${m.version}`; } },
        h("td", { class: "mono" }, `${m.name}@${m.version}`, h("div", { class: "small muted" }, m.sha256.slice(0, 12) + "…")),
        h("td", { class: "small" }, m.description),
        h("td", { class: "num" }, num(m.cases)),
        h("td", { class: "num" }, num(m.size)),
        h("td", { class: "small" }, time(m.uploaded_at, true)))))));
    const sel = $("#case-module"), prev = selectRef || sel.value;
    fill(sel, S.modules.map((m) => h("option", { value: `${m.name}@${m.version}` }, `${m.name}@${m.version}`)));
    if (prev && S.modules.some((m) => `${m.name}@${m.version}` === prev)) sel.value = prev;
  } catch (e) { fill(el, errorState(e)); }
}

// ---- case files ----

async function loadBundled() {
  const ref = $("#case-module").value;
  if (!ref) return;
  const [name, version] = ref.split("@");
  try {
    const m = await api("GET", `/v1/modules/${encodeURIComponent(name)}/${encodeURIComponent(version)}`);
    if (!m.case_file) { fill($("#case-result"), h("div", { class: "notice" }, `${ref} has no bundled case file.`)); return; }
    $("#case-json").value = typeof m.case_file === "string" ? m.case_file : JSON.stringify(m.case_file, null, 2);
    fill($("#case-result"));
  } catch (e) { fill($("#case-result"), errNotice("Could not load the cases", e)); }
}

async function runCases() {
  const ref = $("#case-module").value, out = $("#case-result");
  if (!ref) { fill(out, h("div", { class: "notice error" }, "Pick a module first.")); return; }
  const text = $("#case-json").value.trim();
  try { JSON.parse(text); } catch (e) { fill(out, h("div", { class: "notice error" }, h("div", { class: "title" }, "The case file is not valid JSON"), e.message)); return; }
  const [name, version] = ref.split("@");
  fill(out, loading("Running in the sandbox…"));
  await busy($("#run-cases"), async () => {
    try {
      const r = await api("POST", `/v1/modules/${encodeURIComponent(name)}/${encodeURIComponent(version)}/test`, text);
      const ok = r.failed === 0;
      fill(out,
        h("div", { class: "notice " + (ok ? "ok" : "error"), "data-testid": "case-summary" }, h("div", { class: "title" }, `${r.module}: ${r.summary}`)),
        h("div", { class: "scroll" }, h("table", { "data-testid": "case-results" },
          h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, "Case"), h("th", {}, "Wanted"), h("th", {}, "Got"))),
          h("tbody", {}, (r.results || []).map((c) => h("tr", { "data-ok": String(c.ok) },
            h("td", {}, h("span", { class: "badge " + (c.ok ? "ok" : "err") }, c.ok ? "pass" : "fail")),
            h("td", {}, c.name, c.line && !c.ok ? h("div", { class: "small mono muted" }, c.line) : null),
            h("td", { class: "small mono" }, verdictText(c.want)),
            h("td", { class: "small mono" }, c.error ? "could not run: " + c.error : verdictText(c.got))))))));
    } catch (e) { fill(out, errNotice("The case file did not run", e)); }
  });
}

function verdictText(v) {
  if (!v) return "—";
  if (v.allow) return "allow";
  const code = v.code !== undefined ? ` ${v.code} ${codeName(v.code)}` : "";
  return `deny${code}${v.reason ? " — " + v.reason : ""}`;
}

// ---- decision log ----

function filterParams() {
  const f = $("#filters").elements;
  const q = new URLSearchParams();
  for (const k of ["token", "stage", "allowed", "account", "limit"]) if (f[k].value.trim()) q.set(k, f[k].value.trim());
  return q;
}

async function loadDecisions(older) {
  const el = $("#decisions");
  const q = filterParams();
  if (older && S.nextBefore) q.set("before", S.nextBefore);
  else { S.decisions = []; fill(el, loading()); }
  try {
    const r = await request("GET", "/v1/decisions?" + q);
    S.decisions = S.decisions.concat(r.data || []);
    // The server says where the next page starts (absent at the end); an
    // account filter can come back short with more to read.
    S.nextBefore = r.headers.get("X-Next-Before") || "";
    $("#older").classList.toggle("hidden", !S.nextBefore);
    renderDecisions();
  } catch (e) { fill(el, errorState(e)); }
}

function matches(d) {
  const f = $("#filters").elements;
  if (f.token.value && d.token !== f.token.value) return false;
  if (f.stage.value && d.phase !== f.stage.value) return false;
  if (f.allowed.value && String(d.allow) !== f.allowed.value) return false;
  const a = f.account.value.trim();
  if (a && d.seller !== a && d.buyer !== a) return false;
  return true;
}

function renderDecisions() {
  const el = $("#decisions");
  if (!S.decisions.length) { fill(el, empty(S.nextBefore ? "None in this stretch of the log: look further back." : "No decisions match these filters.")); return; }
  fill(el, h("div", { class: "scroll" }, h("table", { "data-testid": "decisions" },
    h("thead", {}, h("tr", {}, ["#", "Time", "Token", "Stage", "Seller → buyer", "Outcome", "Rule and reason", "Rule set", ""].map((c) => h("th", {}, c)))),
    h("tbody", {}, S.decisions.map(decisionRow)))));
}

function decisionRow(d) {
  const tr = h("tr", { "data-decision": d.id },
    h("td", { class: "mono small" }, d.id),
    h("td", { class: "small" }, time(d.time, true)),
    h("td", { class: "mono" }, d.token),
    h("td", { class: "small" }, (d.phase || "").replace("_", " ")),
    h("td", { class: "small mono" }, `${d.seller || "—"} → ${d.buyer || "—"}`),
    h("td", {}, d.allow ? h("span", { class: "badge ok" }, "allowed") : h("span", { class: "badge err", title: codeWords(d.code) }, `denied ${d.code} ${codeName(d.code)}`)),
    h("td", { class: "small" }, d.allow ? h("span", { class: "muted" }, `${(d.verdicts || []).length} module${(d.verdicts || []).length === 1 ? "" : "s"} allowed`) :
      [h("span", { class: "rule-tag" }, d.rule || "—"), " ", d.reason || codeWords(d.code)]),
    h("td", { class: "small mono muted" }, d.ruleset_version ? `v${d.ruleset_version} ${(d.ruleset_hash || "").slice(0, 8)}` : "none"),
    h("td", {}, h("button", { class: "ghost small", onclick: (ev) => replay(ev.target, d, tr) }, "Replay")));
  return tr;
}

async function replay(btn, d, tr) {
  const next = tr.nextElementSibling;
  if (next && next.classList.contains("replay-row")) next.remove();
  const cell = h("td", { colspan: 9 }, loading("Replaying…"));
  const row = h("tr", { class: "replay-row", "data-replay": d.id }, cell);
  tr.after(row);
  await busy(btn, async () => {
    try {
      const r = await api("POST", `/v1/decisions/${d.id}/replay`);
      fill(cell, h("div", { class: "notice " + (r.same ? "ok" : "error"), "data-testid": "replay-result" },
        h("div", { class: "title" }, r.same ? `Decision #${d.id} replayed: the same verdicts, from the same input` : `Decision #${d.id} replayed differently`),
        h("div", { class: "small" }, (r.verdicts || []).map((v) => h("div", {}, h("span", { class: "rule-tag" }, v.rule || "—"), " ", verdictText(v)))),
        (r.diffs || []).map((x) => h("div", { class: "small sell-t" }, x))));
    } catch (e) { fill(cell, errNotice("Replay failed", e)); }
  });
}

async function loadTokens() {
  try {
    const ts = (await api("GET", "/v1/tokens")) || [];
    const sel = $("#f-token");
    for (const t of ts) sel.append(h("option", { value: t.symbol }, t.symbol));
  } catch { /* the filter still works by typing nothing */ }
}

function toggleLive() {
  if ($("#live").checked) {
    if (!S.live) S.live = new Live().on("decisions", (m) => {
      const d = m.decision;
      if (!d || !matches(d) || S.decisions.some((x) => x.id === d.id)) return;
      S.decisions.unshift(d);
      renderDecisions();
    });
    S.live.subscribe("decisions").catch((e) => { $("#live").checked = false; fill($("#decisions"), errorState(e)); });
  } else if (S.live) S.live.unsubscribe("decisions");
}

// ---- audit trail ----

// changes lists what differs between two JSON objects, key by key
// ("kyc_status: approved → rejected"), every field of a new one, and
// whole values for anything else.
function changes(before, after) {
  const show = (v) => v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v);
  const isObj = (v) => v && typeof v === "object" && !Array.isArray(v);
  if (!before && isObj(after)) return Object.entries(after).map(([k, v]) => `${k}: ${show(v)}`);
  if (!isObj(before) || !isObj(after)) return [`${show(before)} → ${show(after)}`];
  const out = [];
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out.push(`${k}: ${show(before[k])} → ${show(after[k])}`);
  }
  return out.length ? out : ["no change"];
}

async function loadAudit(ev) {
  ev.preventDefault();
  const el = $("#audit");
  const f = $("#audit-form").elements;
  const q = new URLSearchParams({ subject: f.subject.value.trim(), limit: "1000" });
  if (f.action.value) q.set("action", f.action.value);
  fill(el, loading());
  try {
    const list = (await api("GET", "/v1/audit?" + q)) || [];
    if (!list.length) { fill(el, empty(`No recorded changes of ${q.get("subject")}.`)); return; }
    fill(el, h("div", { class: "scroll" }, h("table", { "data-testid": "audit" },
      h("thead", {}, h("tr", {}, ["#", "When", "Who", "Change", "What changed"].map((c) => h("th", {}, c)))),
      h("tbody", {}, list.map((a) => h("tr", { "data-audit": a.id },
        h("td", { class: "mono small" }, a.id),
        h("td", { class: "small" }, time(a.at, true)),
        h("td", { class: "mono small" }, a.actor),
        h("td", { class: "small" }, a.action),
        h("td", { class: "small mono" }, changes(a.before, a.after).map((l) => h("div", {}, l)))))))));
  } catch (e) { fill(el, errorState(e)); }
}

async function main() {
  S.me = await whoami();
  frame(S.me, "/compliance");
  $("#files").addEventListener("change", showPicked);
  $("#upload-form").addEventListener("submit", upload);
  $("#reload-modules").addEventListener("click", () => loadModules());
  $("#load-bundled").addEventListener("click", loadBundled);
  $("#run-cases").addEventListener("click", runCases);
  $("#case-file-input").addEventListener("change", async (ev) => { const f = ev.target.files[0]; if (f) $("#case-json").value = await f.text(); });
  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadDecisions(false); });
  $("#older").addEventListener("click", () => loadDecisions(true));
  $("#live").addEventListener("change", toggleLive);
  $("#audit-form").addEventListener("submit", loadAudit);
  if (S.me.role !== "compliance") {
    $("#upload").disabled = true; $("#run-cases").disabled = true;
    fill($("#upload-result"), h("div", { class: "notice" }, "Uploading and testing modules needs a compliance key."));
  }
  loadTokens();
  loadModules();
  loadDecisions(false);
}

main().catch((e) => { if (e.message !== "no key") fill($("main"), errorState(e)); });

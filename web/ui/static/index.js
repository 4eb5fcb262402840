// Landing page: take an API key, ask GET /v1/me who it is, point to the page
// that fits the role.
import { api, setKey, getKey, clearKey, h, fill, $, describeError, PAGE_FOR, loading } from "/app.js";

const DESCRIBE = {
  trader: "trade on the venue for your account: book, order entry, your orders and fills",
  issuer: "manage your tokens: investors, mint, rule sets, cap table, halt and resume",
  compliance: "upload and test rule modules, read and replay the decision log",
  operator: "run the venue: every page reads; issuer operations on any token",
};

async function check(key) {
  const out = $("#result");
  fill(out, loading("Checking the key…"));
  try {
    const me = await api("GET", "/v1/me", undefined, key);
    setKey(key);
    const page = PAGE_FOR[me.role] || "/trader";
    fill(out, h("div", { class: "notice ok", "data-testid": "signed-in" },
      h("div", { class: "title" }, `Signed in as ${me.role}`),
      h("p", {}, `This key may ${DESCRIBE[me.role] || "use the venue"}.`),
      me.account ? h("p", { class: "small" }, "Account: ", h("code", {}, me.account)) : null,
      me.tokens && me.tokens.length ? h("p", { class: "small" }, "Tokens: ", h("code", {}, me.tokens.join(", "))) : null,
      h("p", {}, h("a", { href: page, id: "go", class: "pill" }, `Open the ${page.slice(1)} page →`))));
  } catch (e) {
    if (e.status === 401) clearKey();
    fill(out, h("div", { class: "notice error", "data-testid": "sign-in-error" }, h("div", { class: "title" }, "Not signed in"), describeError(e)));
  }
}

$("#key-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const k = $("#key").value.trim();
  if (k) check(k);
});
if (new URLSearchParams(location.search).has("expired")) {
  fill($("#result"), h("div", { class: "notice error" }, "Your key was refused: it is unknown or has been revoked. Paste a valid key."));
} else if (getKey()) {
  check(getKey());
}

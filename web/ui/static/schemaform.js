// A config form generated from a module's config JSON schema (the subset the
// rules package accepts: object, integer, number, boolean, string with enum,
// pattern and date-time, arrays, nested objects). Fields left empty are left
// out of the config, so the module's default applies; the default is shown.
import { h } from "/app.js";

/**
 * schemaForm builds the fields for schema with the values of config, and
 * returns {el, read}: read() gives the config object, or throws an Error
 * naming the first field that is not valid.
 */
export function schemaForm(schema, config, idPrefix) {
  config = config || {};
  const props = (schema && schema.properties) || {};
  const names = Object.keys(props);
  const readers = [];
  if (!names.length) {
    if (schema && schema.additionalProperties === false) {
      return { el: h("p", { class: "muted small" }, "This module takes no configuration."), read: () => ({}) };
    }
    const ta = h("textarea", { "data-field": "config" }, JSON.stringify(config, null, 2));
    return {
      el: h("div", {}, h("label", {}, "Config (JSON object; the module has no schema)"), ta),
      read: () => { const v = JSON.parse(ta.value || "{}"); if (typeof v !== "object" || Array.isArray(v) || v === null) throw new Error("config must be a JSON object"); return v; },
    };
  }
  const box = h("div", { class: "fields" });
  for (const name of names) {
    const p = props[name] || {};
    const id = `${idPrefix}-${name}`;
    const has = Object.prototype.hasOwnProperty.call(config, name);
    const val = config[name];
    const def = p.default;
    const help = [p.description, describeLimits(p), def !== undefined ? "default " + JSON.stringify(def) : "no default: off when empty"].filter(Boolean).join(" · ");
    const label = h("label", { for: id }, name.replaceAll("_", " "));
    let input, read, wide = false;
    if (p.type === "integer" || p.type === "number") {
      input = h("input", { id, type: "number", "data-field": name, step: p.type === "integer" ? "1" : "any",
        min: p.minimum, max: p.maximum, placeholder: def !== undefined ? String(def) : "", value: has ? String(val) : "" });
      read = () => {
        if (input.value === "") return undefined;
        const n = Number(input.value);
        if (!Number.isFinite(n) || (p.type === "integer" && !Number.isInteger(n))) throw new Error(`${name}: a${p.type === "integer" ? "n integer" : " number"} is needed`);
        if (p.minimum !== undefined && n < p.minimum) throw new Error(`${name}: at least ${p.minimum}`);
        if (p.maximum !== undefined && n > p.maximum) throw new Error(`${name}: at most ${p.maximum}`);
        return n;
      };
    } else if (p.type === "boolean") {
      input = h("select", { id, "data-field": name },
        h("option", { value: "" }, def !== undefined ? `default (${def ? "yes" : "no"})` : "not set"),
        h("option", { value: "true" }, "yes"), h("option", { value: "false" }, "no"));
      input.value = has ? String(!!val) : "";
      read = () => input.value === "" ? undefined : input.value === "true";
    } else if (p.type === "string" && p.enum) {
      input = h("select", { id, "data-field": name }, h("option", { value: "" }, def !== undefined ? `default (${def})` : "not set"),
        p.enum.map((e) => h("option", { value: e }, e)));
      input.value = has ? val : "";
      read = () => input.value === "" ? undefined : input.value;
    } else if (p.type === "string") {
      const dt = p.format === "date-time";
      input = h("input", { id, type: "text", "data-field": name, placeholder: dt ? "2027-06-01T00:00:00Z" : (def || ""), value: has ? val : "" });
      read = () => {
        const v = input.value.trim();
        if (v === "") return undefined;
        if (dt && isNaN(Date.parse(v))) throw new Error(`${name}: an RFC 3339 time is needed, like 2027-06-01T00:00:00Z`);
        if (p.pattern && !new RegExp(p.pattern).test(v)) throw new Error(`${name}: does not match ${p.pattern}`);
        return v;
      };
    } else if (p.type === "array" && p.items && (p.items.type === "string" || p.items.type === "integer")) {
      wide = true;
      const isInt = p.items.type === "integer";
      input = h("input", { id, type: "text", "data-field": name, placeholder: def !== undefined ? def.join(", ") || "(empty list)" : "", value: has ? val.join(", ") : "" });
      read = () => {
        const v = input.value.trim();
        if (v === "") return undefined;
        if (v === "-") return [];
        const items = v.split(/[\s,]+/).filter(Boolean).map((s) => isInt ? Number(s) : s);
        for (const it of items) {
          if (isInt && !Number.isInteger(it)) throw new Error(`${name}: integers separated by commas`);
          if (p.items.pattern && !new RegExp(p.items.pattern).test(it)) throw new Error(`${name}: "${it}" does not match ${p.items.pattern}`);
          if (p.items.enum && !p.items.enum.includes(it)) throw new Error(`${name}: "${it}" is not one of ${p.items.enum.join(", ")}`);
        }
        if (p.maxItems !== undefined && items.length > p.maxItems) throw new Error(`${name}: at most ${p.maxItems} items`);
        return items;
      };
    } else {
      wide = true;
      input = h("textarea", { id, "data-field": name, placeholder: def !== undefined ? JSON.stringify(def) : "JSON" }, has ? JSON.stringify(val, null, 1) : "");
      read = () => {
        const v = input.value.trim();
        if (v === "") return undefined;
        let parsed;
        try { parsed = JSON.parse(v); } catch { throw new Error(`${name}: not valid JSON`); }
        if (p.type === "object" && (typeof parsed !== "object" || Array.isArray(parsed) || parsed === null)) throw new Error(`${name}: a JSON object is needed`);
        if (p.type === "array" && !Array.isArray(parsed)) throw new Error(`${name}: a JSON array is needed`);
        return parsed;
      };
    }
    box.append(h("div", { class: wide ? "wide" : "" }, label, input, h("div", { class: "help" }, help)));
    readers.push([name, read]);
  }
  return {
    el: box,
    read: () => {
      const out = {};
      for (const [name, read] of readers) { const v = read(); if (v !== undefined) out[name] = v; }
      return out;
    },
  };
}

function describeLimits(p) {
  const parts = [];
  if (p.minimum !== undefined && p.maximum !== undefined) parts.push(`${p.minimum} to ${p.maximum}`);
  else if (p.minimum !== undefined) parts.push(`≥ ${p.minimum}`);
  else if (p.maximum !== undefined) parts.push(`≤ ${p.maximum}`);
  if (p.type === "array" && p.items && p.items.type !== "object") parts.push("comma-separated; \"-\" for an empty list");
  if (p.items && p.items.enum) parts.push("one of " + p.items.enum.join(", "));
  return parts.join(", ");
}

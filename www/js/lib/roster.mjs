// One table of rows the user adds and removes: users, cases, residents, rooms,
// 年度. Its controls are named `<name>.<i>.<column>` (so the URL keeps them),
// their ids are `<id>-<i>-<column>`, and a problem of `<field>[<i>].<column>`
// is shown in the cell. The count travels in the hidden control `<name>.count`
// when the page has one (`#<name>-count`), else it is read from the names.
//
// On a narrow screen (a phone, 200% zoom) each row is shown as a card: every
// cell carries its column's heading (`data-label`) and the table the class
// `roster` (site.css).
//
// A date or month cell shows its 和暦 below the control (page.mjs writes it).
//
// By keyboard: the 追加 button adds a row and moves the focus into its first
// control; a row's 削除 button (or 最後の…を削除) removes it and moves the
// focus back to 追加. Every rebuild keeps what was typed in the other rows.

import { el, fill } from "./core.mjs";
import { controlValue, duration, setControl, text, value } from "./form.mjs";

const CONTROLS = "input, select, textarea";

export class Roster {
  /**
   * `form`: the page's form. Options:
   *   name, id, field     prefixes of the controls' names, ids and problem paths (id and field default to name)
   *   rowLabel(i)         how a row is called in labels: "利用者1", "ケース1", "1人目"
   *   columns             [{ name, head, kind, options?, blank?, size?, short?, attrs? }]; kind: text, number,
   *                       select (options [[value, text]], blank: the text of an empty first option), check,
   *                       duration (two controls `.h` and `.m`), date, month; short: a shorter heading
   *                       (the full one as its title); attrs: added to the column's heading and cells
   *   sizes               default widths { text, number }
   *   body, head          ids of the rows' container and of the headings' row (default `<name>-body`, `<name>-head`)
   *   add, removeLast     ids of the 追加 button and of a 最後の…を削除 button (without it each row has 削除)
   *   numbered            a row heading with the row's number
   *   rowHead(i)          a row heading of one's own (text, e.g. a user carried from another page; null: none)
   *   rowField            the row itself shows the problems of `<field>[<i>]`
   *   extraHeads, extraCells(i)   headings and cells after the columns'
   *   row(i)              a row element of one's own (instead of a table row of the columns)
   *   min, max            the fewest and the most rows
   *   newRow()            the values of a row the user adds
   *   changed(root)       after the rows are rebuilt with their values
   *   added(n), removed(n)  after the user added or removed a row (e.g. to announce it); n: the new count
   */
  constructor(form, opts) {
    Object.assign(this, {
      id: opts.name, field: opts.name, columns: [],
      body: `${opts.name}-body`, head: `${opts.name}-head`, numbered: false, rowField: false,
      extraHeads: [], extraCells: () => [], min: 1, max: Infinity, newRow: () => ({}),
      changed: () => {}, added: () => {}, removed: () => {},
    }, opts);
    this.sizes = { text: 8, number: 5, ...opts.sizes };
    this.form = form;
    const add = this.add && document.getElementById(this.add);
    add?.addEventListener("click", () => this.addRow());
    const last = this.removeLast && document.getElementById(this.removeLast);
    last?.addEventListener("click", () => this.removeRow(this.count() - 1));
    if (!this.removeLast) {
      form.querySelector(`#${this.body}`).addEventListener("click", (e) => {
        const b = e.target.closest("button.remove-row");
        if (b) this.removeRow(Number(b.dataset.index));
      });
    }
  }

  /** The headings' row. */
  buildHead() {
    this.form.querySelector(`#${this.head}`).closest("table")?.classList.add("roster");
    fill(this.form.querySelector(`#${this.head}`),
      this.numbered ? el("th", { scope: "col" }, "番号") : this.rowHead?.(0) != null ? el("th", { scope: "col" }, "利用者") : null,
      this.columns.map((c) => el("th", { scope: "col", title: c.short ? c.head : null, ...c.attrs }, c.short || c.head)),
      this.extraHeads.map((h) => el("th", { scope: "col" }, h)),
      this.removeLast ? null : el("th", { scope: "col" }, el("span", { class: "visually-hidden" }, "操作")),
    );
  }

  /** How many rows a saved state holds (at least `min`, at most `max`). */
  stateCount(state) {
    let n = 0;
    if (this.form.querySelector(`#${this.name}-count`)) n = Number(state.get(`${this.name}.count`)) || 0;
    else {
      const re = new RegExp(`^${this.name}\\.(\\d+)\\.`);
      for (const k of state.keys()) {
        const m = re.exec(k);
        if (m) n = Math.max(n, Number(m[1]) + 1);
      }
    }
    return Math.max(this.min, Math.min(this.max, n || this.min));
  }

  /** The number of rows in `root` (the form, or a detached copy of it). */
  count(root = this.form) {
    const input = root.querySelector(`#${this.name}-count`);
    return input ? Number(input.value) || 0 : root.querySelector(`#${this.body}`).children.length;
  }

  /** Builds `count` empty rows in `root` (the form, or a detached copy of it). */
  build(count, root = this.form) {
    const rows = [];
    for (let i = 0; i < count; i++) rows.push(this.row ? this.row(i) : this.tableRow(i));
    root.querySelector(`#${this.body}`).replaceChildren(...rows);
    const input = root.querySelector(`#${this.name}-count`);
    if (input) input.value = String(count);
    if (root === this.form && this.removeLast) document.getElementById(this.removeLast).disabled = count <= this.min;
  }

  tableRow(i) {
    return el("tr", { "data-field": this.rowField ? `${this.field}[${i}]` : null, "data-row-label": this.rowLabel(i) },
      this.numbered ? el("th", { scope: "row" }, String(i + 1)) : this.rowHead?.(i) != null ? el("th", { scope: "row" }, this.rowHead(i)) : null,
      this.columns.map((c) => this.cell(i, c)),
      this.extraCells(i),
      this.removeLast ? null : el("td", { "data-label": "" }, el("button", { type: "button", class: "remove-row", "data-index": i, "aria-label": `${this.rowLabel(i)}を削除` }, "削除")));
  }

  cell(i, c) {
    const name = `${this.name}.${i}.${c.name}`;
    const id = `${this.id}-${i}-${c.name}`;
    const label = `${this.rowLabel(i)}の${c.head}`;
    let control;
    if (c.kind === "select") {
      control = el("select", { id, name, "aria-label": label },
        c.blank != null ? el("option", { value: "" }, c.blank) : null,
        c.options.map(([v, t]) => el("option", { value: v }, t)));
    } else if (c.kind === "check") {
      control = el("input", { id, name, type: "checkbox", "aria-label": label });
    } else if (c.kind === "date" || c.kind === "month") {
      // Its 和暦 below it, written by the page once the core is loaded (page.mjs).
      control = [
        el("input", { id, name, type: c.kind, "aria-label": label, "aria-describedby": `${id}-wa` }),
        el("span", { id: `${id}-wa`, class: "wareki-small", "data-wareki-of": id }),
      ];
    } else if (c.kind === "duration") {
      control = [
        el("input", { id, name: `${name}.h`, inputmode: "numeric", size: "2", autocomplete: "off", "aria-label": `${label}（時間）` }), " 時間 ",
        el("input", { id: `${id}-m`, name: `${name}.m`, inputmode: "numeric", size: "2", autocomplete: "off", "aria-label": `${label}（分）` }), " 分",
      ];
    } else {
      const size = c.size ?? this.sizes[c.kind === "number" ? "number" : "text"];
      control = el("input", { id, name, inputmode: c.kind === "number" ? "numeric" : null, size: String(size), autocomplete: "off", "aria-label": label });
    }
    return el("td", { "data-field": `${this.field}[${i}].${c.name}`, "data-label": c.head, ...c.attrs }, control);
  }

  /** What is typed in each row: [{ column: value }] (checkboxes as booleans). */
  values() {
    const rows = [];
    for (let i = 0; i < this.count(); i++) {
      const prefix = `${this.name}.${i}.`;
      const v = {};
      for (const c of this.form.elements) if (c.name && c.name.startsWith(prefix)) v[c.name.slice(prefix.length)] = controlValue(c);
      rows.push(v);
    }
    return rows;
  }

  /** Rebuilds the rows with these values. */
  set(rows) {
    this.build(rows.length);
    rows.forEach((v, i) => {
      for (const [k, x] of Object.entries(v)) {
        const c = this.form.elements.namedItem(`${this.name}.${i}.${k}`);
        if (c) setControl(c, x);
      }
    });
    this.changed(this.form);
  }

  /** Back to the fewest rows, empty. */
  reset() {
    this.set(Array.from({ length: this.min }, () => ({})));
  }

  addRow() {
    const rows = this.values();
    if (rows.length >= this.max) return;
    rows.push(this.newRow());
    this.set(rows);
    const row = this.form.querySelector(`#${this.body}`).lastElementChild;
    [...row.querySelectorAll(CONTROLS)].find((c) => !c.disabled && !c.closest("[hidden]"))?.focus();
    this.added(rows.length);
  }

  removeRow(index) {
    const rows = this.values();
    if (rows.length <= this.min || index < 0) return;
    rows.splice(index, 1);
    this.set(rows);
    document.getElementById(this.add)?.focus();
    this.removed(rows.length);
  }

  /**
   * The rows for the request: for each row, `{ column: value }` of the given
   * columns (default all): a checkbox's boolean, a duration's "H:M", else the
   * text (null when blank).
   */
  read(root = this.form, columns = this.columns) {
    const out = [];
    for (let i = 0; i < this.count(root); i++) {
      const r = {};
      for (const c of columns) {
        const name = `${this.name}.${i}.${c.name}`;
        r[c.name] = c.kind === "check" ? value(root, name) : c.kind === "duration" ? duration(root, name) : text(root, name);
      }
      out.push(r);
    }
    return out;
  }
}

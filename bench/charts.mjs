// Hand-written SVG charts for bench/run.mjs (no dependencies):
// - speedupChart: speed relative to CPython per benchmark and system, horizontal bars on a
//   log scale that start at 1x, so slower-than-CPython bars grow left and faster ones right;
// - warmupChart: time per iteration over the first iterations of one long-running process.

const COLORS = { typhon: "#e8590c", "typhon-nojit": "#f2b705", "typhon-interp": "#a9791c", cpython: "#495057", pypy: "#1c7ed6" };
const FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";
const FAIL_TEXT = { error: "failed", timeout: "timeout", "bad-output": "bad output", wrong: "wrong checksum",
  unchecked: "unchecked" };

function esc(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function text(x, y, content, attrs = "") {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${esc(content)}</text>`;
}

function line(x1, y1, x2, y2, attrs) {
  return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" ${attrs}/>`;
}

function svgDocument(width, height, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" ${FONT} font-size="12">\n` +
    `<rect width="100%" height="100%" fill="#ffffff"/>\n${body.join("\n")}\n</svg>\n`;
}

// Ticks of the 1-2-5 series covering [lo, hi] (both > 0).
function logTicks(lo, hi) {
  const ticks = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)) + 1; e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) ticks.push(v);
    }
  }
  return ticks;
}

function formatTick(v) {
  return v >= 1 ? `${Number(v.toPrecision(3))}` : `${Number(v.toPrecision(2))}`;
}

// Legend entries in a row; `entries` are { color, label }.
function legend(x, y, entries) {
  const out = [];
  for (const e of entries) {
    out.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" rx="2" fill="${e.color}"/>`);
    out.push(text(x + 17, y, e.label, "fill=\"#212529\""));
    x += 17 + textWidth(e.label) + 22;
  }
  return out;
}

// Rough width of 12px DejaVu Sans text, good enough to lay out a legend.
function textWidth(label) {
  let w = 0;
  for (const ch of label) w += /[A-Z]/.test(ch) ? 8.2 : /[ ().,:;|il]/.test(ch) ? 4 : 7;
  return w;
}

function legendLabel(system, status) {
  if (!system.available) return `${system.label} (not available)`;
  return status ? `${system.label} (${status})` : system.label;
}

// ---------------------------------------------------------------------------------------------

export function speedupChart(report) {
  const shown = report.systems.filter((s) => s.selected && s.id !== "cpython");
  // A system without a single successful benchmark gets a legend note instead of a column of
  // failure marks; partial failures are marked in their row.
  const hasResults = (s) => report.benchmarks.some((b) => b.systems[s.id]?.status === "ok");
  const drawn = shown.filter((s) => s.available && hasResults(s));
  const rows = speedupRows(report, drawn);
  const barH = 11;
  const rowH = Math.max(1, drawn.length) * barH + 8;
  const labelW = 150;
  const width = 960;
  const plotL = labelW + 10;
  const plotR = width - 70;
  const top = 86;
  const height = top + rows.reduce((h, r) => h + (r.kind === "heading" ? 24 : rowH), 0) + 40;

  const values = rows.flatMap((r) => r.cells || []).map((c) => c.value).filter((v) => v > 0);
  // Domain padded by 2x each side so value labels fit next to the longest bars.
  const lo = Math.min(1, ...values) / 2;
  const hi = Math.max(1, ...values) * 2;
  const x = (v) => plotL + (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * (plotR - plotL);
  const ticks = logTicks(lo, hi).filter((t, i, all) => all.length <= 12 || String(t)[0] !== "2" || t === 1);

  const body = [
    text(16, 28, "Speed relative to CPython 3.11 (higher is faster, log scale)",
      "font-size=\"17\" font-weight=\"bold\" fill=\"#212529\""),
    text(16, 48, `median of ${report.options.runs} run(s) per system; bars start at CPython's speed (1×)` +
      (report.options.quick ? " — QUICK MODE, sizes too small to mean anything" : ""), "fill=\"#495057\""),
    ...legend(16, 72, shown.map((s) => ({ color: COLORS[s.id],
      label: legendLabel(s, s.available && !hasResults(s) ? "failed on every benchmark" : null) }))),
  ];
  const plotBottom = height - 32;
  for (const t of ticks) {
    const strong = Math.abs(t - 1) < 1e-9;
    body.push(line(x(t), top - 6, x(t), plotBottom, strong
      ? "stroke=\"#212529\" stroke-width=\"1.5\"" : "stroke=\"#dee2e6\" stroke-width=\"1\""));
    body.push(text(x(t), plotBottom + 16, `${formatTick(t)}×`, "text-anchor=\"middle\" fill=\"#495057\""));
  }
  let y = top;
  for (const row of rows) {
    if (row.kind === "heading") {
      body.push(`<rect x="8" y="${y + 2}" width="${width - 16}" height="20" fill="#f1f3f5"/>`);
      body.push(text(16, y + 16, row.label, "font-weight=\"bold\" fill=\"#343a40\""));
      y += 24;
      continue;
    }
    body.push(text(labelW, y + rowH / 2 + 4, row.label,
      `text-anchor="end" fill="#212529"${row.kind === "mean" ? " font-weight=\"bold\"" : ""}`));
    row.cells.forEach((cell, i) => body.push(...speedupBar(cell, x, y + 4 + i * barH, barH - 1)));
    y += rowH;
  }
  return svgDocument(width, height, body);
}

// Rows of the chart: group headings, one row per benchmark, geometric means at the end.
function speedupRows(report, drawn) {
  const rows = [];
  const groups = [["core", "Core language (builtins only)"], ["stdlib", "Standard library"]];
  for (const [group, heading] of groups) {
    const benches = report.benchmarks.filter((b) => b.group === group);
    if (!benches.length) continue;
    rows.push({ kind: "heading", label: heading });
    for (const b of benches) {
      rows.push({ kind: "bench", label: b.name, cells: drawn.map((s) => speedupCell(s, b.systems[s.id])) });
    }
  }
  rows.push({ kind: "heading", label: "Geometric mean" });
  for (const [group] of groups) {
    const benches = report.benchmarks.filter((b) => b.group === group);
    if (benches.length) rows.push(meanRow(group, benches, drawn));
  }
  rows.push(meanRow("all", report.benchmarks, drawn));
  return rows;
}

function meanRow(label, benchmarks, drawn) {
  return {
    kind: "mean", label,
    cells: drawn.map((s) => {
      const ratios = benchmarks.map((b) => b.systems[s.id]?.speedup).filter((r) => r > 0);
      const value = ratios.length ? Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length) : null;
      return { system: s.id, value, failure: value === null ? "no results" : null };
    }),
  };
}

function speedupCell(system, result) {
  if (!result) return { system: system.id, value: null, failure: "not run" };
  if (result.status !== "ok") return { system: system.id, value: null, failure: FAIL_TEXT[result.status] || result.status };
  return { system: system.id, value: result.speedup, failure: result.speedup ? null : "no CPython time" };
}

function speedupBar(cell, x, y, h) {
  const color = COLORS[cell.system];
  const one = x(1);
  if (cell.value === null) {
    return [text(one + 5, y + h - 2, `✗ ${cell.failure}`, `font-size="9.5" fill="#c92a2a"`)];
  }
  const end = x(cell.value);
  const left = Math.min(one, end);
  const w = Math.max(1, Math.abs(end - one));
  const label = cell.value >= 10 ? cell.value.toFixed(0) : cell.value >= 1 ? cell.value.toFixed(2) : cell.value.toFixed(3);
  const faster = cell.value >= 1;
  return [
    `<rect x="${left.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${h}" fill="${color}"/>`,
    text(faster ? end + 4 : end - 4, y + h - 2, `${label}×`,
      `font-size="10" fill="#343a40"${faster ? "" : " text-anchor=\"end\""}`),
  ];
}

// ---------------------------------------------------------------------------------------------

export function warmupChart(warmup, systems) {
  const shown = systems.filter((s) => s.selected);
  const series = shown.filter((s) => warmup.systems[s.id]?.status === "ok")
    .map((s) => ({ system: s, times: warmup.systems[s.id].times.map((t) => t * 1000) }));
  const width = 960;
  const height = 520;
  const plotL = 80;
  const plotR = width - 30;
  const plotT = 100;
  const plotB = height - 56;
  const all = series.flatMap((s) => s.times).filter((t) => t > 0);
  const n = Math.max(2, ...series.map((s) => s.times.length));
  const body = [
    text(16, 28, `Warm-up: ${warmup.name} (size ${warmup.size}), time per iteration in one process`,
      "font-size=\"17\" font-weight=\"bold\" fill=\"#212529\""),
    text(16, 48, "Each point is one iteration of the same work; a JIT shows as slow first iterations " +
      "that drop once the hot code is compiled.", "fill=\"#495057\""),
    ...legend(16, 74, shown.map((s) => {
      const r = warmup.systems[s.id];
      const failed = s.available && r?.status !== "ok" ? FAIL_TEXT[r?.status] || r?.status || "not run" : null;
      return { color: COLORS[s.id], label: legendLabel(s, failed) };
    })),
  ];
  if (!all.length) {
    body.push(text(width / 2, (plotT + plotB) / 2, "no system produced iteration times",
      "text-anchor=\"middle\" font-size=\"14\" fill=\"#c92a2a\""));
    return svgDocument(width, height, body);
  }
  const { y, ticks, log } = warmupScale(all, plotT, plotB);
  const x = (i) => plotL + (i - 1) / (n - 1) * (plotR - plotL);
  for (const t of ticks) {
    body.push(line(plotL, y(t), plotR, y(t), "stroke=\"#e9ecef\""));
    body.push(text(plotL - 8, y(t) + 4, formatMs(t), "text-anchor=\"end\" fill=\"#495057\""));
  }
  for (const i of iterationTicks(n)) {
    body.push(line(x(i), plotB, x(i), plotB + 5, "stroke=\"#868e96\""));
    body.push(text(x(i), plotB + 19, String(i), "text-anchor=\"middle\" fill=\"#495057\""));
  }
  body.push(line(plotL, plotT, plotL, plotB, "stroke=\"#868e96\""));
  body.push(line(plotL, plotB, plotR, plotB, "stroke=\"#868e96\""));
  body.push(text((plotL + plotR) / 2, height - 12, "iteration", "text-anchor=\"middle\" fill=\"#495057\""));
  body.push(text(18, (plotT + plotB) / 2, `time per iteration${log ? " (log scale)" : ""}`,
    `text-anchor="middle" fill="#495057" transform="rotate(-90 18 ${((plotT + plotB) / 2).toFixed(1)})"`));
  for (const s of series) {
    const color = COLORS[s.system.id];
    const points = s.times.map((t, i) => `${x(i + 1).toFixed(1)},${y(t).toFixed(1)}`);
    body.push(`<polyline points="${points.join(" ")}" fill="none" stroke="${color}" stroke-width="2"/>`);
    if (s.times.length <= 80) {
      s.times.forEach((t, i) => body.push(
        `<circle cx="${x(i + 1).toFixed(1)}" cy="${y(t).toFixed(1)}" r="2.5" fill="${color}"/>`));
    }
  }
  return svgDocument(width, height, body);
}

// Linear from 0 when the times are within a factor of 8 of each other; otherwise log, so a fast
// JIT and a slow interpreter both stay readable on one chart.
function warmupScale(values, top, bottom) {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max / min <= 8) {
    const step = niceStep(max / 5);
    const hi = Math.ceil(max / step) * step;
    const ticks = [];
    for (let t = 0; t <= hi + step / 2; t += step) ticks.push(t);
    return { log: false, ticks, y: (v) => bottom - v / hi * (bottom - top) };
  }
  const series = logTicks(min / 10, max * 10);
  const lo = series.filter((t) => t <= min).pop();
  const hi = series.find((t) => t >= max);
  const y = (v) => bottom - (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * (bottom - top);
  return { log: true, ticks: logTicks(lo, hi), y };
}

function niceStep(raw) {
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

function iterationTicks(n) {
  const step = Math.max(1, niceStep(n / 10));
  const ticks = [1];
  for (let i = step; i <= n; i += step) ticks.push(i);
  return ticks;
}

function formatMs(ms) {
  if (ms >= 1000) return `${Number((ms / 1000).toPrecision(3))} s`;
  if (ms >= 1) return `${Number(ms.toPrecision(3))} ms`;
  return `${Number((ms * 1000).toPrecision(3))} µs`;
}

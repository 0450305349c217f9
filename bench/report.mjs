// Markdown report for bench/run.mjs: the per-benchmark table (median time and speed relative to
// CPython), geometric means, start-up and memory, the warm-up summary and every failure spelled
// out, so that no failing benchmark disappears from the page.

const STATUS_TEXT = {
  unavailable: "n/a", error: "FAILED", timeout: "TIMEOUT", "bad-output": "BAD OUTPUT",
  wrong: "WRONG", unchecked: "UNCHECKED",
};

export function renderMarkdown(report, charts) {
  const systems = report.systems.filter((s) => s.selected);
  return [
    header(report, systems),
    charts.speedup ? `![Speed relative to CPython](${charts.speedup})\n` : "",
    timeTable(report, systems),
    startupTable(report, systems),
    memoryTable(report, systems),
    warmupSection(report, systems, charts.warmup),
    ...report.sections.map((s) => `## ${s.title}\n\n${s.markdown}\n`),
    failureList(report, systems),
  ].filter(Boolean).join("\n");
}

function header(report, systems) {
  const m = report.machine;
  const lines = [
    "# Typhon benchmark results",
    "",
    `${m.date.slice(0, 19).replace("T", " ")} UTC · ${m.cpu} (${m.cpus} CPUs, ${m.memoryGiB} GiB) · ` +
      `${m.platform} · Node ${m.node}${m.commit ? " · commit " + m.commit : ""} · ` +
      `load average ${m.loadavgAtStart[0].toFixed(1)} at start, ${m.loadavgAtEnd[0].toFixed(1)} at end ` +
      `(other work on the machine makes wall times noisy)`,
    "",
    `${report.options.quick ? "**Quick mode (tiny sizes): times are not meaningful.** " : ""}` +
      `Each benchmark ran ${report.options.runs} time(s) per system, interleaved; the table shows ` +
      `the median wall time and, in parentheses, the speed relative to CPython (higher is faster). ` +
      `A checksum that differs from CPython's is a failure, not a result.`,
    "",
    "| system | version |",
    "| --- | --- |",
    ...systems.map((s) => `| ${s.label} | ${s.available ? escape(s.version) : "unavailable: " + s.reason} |`),
    "",
  ];
  return lines.join("\n");
}

function formatSeconds(t) {
  if (t === null || t === undefined) return "–";
  return t >= 10 ? `${t.toFixed(1)} s` : t >= 1 ? `${t.toFixed(2)} s` : `${(t * 1000).toFixed(0)} ms`;
}

function formatRatio(r) {
  return r >= 10 ? `${r.toFixed(0)}×` : r >= 1 ? `${r.toFixed(2)}×` : `${r.toFixed(3)}×`;
}

function resultCell(result, isBase) {
  if (!result) return "–";
  if (result.status !== "ok") return `**${STATUS_TEXT[result.status] || result.status}**`;
  if (isBase || result.speedup === null) return formatSeconds(result.median);
  return `${formatSeconds(result.median)} (${formatRatio(result.speedup)})`;
}

// Geometric mean of speedups over the benchmarks where both the system and CPython succeeded.
export function geometricMean(benchmarks, systemId) {
  const ratios = benchmarks.map((b) => b.systems[systemId]?.speedup).filter((r) => r > 0);
  if (!ratios.length) return { value: null, count: 0 };
  const logSum = ratios.reduce((sum, r) => sum + Math.log(r), 0);
  return { value: Math.exp(logSum / ratios.length), count: ratios.length };
}

function geomeanRow(label, benchmarks, systems) {
  if (!benchmarks.length) return null;
  const cells = systems.map((s) => {
    if (s.id === "cpython") return "1.00×";
    const { value, count } = geometricMean(benchmarks, s.id);
    if (value === null) return "–";
    const partial = count < benchmarks.length ? ` (${count} of ${benchmarks.length})` : "";
    return `**${formatRatio(value)}**${partial}`;
  });
  return `| **${label}** | | ${cells.join(" | ")} |`;
}

function timeTable(report, systems) {
  const rows = [
    "## Time per benchmark",
    "",
    `| benchmark | size | ${systems.map((s) => s.label).join(" | ")} |`,
    `| --- | ---: | ${systems.map(() => "---:").join(" | ")} |`,
  ];
  const groups = ["core", "stdlib"];
  for (const group of groups) {
    for (const b of report.benchmarks.filter((x) => x.group === group)) {
      const cells = systems.map((s) => resultCell(b.systems[s.id], s.id === "cpython"));
      rows.push(`| ${b.name}${group === "stdlib" ? " ¹" : ""} | ${b.size} | ${cells.join(" | ")} |`);
    }
  }
  for (const group of groups) {
    rows.push(geomeanRow(`geometric mean (${group})`, report.benchmarks.filter((b) => b.group === group), systems));
  }
  rows.push(geomeanRow("geometric mean (all)", report.benchmarks, systems));
  rows.push("", "¹ uses the standard library. **FAILED**, **WRONG** and the other marks are explained under " +
    "[Failures](#failures). n/a: the system is not installed or not built.", "");
  return rows.filter((r) => r !== null).join("\n");
}

function startupTable(report, systems) {
  const rows = ["## Start-up", "", "`-c pass`, median of " + report.options.startupRuns + " runs.", "",
    "| system | time | peak RSS |", "| --- | ---: | ---: |"];
  for (const s of systems) {
    const r = report.startup[s.id];
    const time = r.status === "ok" ? `${(r.median * 1000).toFixed(1)} ms` : `**${STATUS_TEXT[r.status] || r.status}**`;
    rows.push(`| ${s.label} | ${time} | ${formatRss(r.rss)} |`);
  }
  return rows.join("\n") + "\n";
}

function formatRss(kib) {
  return kib === null || kib === undefined ? "n/a" : `${(kib / 1024).toFixed(1)} MB`;
}

function memoryTable(report, systems) {
  const rows = ["## Peak memory (RSS)", "",
    "Largest resident set size of any run of the benchmark, measured by GNU time.", "",
    `| benchmark | ${systems.map((s) => s.label).join(" | ")} |`,
    `| --- | ${systems.map(() => "---:").join(" | ")} |`];
  for (const b of report.benchmarks) {
    rows.push(`| ${b.name} | ${systems.map((s) => formatRss(b.systems[s.id]?.peakRss)).join(" | ")} |`);
  }
  const peaks = systems.map((s) => {
    const values = report.benchmarks.map((b) => b.systems[s.id]?.peakRss).filter((v) => v);
    return values.length ? formatRss(Math.max(...values)) : "n/a";
  });
  rows.push(`| **maximum** | ${peaks.join(" | ")} |`);
  return rows.join("\n") + "\n";
}

function warmupSection(report, systems, chart) {
  if (!report.warmup.length) return null;
  const rows = ["## Warm-up", ""];
  for (const w of report.warmup) {
    rows.push(`\`${w.name}\` at size ${w.size}, ${w.iterations} iterations in one process ` +
      `(times measured by the program itself with time.perf_counter).`, "");
    if (chart && w === report.warmup[0]) rows.push(`![Warm-up curve](${chart})`, "");
    rows.push("| system | first iteration | median of last half | first / steady |", "| --- | ---: | ---: | ---: |");
    for (const s of systems) {
      const r = w.systems[s.id];
      if (!r || r.status !== "ok") {
        rows.push(`| ${s.label} | **${STATUS_TEXT[r?.status] || r?.status || "–"}** | | |`);
        continue;
      }
      const steady = median(r.times.slice(Math.floor(r.times.length / 2)));
      rows.push(`| ${s.label} | ${formatSeconds(r.times[0])} | ${formatSeconds(steady)} | ` +
        `${(r.times[0] / steady).toFixed(2)} |`);
    }
    rows.push("");
  }
  return rows.join("\n");
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Every failure, grouped by system and reason so that a system failing everywhere for the same
// reason (not built yet, a missing module) takes one line, not one per benchmark.
function failureList(report, systems) {
  const rows = ["## Failures", ""];
  for (const s of systems.filter((x) => !x.available)) rows.push(`- ${s.label}: not run (${s.reason}).`);
  for (const s of systems.filter((x) => x.available)) {
    const groups = new Map();
    const add = (what, result, note = "") => {
      const key = escape(result.reason) + note;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(what);
    };
    const startup = report.startup[s.id];
    if (startup && startup.status !== "ok") add("start-up", startup, stderrNote(startup));
    for (const b of report.benchmarks) {
      const r = b.systems[s.id];
      if (r && r.status !== "ok") add(b.name, r, stderrNote(r));
    }
    for (const w of report.warmup) {
      const r = w.systems[s.id];
      if (r && r.status !== "ok") add(`warm-up ${w.name}`, r, stderrNote(r));
    }
    for (const [reason, names] of groups) {
      rows.push(`- ${s.label}: ${reason} — ${names.length} case(s): ${names.join(", ")}`);
    }
  }
  if (rows.length === 2) rows.push("None.");
  return rows.join("\n") + "\n";
}

// The last line of stderr usually names the error (a Python exception, a missing file).
function stderrNote(result) {
  const text = result.stderr ?? result.samples?.find((s) => s.status !== "ok")?.stderr ?? "";
  const line = text.trim().split("\n").pop();
  return line ? ` (\`${escape(line).replace(/`/g, "'").slice(0, 200)}\`)` : "";
}

function escape(text) {
  return String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
}

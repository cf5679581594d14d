// `node bench/profile-summary.cjs <file.cpuprofile> [package|function] [rows] [filter regex]`: self time
// per npm package (or per function), the frames of a bundle (dist/…/main.bundle.cjs) mapped back to their
// sources through the bundle's source map. How bench/README.md's profile findings were read.
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("node:fs");
const { TraceMap, originalPositionFor } = require("@jridgewell/trace-mapping");

const [file, mode = "package", rows = "30", filter] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node bench/profile-summary.cjs <file.cpuprofile> [package|function] [rows] [filter]\n");
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, "utf8"));
const sourceMaps = new Map();

function sourceMapOf(url) {
  if (!sourceMaps.has(url)) {
    const mapFile = `${url.replace(/^file:\/\//, "")}.map`;
    sourceMaps.set(url, fs.existsSync(mapFile) ? new TraceMap(fs.readFileSync(mapFile, "utf8")) : null);
  }
  return sourceMaps.get(url);
}

/** A frame's package (npm package, node:module, or our top folder) and function, through the source map. */
function describe(frame) {
  let source = frame.url ?? "";
  let name = frame.functionName || "(anonymous)";
  const map = source ? sourceMapOf(source) : null;
  if (map) {
    const position = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    if (position.source) {
      source = position.source;
      name = `${position.name ?? name}:${position.line}`;
    }
  }
  if (!source) return { package: name, function: name };
  let owner = source;
  const modules = source.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [scope, rest] = source.slice(modules + "node_modules/".length).split("/");
    owner = scope.startsWith("@") ? `${scope}/${rest}` : scope;
  } else if (source.startsWith("node:")) {
    owner = `node:${source.slice(5).split("/")[0]}`;
  } else {
    owner = /(subgraphs\/\w+|gateway|shared|scripts)\//.exec(source)?.[1] ?? source;
  }
  return { package: owner, function: `${owner} ${name}` };
}

const timeByNode = new Map();
profile.samples.forEach((node, index) =>
  timeByNode.set(node, (timeByNode.get(node) ?? 0) + (profile.timeDeltas[index] ?? 0)),
);
const totals = new Map();
let total = 0;
for (const node of profile.nodes) {
  const ms = (timeByNode.get(node.id) ?? 0) / 1000;
  if (!ms) continue;
  total += ms;
  const key = describe(node.callFrame)[mode];
  if (filter && !new RegExp(filter).test(key)) continue;
  totals.set(key, (totals.get(key) ?? 0) + ms);
}
process.stdout.write(`total ${total.toFixed(0)} ms (idle included)\n`);
for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) {
  process.stdout.write(`${ms.toFixed(1).padStart(9)} ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}\n`);
}

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SUBGRAPH_NAMES } from "#shared/subgraphs.js";

/**
 * README's "Project layout" names every top-level directory and every file of each subgraph: a file
 * added, moved or removed without the README following fails here.
 */
const root = path.resolve(import.meta.dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const layout = /## Project layout\n[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
// Generated, git-ignored: dist/ is `npm run build`'s output.
const IGNORED = new Set([".git", "node_modules", "coverage", ".tmp", "dist"]);

/** The block's sections: a line at column 0 opens one (`subgraphs/auth/src/`), indented lines belong to it. */
function sections(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of layout.split("\n")) {
    if (line && !line.startsWith(" ")) found.set(line.split(/\s+/)[0]!, (current = [line]));
    else current.push(line);
  }
  return found;
}

/** Each indented entry: the path it starts with, then the files it lists (continuation lines included). */
function entries(lines: string[]): { dir: string; files: string[] }[] {
  const listed: { dir: string; files: string[] }[] = [];
  for (const line of lines.slice(1)) {
    const [first] = line.trim().split(/\s+/);
    const files = [...line.matchAll(/(?<![\w/.<>*-])([\w.-]+\.ts)\b/g)].map((match) => match[1]!);
    if (line.startsWith("  ") && !line.startsWith("   ") && first) {
      listed.push(first.endsWith("/") ? { dir: first, files } : { dir: "", files: [first] });
    } else if (listed.length) {
      listed.at(-1)!.files.push(...files);
    }
  }
  return listed;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.startsWith("generated"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

test("README's project layout names every top-level directory", () => {
  const directories = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !IGNORED.has(entry.name))
    .map((entry) => `${entry.name}/`)
    .sort();
  const named = [...new Set([...sections().keys()].map((key) => `${key.split("/")[0]}/`))].sort();
  assert.deepEqual(named, directories);
});

test("README's project layout lists each subgraph's files as they are", () => {
  const all = sections();
  const paths = (listed: { dir: string; files: string[] }[]) =>
    listed.flatMap((entry) => entry.files.map((file) => `${entry.dir}${file}`));
  const common = paths(entries(all.get("subgraphs/<name>/src/") ?? []));
  assert.ok(common.length > 0, "the layout has a section for what every subgraph holds");
  for (const name of SUBGRAPH_NAMES) {
    const src = path.join(root, "subgraphs", name, "src");
    const listed = [...common, ...paths(entries(all.get(`subgraphs/${name}/src/`) ?? []))];
    // What the common section lists must hold in every subgraph; `modules/<domain>/` is a pattern.
    const expected = listed.filter((file) => !file.includes("<")).sort();
    assert.deepEqual(expected, sourceFiles(src), `subgraphs/${name}/src/ as README lists it`);
    assert.equal(existsSync(path.join(src, "generated")), true, `subgraphs/${name}/src/generated/ exists`);
  }
});

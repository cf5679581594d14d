/**
 * Codes the server makes when a form gives none (CT's admin forms never ask for one): the name
 * without accents, upper-cased, words joined by "_" ("Poste de Kantchari" → POSTE_DE_KANTCHARI), then
 * "_2", "_3"… when taken. A code the client gives is kept as given and must be unique (CONFLICT).
 */
export function codeBase(name: string, maxLength: number, letterCase: "upper" | "lower" = "upper"): string {
  const words = name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  // Room for a "_<n>" suffix; at least two characters, as every code pattern asks.
  const base = words.slice(0, maxLength - 4).replace(/_+$/, "") || "REF";
  const padded = base.length < 2 ? `${base}0` : base;
  return letterCase === "upper" ? padded.toUpperCase() : padded.toLowerCase();
}

/** The first free code from `base`, given the codes already starting with it. */
export function firstFreeCode(base: string, taken: string[]): string {
  const used = new Set(taken.map((code) => code.toUpperCase()));
  if (!used.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate.toUpperCase())) return candidate;
  }
}

/** The given code, or one generated from the name that no row has yet. */
export async function codeFor(
  given: string | null | undefined,
  name: string,
  codesStartingWith: (prefix: string) => Promise<string[]>,
  options: { maxLength: number; letterCase?: "upper" | "lower" },
): Promise<string> {
  if (given) return given;
  const base = codeBase(name, options.maxLength, options.letterCase);
  return firstFreeCode(base, await codesStartingWith(base));
}

/**
 * The languages of messages and labels. French is the default: Commerce Tracking's field teams and
 * administrators work in French. A client asks for English with `Accept-Language: en`.
 */
export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "fr";

/**
 * The request's language from its Accept-Language header, through express's content negotiation
 * (`req.acceptsLanguages`, q-values honoured); anything we do not speak falls back to French.
 */
export function requestLanguage(req: {
  acceptsLanguages(languages: string[]): string | false;
  get(name: string): string | undefined;
}): Language {
  // Without the header, negotiation would pick the first language offered: French, as we want.
  if (!req.get("accept-language")) return DEFAULT_LANGUAGE;
  const chosen = req.acceptsLanguages([...LANGUAGES]);
  return chosen === "en" ? "en" : DEFAULT_LANGUAGE;
}

/** A text in both languages, e.g. a label. */
export type Bilingual = Record<Language, string>;

export const pick = (text: Bilingual, language: Language): string => text[language];

import { isForeignKeyViolation } from "../db/client.js";
import type { Language } from "../i18n/language.js";

/** What a delete did (GraphQL `DeleteResult` in admin and model). */
export interface DeleteOutcome {
  id: string;
  deleted: boolean;
  deactivated: boolean;
  references: number;
  message: string;
}

const MESSAGES = {
  deleted: { fr: "Supprimé.", en: "Deleted." },
  deactivated: {
    fr: (n: number) =>
      `Désactivé plutôt que supprimé : ${n} enregistrement${n > 1 ? "s y font" : " y fait"} référence.`,
    en: (n: number) => `Deactivated instead of deleted: ${n} record${n > 1 ? "s refer" : " refers"} to it.`,
  },
  unknown: {
    fr: "Désactivé plutôt que supprimé : ses références n'ont pas pu être vérifiées.",
    en: "Deactivated instead of deleted: its references could not be checked.",
  },
} as const;

/**
 * The administrators' delete: a record nothing refers to is removed; a referenced one is deactivated,
 * so that the collections and records pointing at it keep their meaning. `countReferences` returns
 * null when it cannot know (a service that holds references is unreachable): then it deactivates.
 * A reference the count missed (written meanwhile) makes the database refuse the delete through its
 * foreign keys, which deactivates as well.
 */
export async function deleteUnlessReferenced(
  language: Language,
  id: string | number,
  steps: { countReferences(): Promise<number | null>; remove(): Promise<void>; deactivate(): Promise<void> },
): Promise<DeleteOutcome> {
  const references = await steps.countReferences();
  if (references === 0) {
    try {
      await steps.remove();
      return { id: String(id), deleted: true, deactivated: false, references: 0, message: MESSAGES.deleted[language] };
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
    }
  }
  await steps.deactivate();
  return {
    id: String(id),
    deleted: false,
    deactivated: true,
    references: references ?? 0,
    message: references ? MESSAGES.deactivated[language](references) : MESSAGES.unknown[language],
  };
}

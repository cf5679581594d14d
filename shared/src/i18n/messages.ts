import type { Language } from "./language.js";

/**
 * French translations of the messages the services raise, gettext-style: the key is the English text
 * the code writes (the source language of the code), `{name}` marks a variable part. A message not
 * listed here is sent in English, whatever the language asked: add its line when you add a message.
 * Variable parts are translated too when they are themselves listed (nouns, field problems).
 */
export const FRENCH_MESSAGES: Record<string, string> = {
  // ── generic ───────────────────────────────────────────────────────────────
  "Internal server error": "Erreur interne du serveur",
  "The database is unavailable; try again shortly": "La base de données est indisponible ; réessayez dans un instant",
  "Authentication required": "Authentification requise",
  "You are not allowed to do this": "Vous n'êtes pas autorisé à faire cela",
  "Change your password first (changePassword)": "Changez d'abord votre mot de passe (changePassword)",
  "Requests must come through the gateway": "Les requêtes doivent passer par la passerelle",
  "{what} not found": "{what} introuvable",
  "Invalid cursor": "Curseur invalide",
  "{field} must be between 1 and {max}": "{field} doit être compris entre 1 et {max}",
  "pageSize goes with page; use first with after": "pageSize va avec page ; utilisez first avec after",
  "Use either after or page, not both": "Utilisez after ou page, pas les deux",
  "page must be 1 or more": "page doit valoir 1 ou plus",
  "Pages reach at most row {max}; narrow the filter":
    "Les pages vont au plus jusqu'à la ligne {max} ; affinez le filtre",
  "{field}: {problem}": "{field} : {problem}",
  'Invalid value for "{path}": {reason}': "Valeur invalide pour « {path} » : {reason}",
  'Decimal must be a number written as a string, e.g. "1200.5"':
    'un Decimal s\'écrit comme un nombre entre guillemets, par exemple "1200.5"',
  "Another record already has this {field}": "Un autre enregistrement a déjà ce {field}",
  "This record already exists": "Cet enregistrement existe déjà",
  "Another {entity} already has this code": "Ce code est déjà utilisé ({entity})",
  "Give an id or a code": "Indiquez un identifiant ou un code",

  // ── field problems (zod messages, after "field: ") ───────────────────────
  "is not a valid id": "n'est pas un identifiant valide",
  "must have at least 2 characters": "doit comporter au moins 2 caractères",
  "must be greater than 0": "doit être supérieur à 0",
  "must be 2–32 letters, digits, - or _": "doit comporter 2 à 32 lettres, chiffres, - ou _",
  "must be 2–64 letters, digits, - or _": "doit comporter 2 à 64 lettres, chiffres, - ou _",
  "must be 1–32 letters, digits, - or _": "doit comporter 1 à 32 lettres, chiffres, - ou _",
  "must be between -90 and 90": "doit être compris entre -90 et 90",
  "must be between -180 and 180": "doit être compris entre -180 et 180",
  "must be a phone number, e.g. +22670000000": "doit être un numéro de téléphone, par exemple +22670000000",
  "must be an email address": "doit être une adresse e-mail",
  "must be a web address": "doit être une adresse web",
  "must be an ISO 3166-1 alpha-2 code": "doit être un code ISO 3166-1 alpha-2",
  "must be an ISO 3166-1 alpha-3 code": "doit être un code ISO 3166-1 alpha-3",
  "must be an ISO 4217 code": "doit être un code ISO 4217",
  "must be an HS code such as 1005 or 1005.90": "doit être un code SH tel que 1005 ou 1005.90",
  "must be a positive decimal": "doit être un nombre décimal positif",
  "must be a positive decimal such as 100 or 17.5": "doit être un nombre décimal positif tel que 100 ou 17,5",
  "must be a non-negative decimal such as 12 or 3.5": "doit être un nombre décimal positif ou nul tel que 12 ou 3,5",
  "give an email or a phone number to log in with": "indiquez un e-mail ou un numéro de téléphone pour se connecter",
  "give a first and a last name, or a full name": "indiquez un prénom et un nom, ou un nom complet",
  "each nature only once": "chaque nature une seule fois",

  // ── users and staff ───────────────────────────────────────────────────────
  "Only a super administrator can manage administrators": "Seul un super administrateur peut gérer les administrateurs",
  "Another user already has this {field}": "Un autre utilisateur a déjà ce {field}",
  "No such team": "Équipe inconnue",
  "No such user": "Utilisateur inconnu",
  "No such region": "Région inconnue",
  "You cannot change your own role": "Vous ne pouvez pas changer votre propre rôle",
  "You cannot deactivate yourself": "Vous ne pouvez pas vous désactiver vous-même",
  "You cannot delete yourself": "Vous ne pouvez pas vous supprimer vous-même",
  "A user needs an email or a phone number to log in with":
    "Un utilisateur a besoin d'un e-mail ou d'un numéro de téléphone pour se connecter",
  "Keep an email or a phone number to log in with": "Gardez un e-mail ou un numéro de téléphone pour vous connecter",
  "The user must have the {role} role": "L'utilisateur doit avoir le rôle {role}",
  "Another team has this code": "Une autre équipe a ce code",
  "Another region has this code": "Une autre région a ce code",
  "A collector names their team lead": "Un agent de collecte indique son chef d'équipe",
  "A team lead names their supervisor": "Un chef d'équipe indique son superviseur",
  "This team lead leads no team yet": "Ce chef d'équipe ne dirige encore aucune équipe",
  "This supervisor supervises no region yet": "Ce superviseur ne supervise encore aucune région",
  "Only collectors and team leads have a team": "Seuls les agents de collecte et les chefs d'équipe ont une équipe",
  "Unknown organisation": "Organisation inconnue",
  "Unknown collection point": "Point de collecte inconnu",
  "Only team leads and supervisors have assigned staff":
    "Seuls les chefs d'équipe et les superviseurs ont du personnel assigné",
  "The user was created, but auth could not record the password; set it with setTemporaryPassword":
    "L'utilisateur a été créé, mais le mot de passe n'a pas pu être enregistré ; " +
    "définissez-le avec setTemporaryPassword",

  // ── passwords and sessions ───────────────────────────────────────────────
  "Invalid login or password": "Identifiant ou mot de passe incorrect",
  "Invalid or expired refresh token": "Jeton de renouvellement invalide ou expiré",
  "The password must have at least {min} characters": "Le mot de passe doit comporter au moins {min} caractères",
  "The password must have at most {max} characters": "Le mot de passe doit comporter au plus {max} caractères",
  "This password is too common; choose one that is harder to guess":
    "Ce mot de passe est trop courant ; choisissez-en un plus difficile à deviner",
  "The current password is wrong": "Le mot de passe actuel est incorrect",
  "The new password must differ from the current one": "Le nouveau mot de passe doit être différent de l'actuel",
  "Only a super administrator can reset an administrator's password":
    "Seul un super administrateur peut réinitialiser le mot de passe d'un administrateur",
  "Use changePassword for your own password": "Utilisez changePassword pour votre propre mot de passe",
  "Too many failed attempts; try again in {seconds} s": "Trop de tentatives échouées ; réessayez dans {seconds} s",

  // ── notifications (subgraphs/admin/src/modules/notifications/notification-text.ts) ──
  "Give ids, or all: true": "Indiquez des ids, ou all: true",
  "Collection {publicId} waits for your decision": "La collecte {publicId} attend votre décision",
  "{count} collections wait for your decision": "{count} collectes attendent votre décision",
  "Your collection {publicId} was returned for correction": "Votre collecte {publicId} a été renvoyée pour correction",
  "Your collection {publicId} was rejected: {reason}": "Votre collecte {publicId} a été rejetée : {reason}",
  "Your collection {publicId} was validated": "Votre collecte {publicId} a été validée",
  "Your report {report} ({format}, {rows} rows) is ready": "Votre rapport {report} ({format}, {rows} lignes) est prêt",
  "An event could not be processed ({consumer})": "Un événement n'a pas pu être traité ({consumer})",
  "{count} events could not be processed ({consumer})": "{count} événements n'ont pas pu être traités ({consumer})",

  // ── reference data ────────────────────────────────────────────────────────
  "Unknown country": "Pays inconnu",
  "Unknown city": "Ville inconnue",
  "Unknown corridor": "Corridor inconnu",
  "Unknown currency {code}": "Devise inconnue : {code}",
  "A currency has no rate to itself": "Une devise n'a pas de taux vers elle-même",
  "No exchange rate from {from} to {to} on or before {on}": "Aucun taux de change de {from} vers {to} au {on} ou avant",
  "Unknown transport method": "Mode de transport (méthode) inconnu",
  "Only a transport mode has a transport method": "Seul un mode de transport a une méthode de transport",
  "Only an organisation has a type, country, address, phone, email or website":
    "Seule une organisation a un type, un pays, une adresse, un téléphone, un e-mail ou un site web",
  "No such product": "Produit inconnu",
  "No such animal species": "Espèce animale inconnue",
  "No such product category": "Catégorie de produit inconnue",
  "No such product type": "Type de produit inconnu",
  "No such product nature": "Nature de produit inconnue",
  "No such animal nature": "Nature animale inconnue",
  "A base unit keeps the factor 1": "Une unité de base garde le facteur 1",
  "{unit} is a general unit; choose another code for the local unit":
    "{unit} est une unité générale ; choisissez un autre code pour l'unité locale",
  "{unit} has no known factor: give the item's weight per unit":
    "{unit} n'a pas de facteur connu : indiquez le poids par unité de l'article",
  "Version {version} is already published": "La version {version} est déjà publiée",
  "This draft was published meanwhile": "Ce brouillon a été publié entre-temps",
  "Only field agents record collections": "Seuls les agents de collecte enregistrent des collectes",
  "Only field agents sync collections": "Seuls les agents de collecte synchronisent des collectes",
  "The collection changed since you read it; reload it": "La collecte a changé depuis votre lecture ; rechargez-la",
};

/**
 * French names of the entities and fields that variable parts of messages carry
 * ("Product not found" → "Produit introuvable").
 */
export const FRENCH_WORDS: Record<string, string> = {
  User: "Utilisateur",
  Team: "Équipe",
  Region: "Région",
  Country: "Pays",
  City: "Ville",
  Corridor: "Corridor",
  CollectionPoint: "Point de collecte",
  Currency: "Devise",
  ReferenceCode: "Code de référence",
  TaxType: "Type de taxe",
  CommercialActor: "Acteur commercial",
  Product: "Produit",
  ProductUnit: "Unité locale",
  Unit: "Unité",
  Classification: "Classification",
  Animal: "Animal",
  AnimalSpecies: "Espèce animale",
  FormDefinition: "Formulaire",
  WorkflowDefinition: "Circuit de validation",
  Collection: "Collecte",
  Session: "Session",
  product: "produit",
  unit: "unité",
  "local unit": "unité locale",
  classification: "classification",
  "animal species": "espèce animale",
  "animal type": "type d'animal",
  animal: "animal",
  email: "e-mail",
  phone: "téléphone",
  code: "code",
  name: "nom",
};

const literalLength = (template: CompiledTemplate) =>
  template.pattern.source.length - template.names.length * CAPTURE.length;

interface CompiledTemplate {
  pattern: RegExp;
  names: string[];
  french: string;
}

const CAPTURE = "(\\S(?:.*?\\S)?)";

const templates: CompiledTemplate[] = Object.entries(FRENCH_MESSAGES)
  .filter(([english]) => english.includes("{"))
  .map(([english, french]) => {
    const names: string[] = [];
    const source = english
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(name);
        // No blank at either end: French "nom : …" must not read as English "{field}: {problem}",
        // so that a message already translated by a subgraph passes the gateway unchanged.
        return CAPTURE;
      })
      .join("");
    return { pattern: new RegExp(`^${source}$`, "s"), names, french };
  })
  // Most specific first: the template with the most literal text wins ("{field}: {problem}" last).
  .sort((a, b) => literalLength(b) - literalLength(a));

function toFrench(message: string, depth: number): string {
  const exact = FRENCH_MESSAGES[message] ?? FRENCH_WORDS[message];
  if (exact) return exact;
  if (depth > 2) return message;
  for (const template of templates) {
    const match = template.pattern.exec(message);
    if (!match) continue;
    return template.names.reduce(
      (text, name, index) => text.replace(`{${name}}`, toFrench(match[index + 1]!, depth + 1)),
      template.french,
    );
  }
  return message;
}

/** The message in the caller's language (messages are written in English in the code). */
export function localizeMessage(message: string, language: Language): string {
  return language === "en" ? message : toFrench(message, 0);
}

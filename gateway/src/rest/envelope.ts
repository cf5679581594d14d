/**
 * The original CT gateway's answer shape, which the existing apps read: `{success, message, result, errors,
 * except}`, with `message` in French (the apps show it as is) and `errors` holding the details.
 */
export interface Envelope {
  success: boolean;
  message: string;
  result: unknown;
  errors: unknown;
  except: unknown;
}

export const succeeded = (message: string, result: unknown): Envelope => ({
  success: true,
  message,
  result,
  errors: null,
  except: null,
});

export const failed = (message: string, errors: unknown = null): Envelope => ({
  success: false,
  message,
  result: null,
  errors,
  except: null,
});

/** What the facade answers instead of a result: an HTTP status, a French message, the details. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: unknown = null,
    /** The GraphQL error code behind it, when there is one (routes may word its message their way). */
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * GraphQL error codes → HTTP status and the French message the apps show. BAD_USER_INPUT is 422 (the
 * request was well formed, the domain refused the values); a body the facade cannot read is 400.
 */
const BY_CODE: Record<string, [status: number, message: string]> = {
  UNAUTHENTICATED: [401, "Authentification requise : jeton d'accès absent, invalide ou expiré"],
  FORBIDDEN: [403, "Accès refusé : votre rôle ne permet pas cette action"],
  NOT_FOUND: [404, "Ressource introuvable ou hors de votre périmètre"],
  BAD_USER_INPUT: [422, "Données refusées : vérifiez les champs signalés"],
  GRAPHQL_VALIDATION_FAILED: [400, "Requête invalide"],
  BAD_REQUEST: [400, "Requête invalide"],
  PASSWORD_CHANGE_REQUIRED: [403, "Vous devez changer votre mot de passe avant de continuer"],
  CONFLICT: [409, "Conflit : la ressource a changé ou l'action n'est plus possible dans son état actuel"],
  TOO_MANY_REQUESTS: [429, "Trop de tentatives : réessayez dans quelques instants"],
  SERVICE_UNAVAILABLE: [503, "Service momentanément indisponible : réessayez dans quelques instants"],
};
const INTERNAL: [number, string] = [500, "Erreur interne du serveur"];

export function statusOfCode(code: string | undefined): [status: number, message: string] {
  return (code && BY_CODE[code]) || INTERNAL;
}

/** The statuses every route may answer besides 200, for the OpenAPI document. */
export const ERROR_STATUSES = [400, 401, 403, 404, 409, 422, 429, 503] as const;

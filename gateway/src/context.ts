import type { ClientInfo } from "#shared/auth/gateway-signature.js";
import type { UserClaims } from "#shared/auth/claims.js";
import type { Logger } from "#shared/logger.js";
import type { Language } from "#shared/i18n/language.js";

/** One per client request; the data sources read it to sign what they forward. */
export interface GatewayContext {
  traceId: string;
  /** Verified from the bearer token; replaced mid-operation when a login authenticates someone. */
  viewer: UserClaims | null;
  client: ClientInfo;
  logger: Logger;
  /** From Accept-Language; forwarded to the subgraphs (French unless `en`). */
  language: Language;
}

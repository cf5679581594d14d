/**
 * French and English labels of every enum the clients show, served by the model subgraph's metadata
 * so that the web and mobile apps never hard-code them. French is the field teams' working language.
 */
export const ENUM_LABELS: Record<string, Record<string, [fr: string, en: string]>> = {
  Role: {
    SUPER_ADMIN: ["Super administrateur", "Super administrator"],
    ADMIN: ["Administrateur", "Administrator"],
    AGENT: ["Agent de collecte", "Field agent"],
    TEAM_LEAD: ["Chef d'équipe", "Team lead"],
    SUPERVISOR: ["Superviseur", "Supervisor"],
    ANALYST: ["Analyste", "Analyst"],
  },
  NotificationKind: {
    VALIDATION_QUEUE: ["Collectes à valider", "Collections to validate"],
    COLLECTION_RETURNED: ["Collecte renvoyée", "Collection returned"],
    COLLECTION_REJECTED: ["Collecte rejetée", "Collection rejected"],
    COLLECTION_VALIDATED: ["Collecte validée", "Collection validated"],
    REPORT_READY: ["Rapport prêt", "Report ready"],
    EVENTS_DEAD_LETTERED: ["Événements en échec", "Dead-lettered events"],
  },
  CollectionType: {
    LIVESTOCK: ["Bétail", "Livestock"],
    AGRICULTURAL: ["Produits agricoles", "Agricultural products"],
    FISHERY: ["Produits halieutiques", "Fishery products"],
    MIXED: ["Mixte", "Mixed"],
  },
  CollectionStatus: {
    DRAFT: ["Brouillon", "Draft"],
    SUBMITTED: ["Soumise", "Submitted"],
    VALIDATED: ["Validée", "Validated"],
    REJECTED: ["Rejetée", "Rejected"],
    RETURNED: ["Renvoyée pour correction", "Returned for correction"],
  },
  TradeDirection: {
    IMPORT: ["Importation", "Import"],
    EXPORT: ["Exportation", "Export"],
    TRANSIT: ["Transit", "Transit"],
    DOMESTIC: ["Commerce intérieur", "Domestic"],
  },
  CollectionContext: {
    FORMAL_BORDER: ["Frontière formelle", "Formal border"],
    INFORMAL_BORDER: ["Frontière informelle", "Informal border"],
    MARKET: ["Marché", "Market"],
  },
  CollectionPointType: {
    BORDER_POST: ["Poste frontière", "Border post"],
    MARKET: ["Marché", "Market"],
    CHECKPOINT: ["Poste de contrôle", "Checkpoint"],
    RIVER_PORT: ["Port fluvial", "River port"],
  },
  ActorType: {
    TRADER: ["Commerçant", "Trader"],
    TRANSPORTER: ["Transporteur", "Transporter"],
    BROKER: ["Intermédiaire", "Broker"],
    COOPERATIVE: ["Coopérative", "Cooperative"],
    COMPANY: ["Entreprise", "Company"],
  },
  Gender: {
    FEMALE: ["Femme", "Female"],
    MALE: ["Homme", "Male"],
    OTHER: ["Autre", "Other"],
    UNKNOWN: ["Non renseigné", "Not stated"],
  },
  AgeCategory: {
    UNDER_18: ["Moins de 18 ans", "Under 18"],
    AGE_18_35: ["18 à 35 ans", "18 to 35"],
    AGE_36_60: ["36 à 60 ans", "36 to 60"],
    OVER_60: ["Plus de 60 ans", "Over 60"],
    UNKNOWN: ["Non renseigné", "Not stated"],
  },
  UnitDimension: {
    MASS: ["Masse", "Mass"],
    VOLUME: ["Volume", "Volume"],
    COUNT: ["Nombre (têtes)", "Count (heads)"],
  },
  Season: {
    DRY: ["Saison sèche", "Dry season"],
    RAINY: ["Saison des pluies", "Rainy season"],
    LEAN: ["Soudure", "Lean season"],
    HARVEST: ["Récolte", "Harvest"],
  },
  PaymentMethod: {
    CASH: ["Espèces", "Cash"],
    MOBILE_MONEY: ["Mobile money", "Mobile money"],
    BANK_TRANSFER: ["Virement bancaire", "Bank transfer"],
    CREDIT: ["Crédit", "Credit"],
    BARTER: ["Troc", "Barter"],
  },
  ControlDuration: {
    UNDER_5_MIN: ["Moins de 5 min", "Under 5 min"],
    FROM_5_TO_15_MIN: ["5 à 15 min", "5 to 15 min"],
    FROM_15_TO_30_MIN: ["15 à 30 min", "15 to 30 min"],
    FROM_30_TO_60_MIN: ["30 min à 1 h", "30 min to 1 h"],
    FROM_1_TO_3_H: ["1 à 3 h", "1 to 3 h"],
    FROM_3_TO_24_H: ["3 à 24 h", "3 to 24 h"],
    OVER_24_H: ["Plus de 24 h", "Over 24 h"],
  },
  ValidationAction: {
    APPROVE: ["Approuver", "Approve"],
    REJECT: ["Rejeter", "Reject"],
    RETURN: ["Renvoyer pour correction", "Return for correction"],
    REOPEN: ["Rouvrir", "Reopen"],
  },
};

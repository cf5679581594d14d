import { ROLE_IDS, ROLES, type RoleCode } from "#shared/auth/claims.js";
import type { PrismaClient } from "#shared/db/client.js";

/**
 * The reference set for West African cross-border trade monitoring. It is idempotent: every row is
 * keyed by its code and upserted without overwriting later edits. It is real data, not demo data, so
 * it is also seeded in production.
 *
 * Sources: ISO 3166-1 and ISO 4217 codes; ECOWAS membership (Burkina Faso, Mali and Niger left on
 * 29 January 2025 and are kept with ecowas = false, since their trade is still monitored); the fixed
 * parities EUR/XOF 655.957 and EUR/CVE 110.265; the HS 2022 headings. Other exchange rates, corridor
 * lengths and the weights of local units are typical values, marked as such, for administrators to
 * update.
 */

const CURRENCIES = [
  { code: "XOF", name: "Franc CFA (BCEAO)", nameEn: "West African CFA franc", symbol: "FCFA", decimals: 0 },
  { code: "GHS", name: "Cedi ghanéen", nameEn: "Ghanaian cedi", symbol: "GH₵", decimals: 2 },
  { code: "NGN", name: "Naira nigérian", nameEn: "Nigerian naira", symbol: "₦", decimals: 2 },
  { code: "GMD", name: "Dalasi gambien", nameEn: "Gambian dalasi", symbol: "D", decimals: 2 },
  { code: "GNF", name: "Franc guinéen", nameEn: "Guinean franc", symbol: "FG", decimals: 0 },
  { code: "LRD", name: "Dollar libérien", nameEn: "Liberian dollar", symbol: "L$", decimals: 2 },
  { code: "SLE", name: "Leone sierra-léonais", nameEn: "Sierra Leonean leone", symbol: "Le", decimals: 2 },
  { code: "CVE", name: "Escudo cap-verdien", nameEn: "Cape Verdean escudo", symbol: "Esc", decimals: 2 },
  { code: "USD", name: "Dollar américain", nameEn: "US dollar", symbol: "$", decimals: 2 },
  { code: "EUR", name: "Euro", nameEn: "Euro", symbol: "€", decimals: 2 },
];

const COUNTRIES = [
  { code: "BJ", iso3: "BEN", name: "Bénin", nameEn: "Benin", currencyCode: "XOF", ecowas: true },
  { code: "BF", iso3: "BFA", name: "Burkina Faso", nameEn: "Burkina Faso", currencyCode: "XOF", ecowas: false },
  { code: "CV", iso3: "CPV", name: "Cabo Verde", nameEn: "Cabo Verde", currencyCode: "CVE", ecowas: true },
  { code: "CI", iso3: "CIV", name: "Côte d'Ivoire", nameEn: "Côte d'Ivoire", currencyCode: "XOF", ecowas: true },
  { code: "GM", iso3: "GMB", name: "Gambie", nameEn: "Gambia", currencyCode: "GMD", ecowas: true },
  { code: "GH", iso3: "GHA", name: "Ghana", nameEn: "Ghana", currencyCode: "GHS", ecowas: true },
  { code: "GN", iso3: "GIN", name: "Guinée", nameEn: "Guinea", currencyCode: "GNF", ecowas: true },
  { code: "GW", iso3: "GNB", name: "Guinée-Bissau", nameEn: "Guinea-Bissau", currencyCode: "XOF", ecowas: true },
  { code: "LR", iso3: "LBR", name: "Libéria", nameEn: "Liberia", currencyCode: "LRD", ecowas: true },
  { code: "ML", iso3: "MLI", name: "Mali", nameEn: "Mali", currencyCode: "XOF", ecowas: false },
  { code: "NE", iso3: "NER", name: "Niger", nameEn: "Niger", currencyCode: "XOF", ecowas: false },
  { code: "NG", iso3: "NGA", name: "Nigeria", nameEn: "Nigeria", currencyCode: "NGN", ecowas: true },
  { code: "SN", iso3: "SEN", name: "Sénégal", nameEn: "Senegal", currencyCode: "XOF", ecowas: true },
  { code: "SL", iso3: "SLE", name: "Sierra Leone", nameEn: "Sierra Leone", currencyCode: "SLE", ecowas: true },
  { code: "TG", iso3: "TGO", name: "Togo", nameEn: "Togo", currencyCode: "XOF", ecowas: true },
];

/** [country, city, latitude, longitude] */
const CITIES: [string, string, string, string][] = [
  ["BF", "Ouagadougou", "12.371400", "-1.519700"],
  ["BF", "Bobo-Dioulasso", "11.177100", "-4.297900"],
  ["BF", "Kantchari", "12.477500", "1.514700"],
  ["BF", "Pouytenga", "12.250000", "-0.429000"],
  ["BF", "Niangoloko", "10.280000", "-4.920000"],
  ["BF", "Koloko", "11.080000", "-5.320000"],
  ["BF", "Dakola", "11.030000", "-1.080000"],
  ["NE", "Niamey", "13.511600", "2.125400"],
  ["NE", "Torodi", "13.116000", "1.797000"],
  ["NE", "Gaya", "11.884000", "3.447000"],
  ["NE", "Maradi", "13.500000", "7.101700"],
  ["BJ", "Cotonou", "6.365400", "2.418300"],
  ["BJ", "Malanville", "11.862000", "3.389000"],
  ["BJ", "Sèmè-Kpodji", "6.369000", "2.617000"],
  ["NG", "Lagos", "6.524400", "3.379200"],
  ["NG", "Kano", "12.002200", "8.591900"],
  ["NG", "Idiroko", "6.640000", "2.740000"],
  ["TG", "Lomé", "6.130400", "1.215800"],
  ["TG", "Cinkassé", "11.105000", "0.006000"],
  ["GH", "Accra", "5.603700", "-0.187000"],
  ["GH", "Tema", "5.669800", "-0.016600"],
  ["GH", "Aflao", "6.117000", "1.195000"],
  ["GH", "Paga", "10.990000", "-1.110000"],
  ["GH", "Techiman", "7.590000", "-1.940000"],
  ["GH", "Elubo", "5.290000", "-2.780000"],
  ["CI", "Abidjan", "5.359900", "-4.008300"],
  ["CI", "Noé", "5.290000", "-2.800000"],
  ["CI", "Ouangolodougou", "9.968000", "-5.147000"],
  ["CI", "Bouaké", "7.690000", "-5.030000"],
  ["SN", "Dakar", "14.716700", "-17.467700"],
  ["SN", "Kidira", "14.460000", "-12.220000"],
  ["ML", "Bamako", "12.639200", "-8.002900"],
  ["ML", "Diboli", "14.460000", "-12.200000"],
  ["ML", "Sikasso", "11.317600", "-5.666500"],
];

/** Lengths are typical road distances (km); checkpoint counts are left for the programmes to fill. */
const CORRIDORS = [
  { code: "ABIDJAN-LAGOS", name: "Abidjan – Lagos", from: ["CI", "Abidjan"], to: ["NG", "Lagos"], distanceKm: "1028" },
  {
    code: "LOME-OUAGA",
    name: "Lomé – Ouagadougou",
    from: ["TG", "Lomé"],
    to: ["BF", "Ouagadougou"],
    distanceKm: "990",
  },
  {
    code: "TEMA-OUAGA",
    name: "Tema – Ouagadougou",
    from: ["GH", "Tema"],
    to: ["BF", "Ouagadougou"],
    distanceKm: "1057",
  },
  {
    code: "OUAGA-NIAMEY",
    name: "Ouagadougou – Niamey",
    from: ["BF", "Ouagadougou"],
    to: ["NE", "Niamey"],
    distanceKm: "529",
  },
  {
    code: "COTONOU-NIAMEY",
    name: "Cotonou – Niamey",
    from: ["BJ", "Cotonou"],
    to: ["NE", "Niamey"],
    distanceKm: "1036",
  },
  { code: "DAKAR-BAMAKO", name: "Dakar – Bamako", from: ["SN", "Dakar"], to: ["ML", "Bamako"], distanceKm: "1232" },
  {
    code: "ABIDJAN-OUAGA",
    name: "Abidjan – Ouagadougou",
    from: ["CI", "Abidjan"],
    to: ["BF", "Ouagadougou"],
    distanceKm: "1150",
  },
];

const COLLECTION_POINTS = [
  {
    code: "BF-KANTCHARI",
    name: "Poste frontière de Kantchari",
    type: "BORDER_POST",
    country: "BF",
    city: "Kantchari",
    corridor: "OUAGA-NIAMEY",
    crossesTo: "NE",
    lat: "12.477500",
    lng: "1.514700",
  },
  {
    code: "BJ-SEME-KRAKE",
    name: "Poste frontière de Sèmè-Kraké",
    type: "BORDER_POST",
    country: "BJ",
    city: "Sèmè-Kpodji",
    corridor: "ABIDJAN-LAGOS",
    crossesTo: "NG",
    lat: "6.369000",
    lng: "2.705000",
  },
  {
    code: "GH-AFLAO",
    name: "Aflao border post",
    type: "BORDER_POST",
    country: "GH",
    city: "Aflao",
    corridor: "ABIDJAN-LAGOS",
    crossesTo: "TG",
    lat: "6.117000",
    lng: "1.195000",
  },
  {
    code: "CI-NOE",
    name: "Poste frontière de Noé",
    type: "BORDER_POST",
    country: "CI",
    city: "Noé",
    corridor: "ABIDJAN-LAGOS",
    crossesTo: "GH",
    lat: "5.290000",
    lng: "-2.800000",
  },
  {
    code: "BJ-MALANVILLE",
    name: "Poste frontière de Malanville",
    type: "BORDER_POST",
    country: "BJ",
    city: "Malanville",
    corridor: "COTONOU-NIAMEY",
    crossesTo: "NE",
    lat: "11.862000",
    lng: "3.389000",
  },
  {
    code: "GH-PAGA",
    name: "Paga border post",
    type: "BORDER_POST",
    country: "GH",
    city: "Paga",
    corridor: "TEMA-OUAGA",
    crossesTo: "BF",
    lat: "10.990000",
    lng: "-1.110000",
  },
  {
    code: "TG-CINKASSE",
    name: "Poste frontière de Cinkassé",
    type: "BORDER_POST",
    country: "TG",
    city: "Cinkassé",
    corridor: "LOME-OUAGA",
    crossesTo: "BF",
    lat: "11.105000",
    lng: "0.006000",
  },
  {
    code: "SN-KIDIRA",
    name: "Poste frontière de Kidira",
    type: "BORDER_POST",
    country: "SN",
    city: "Kidira",
    corridor: "DAKAR-BAMAKO",
    crossesTo: "ML",
    lat: "14.460000",
    lng: "-12.220000",
  },
  {
    code: "BF-NIANGOLOKO",
    name: "Poste frontière de Niangoloko",
    type: "BORDER_POST",
    country: "BF",
    city: "Niangoloko",
    corridor: "ABIDJAN-OUAGA",
    crossesTo: "CI",
    lat: "10.280000",
    lng: "-4.920000",
  },
  {
    code: "BJ-DANTOKPA",
    name: "Marché Dantokpa",
    type: "MARKET",
    country: "BJ",
    city: "Cotonou",
    corridor: null,
    crossesTo: null,
    lat: "6.371000",
    lng: "2.433000",
  },
  {
    code: "BF-POUYTENGA",
    name: "Marché à bétail de Pouytenga",
    type: "MARKET",
    country: "BF",
    city: "Pouytenga",
    corridor: "OUAGA-NIAMEY",
    crossesTo: null,
    lat: "12.250000",
    lng: "-0.429000",
  },
  {
    code: "NG-DAWANAU",
    name: "Dawanau grain market",
    type: "MARKET",
    country: "NG",
    city: "Kano",
    corridor: null,
    crossesTo: null,
    lat: "12.060000",
    lng: "8.470000",
  },
  {
    code: "GH-TECHIMAN",
    name: "Techiman market",
    type: "MARKET",
    country: "GH",
    city: "Techiman",
    corridor: null,
    crossesTo: null,
    lat: "7.590000",
    lng: "-1.940000",
  },
  {
    code: "NE-MARADI",
    name: "Marché de Maradi",
    type: "MARKET",
    country: "NE",
    city: "Maradi",
    corridor: null,
    crossesTo: null,
    lat: "13.500000",
    lng: "7.101700",
  },
  {
    code: "NE-TORODI",
    name: "Poste de contrôle de Torodi",
    type: "CHECKPOINT",
    country: "NE",
    city: "Torodi",
    corridor: "OUAGA-NIAMEY",
    crossesTo: null,
    lat: "13.116000",
    lng: "1.797000",
  },
  {
    code: "NE-GAYA-PORT",
    name: "Port fluvial de Gaya",
    type: "RIVER_PORT",
    country: "NE",
    city: "Gaya",
    corridor: "COTONOU-NIAMEY",
    crossesTo: "BJ",
    lat: "11.884000",
    lng: "3.447000",
  },
] as const;

/** Into XOF. EUR and CVE are fixed parities; the others are indicative early-2026 values to update. */
const RATES = [
  { currencyCode: "EUR", rate: "655.957", source: "Parité fixe EUR/XOF (BCEAO)" },
  { currencyCode: "CVE", rate: "5.9489", source: "Parités fixes EUR/XOF 655.957 et EUR/CVE 110.265" },
  { currencyCode: "USD", rate: "570", source: "Indicatif, à mettre à jour" },
  { currencyCode: "GHS", rate: "52", source: "Indicatif, à mettre à jour" },
  { currencyCode: "NGN", rate: "0.38", source: "Indicatif, à mettre à jour" },
  { currencyCode: "GMD", rate: "8.1", source: "Indicatif, à mettre à jour" },
  { currencyCode: "GNF", rate: "0.066", source: "Indicatif, à mettre à jour" },
  { currencyCode: "LRD", rate: "3.0", source: "Indicatif, à mettre à jour" },
  { currencyCode: "SLE", rate: "25", source: "Indicatif, à mettre à jour" },
];
const RATES_VALID_FROM = new Date("2026-01-01T00:00:00Z");

const LOOKUPS = [
  ["TRANSPORT_MODE", "TRUCK", "Camion", "Truck"],
  ["TRANSPORT_MODE", "PICKUP", "Camionnette / pick-up", "Pick-up"],
  ["TRANSPORT_MODE", "BUS", "Car / minibus", "Bus"],
  ["TRANSPORT_MODE", "MOTORBIKE", "Moto", "Motorbike"],
  ["TRANSPORT_MODE", "TRICYCLE", "Tricycle", "Tricycle"],
  ["TRANSPORT_MODE", "BICYCLE", "Vélo", "Bicycle"],
  ["TRANSPORT_MODE", "CART", "Charrette", "Cart"],
  ["TRANSPORT_MODE", "PACK_ANIMAL", "Animal de bât", "Pack animal"],
  ["TRANSPORT_MODE", "ON_FOOT", "À pied / tête", "On foot / head load"],
  ["TRANSPORT_MODE", "HERDED", "Convoyage à pied (bétail)", "Herded on foot (livestock)"],
  ["TRANSPORT_MODE", "PIROGUE", "Pirogue / bateau", "Canoe / boat"],
  ["CONTROL_SERVICE", "CUSTOMS", "Douane", "Customs"],
  ["CONTROL_SERVICE", "POLICE", "Police", "Police"],
  ["CONTROL_SERVICE", "GENDARMERIE", "Gendarmerie", "Gendarmerie"],
  ["CONTROL_SERVICE", "WATER_FOREST", "Eaux et forêts", "Water and forestry"],
  ["CONTROL_SERVICE", "VETERINARY", "Services vétérinaires", "Veterinary services"],
  ["CONTROL_SERVICE", "PHYTOSANITARY", "Contrôle phytosanitaire", "Phytosanitary control"],
  ["CONTROL_SERVICE", "MUNICIPAL", "Mairie / taxes municipales", "Municipal tax"],
  ["CONTROL_SERVICE", "TRANSPORT_UNION", "Syndicat des transporteurs", "Transport union"],
  ["ORGANISATION", "ECOWAS", "Commission de la CEDEAO", "ECOWAS Commission"],
  ["ORGANISATION", "UEMOA", "Commission de l'UEMOA", "WAEMU Commission"],
  ["ORGANISATION", "CILSS", "CILSS", "CILSS"],
  ["TRANSPORT_METHOD", "ROAD", "Routier", "Road"],
  ["TRANSPORT_METHOD", "RIVER", "Fluvial", "River"],
  ["TRANSPORT_METHOD", "RAIL", "Ferroviaire", "Rail"],
  ["TRANSPORT_METHOD", "FOOT", "À pied ou à dos d'animal", "On foot or by animal"],
  ["SEASON", "DRY", "Saison sèche", "Dry season"],
  ["SEASON", "RAINY", "Saison des pluies", "Rainy season"],
  ["SEASON", "LEAN", "Soudure", "Lean season"],
  ["SEASON", "HARVEST", "Récolte", "Harvest"],
] as const;

/** Transport modes under their transport method (set once: an administrator may move them). */
const MODE_METHODS: Record<string, string> = {
  TRUCK: "ROAD",
  PICKUP: "ROAD",
  BUS: "ROAD",
  MOTORBIKE: "ROAD",
  TRICYCLE: "ROAD",
  BICYCLE: "ROAD",
  CART: "ROAD",
  PACK_ANIMAL: "FOOT",
  ON_FOOT: "FOOT",
  HERDED: "FOOT",
  PIROGUE: "RIVER",
};

/** The seeded organisations' details (set once): [code, country, address, website]. */
const ORGANISATION_DETAILS = [
  ["ECOWAS", "NG", "101 Yakubu Gowon Crescent, Asokoro, Abuja", "https://www.ecowas.int"],
  ["UEMOA", "BF", "380, avenue du Professeur Joseph Ki-Zerbo, Ouagadougou", "https://www.uemoa.int"],
  ["CILSS", "BF", "03 BP 7049, Ouagadougou", "https://www.cilss.int"],
] as const;

/** Taxes and fees met at controls, which collection controls refer to. */
const TAX_TYPES = [
  ["CUSTOMS_DUTY", "Droit de douane", "Customs duty"],
  ["STATISTICAL_FEE", "Redevance statistique", "Statistical fee"],
  ["COMMUNITY_LEVY", "Prélèvement communautaire (CEDEAO / UEMOA)", "Community levy (ECOWAS / WAEMU)"],
  ["MUNICIPAL_TAX", "Taxe municipale", "Municipal tax"],
  ["MARKET_FEE", "Droit de place au marché", "Market fee"],
  ["PARKING_FEE", "Taxe de stationnement", "Parking fee"],
  ["VETERINARY_FEE", "Frais vétérinaires", "Veterinary fee"],
  ["PHYTOSANITARY_FEE", "Frais phytosanitaires", "Phytosanitary fee"],
  ["UNION_FEE", "Cotisation syndicale", "Transport union fee"],
] as const;

/** The animal catalogue: [code, name, nameEn, species, natures [nature, HS code]]. */
const ANIMALS = [
  [
    "CATTLE",
    "Bovin",
    "Cattle",
    "CATTLE",
    [
      ["LIVE", "0102.29"],
      ["BREEDING", "0102.21"],
      ["SLAUGHTER", "0102.29"],
    ],
  ],
  [
    "SHEEP",
    "Ovin",
    "Sheep",
    "SHEEP",
    [
      ["LIVE", "0104.10"],
      ["BREEDING", "0104.10"],
      ["SLAUGHTER", "0104.10"],
    ],
  ],
  [
    "GOAT",
    "Caprin",
    "Goat",
    "GOATS",
    [
      ["LIVE", "0104.20"],
      ["BREEDING", "0104.20"],
      ["SLAUGHTER", "0104.20"],
    ],
  ],
  ["CAMEL", "Camelin", "Camel", "CAMELS", [["LIVE", "0106.13"]]],
] as const;

const CLASSIFICATIONS = [
  ["PRODUCT_CATEGORY", "CEREALS", "Céréales", "Cereals"],
  ["PRODUCT_CATEGORY", "PULSES", "Légumineuses", "Pulses"],
  ["PRODUCT_CATEGORY", "VEGETABLES", "Légumes", "Vegetables"],
  ["PRODUCT_CATEGORY", "ROOTS_TUBERS", "Racines et tubercules", "Roots and tubers"],
  ["PRODUCT_CATEGORY", "OILSEEDS", "Oléagineux", "Oilseeds"],
  ["PRODUCT_CATEGORY", "LIVESTOCK", "Bétail", "Livestock"],
  ["PRODUCT_CATEGORY", "FISH", "Poisson", "Fish"],
  ["PRODUCT_TYPE", "RAW", "Brut", "Raw"],
  ["PRODUCT_TYPE", "PROCESSED", "Transformé", "Processed"],
  ["PRODUCT_TYPE", "LIVE", "Sur pied", "Live"],
  ["PRODUCT_NATURE", "AGRICULTURAL", "Agricole", "Agricultural"],
  ["PRODUCT_NATURE", "LIVESTOCK", "Pastorale", "Livestock"],
  ["PRODUCT_NATURE", "FISHERY", "Halieutique", "Fishery"],
  ["ANIMAL_NATURE", "LIVE", "Sur pied", "Live"],
  ["ANIMAL_NATURE", "BREEDING", "Reproduction", "Breeding"],
  ["ANIMAL_NATURE", "SLAUGHTER", "Boucherie", "Slaughter"],
] as const;

const SPECIES = [
  {
    code: "CATTLE",
    name: "Bovins",
    nameEn: "Cattle",
    types: [
      ["BULL", "Taureau", "Bull"],
      ["COW", "Vache", "Cow"],
      ["OX", "Bœuf", "Ox"],
      ["CALF", "Veau", "Calf"],
    ],
  },
  {
    code: "SHEEP",
    name: "Ovins",
    nameEn: "Sheep",
    types: [
      ["RAM", "Bélier", "Ram"],
      ["EWE", "Brebis", "Ewe"],
      ["LAMB", "Agneau", "Lamb"],
    ],
  },
  {
    code: "GOATS",
    name: "Caprins",
    nameEn: "Goats",
    types: [
      ["BUCK", "Bouc", "Buck"],
      ["DOE", "Chèvre", "Doe"],
      ["KID", "Chevreau", "Kid"],
    ],
  },
  {
    code: "CAMELS",
    name: "Camelins",
    nameEn: "Camels",
    types: [
      ["MALE", "Chameau", "Male camel"],
      ["FEMALE", "Chamelle", "Female camel"],
    ],
  },
] as const;

const UNITS = [
  { code: "kg", name: "Kilogramme", nameEn: "Kilogram", dimension: "MASS", factor: "1" },
  { code: "g", name: "Gramme", nameEn: "Gram", dimension: "MASS", factor: "0.001" },
  { code: "t", name: "Tonne", nameEn: "Tonne", dimension: "MASS", factor: "1000" },
  { code: "l", name: "Litre", nameEn: "Litre", dimension: "VOLUME", factor: "1" },
  { code: "head", name: "Tête", nameEn: "Head", dimension: "COUNT", factor: "1" },
] as const;

/** [code, name, nameEn, HS, category, type, nature, species, local units [code, name, nameEn, kg]] */
type ProductSeed = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  [string, string, string, string][],
];
const SACK_100: [string, string, string, string] = ["SACK_100KG", "Sac de 100 kg", "100 kg sack", "100"];
const SACK_50: [string, string, string, string] = ["SACK_50KG", "Sac de 50 kg", "50 kg sack", "50"];
// A tine (tiine) is the local measuring bowl of Burkina Faso; about 17 kg of grain is the usual value.
const TINE: [string, string, string, string] = ["TINE", "Tine", "Tine (measuring bowl)", "17"];
const PRODUCTS: ProductSeed[] = [
  ["MAIZE", "Maïs", "Maize", "1005.90", "CEREALS", "RAW", "AGRICULTURAL", null, [SACK_100, SACK_50, TINE]],
  ["MILLET", "Mil", "Millet", "1008.29", "CEREALS", "RAW", "AGRICULTURAL", null, [SACK_100, TINE]],
  ["SORGHUM", "Sorgho", "Sorghum", "1007.90", "CEREALS", "RAW", "AGRICULTURAL", null, [SACK_100, TINE]],
  [
    "RICE",
    "Riz",
    "Rice",
    "1006.30",
    "CEREALS",
    "PROCESSED",
    "AGRICULTURAL",
    null,
    [SACK_50, ["SACK_25KG", "Sac de 25 kg", "25 kg sack", "25"]],
  ],
  ["COWPEA", "Niébé", "Cowpea", "0713.35", "PULSES", "RAW", "AGRICULTURAL", null, [SACK_100]],
  ["ONION", "Oignon", "Onion", "0703.10", "VEGETABLES", "RAW", "AGRICULTURAL", null, [SACK_50]],
  [
    "TOMATO",
    "Tomate",
    "Tomato",
    "0702.00",
    "VEGETABLES",
    "RAW",
    "AGRICULTURAL",
    null,
    [["CRATE", "Cageot", "Crate", "25"]],
  ],
  ["GROUNDNUT", "Arachide", "Groundnut", "1202.41", "OILSEEDS", "RAW", "AGRICULTURAL", null, [SACK_100]],
  ["SHEA_NUT", "Amande de karité", "Shea nut", "1207.99", "OILSEEDS", "RAW", "AGRICULTURAL", null, [SACK_100]],
  ["YAM", "Igname", "Yam", "0714.30", "ROOTS_TUBERS", "RAW", "AGRICULTURAL", null, []],
  ["CASSAVA", "Manioc", "Cassava", "0714.10", "ROOTS_TUBERS", "RAW", "AGRICULTURAL", null, [SACK_100]],
  [
    "SMOKED_FISH",
    "Poisson fumé",
    "Smoked fish",
    "0305.49",
    "FISH",
    "PROCESSED",
    "FISHERY",
    null,
    [["BASKET", "Panier", "Basket", "20"]],
  ],
  ["CATTLE", "Bovins sur pied", "Live cattle", "0102.29", "LIVESTOCK", "LIVE", "LIVESTOCK", "CATTLE", []],
  ["SHEEP", "Ovins sur pied", "Live sheep", "0104.10", "LIVESTOCK", "LIVE", "LIVESTOCK", "SHEEP", []],
  ["GOATS", "Caprins sur pied", "Live goats", "0104.20", "LIVESTOCK", "LIVE", "LIVESTOCK", "GOATS", []],
  ["CAMELS", "Camelins sur pied", "Live camels", "0106.13", "LIVESTOCK", "LIVE", "LIVESTOCK", "CAMELS", []],
];

const FORMS = [
  {
    collectionType: "AGRICULTURAL",
    title: "Champs complémentaires — produits agricoles",
    schema: {
      type: "object",
      properties: {
        storageCondition: { type: "string", enum: ["GOOD", "AVERAGE", "POOR"] },
        visibleMoisture: { type: "boolean" },
        harvestOrigin: { type: "string", maxLength: 191 },
      },
      additionalProperties: false,
    },
  },
  {
    collectionType: "LIVESTOCK",
    title: "Champs complémentaires — bétail",
    schema: {
      type: "object",
      properties: {
        vaccinationCertificate: { type: "boolean" },
        internationalTranshumanceCertificate: { type: "boolean" },
        trekDays: { type: "integer", minimum: 0, maximum: 120 },
      },
      additionalProperties: false,
    },
  },
  {
    collectionType: "FISHERY",
    title: "Champs complémentaires — produits halieutiques",
    schema: {
      type: "object",
      properties: { preservation: { type: "string", enum: ["FRESH", "SMOKED", "DRIED", "SALTED", "FROZEN"] } },
      additionalProperties: false,
    },
  },
  {
    collectionType: "MIXED",
    title: "Champs complémentaires — mixte",
    schema: { type: "object", properties: {}, additionalProperties: true },
  },
] as const;

/**
 * The six roles, with the original system's fixed ids (claims.ts). Every user row references one: without
 * them no account can be created, in production as anywhere else.
 */
const ROLE_LABELS: Record<RoleCode, { name: string; description: string }> = {
  SUPER_ADMIN: { name: "Super administrateur", description: "Everything, including administrators" },
  ADMIN: { name: "Administrateur", description: "Users, reference data and configuration; reads everything" },
  AGENT: { name: "Agent de collecte", description: "Records trade flows in the field; sees own collections" },
  TEAM_LEAD: { name: "Chef d'équipe", description: "Validation level 1 for the team's collections" },
  SUPERVISOR: { name: "Superviseur", description: "Validation level 2 for the region's collections" },
  ANALYST: { name: "Analyste", description: "Reads validated data and statistics" },
};

export const DEFAULT_WORKFLOW_LEVELS = [
  { level: 1, role: "TEAM_LEAD", name: "Validation du chef d'équipe" },
  { level: 2, role: "SUPERVISOR", name: "Validation du superviseur" },
] as const;

export async function seedReferenceData(db: PrismaClient): Promise<void> {
  for (const currency of CURRENCIES) {
    await db.currency.upsert({ where: { code: currency.code }, create: currency, update: {} });
  }
  const countryIds = new Map<string, number>();
  for (const country of COUNTRIES) {
    const row = await db.country.upsert({ where: { code: country.code }, create: country, update: {} });
    countryIds.set(country.code, row.id);
  }
  const cityIds = new Map<string, number>();
  for (const [country, name, latitude, longitude] of CITIES) {
    const countryId = countryIds.get(country)!;
    const row = await db.city.upsert({
      where: { countryId_name: { countryId, name } },
      create: { countryId, name, latitude, longitude },
      update: {},
    });
    cityIds.set(`${country}/${name}`, row.id);
  }
  const corridorIds = new Map<string, number>();
  for (const corridor of CORRIDORS) {
    const row = await db.corridor.upsert({
      where: { code: corridor.code },
      create: {
        code: corridor.code,
        name: corridor.name,
        startCountryId: countryIds.get(corridor.from[0]!)!,
        startCityId: cityIds.get(corridor.from.join("/")) ?? null,
        endCountryId: countryIds.get(corridor.to[0]!)!,
        endCityId: cityIds.get(corridor.to.join("/")) ?? null,
        distanceKm: corridor.distanceKm,
      },
      update: {},
    });
    corridorIds.set(corridor.code, row.id);
  }
  for (const point of COLLECTION_POINTS) {
    await db.collectionPoint.upsert({
      where: { code: point.code },
      create: {
        code: point.code,
        name: point.name,
        type: point.type,
        countryId: countryIds.get(point.country)!,
        cityId: cityIds.get(`${point.country}/${point.city}`) ?? null,
        corridorId: point.corridor ? corridorIds.get(point.corridor)! : null,
        crossesToCountryId: point.crossesTo ? countryIds.get(point.crossesTo)! : null,
        isFormal: true,
        isBorderCrossing: point.type === "BORDER_POST" || point.type === "RIVER_PORT",
        isMarket: point.type === "MARKET",
        isFluvial: point.type === "RIVER_PORT",
        isCheckpoint: point.type === "CHECKPOINT",
        latitude: point.lat,
        longitude: point.lng,
      },
      update: {},
    });
  }
  for (const rate of RATES) {
    await db.exchangeRate.upsert({
      where: {
        currencyCode_quoteCurrency_validFrom: {
          currencyCode: rate.currencyCode,
          quoteCurrency: "XOF",
          validFrom: RATES_VALID_FROM,
        },
      },
      create: { ...rate, quoteCurrency: "XOF", validFrom: RATES_VALID_FROM },
      update: {},
    });
  }
  for (const [kind, code, name, nameEn] of LOOKUPS) {
    await db.lookupValue.upsert({
      where: { kind_code: { kind, code } },
      create: { kind, code, name, nameEn },
      update: {},
    });
  }
  for (const [mode, method] of Object.entries(MODE_METHODS)) {
    const parent = await db.lookupValue.findUnique({
      where: { kind_code: { kind: "TRANSPORT_METHOD", code: method } },
    });
    await db.lookupValue.updateMany({
      where: { kind: "TRANSPORT_MODE", code: mode, parentId: null },
      data: { parentId: parent!.id },
    });
  }
  for (const [code, country, address, website] of ORGANISATION_DETAILS) {
    await db.lookupValue.updateMany({
      where: { kind: "ORGANISATION", code, organisationType: null },
      data: { organisationType: "PUBLIC", countryId: countryIds.get(country) ?? null, address, website },
    });
  }
  for (const [code, name, nameEn] of TAX_TYPES) {
    await db.taxType.upsert({ where: { code }, create: { code, name, nameEn }, update: {} });
  }
  await db.adminCatalogRevision.upsert({ where: { id: 1 }, create: { id: 1, revision: 1 }, update: {} });

  const classificationIds = new Map<string, number>();
  for (const [kind, code, name, nameEn] of CLASSIFICATIONS) {
    const row = await db.classification.upsert({
      where: { kind_code: { kind, code } },
      create: { kind, code, name, nameEn },
      update: {},
    });
    classificationIds.set(`${kind}/${code}`, row.id);
  }
  const speciesIds = new Map<string, number>();
  for (const species of SPECIES) {
    const row = await db.animalSpecies.upsert({
      where: { code: species.code },
      create: { code: species.code, name: species.name, nameEn: species.nameEn },
      update: {},
    });
    speciesIds.set(species.code, row.id);
    for (const [code, name, nameEn] of species.types) {
      await db.animalType.upsert({
        where: { speciesId_code: { speciesId: row.id, code } },
        create: { speciesId: row.id, code, name, nameEn },
        update: {},
      });
    }
  }
  for (const unit of UNITS) {
    await db.unit.upsert({ where: { code: unit.code }, create: unit, update: {} });
  }
  for (const [code, name, nameEn, hsCode, category, type, nature, species, localUnits] of PRODUCTS) {
    const data = {
      name,
      nameEn,
      hsCode,
      categoryId: classificationIds.get(`PRODUCT_CATEGORY/${category}`)!,
      typeId: classificationIds.get(`PRODUCT_TYPE/${type}`)!,
      natureId: classificationIds.get(`PRODUCT_NATURE/${nature}`)!,
      speciesId: species ? speciesIds.get(species)! : null,
      dimension: species ? ("COUNT" as const) : ("MASS" as const),
    };
    // Products created before this reference set existed (the first demo seed) get their details once.
    const existing = await db.product.findUnique({ where: { code } });
    const product = existing
      ? existing.categoryId === null
        ? await db.product.update({ where: { code }, data })
        : existing
      : await db.product.create({ data: { code, ...data } });
    const natureId = classificationIds.get(`PRODUCT_NATURE/${nature}`)!;
    await db.productNature.upsert({
      where: { productId_natureId: { productId: product.id, natureId } },
      create: { productId: product.id, natureId, hsCode },
      update: {},
    });
    for (const [unitCode, unitName, unitNameEn, baseQuantity] of localUnits) {
      await db.productUnit.upsert({
        where: { productId_code: { productId: product.id, code: unitCode } },
        create: { productId: product.id, code: unitCode, name: unitName, nameEn: unitNameEn, baseQuantity },
        update: {},
      });
    }
  }
  for (const [code, name, nameEn, species, natures] of ANIMALS) {
    const animal = await db.animal.upsert({
      where: { code },
      create: { code, name, nameEn, speciesId: speciesIds.get(species)! },
      update: {},
    });
    for (const [nature, hsCode] of natures) {
      const natureId = classificationIds.get(`ANIMAL_NATURE/${nature}`)!;
      await db.animalNature.upsert({
        where: { animalId_natureId: { animalId: animal.id, natureId } },
        create: { animalId: animal.id, natureId, hsCode },
        update: {},
      });
    }
  }
  for (const form of FORMS) {
    const exists = await db.formDefinition.findFirst({ where: { collectionType: form.collectionType } });
    if (!exists) {
      await db.formDefinition.create({
        data: {
          collectionType: form.collectionType,
          version: 1,
          title: form.title,
          jsonSchema: JSON.stringify(form.schema),
          status: "PUBLISHED",
          publishedAt: new Date(),
        },
      });
    }
  }
  if (!(await db.workflowDefinition.findFirst({ where: { code: "COLLECTION_VALIDATION" } }))) {
    await db.workflowDefinition.create({
      data: {
        code: "COLLECTION_VALIDATION",
        version: 1,
        levels: JSON.stringify(DEFAULT_WORKFLOW_LEVELS),
        status: "PUBLISHED",
        publishedAt: new Date(),
      },
    });
  }
  await db.modelCatalogRevision.upsert({ where: { id: 1 }, create: { id: 1, revision: 1 }, update: {} });
  // Last: `npm start` takes a full set of roles as the sign that this seed has completed (scripts/start.ts).
  for (const code of ROLES) {
    await db.role.upsert({
      where: { id: ROLE_IDS[code] },
      create: { id: ROLE_IDS[code], code, ...ROLE_LABELS[code] },
      update: {},
    });
  }
}

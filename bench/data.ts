import mariadb from "mariadb";
import type { PrismaClient } from "#shared/db/client.js";
import { hashPassword } from "../subgraphs/auth/src/modules/sessions/passwords.js";
import { DEMO_PASSWORD } from "../scripts/db/demo-data.js";
import { connectionConfig } from "../scripts/db/migrations.js";

/**
 * Benchmark data written straight to the bench database with multi-row INSERTs (the generator must
 * write ≥ 20,000 collections/s: the 1 M set in under a minute). Collections span two years over the
 * seeded West African corridors, with realistic mixes: 70 % agricultural, 20 % livestock, 10 % fishery;
 * directions, formal/informal crossings, transport modes, traders' gender, 0–3 controls with official
 * fees and illegal payments, compliance answers; 60 % validated, 25 % at level 1, 5 % at level 2,
 * 4 % rejected, 3 % returned, 3 % drafts, each with its workflow history (durations, scores).
 *
 * Why not Prisma's createMany: it took ~1 s per 2,000 collections with their children (≈ 2,000/s).
 * Ids are time-ordered (a counter after a fixed prefix) so InnoDB appends to its clustered indexes
 * instead of splitting pages at random, and public ids come from the counter so they never collide.
 */
export const BENCH_AGENTS = 20;
const BATCH = 2_000;
const ID_PREFIX = "b0000000-0000-7000-8";

const uuidOf = (kind: number, n: number) => `${ID_PREFIX}${kind}${"0".repeat(2)}-${n.toString(16).padStart(12, "0")}`;
const PUBLIC_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const publicIdOf = (n: number) => {
  let text = "";
  for (let value = n, i = 0; i < 6; i += 1, value = Math.floor(value / 32)) text = PUBLIC_ALPHABET[value % 32] + text;
  return `CT-BN-${text}`;
};

/** A small fast PRNG (mulberry32), seeded, so every run generates the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const sql = (value: string | number | boolean | null) =>
  value === null
    ? "NULL"
    : typeof value === "number"
      ? String(value)
      : typeof value === "boolean"
        ? value
          ? "1"
          : "0"
        : `'${value.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
const datetime = (ms: number) => new Date(ms).toISOString().slice(0, 23).replace("T", " ");

interface References {
  agents: number[];
  teamId: number;
  regionId: number;
  leadId: number;
  supervisorId: number;
  points: number[];
  corridors: { id: number; start: number; end: number }[];
  crops: number[];
  livestock: number[];
  fish: number[];
  transportModes: number[];
  controlServices: number[];
  actors: number[];
}

async function references(db: PrismaClient): Promise<References> {
  const team = await db.team.findUniqueOrThrow({ where: { code: "DEMO-KANTCHARI" } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const agents: number[] = [];
  for (let i = 0; i < BENCH_AGENTS; i += 1) {
    const email = `bench-agent-${i}@demo.ct`;
    const user =
      (await db.user.findUnique({ where: { email } })) ??
      (await db.user.create({ data: { email, fullName: `Agent de test ${i}`, roleId: 3, teamId: team.id } }));
    await db.authAccount.upsert({
      where: { userId: user.id },
      create: { userId: user.id, email, passwordHash, role: "AGENT", teamId: team.id, regionIds: [team.regionId] },
      update: {},
    });
    agents.push(user.id);
  }
  if ((await db.commercialActor.count()) < 200) {
    await db.commercialActor.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({
        type: i % 5 === 0 ? ("TRANSPORTER" as const) : ("TRADER" as const),
        name: `Acteur ${String(i).padStart(3, "0")}`,
        gender: i % 2 === 0 ? ("FEMALE" as const) : ("MALE" as const),
        phone: `+22679${String(100000 + i)}`,
      })),
      skipDuplicates: true,
    });
  }
  const [lead, supervisor, points, corridors, products, lookups, actors] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: "teamlead@demo.ct" } }),
    db.user.findUniqueOrThrow({ where: { email: "supervisor@demo.ct" } }),
    db.collectionPoint.findMany({ select: { id: true } }),
    db.corridor.findMany({ select: { id: true, startCountryId: true, endCountryId: true } }),
    db.product.findMany({ select: { id: true, code: true, dimension: true } }),
    db.lookupValue.findMany({ where: { kind: { in: ["TRANSPORT_MODE", "CONTROL_SERVICE"] } } }),
    db.commercialActor.findMany({ select: { id: true }, take: 200 }),
  ]);
  return {
    agents,
    teamId: team.id,
    regionId: team.regionId,
    leadId: lead.id,
    supervisorId: supervisor.id,
    points: points.map((p) => p.id),
    corridors: corridors.map((c) => ({ id: c.id, start: c.startCountryId, end: c.endCountryId })),
    crops: products.filter((p) => p.dimension === "MASS" && p.code !== "SMOKED_FISH").map((p) => p.id),
    livestock: products.filter((p) => p.dimension === "COUNT").map((p) => p.id),
    fish: products.filter((p) => p.code === "SMOKED_FISH").map((p) => p.id),
    transportModes: lookups.filter((l) => l.kind === "TRANSPORT_MODE").map((l) => l.id),
    controlServices: lookups.filter((l) => l.kind === "CONTROL_SERVICE").map((l) => l.id),
    actors: actors.map((a) => a.id),
  };
}

const COLLECTION_COLUMNS = `id, public_id, collector_id, team_id, region_id, collected_at, created_at, updated_at, status,
  pending_level, version, revision, type, context, direction, collection_point_id, corridor_id, origin_country_id,
  destination_country_id, transport_mode_id, actor_id, operator_gender, currency_code, total_weight_kg, total_value,
  reference_currency, total_value_reference, workflow_version, workflow_levels, submitted_at, validated_at,
  knows_community_rules, knows_national_rules, driver_has_licence, driver_has_vehicle_documents,
  driver_vehicle_inspection_up_to_date, driver_registration_card_up_to_date, driver_insurance_up_to_date,
  driver_other_documents_up_to_date, has_control_posts, control_posts_count, illegal_fees_paid`;
const ITEM_COLUMNS = `id, collection_id, position, product_id, quantity, unit_code, unit_price, total_value,
  unit_weight_kg, total_weight_kg, animal_count, average_weight_kg`;
const CONTROL_COLUMNS = `id, collection_id, position, checkpoint_id, control_service_id, duration, fees_paid,
  illegal_fees, illegal_fees_paid`;
const VALIDATION_COLUMNS = `collection_id, level, action, from_status, to_status, actor_id, actor_role, revision,
  score, duration_seconds, created_at`;
const WORKFLOW_LEVELS = JSON.stringify([
  { level: 1, role: "TEAM_LEAD", name: "Validation du chef d'équipe" },
  { level: 2, role: "SUPERVISOR", name: "Validation du superviseur" },
]);
const DURATIONS = ["UNDER_5_MIN", "FROM_5_TO_15_MIN", "FROM_15_TO_30_MIN", "FROM_30_TO_60_MIN", "FROM_1_TO_3_H"];
const TWO_YEARS_MS = 730 * 86_400_000;

interface Batch {
  collections: string[];
  items: string[];
  controls: string[];
  validations: string[];
}

/** One batch of collections n … n + size − 1, with their items, controls and workflow history. */
export function buildBatch(refs: References, first: number, size: number, start: number): Batch {
  const batch: Batch = { collections: [], items: [], controls: [], validations: [] };
  const rnd = random(first + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const maybe = (yes: number, answered = 0.8) => (rnd() < answered ? rnd() < yes : null);
  for (let n = first; n < first + size; n += 1) {
    const id = uuidOf(1, n);
    const roll = rnd();
    const status =
      roll < 0.6
        ? "VALIDATED"
        : roll < 0.85
          ? "SUBMITTED"
          : roll < 0.9
            ? "SUBMITTED2"
            : roll < 0.94
              ? "REJECTED"
              : roll < 0.97
                ? "RETURNED"
                : "DRAFT";
    const collectedAt = start + Math.floor(rnd() * TWO_YEARS_MS);
    const typeRoll = rnd();
    const type = typeRoll < 0.7 ? "AGRICULTURAL" : typeRoll < 0.9 ? "LIVESTOCK" : "FISHERY";
    const corridor = pick(refs.corridors);
    const direction = pick(["EXPORT", "EXPORT", "IMPORT", "IMPORT", "TRANSIT", "DOMESTIC"]);
    const [origin, destination] =
      direction === "IMPORT" ? [corridor.end, corridor.start] : [corridor.start, corridor.end];
    let weight = 0;
    let value = 0;
    const itemCount = type === "LIVESTOCK" ? 1 : 1 + Math.floor(rnd() * 3);
    for (let position = 1; position <= itemCount; position += 1) {
      const itemId = uuidOf(2, n * 4 + position);
      if (type === "LIVESTOCK") {
        const heads = 2 + Math.floor(rnd() * 40);
        const price = 150_000 + Math.floor(rnd() * 200) * 1_000;
        weight += heads * 250;
        value += heads * price;
        batch.items.push(
          `(${sql(itemId)},${sql(id)},${position},${pick(refs.livestock)},${heads},'head',${price},${heads * price},` +
            `250,${heads * 250},${heads},250)`,
        );
      } else {
        const kg = 100 * (1 + Math.floor(rnd() * 150));
        const price = 100 + Math.floor(rnd() * 900);
        weight += kg;
        value += kg * price;
        const product = type === "FISHERY" ? pick(refs.fish) : pick(refs.crops);
        batch.items.push(
          `(${sql(itemId)},${sql(id)},${position},${product},${kg},'kg',${price},${kg * price},1,${kg},NULL,NULL)`,
        );
      }
    }
    const controls = Math.floor(rnd() * 4);
    for (let position = 1; position <= controls; position += 1) {
      const illegal = rnd() < 0.35 ? 500 * (1 + Math.floor(rnd() * 10)) : 0;
      batch.controls.push(
        `(${sql(uuidOf(3, n * 4 + position))},${sql(id)},${position},${pick(refs.points)},${pick(refs.controlServices)},` +
          `${sql(pick(DURATIONS))},${1_000 * Math.floor(rnd() * 6)},${illegal},${sql(illegal > 0)})`,
      );
    }
    const counted = status !== "DRAFT";
    const pendingLevel = status === "SUBMITTED" ? 1 : status === "SUBMITTED2" ? 2 : null;
    const rowStatus = status === "SUBMITTED2" ? "SUBMITTED" : status;
    const submitted = collectedAt + 3_600_000 * (1 + Math.floor(rnd() * 48));
    const levelOne = submitted + 60_000 * (5 + Math.floor(rnd() * 4_000));
    const levelTwo = levelOne + 60_000 * (5 + Math.floor(rnd() * 6_000));
    const history: [number | null, string, string, string, number, string, number | null, number][] = [];
    if (counted)
      history.push([
        null,
        "SUBMIT",
        "DRAFT",
        "SUBMITTED",
        refs.agents[n % refs.agents.length]!,
        "AGENT",
        null,
        submitted,
      ]);
    if (status === "VALIDATED" || status === "SUBMITTED2")
      history.push([
        1,
        "APPROVE",
        "SUBMITTED",
        "SUBMITTED",
        refs.leadId,
        "TEAM_LEAD",
        60 + Math.floor(rnd() * 41),
        levelOne,
      ]);
    if (status === "VALIDATED")
      history.push([
        2,
        "APPROVE",
        "SUBMITTED",
        "VALIDATED",
        refs.supervisorId,
        "SUPERVISOR",
        60 + Math.floor(rnd() * 41),
        levelTwo,
      ]);
    if (status === "REJECTED")
      history.push([1, "REJECT", "SUBMITTED", "REJECTED", refs.leadId, "TEAM_LEAD", 20, levelOne]);
    if (status === "RETURNED")
      history.push([1, "RETURN", "SUBMITTED", "RETURNED", refs.leadId, "TEAM_LEAD", 40, levelOne]);
    let previous = submitted;
    for (const [level, action, from, to, actor, role, score, at] of history) {
      const duration = level === null ? null : Math.round((at - previous) / 1000);
      previous = at;
      batch.validations.push(
        `(${sql(id)},${sql(level)},'${action}','${from}','${to}',${actor},'${role}',1,${sql(score)},${sql(duration)},'${datetime(at)}')`,
      );
    }
    const lastChange = history.length ? history[history.length - 1]![7] : collectedAt;
    batch.collections.push(
      `(${sql(id)},${sql(publicIdOf(n))},${refs.agents[n % refs.agents.length]},${refs.teamId},${refs.regionId},` +
        `'${datetime(collectedAt)}','${datetime(collectedAt)}','${datetime(lastChange)}','${rowStatus}',${sql(pendingLevel)},` +
        `${1 + history.length},1,'${type}',${sql(pick(["FORMAL_BORDER", "FORMAL_BORDER", "INFORMAL_BORDER", "MARKET"]))},` +
        `'${direction}',${pick(refs.points)},${corridor.id},${origin},${destination},${pick(refs.transportModes)},` +
        `${pick(refs.actors)},${sql(rnd() < 0.42 ? "F" : "M")},'XOF',${weight},${value},'XOF',${value},` +
        `${counted ? "1" : "NULL"},${counted ? sql(WORKFLOW_LEVELS) : "NULL"},` +
        `${counted ? `'${datetime(submitted)}'` : "NULL"},${status === "VALIDATED" ? `'${datetime(levelTwo)}'` : "NULL"},` +
        [maybe(0.45), maybe(0.6), maybe(0.8), maybe(0.55), maybe(0.6), maybe(0.7), maybe(0.5), maybe(0.4, 0.5)]
          .map(sql)
          .join(",") +
        `,${sql(controls > 0 || rnd() < 0.1)},${controls},${sql(rnd() < 0.3)})`,
    );
  }
  return batch;
}

async function insertBatch(connection: mariadb.Connection, batch: Batch): Promise<void> {
  await insert(
    connection,
    `INSERT INTO tradeflow_collection (${COLLECTION_COLUMNS}) VALUES ${batch.collections.join(",")}`,
  );
  await insert(connection, `INSERT INTO tradeflow_collection_item (${ITEM_COLUMNS}) VALUES ${batch.items.join(",")}`);
  if (batch.controls.length)
    await insert(
      connection,
      `INSERT INTO tradeflow_collection_control (${CONTROL_COLUMNS}) VALUES ${batch.controls.join(",")}`,
    );
  if (batch.validations.length)
    await insert(
      connection,
      `INSERT INTO tradeflow_collection_validation (${VALIDATION_COLUMNS}) VALUES ${batch.validations.join(",")}`,
    );
}

const DEADLOCK = 1213;

/**
 * One autocommitted INSERT, again when InnoDB chose it as a deadlock's victim: the two connections' inserts
 * lock neighbouring gaps of the same secondary indexes, and the victim's statement was rolled back whole.
 */
async function insert(connection: mariadb.Connection, sql: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await connection.query(sql);
      return;
    } catch (error) {
      if ((error as { errno?: number }).errno !== DEADLOCK || attempt === 5) throw error;
    }
  }
}

export interface GenerationResult {
  written: number;
  seconds: number;
  perSecond: number;
}

/**
 * Fills the bench database up to `target` collections (kept between runs: only what is missing is
 * written). Two connections insert while the next batch is built, so the database and Node overlap.
 */
export async function generateBenchData(
  db: PrismaClient,
  databaseUrl: string,
  target: number,
  log: (message: string) => void,
): Promise<GenerationResult> {
  const existing = await db.collection.count({ where: { id: { startsWith: ID_PREFIX } } });
  if (existing >= target) {
    log(`bench data already present (${existing} collections)`);
    return { written: 0, seconds: 0, perSecond: 0 };
  }
  const refs = await references(db);
  const { config, database } = connectionConfig(databaseUrl);
  const connections = await Promise.all(
    [0, 1].map(() => mariadb.createConnection({ ...config, database, maxAllowedPacket: 64 * 1024 * 1024 })),
  );
  // Bulk load: the rows are generated consistent, so per-row unique and foreign-key checks are skipped.
  for (const connection of connections) await connection.query("SET unique_checks = 0, foreign_key_checks = 0");
  const start = Date.UTC(2024, 10, 1);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  try {
    for (let first = existing, index = 0; first < target; first += BATCH, index += 1) {
      const batch = buildBatch(refs, first, Math.min(BATCH, target - first), start);
      if (inFlight.length === connections.length) await inFlight.shift();
      inFlight.push(insertBatch(connections[index % connections.length]!, batch));
      if (index % 50 === 0) log(`  ${Math.min(first + BATCH, target)} / ${target} collections`);
    }
    await Promise.all(inFlight);
  } finally {
    await Promise.all(connections.map((connection) => connection.end()));
  }
  const seconds = (performance.now() - started) / 1000;
  const written = target - existing;
  return { written, seconds, perSecond: Math.round(written / seconds) };
}

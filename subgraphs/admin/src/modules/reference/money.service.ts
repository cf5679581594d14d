import { z } from "zod";
import { Prisma, type PrismaClient } from "#shared/db/client.js";
import { badUserInput, notFound } from "#shared/graphql/errors.js";
import { parseInput, partialUpdate } from "#shared/graphql/input.js";
import { paginateById, type PageArgs } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";
import { write } from "#shared/db/write.js";
import { bumpReferenceRevision } from "./revision.js";

const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as XOF");
const name = z.string().trim().min(2).max(100);

export async function listCurrencies(context: Context, activeOnly: boolean) {
  return context.db.currency.findMany({ where: activeOnly ? { active: true } : {}, orderBy: { code: "asc" } });
}

export async function findCurrency(context: Context, code: string) {
  const currency = await context.loaders.currencyByCode.load(code.trim().toUpperCase());
  if (!currency) throw notFound("Currency");
  return currency;
}

const currencyInput = z.object({
  code: currencyCode,
  name,
  nameEn: name,
  symbol: z.string().max(8).nullish(),
  decimals: z.number().int().min(0).max(4).nullish(),
});
const currencyUpdate = currencyInput.omit({ code: true }).partial().extend({ active: z.boolean().nullish() });

export async function createCurrency(context: Context, raw: unknown) {
  const input = parseInput(currencyInput, raw);
  return write(context, async (tx) => {
    const currency = await tx.currency.create({
      data: { ...input, symbol: input.symbol ?? null, decimals: input.decimals ?? 2 },
    });
    await bumpReferenceRevision(tx, context, "Currency");
    return currency;
  });
}

export async function updateCurrency(context: Context, code: string, raw: unknown) {
  const input = parseInput(currencyUpdate, raw);
  return write(context, async (tx) => {
    const existing = await tx.currency.findUnique({ where: { code: code.trim().toUpperCase() } });
    if (!existing) throw notFound("Currency");
    const currency = await tx.currency.update({
      where: { code: existing.code },
      data: partialUpdate(input, ["symbol"]),
    });
    await bumpReferenceRevision(tx, context, "Currency");
    return currency;
  });
}

export async function listExchangeRates(
  context: Context,
  args: PageArgs & { currencyCode: string; quoteCurrency?: string | null },
) {
  const conditions: Prisma.ExchangeRateWhereInput[] = [
    { currencyCode: args.currencyCode.trim().toUpperCase() },
    ...(args.quoteCurrency ? [{ quoteCurrency: args.quoteCurrency.trim().toUpperCase() }] : []),
  ];
  return paginateById(args, conditions, context.db.exchangeRate, "desc");
}

const rateInput = z.object({
  currencyCode,
  quoteCurrency: currencyCode.nullish(),
  rate: z.string().refine((value) => Number(value) > 0, "must be greater than 0"),
  validFrom: z.union([z.date(), z.string()]).transform((value) => startOfDay(new Date(value))),
  source: z.string().trim().max(191).nullish(),
});

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** One rate per currency pair and day: setting it again for that day replaces it. */
export async function setExchangeRate(context: Context, raw: unknown) {
  const input = parseInput(rateInput, raw);
  const quote = input.quoteCurrency ?? context.settings.get("REFERENCE_CURRENCY");
  if (quote === input.currencyCode) throw badUserInput("A currency has no rate to itself", "quoteCurrency");
  for (const [code, field] of [
    [input.currencyCode, "currencyCode"],
    [quote, "quoteCurrency"],
  ] as const) {
    if (!(await context.loaders.currencyByCode.load(code))) throw badUserInput(`Unknown currency ${code}`, field);
  }
  return write(context, async (tx) => {
    const rate = await tx.exchangeRate.upsert({
      where: {
        currencyCode_quoteCurrency_validFrom: {
          currencyCode: input.currencyCode,
          quoteCurrency: quote,
          validFrom: input.validFrom,
        },
      },
      create: {
        currencyCode: input.currencyCode,
        quoteCurrency: quote,
        rate: input.rate,
        validFrom: input.validFrom,
        source: input.source ?? null,
      },
      update: { rate: input.rate, source: input.source ?? null },
    });
    await bumpReferenceRevision(tx, context, "ExchangeRate");
    return rate;
  });
}

/**
 * The rate in force on a date: the latest one at or before it. The inverse pair is used when only it
 * is known; otherwise the conversion goes through the reference currency (A → ref → B).
 */
async function rateOn(
  db: PrismaClient,
  from: string,
  to: string,
  on: Date,
): Promise<{ rate: Prisma.Decimal; date: Date } | null> {
  if (from === to) return { rate: new Prisma.Decimal(1), date: on };
  const direct = await db.exchangeRate.findFirst({
    where: { currencyCode: from, quoteCurrency: to, validFrom: { lte: on } },
    orderBy: { validFrom: "desc" },
  });
  if (direct) return { rate: direct.rate, date: direct.validFrom };
  const inverse = await db.exchangeRate.findFirst({
    where: { currencyCode: to, quoteCurrency: from, validFrom: { lte: on } },
    orderBy: { validFrom: "desc" },
  });
  if (inverse) return { rate: new Prisma.Decimal(1).div(inverse.rate), date: inverse.validFrom };
  return null;
}

/** The rate from → to in force on a date, directly, inverted, or through the reference currency. */
export async function findRate(db: PrismaClient, from: string, to: string, on: Date, reference: string) {
  const day = startOfDay(on);
  const found = await rateOn(db, from, to, day);
  if (found) return found;
  const [first, second] = await Promise.all([rateOn(db, from, reference, day), rateOn(db, reference, to, day)]);
  return first && second
    ? { rate: first.rate.mul(second.rate), date: first.date < second.date ? first.date : second.date }
    : null;
}

export async function convertAmount(
  context: Context,
  args: { amount: string; from: string; to?: string | null; on?: Date | string | null },
) {
  const from = parseInput(currencyCode, args.from);
  const to = args.to ? parseInput(currencyCode, args.to) : context.settings.get("REFERENCE_CURRENCY");
  const on = startOfDay(args.on ? new Date(args.on) : new Date());
  const found = await findRate(context.db, from, to, on, context.settings.get("REFERENCE_CURRENCY"));
  if (!found)
    throw badUserInput(`No exchange rate from ${from} to ${to} on or before ${on.toISOString().slice(0, 10)}`, "from");
  const amount = new Prisma.Decimal(args.amount);
  return {
    amount,
    from,
    to,
    rate: found.rate.toSignificantDigits(18),
    rateDate: found.date,
    converted: amount.mul(found.rate).toDecimalPlaces(6),
  };
}

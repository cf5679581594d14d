import { z } from "zod";

const KEPT_KEY_SETS = 256;

/**
 * zod parses an object by running the schema of every key of its shape, whether the input carries the key or
 * not. A collection's shape has 90 keys and an item's 46, and a phone sends the handful it filled in: 500 such
 * collections took 22–37 CPU ms in zod, nearly all of it on absent keys (bench/README.md, finding 65).
 *
 * `sparseParser(schema)` parses each object with the part of the schema it needs: the keys the object carries,
 * and those whose schema must run when absent (a required key, which fails; one with a default, which takes
 * it). What it returns is what `schema.safeParse` returns for the same input, data and issues alike
 * (tests/unit/sparse-object.test.ts): a key the object lacks would have been skipped by its own schema. The part
 * for each set of keys is picked once and kept. Picking costs more than one parse of the whole schema (zod
 * compiles the part when it first parses), so a client sending ever new sets of keys must not make every parse
 * pay it: the first 256 sets are kept, and an object with any other set is parsed by the whole schema, as before.
 *
 * Only for plain objects without refinements of the whole object (zod refuses to pick from those).
 */
export function sparseParser<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>, keptKeySets = KEPT_KEY_SETS) {
  const keys = Object.keys(schema.shape);
  // Asked of an object holding the key alone, not of the key's schema on `undefined`: whether an object accepts
  // a key's absence is the object's rule (zod 4.6 refuses an absent `z.unknown()` key, whose schema accepts
  // `undefined`). Decided at the first parse, so that building the schema at a service's start costs nothing.
  let checkedWhenAbsent: Set<string> | undefined;
  const checkedKeys = () =>
    (checkedWhenAbsent ??= new Set(
      keys.filter((key) => {
        const absent = z.object({ [key]: schema.shape[key] as z.ZodType }).safeParse({});
        return !absent.success || key in absent.data;
      }),
    ));
  const parts = new Map<string, z.ZodObject>();
  return (value: unknown): ReturnType<z.ZodObject<Shape>["safeParse"]> => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return schema.safeParse(value);
    const checked = checkedKeys();
    // In the shape's order, so the issues come in the order the whole schema gives them.
    const wanted = keys.filter((key) => checked.has(key) || key in value);
    const signature = wanted.join(",");
    let part = parts.get(signature);
    if (!part) {
      if (parts.size >= keptKeySets) return schema.safeParse(value);
      part = schema.pick(Object.fromEntries(wanted.map((key) => [key, true])) as never) as unknown as z.ZodObject;
      parts.set(signature, part);
    }
    return part.safeParse(value) as ReturnType<z.ZodObject<Shape>["safeParse"]>;
  };
}

/**
 * The same, as a schema to nest in another (say each element of an array): parsed sparsely, its issues at their
 * paths under where it sits, its output type the object schema's. Its issues come back finished, so a parent
 * that runs only when its children's issues let it continue (a refinement of the array, a union) sees them as
 * final, and the outer parse's options (an error map) do not reach them: nest it only where neither matters, as
 * the collection's items are (their array's length checks run regardless).
 */
export function sparseObject<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
): z.ZodType<z.output<z.ZodObject<Shape>>, z.input<z.ZodObject<Shape>>> {
  const parse = sparseParser(schema);
  return z.unknown().transform((value, context) => {
    const result = parse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) context.addIssue(issue as Parameters<typeof context.addIssue>[0]);
    return z.NEVER;
  }) as unknown as z.ZodType<z.output<z.ZodObject<Shape>>, z.input<z.ZodObject<Shape>>>;
}

/**
 * A schema built on its first use instead of when its module is imported (issue 20, open fast).
 * zod 4 builds a schema's objects eagerly and the playbook's take tens of milliseconds on a laptop,
 * paid by every page that imports the domain, and before the designer's first canvas although that
 * draws from the stored document without parsing it (persistence/quickRead.ts). The value is a
 * proxy that builds the schema when any of its members is first read and forwards everything to
 * it, so it is used like the schema itself (`safeParse`, `optional()`, inside `z.array(…)`).
 */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const built = (): T => {
    if (schema === undefined) {
      schema = build();
      builtCount += 1;
    }
    return schema;
  };
  // The target is never the schema (a proxy's invariants would then pin its non-configurable
  // members): every trap asks the built one.
  const proxy = new Proxy(Object.create(null) as T, {
    get: (_target, key) => Reflect.get(built(), key),
    set: (_target, key, value) => Reflect.set(built(), key, value),
    has: (_target, key) => Reflect.has(built(), key),
    ownKeys: () => Reflect.ownKeys(built()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(built(), key);
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
  });
  builders.set(proxy, built);
  return proxy;
}

const builders = new WeakMap<object, () => object>();

/**
 * The schema behind a lazy one (built now if it was not), or `schema` itself. The schemas that
 * contain others hold these, so parsing a large playbook does not go through a proxy for every
 * node, edge and effect.
 */
export function unwrapped<T extends object>(schema: T): T {
  const built = builders.get(schema);
  return built === undefined ? schema : (built() as T);
}

let builtCount = 0;

/** How many lazy schemas have been built so far (the test that importing builds none reads it). */
export const lazySchemasBuilt = (): number => builtCount;

/** `build` run once, on the first call: for the pieces several lazy schemas of a module share. */
export function once<T>(build: () => T): () => T {
  let value: { current: T } | undefined;
  return () => {
    value ??= { current: build() };
    return value.current;
  };
}

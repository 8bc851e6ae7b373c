/**
 * How the Make and Power Automate parsers turn what they read into an `IrOperation`: a
 * catalogue entry, a raw HTTP call, a guess from an operation's name, or an unknown the author
 * must decide. One wording for both platforms.
 */
import { type CatalogueEntry, effectFromName, httpOperation, resourceFromUrl } from './catalogue';
import type { IrOperation } from './ir';

/** A catalogue entry; `resource` is the table or list the workflow names, if it names one. */
export function fromCatalogue(entry: CatalogueEntry, resource: string | undefined): IrOperation {
  return {
    effect: entry.effect,
    app: entry.app,
    ...(resource
      ? { resource, resourceFromSource: true }
      : entry.resource
        ? { resource: entry.resource, resourceFromSource: false }
        : {}),
    ...(entry.undo ? { undo: entry.undo } : {}),
    ...(entry.channel ? { channel: entry.channel } : {}),
  };
}

/**
 * An operation the catalogue does not know, read from its name ("createTicket" → create). A write
 * guessed so is `attention`; a name that says nothing makes the operation `unknown`.
 */
export function guessedOperation(
  app: string,
  operation: string,
  resource: string | undefined,
  described: string,
): IrOperation {
  const effect = effectFromName(operation);
  if (!effect) {
    return unknownOperation(
      app,
      `The ${app} operation "${described}" is not in Rollbook's catalogue: decide what it changes and how to undo it.`,
    );
  }
  return {
    effect,
    app,
    ...(resource ? { resource, resourceFromSource: true } : {}),
    guessed: true,
    ...(effect === 'read'
      ? {}
      : {
          attention: `The ${app} operation "${described}" is not in Rollbook's catalogue: check what it changes and the undo proposed.`,
        }),
  };
}

/** A raw HTTP call: the method hints at the effect, the URL at the entity; always `attention`. */
export function rawHttpOperation(method: string | undefined, url: string | undefined): IrOperation {
  const byMethod = httpOperation(method);
  const target = url ? ` to ${url}` : '';
  if (!byMethod) {
    return unknownOperation(
      'HTTP',
      `A raw HTTP ${method ?? ''} call${target}: decide what it changes and how to undo it.`,
    );
  }
  const resource = resourceFromUrl(url);
  return {
    effect: byMethod.effect,
    app: 'HTTP',
    ...(resource ? { resource, resourceFromSource: true } : {}),
    ...(byMethod.undo ? { undo: byMethod.undo } : {}),
    attention: `A raw HTTP ${(method ?? 'GET').toUpperCase()} call${target}: check what it really does (the method is only a hint) and the undo proposed.`,
  };
}

export const unknownOperation = (app: string, attention: string): IrOperation => ({
  effect: 'unknown',
  app,
  attention,
});

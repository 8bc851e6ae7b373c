import { parsePlaybook } from '../domain/parse';
import type { Playbook } from '../domain/types';
import orderFulfilment from '../templates/examples/order-fulfilment-rollback.json';

/** The order-fulfilment example, through the same parse path as an import. */
export function exampleDocument(): Playbook {
  const result = parsePlaybook(orderFulfilment);
  if (!result.ok) throw new Error(`The bundled example is invalid: ${result.errors[0]?.message}`);
  return result.playbook;
}

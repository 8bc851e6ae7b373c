import type { IrLink } from './ir';

/**
 * A way out of a step towards whatever comes next in the source: on success, along a decision's
 * branch, or along its failure path. The Make and Power Automate walks collect these while they
 * read a flow and turn them into links once they know the next step.
 */
export interface Exit {
  from: string;
  kind: IrLink['kind'];
  branch?: number;
  label?: string;
}

/** The links that take every exit to `to`. */
export function linksTo(exits: readonly Exit[], to: string): IrLink[] {
  return exits.map((exit) => ({
    from: exit.from,
    to,
    kind: exit.kind,
    ...(exit.branch === undefined ? {} : { branch: exit.branch }),
    ...(exit.label === undefined ? {} : { label: exit.label }),
  }));
}

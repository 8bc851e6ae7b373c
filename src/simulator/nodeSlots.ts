import type { PlaybookIndex } from './playbookIndex';

/**
 * A value per node, in an array by the node's position: a forked run shares the array until
 * either side writes (then copies it, a flat copy), which is what lets the drill fork thousands
 * of runs cheaply. An id that is not a node of the playbook goes to a small map instead.
 */
export class NodeSlots<T> {
  private values: (T | undefined)[];
  private extra: Map<string, T> | null = null;
  private shared = false;

  constructor(private readonly index: PlaybookIndex) {
    this.values = new Array<T | undefined>(index.playbook.nodes.length);
  }

  get(id: string): T | undefined {
    const position = this.index.position.get(id);
    return position === undefined ? this.extra?.get(id) : this.values[position];
  }

  /** The value of the node at `position`. */
  at(position: number): T | undefined {
    return this.values[position];
  }

  set(id: string, value: T): void {
    if (this.shared) {
      this.values = this.values.slice();
      this.extra = this.extra && new Map(this.extra);
      this.shared = false;
    }
    const position = this.index.position.get(id);
    if (position !== undefined) {
      this.values[position] = value;
      return;
    }
    this.extra ??= new Map();
    this.extra.set(id, value);
  }

  /** A copy for a forked run; both share the values until one of them sets one. */
  fork(): NodeSlots<T> {
    const copy = new NodeSlots<T>(this.index);
    copy.values = this.values;
    copy.extra = this.extra;
    copy.shared = true;
    this.shared = true;
    return copy;
  }
}

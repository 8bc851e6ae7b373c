import { N8N_NODE_TYPES, type N8nNodeTypeName } from './nodeTypes';

/** One node of an n8n workflow as n8n writes it ("Download" in the editor). */
export interface N8nNode {
  id: string;
  name: string;
  type: string;
  typeVersion: number;
  position: [number, number];
  parameters: Record<string, unknown>;
  notes?: string;
  notesInFlow?: boolean;
  retryOnFail?: boolean;
  maxTries?: number;
  waitBetweenTries?: number;
  onError?: 'continueErrorOutput';
  webhookId?: string;
}

export interface N8nConnection {
  node: string;
  type: 'main';
  index: number;
}

export interface N8nWorkflow {
  name: string;
  nodes: N8nNode[];
  /** Keyed by the source node's NAME, then output type, then output index. */
  connections: Record<string, { main: N8nConnection[][] }>;
  settings: Record<string, unknown>;
  meta: Record<string, unknown>;
}

/** What a new node is: a listed type, or a connector of the catalogue (its type and version given). */
export interface NodeSpec extends Omit<N8nNode, 'id' | 'name' | 'type' | 'typeVersion'> {
  kind: N8nNodeTypeName | 'connector';
  /** For a connector: its n8n type and version. */
  type?: string;
  typeVersion?: number;
}

/** n8n node names may be at most this long in the editor's rename box; longer labels are cut. */
const MAX_NAME = 120;

/**
 * Builds an n8n workflow: node names are unique (n8n connects nodes by name), ids are stable
 * (derived from the order of creation, so the same playbook gives the same file).
 */
export class N8nWorkflowBuilder {
  readonly nodes: N8nNode[] = [];
  private readonly connections: N8nWorkflow['connections'] = {};
  private readonly taken = new Set<string>();

  /** Adds a node named after `label` (made unique with " (2)", " (3)"…) and returns its name. */
  add(label: string, spec: NodeSpec): string {
    const name = this.uniqueName(label);
    const { kind, type, typeVersion, ...fields } = spec;
    const typed =
      kind === 'connector'
        ? { type: type ?? 'n8n-nodes-base.httpRequest', typeVersion: typeVersion ?? 1 }
        : N8N_NODE_TYPES[kind];
    const id = `rollbook-${String(this.nodes.length + 1).padStart(4, '0')}`;
    this.nodes.push({ id, name, type: typed.type, typeVersion: typed.typeVersion, ...fields });
    return name;
  }

  /** Wires `from`'s output `output` (0 the regular one; 1 an IF's false or an error output) to `to`. */
  connect(from: string, to: string, output = 0): void {
    const entry = this.connections[from] ?? { main: [] };
    this.connections[from] = entry;
    const outputs = entry.main;
    while (outputs.length <= output) outputs.push([]);
    const list = outputs[output]!;
    if (!list.some((connection) => connection.node === to)) list.push({ node: to, type: 'main', index: 0 });
  }

  build(name: string, meta: Record<string, unknown>): N8nWorkflow {
    return {
      name,
      nodes: this.nodes,
      connections: this.connections,
      settings: { executionOrder: 'v1' },
      meta,
    };
  }

  private uniqueName(label: string): string {
    const base = label.trim().slice(0, MAX_NAME) || 'Node';
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

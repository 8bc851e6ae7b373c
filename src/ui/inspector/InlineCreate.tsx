import { useState } from 'react';
import type { PlaybookNode } from '../../domain/types';
import { roleCreatedFor } from './useInlineSetup';
import './inspector.css';

/**
 * Setup that finds you (issue 15): where a list of roles or entities is empty, say why it matters
 * here and let the person create one on the spot, instead of sending them to another tab.
 */
export function InlineCreate({
  noun,
  why,
  example,
  onCreate,
}: {
  noun: 'role' | 'entity';
  why: string;
  example: string;
  onCreate: (name: string) => void;
}) {
  const [name, setName] = useState('');
  const submit = () => {
    if (!name.trim()) return;
    onCreate(name.trim());
    setName('');
  };
  return (
    <div className="inline-create">
      <p className="field__hint">{why}</p>
      <div className="inline-create__row">
        <input
          aria-label={`New ${noun} name`}
          placeholder={example}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            // The inspector is a form: Enter creates the item here rather than submitting it.
            if (event.key !== 'Enter') return;
            event.preventDefault();
            submit();
          }}
        />
        <button type="button" disabled={!name.trim()} onClick={submit}>
          Create {noun}
        </button>
      </div>
    </div>
  );
}

/**
 * The inline "create role" of a node's empty role list: the new role is put to use on the node
 * (`use` returns the node with it), in the same undo step.
 */
export function NewRoleInline({
  why,
  node,
  use,
}: {
  why: string;
  node: PlaybookNode;
  use: (roleId: string) => PlaybookNode;
}) {
  return (
    <InlineCreate
      noun="role"
      why={why}
      example="such as Operations"
      onCreate={(name) => roleCreatedFor(name, node, use)}
    />
  );
}

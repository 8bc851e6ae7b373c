import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { SourceHandleId } from '../../graph/flowTypes';
import { useDocumentActions } from '../../state/documentActions';
import { useDocument } from '../../state/documentSelectors';
import { uiActions, uiStore } from '../../state/uiStore';
import { type LinkTarget, linkKindsOf, linkTargetsOf } from '../../viewModels/linkTargets';
import { Dialog } from '../components/Dialog';
import './linkDialog.css';

/** Puts the focus back on the node the link started from, so the keyboard user stays where they were. */
function refocusNode(id: string) {
  window.document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus();
}

/** The option a key moves to in the list (arrows, Home, End, a letter: the next name starting with it). */
function optionAfterKey(key: string, index: number, targets: readonly LinkTarget[]): number | null {
  const last = targets.length - 1;
  if (key === 'ArrowDown') return Math.min(index + 1, last);
  if (key === 'ArrowUp') return Math.max(index - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key.length !== 1 || !/\S/.test(key)) return null;
  const letter = key.toLowerCase();
  for (let step = 1; step <= targets.length; step += 1) {
    const candidate = (index + step) % targets.length;
    const label = targets[candidate]!.name.split(': ').slice(1).join(': ');
    if (label.toLowerCase().startsWith(letter)) return candidate;
  }
  return null;
}

/**
 * Linking two nodes by keyboard (issue 15): focus a node, press K, choose the kind of link, pick
 * the target from a list (arrows, a letter, Enter). The same connection rules as a drag; one
 * `edge.connect` command, so one undo removes the link.
 */
export function LinkDialog() {
  const from = useStore(uiStore, (s) => s.linkFrom);
  if (from === null) return null;
  return <LinkDialogFrom from={from} />;
}

function LinkDialogFrom({ from }: { from: string }) {
  const document = useDocument();
  const actions = useDocumentActions();
  const source = document.nodes.find((node) => node.id === from);
  const kinds = source ? linkKindsOf(source.kind) : [];
  const [handle, setHandle] = useState<SourceHandleId | undefined>(kinds[0]?.handle);
  const targets = useMemo(
    () => (handle === undefined ? [] : linkTargetsOf(document, from, handle)),
    [document, from, handle],
  );
  // Start on the first node the link may go to; the refused ones are listed for their reasons.
  const firstAllowed = Math.max(
    0,
    targets.findIndex((target) => target.refusal === null),
  );
  const [active, setActive] = useState(firstAllowed);
  // Another kind of link: back to the first node it may go to.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the kind changes, not on each edit
  useEffect(() => setActive(firstAllowed), [handle]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const baseId = useId();
  useEffect(() => {
    // After the dialog has taken the focus on opening: the list is where the keys go.
    const frame = requestAnimationFrame(() => list.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  useEffect(() => {
    window.document.getElementById(`${baseId}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, baseId]);

  const close = () => {
    uiActions.linkDialogOpened(null);
    refocusNode(from);
  };
  const link = (target: LinkTarget | undefined) => {
    if (!target || handle === undefined) return;
    if (target.refusal) {
      setRefusal(target.refusal);
      return;
    }
    const refused = actions.edgeConnected({ source: from, target: target.id, sourceHandle: handle });
    if (refused) setRefusal(refused);
    else close();
  };
  const onListKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return;
    // The designer's shortcuts (Delete, F, …) must not act on the canvas while the list has the keys.
    event.stopPropagation();
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      link(targets[active]);
      return;
    }
    const next = optionAfterKey(event.key, active, targets);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    setRefusal(null);
  };

  const label = source?.label ?? from;
  return (
    <Dialog title={`Link “${label}” to…`} onClose={close}>
      {kinds.length === 0 ? (
        <p>Nothing can follow this node: it has no links to start.</p>
      ) : (
        <>
          <fieldset className="link-dialog__kinds">
            <legend>Kind of link</legend>
            {kinds.map((kind) => (
              <label key={kind.handle}>
                <input
                  type="radio"
                  name={`${baseId}-kind`}
                  checked={kind.handle === handle}
                  onChange={() => {
                    setHandle(kind.handle);
                    setRefusal(null);
                  }}
                />
                {kind.title}
              </label>
            ))}
          </fieldset>
          <p id={`${baseId}-help`} className="link-dialog__help">
            Arrow keys or a letter to choose, Enter to link. Nodes this link cannot reach say why.
          </p>
          <div
            ref={list}
            className="link-dialog__list"
            role="listbox"
            aria-label="Link to node"
            aria-describedby={`${baseId}-help`}
            aria-activedescendant={targets.length > 0 ? `${baseId}-option-${active}` : undefined}
            tabIndex={0}
            onKeyDown={onListKey}
          >
            {targets.map((target, index) => (
              // The list holds the focus and the keys (aria-activedescendant); a click picks an option too.
              // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox above handles Enter for the active option
              <div
                key={target.id}
                id={`${baseId}-option-${index}`}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                aria-disabled={target.refusal !== null}
                className={index === active ? 'is-active' : undefined}
                onClick={() => {
                  setActive(index);
                  link(target);
                }}
              >
                {target.name}
                {target.refusal && <small> · {target.refusal}</small>}
              </div>
            ))}
          </div>
          {refusal && (
            <p role="alert" className="dialog__error">
              {refusal}
            </p>
          )}
        </>
      )}
    </Dialog>
  );
}

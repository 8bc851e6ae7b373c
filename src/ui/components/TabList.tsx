import { type KeyboardEvent, useRef } from 'react';

/** The tab a key moves to (WAI-ARIA tabs: arrows wrap, Home and End), or `null` for any other key. */
export function tabAfterKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The ids a tab and its panel carry, so the panel can name its tab (`aria-labelledby`). */
export const tabIdOf = (baseId: string, tab: string) => `${baseId}-tab-${tab}`;
export const tabPanelIdOf = (baseId: string) => `${baseId}-panel`;

/**
 * A tablist after the WAI-ARIA tabs pattern: one tab in the Tab order (roving tabindex), Left and
 * Right arrows move and wrap, Home and End go to the ends, and a tab is chosen as it gets the focus
 * (automatic activation: every panel here renders at once). The caller renders the one tabpanel
 * with `id={tabPanelIdOf(baseId)}` and `aria-labelledby={tabIdOf(baseId, current)}`.
 */
export function TabList<T extends string>({
  label,
  tabs,
  current,
  onChoose,
  baseId,
  className,
}: {
  label: string;
  tabs: readonly { id: T; title: string }[];
  current: T;
  onChoose: (id: T) => void;
  baseId: string;
  className?: string;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === current);
    const next = tabAfterKey(event.key, Math.max(index, 0), tabs.length);
    if (next === null) return;
    event.preventDefault();
    onChoose(tabs[next]!.id);
    buttons.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className} onKeyDown={onKeyDown}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="tab"
          id={tabIdOf(baseId, tab.id)}
          aria-selected={tab.id === current}
          aria-controls={tabPanelIdOf(baseId)}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => onChoose(tab.id)}
        >
          {tab.title}
        </button>
      ))}
    </div>
  );
}

import { APPROVAL_DECISIONS, RUN_OUTCOMES } from '../../domain/schema/scenario';
import type { Scenario } from '../../domain/types';
import { useDocumentActions } from '../../state/documentActions';
import { useDocument } from '../../state/documentSelectors';
import { SelectField, TextField } from '../components/fields';
import { useFieldError, withField } from '../inspector/nodeEditing';
import { FaultEditor } from './FaultEditor';
import { textMemberProps } from './itemFields';

type Tri = '' | 'true' | 'false';
const TRI_OPTIONS = [
  { value: 'true' as const, label: 'yes' },
  { value: 'false' as const, label: 'no' },
];
const triOf = (value: boolean | undefined): Tri => (value === undefined ? '' : value ? 'true' : 'false');
const fromTri = (value: Tri): boolean | undefined => (value === '' ? undefined : value === 'true');

/** One scenario: faults, approval answers and what the run is expected to give. */
function ScenarioEditor({ scenario, index }: { scenario: Scenario; index: number }) {
  const document = useDocument();
  const actions = useDocumentActions();
  const error = useFieldError();
  const at = `/scenarios/${index}`;
  const title = `Scenario ${scenario.name || index + 1}`;
  const set = (next: Scenario, field: string) => actions.scenarioEdited(index, next, false, field);
  const triggers = document.nodes
    .filter((n) => n.kind === 'trigger')
    .map((n) => ({ value: n.id, label: n.label }));
  const approvals = document.nodes.filter((n) => n.kind === 'approval');
  const ends = document.nodes.filter((n) => n.kind === 'end').map((n) => ({ value: n.id, label: n.label }));
  const expect = scenario.expect;
  const setExpect = (key: keyof Scenario['expect'], value: unknown) =>
    set({ ...scenario, expect: withField(expect, key, value) }, `expect.${key}`);
  const editing = { item: scenario, title, at, error, set };
  return (
    <fieldset className="card">
      <legend>{title}</legend>
      <TextField {...textMemberProps(editing, 'id', 'id')} />
      <TextField {...textMemberProps(editing, 'name', 'name')} />
      <SelectField
        label={`${title}: trigger`}
        value={scenario.trigger ?? ''}
        placeholder="The only trigger"
        options={triggers}
        onChange={(v) => set(withField(scenario, 'trigger', v || undefined), 'trigger')}
        error={error(`${at}/trigger`)}
      />
      <TextField
        {...textMemberProps(editing, 'startAt', 'start time', true)}
        hint="UTC, such as 2025-01-01T00:00:00Z; empty for the default"
      />
      <h3>Faults</h3>
      {scenario.faults.map((fault, faultIndex) => (
        <FaultEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: faults have no id
          key={faultIndex}
          fault={fault}
          title={`${title} fault ${faultIndex + 1}`}
          pointer={`${at}/faults/${faultIndex}`}
          error={error}
          onChange={(next) =>
            set(
              {
                ...scenario,
                faults:
                  next === null
                    ? scenario.faults.filter((_, i) => i !== faultIndex)
                    : scenario.faults.map((f, i) => (i === faultIndex ? next : f)),
              },
              next === null ? '' : `faults.${faultIndex}`,
            )
          }
        />
      ))}
      <button
        type="button"
        onClick={() =>
          set(
            {
              ...scenario,
              faults: [
                ...scenario.faults,
                { node: document.nodes.find((n) => n.kind === 'step')?.id ?? '', type: 'fail' },
              ],
            },
            '',
          )
        }
      >
        Add fault to {title}
      </button>
      {approvals.length > 0 && <h3>Approvals</h3>}
      {approvals.map((node) => (
        <SelectField
          key={node.id}
          label={`${title}: answer to ${node.label}`}
          value={scenario.approvals[node.id] ?? ''}
          placeholder="approve (default)"
          options={APPROVAL_DECISIONS}
          onChange={(v) =>
            set(
              { ...scenario, approvals: withField(scenario.approvals, node.id, v || undefined) },
              `approvals.${node.id}`,
            )
          }
        />
      ))}
      <h3>Expected result</h3>
      <SelectField
        label={`${title}: expected outcome`}
        value={expect.outcome ?? ''}
        placeholder="Not checked"
        options={RUN_OUTCOMES}
        onChange={(v) => setExpect('outcome', v || undefined)}
      />
      <SelectField
        label={`${title}: data consistent`}
        value={triOf(expect.consistent)}
        placeholder="Not checked"
        options={TRI_OPTIONS}
        onChange={(v) => setExpect('consistent', fromTri(v))}
      />
      <SelectField
        label={`${title}: within RTO`}
        value={triOf(expect.withinRto)}
        placeholder="Not checked"
        options={TRI_OPTIONS}
        onChange={(v) => setExpect('withinRto', fromTri(v))}
      />
      <SelectField
        label={`${title}: end node`}
        value={expect.endNode ?? ''}
        placeholder="Not checked"
        options={ends}
        onChange={(v) => setExpect('endNode', v || undefined)}
        error={error(`${at}/expect/endNode`)}
      />
      <TextField
        label={`${title}: data matches`}
        hint='"initial" or a checkpoint id; empty for the default'
        value={expect.dataMatches ?? ''}
        onChange={(v) => setExpect('dataMatches', v || undefined)}
        error={error(`${at}/expect/dataMatches`)}
      />
      <button type="button" className="danger" onClick={() => actions.scenarioEdited(index, null)}>
        Remove {title}
      </button>
    </fieldset>
  );
}

/** Scenarios: named dry runs with faults and expectations. */
export function ScenariosPanel() {
  const { scenarios } = useDocument();
  const actions = useDocumentActions();
  return (
    <section className="panel" aria-label="Scenarios">
      <h2>Scenarios</h2>
      {scenarios.map((scenario, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the scenario's id is itself editable
        <ScenarioEditor key={index} scenario={scenario} index={index} />
      ))}
      <button
        type="button"
        onClick={() =>
          actions.scenarioEdited(
            scenarios.length,
            {
              id: `scenario${scenarios.length + 1}`,
              name: 'New scenario',
              faults: [],
              approvals: {},
              expect: {},
            },
            true,
          )
        }
      >
        Add scenario
      </button>
    </section>
  );
}

import { describe, expect, it } from 'vitest';
import { FAULT_TYPES, FaultSchema } from '../../src/domain/schema/scenario';
import {
  buildFault,
  FAULT_DEFAULTS,
  FAULT_MENU_DEFAULTS,
  FAULT_WORDS,
  type FaultMenuText,
  faultFromMenu,
  faultOfType,
  parseEffect,
} from '../../src/simulator/faultBuilder';

const menu = (text: Partial<FaultMenuText>): FaultMenuText => ({ ...FAULT_MENU_DEFAULTS, ...text });

describe('fault builder', () => {
  it('has words for every fault type of the format', () => {
    expect(Object.keys(FAULT_WORDS).sort()).toEqual([...FAULT_TYPES].sort());
    for (const type of FAULT_TYPES) expect(FAULT_WORDS[type].title).not.toBe('');
  });

  it("a new fault's defaults are the schema's defaults for a bare fault of that type", () => {
    const partial = FaultSchema.parse({ node: 's', type: 'partial' });
    const outage = FaultSchema.parse({ node: 's', type: 'outage' });
    expect(faultOfType('s', 'partial')).toEqual(partial);
    expect(faultOfType('s', 'outage')).toEqual(outage);
    expect(partial).toMatchObject({ fraction: FAULT_DEFAULTS.fraction });
  });

  it('switching type keeps only the node', () => {
    expect(faultOfType('s', 'fail')).toEqual({ node: 's', type: 'fail' });
    expect(faultOfType('s', 'corrupt')).toEqual({
      node: 's',
      type: 'corrupt',
      mutation: { op: 'delete', entity: '' },
    });
  });

  it('buildFault refuses what the schema refuses, with a message and a JSON Pointer', () => {
    expect(buildFault({ node: 's', type: 'fail', attempts: 2 })).toEqual({
      ok: true,
      value: { node: 's', type: 'fail', attempts: 2 },
    });
    const bad = buildFault({ node: 's', type: 'partial', fraction: 3 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.path).toBe('/fraction');
    const unknown = buildFault({ node: 's', type: 'melt' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toContain('"melt" is not a known type');
  });

  it('parseEffect accepts an effect of the format and names what is wrong otherwise', () => {
    expect(parseEffect('{"op":"delete","entity":"orders"}')).toEqual({
      ok: true,
      value: { op: 'delete', entity: 'orders' },
    });
    const notJson = parseEffect('{op');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.message).toMatch(/^Not JSON/);
    const emptySet = parseEffect('{"op":"update","entity":"orders","set":{}}');
    expect(emptySet).toMatchObject({ ok: false, path: '/set' });
    if (!emptySet.ok) expect(emptySet.message).toContain('An update must set at least one field');
  });

  it('the menu reads attempts, percent and words for a duration into a fault', () => {
    expect(faultFromMenu('s', 'fail', menu({ attempts: '2' }))).toEqual({
      ok: true,
      value: { node: 's', type: 'fail', attempts: 2 },
    });
    expect(faultFromMenu('s', 'timeout', menu({}))).toEqual({
      ok: true,
      value: { node: 's', type: 'timeout' },
    });
    expect(faultFromMenu('s', 'partial', menu({ percent: '25' }))).toEqual({
      ok: true,
      value: { node: 's', type: 'partial', fraction: 0.25 },
    });
    expect(faultFromMenu('s', 'outage', menu({ duration: '1 h 30 min' }))).toEqual({
      ok: true,
      value: { node: 's', type: 'outage', duration: 'PT1H30M' },
    });
  });

  it('the menu starts with the same outage and part written as a new fault anywhere else', () => {
    expect(faultFromMenu('s', 'outage', menu({}))).toEqual({ ok: true, value: faultOfType('s', 'outage') });
    expect(faultFromMenu('s', 'partial', menu({}))).toEqual({ ok: true, value: faultOfType('s', 'partial') });
  });

  it('the menu refuses text it cannot read, naming the box', () => {
    expect(faultFromMenu('s', 'fail', menu({ attempts: '0' }))).toMatchObject({
      ok: false,
      path: '/attempts',
    });
    expect(faultFromMenu('s', 'partial', menu({ percent: '150' }))).toMatchObject({
      ok: false,
      message: 'The part written must be between 1 and 100 %',
    });
    expect(faultFromMenu('s', 'outage', menu({ duration: 'soon' }))).toMatchObject({
      ok: false,
      path: '/duration',
    });
    expect(faultFromMenu('s', 'corrupt', menu({ entity: 'orders', key: '' }))).toMatchObject({
      ok: false,
      path: '/mutation',
    });
  });

  it('a corruption sets the typed field on the record with the typed key, values read as JSON when they are', () => {
    const built = faultFromMenu(
      'c',
      'corrupt',
      menu({ entity: 'orders', keyField: 'orderId', key: '42', field: 'status', value: 'lost' }),
    );
    expect(built).toEqual({
      ok: true,
      value: {
        node: 'c',
        type: 'corrupt',
        mutation: { op: 'update', entity: 'orders', match: { orderId: 42 }, set: { status: 'lost' } },
      },
    });
  });
});

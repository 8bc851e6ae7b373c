import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../../src/app/router';

describe('incident routes', () => {
  it('start or resume, and one incident by id, round-trip through the URL fragment', () => {
    expect(parseRoute('#/playbooks/p%201/incident')).toEqual({
      name: 'incident',
      id: 'p 1',
      incidentId: null,
    });
    expect(parseRoute('#/playbooks/p1/incidents/abc-1')).toEqual({
      name: 'incident',
      id: 'p1',
      incidentId: 'abc-1',
    });
    for (const route of [
      { name: 'incident', id: 'p 1', incidentId: null },
      { name: 'incident', id: 'p1', incidentId: 'abc/1' },
    ] as const) {
      expect(parseRoute(hrefOf(route))).toEqual(route);
    }
  });

  it('an incidents path without an id is not a page', () => {
    expect(parseRoute('#/playbooks/p1/incidents').name).toBe('not-found');
  });
});

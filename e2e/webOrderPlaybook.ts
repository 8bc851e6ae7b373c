/**
 * The issue-15 web order, small: invoice (undone), charge (refunded), a confirmation email that
 * cannot be undone, a CRM update (restored). Scenarios give each verdict: completed, failed (the
 * email fails and the run stops at a failed end) and rollback incomplete (the CRM update fails,
 * then the refund fails). "Notify the team" is left unlinked, for linking by keyboard.
 */
export const WEB_ORDER = {
  format: 'rollbook.playbook',
  schemaVersion: 1,
  id: 'web-order',
  name: 'Web order rollback',
  objectives: { rto: 'PT15M' },
  dataModel: {
    entities: [
      { name: 'invoices', key: 'id', fields: [{ name: 'id', type: 'string' }] },
      {
        name: 'charges',
        key: 'id',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'amount', type: 'integer' },
        ],
      },
      {
        name: 'contacts',
        key: 'id',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'status', type: 'string' },
        ],
      },
    ],
  },
  dataset: { invoices: [], charges: [], contacts: [{ id: 'C-1', status: 'lead' }] },
  nodes: [
    { id: 't', kind: 'trigger', label: 'Web order arrives', signal: 'manual', position: { x: 0, y: 0 } },
    {
      id: 'invoice',
      kind: 'step',
      label: 'Create invoice',
      duration: 'PT1S',
      effects: [{ op: 'insert', entity: 'invoices', records: [{ id: 'INV-1' }] }],
      position: { x: 240, y: 0 },
    },
    {
      id: 'void',
      kind: 'compensation',
      label: 'Void the invoice',
      duration: 'PT1S',
      position: { x: 240, y: 160 },
    },
    {
      id: 'charge',
      kind: 'step',
      label: 'Charge the card',
      duration: 'PT1S',
      effects: [{ op: 'insert', entity: 'charges', records: [{ id: 'CH-1', amount: 40 }] }],
      position: { x: 480, y: 0 },
    },
    {
      id: 'refund',
      kind: 'compensation',
      label: 'Refund the charge',
      duration: 'PT1S',
      position: { x: 480, y: 160 },
    },
    {
      id: 'email',
      kind: 'step',
      label: 'Send confirmation email',
      duration: 'PT1S',
      irreversible: { reason: 'An email cannot be unsent' },
      position: { x: 720, y: 0 },
    },
    {
      id: 'crm',
      kind: 'step',
      label: 'Update the CRM contact',
      duration: 'PT1S',
      effects: [{ op: 'update', entity: 'contacts', match: { id: 'C-1' }, set: { status: 'customer' } }],
      position: { x: 960, y: 0 },
    },
    {
      id: 'restore-contact',
      kind: 'compensation',
      label: 'Restore the contact',
      duration: 'PT1S',
      position: { x: 960, y: 160 },
    },
    { id: 'done', kind: 'end', label: 'Order done', outcome: 'completed', position: { x: 1200, y: 0 } },
    { id: 'stop', kind: 'end', label: 'Order stopped', outcome: 'failed', position: { x: 960, y: 320 } },
    {
      id: 'tell',
      kind: 'notify',
      label: 'Notify the team',
      channel: 'email',
      audience: 'team',
      message: 'Order stopped',
      position: { x: 720, y: 320 },
    },
  ],
  edges: [
    { id: 'e1', source: 't', target: 'invoice', kind: 'next' },
    { id: 'e2', source: 'invoice', target: 'charge', kind: 'next' },
    { id: 'e3', source: 'charge', target: 'email', kind: 'next' },
    { id: 'e4', source: 'email', target: 'crm', kind: 'next' },
    { id: 'e5', source: 'crm', target: 'done', kind: 'next' },
    { id: 'c1', source: 'invoice', target: 'void', kind: 'compensate' },
    { id: 'c2', source: 'charge', target: 'refund', kind: 'compensate' },
    { id: 'c3', source: 'crm', target: 'restore-contact', kind: 'compensate' },
    { id: 'f1', source: 'email', target: 'stop', kind: 'failure' },
  ],
  scenarios: [
    { id: 'happy', name: 'Order goes through' },
    { id: 'email-fails', name: 'Email service fails', faults: [{ node: 'email', type: 'fail' }] },
    {
      id: 'refund-fails',
      name: 'CRM down, then the refund fails',
      faults: [
        { node: 'crm', type: 'fail' },
        { node: 'refund', type: 'fail' },
      ],
    },
  ],
};

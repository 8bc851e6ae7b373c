import type { CatalogueEntry, OperationEffect } from './types';

/**
 * n8n action nodes by `type`. `ops` maps the node's `operation` parameter (or
 * `resource:operation` where one operation name means different things per resource) to what it
 * does. `defaultResource` / `defaultOperation` are n8n's own defaults, used when the exported
 * parameters leave them out (n8n omits parameters that equal their default).
 */
export interface N8nNodeEntry {
  app: string;
  defaultResource?: string;
  defaultOperation?: string;
  /** n8n's default operation per resource, where it differs from `defaultOperation`. */
  defaultOperations?: Readonly<Record<string, string>>;
  ops: Readonly<Record<string, OperationEffect>>;
  /** Parameters that name what the node touches (a table, a sheet), in order of preference. */
  resourceParams?: readonly string[];
  channel?: CatalogueEntry['channel'];
  /** Undo wording per effect, where the generic one would mislead. */
  undo?: Partial<Record<OperationEffect, string>>;
}

const CRUD: Readonly<Record<string, OperationEffect>> = {
  create: 'create',
  get: 'read',
  getAll: 'read',
  search: 'read',
  update: 'update',
  upsert: 'update',
  delete: 'delete',
};

const SQL: Readonly<Record<string, OperationEffect>> = {
  select: 'read',
  insert: 'create',
  update: 'update',
  upsert: 'update',
  deleteTable: 'delete',
  // A raw query can do anything: the importer asks the author (see docs/importers.md).
};

const MESSAGE_SENDS = { send: 'send', reply: 'send', sendAndWait: 'send' } as const;

export const N8N_NODES: Readonly<Record<string, N8nNodeEntry>> = {
  'n8n-nodes-base.googleSheets': {
    app: 'Google Sheets',
    defaultResource: 'sheet',
    defaultOperation: 'read',
    defaultOperations: { spreadsheet: 'create' },
    ops: {
      append: 'create',
      appendOrUpdate: 'update',
      update: 'update',
      delete: 'delete',
      clear: 'delete',
      read: 'read',
      lookup: 'read',
      'sheet:create': 'create',
      'sheet:remove': 'delete',
      'spreadsheet:create': 'create',
      'spreadsheet:deleteSpreadsheet': 'delete',
    },
    resourceParams: ['sheetName', 'sheetId', 'range', 'documentId'],
    undo: { create: 'delete the rows it added', update: 'put back the cells it changed' },
  },
  'n8n-nodes-base.airtable': {
    app: 'Airtable',
    defaultResource: 'record',
    defaultOperation: 'append',
    ops: {
      append: 'create',
      create: 'create',
      list: 'read',
      read: 'read',
      get: 'read',
      search: 'read',
      update: 'update',
      upsert: 'update',
      delete: 'delete',
      deleteRecord: 'delete',
    },
    resourceParams: ['table', 'base'],
  },
  'n8n-nodes-base.notion': {
    app: 'Notion',
    defaultResource: 'page',
    defaultOperation: 'create',
    defaultOperations: { block: 'append', database: 'get', user: 'get' },
    ops: {
      ...CRUD,
      archive: 'delete',
      append: 'create',
      'databasePage:create': 'create',
      'databasePage:update': 'update',
      'block:append': 'create',
    },
    resourceParams: ['databaseId', 'pageId'],
    undo: { delete: 'restore the archived page from the snapshot taken before it' },
  },
  'n8n-nodes-base.postgres': {
    app: 'Postgres',
    defaultOperation: 'insert',
    ops: SQL,
    resourceParams: ['table'],
  },
  'n8n-nodes-base.mySql': { app: 'MySQL', defaultOperation: 'insert', ops: SQL, resourceParams: ['table'] },
  'n8n-nodes-base.microsoftSql': {
    app: 'SQL Server',
    defaultOperation: 'insert',
    ops: SQL,
    resourceParams: ['table'],
  },
  'n8n-nodes-base.supabase': {
    app: 'Supabase',
    defaultResource: 'row',
    defaultOperation: 'create',
    ops: CRUD,
    resourceParams: ['tableId'],
  },
  'n8n-nodes-base.mongoDb': {
    app: 'MongoDB',
    defaultOperation: 'find',
    ops: { find: 'read', aggregate: 'read', insert: 'create', update: 'update', delete: 'delete' },
    resourceParams: ['collection'],
  },
  'n8n-nodes-base.hubspot': {
    app: 'HubSpot',
    defaultResource: 'contact',
    defaultOperation: 'create',
    defaultOperations: { contact: 'upsert', contactList: 'add' },
    ops: {
      ...CRUD,
      getRecentlyCreatedUpdated: 'read',
      'contact:upsert': 'update',
      'contactList:add': 'update',
      'contactList:remove': 'update',
    },
  },
  'n8n-nodes-base.salesforce': {
    app: 'Salesforce',
    defaultResource: 'lead',
    defaultOperation: 'create',
    ops: { ...CRUD, addNote: 'create', addToCampaign: 'update' },
  },
  'n8n-nodes-base.pipedrive': {
    app: 'Pipedrive',
    defaultResource: 'deal',
    defaultOperation: 'create',
    ops: { ...CRUD, duplicate: 'create' },
  },
  'n8n-nodes-base.stripe': {
    app: 'Stripe',
    defaultResource: 'balance',
    defaultOperation: 'create',
    defaultOperations: { balance: 'get' },
    ops: {
      ...CRUD,
      'charge:create': 'charge',
      'customer:create': 'create',
      'coupon:create': 'create',
      'source:create': 'create',
      'token:create': 'create',
    },
    undo: { charge: 'refund the charge (Stripe: Create Refund)' },
  },
  'n8n-nodes-base.shopify': {
    app: 'Shopify',
    defaultResource: 'order',
    defaultOperation: 'create',
    ops: CRUD,
    undo: { create: 'cancel or delete what it created' },
  },
  'n8n-nodes-base.slack': {
    app: 'Slack',
    defaultResource: 'message',
    defaultOperation: 'post',
    channel: 'slack',
    ops: {
      post: 'send',
      postEphemeral: 'send',
      sendAndWait: 'send',
      'message:update': 'update',
      'message:delete': 'delete',
      'message:search': 'read',
      getPermalink: 'read',
      'channel:create': 'create',
      'channel:archive': 'delete',
      'channel:get': 'read',
      'channel:getAll': 'read',
      'channel:history': 'read',
      'user:get': 'read',
      'user:getAll': 'read',
    },
  },
  'n8n-nodes-base.gmail': {
    app: 'Gmail',
    defaultResource: 'message',
    defaultOperation: 'send',
    channel: 'email',
    ops: {
      ...MESSAGE_SENDS,
      get: 'read',
      getAll: 'read',
      markAsRead: 'update',
      markAsUnread: 'update',
      addLabels: 'update',
      removeLabels: 'update',
      delete: 'delete',
      'draft:create': 'create',
      'draft:delete': 'delete',
      'label:create': 'create',
    },
  },
  'n8n-nodes-base.microsoftOutlook': {
    app: 'Outlook',
    defaultResource: 'message',
    defaultOperation: 'send',
    channel: 'email',
    ops: {
      ...MESSAGE_SENDS,
      get: 'read',
      getAll: 'read',
      move: 'update',
      update: 'update',
      delete: 'delete',
      'draft:create': 'create',
      'event:create': 'create',
    },
  },
  'n8n-nodes-base.emailSend': {
    app: 'SMTP email',
    defaultOperation: 'send',
    channel: 'email',
    ops: MESSAGE_SENDS,
  },
  'n8n-nodes-base.sendGrid': {
    app: 'SendGrid',
    defaultResource: 'mail',
    defaultOperation: 'send',
    channel: 'email',
    ops: { ...MESSAGE_SENDS, 'contact:upsert': 'update', 'contact:delete': 'delete' },
  },
  'n8n-nodes-base.telegram': {
    app: 'Telegram',
    defaultResource: 'message',
    defaultOperation: 'sendMessage',
    channel: 'sms',
    ops: {
      sendMessage: 'send',
      sendPhoto: 'send',
      sendDocument: 'send',
      sendAnimation: 'send',
      sendAudio: 'send',
      sendVideo: 'send',
      sendLocation: 'send',
      sendMediaGroup: 'send',
      sendChatAction: 'read',
      sendAndWait: 'send',
      editMessageText: 'update',
      deleteMessage: 'delete',
      pinChatMessage: 'update',
      unpinChatMessage: 'update',
      get: 'read',
    },
  },
  'n8n-nodes-base.twilio': {
    app: 'Twilio',
    defaultResource: 'sms',
    defaultOperation: 'send',
    channel: 'sms',
    ops: { send: 'send', make: 'send' },
  },
  'n8n-nodes-base.microsoftTeams': {
    app: 'Microsoft Teams',
    defaultResource: 'channel',
    defaultOperation: 'create',
    channel: 'teams',
    ops: {
      'channelMessage:create': 'send',
      'chatMessage:create': 'send',
      'channelMessage:getAll': 'read',
      'chatMessage:get': 'read',
      'chatMessage:getAll': 'read',
      ...CRUD,
      sendAndWait: 'send',
    },
  },
  'n8n-nodes-base.discord': {
    app: 'Discord',
    defaultResource: 'message',
    defaultOperation: 'send',
    channel: 'webhook',
    ops: { ...MESSAGE_SENDS, getAll: 'read', get: 'read', deleteMessage: 'delete' },
  },
  'n8n-nodes-base.mailchimp': {
    app: 'Mailchimp',
    defaultResource: 'member',
    defaultOperation: 'create',
    ops: { ...CRUD, 'campaign:send': 'send', 'campaign:replicate': 'create', 'campaign:resend': 'send' },
  },
  'n8n-nodes-base.googleDrive': {
    app: 'Google Drive',
    defaultResource: 'file',
    defaultOperation: 'upload',
    ops: {
      upload: 'create',
      copy: 'create',
      createFromText: 'create',
      download: 'read',
      list: 'read',
      search: 'read',
      move: 'update',
      update: 'update',
      share: 'send',
      delete: 'delete',
      deleteFolder: 'delete',
      'folder:create': 'create',
    },
  },
  'n8n-nodes-base.googleCalendar': {
    app: 'Google Calendar',
    defaultResource: 'event',
    defaultOperation: 'create',
    ops: CRUD,
  },
  'n8n-nodes-base.jira': {
    app: 'Jira',
    defaultResource: 'issue',
    defaultOperation: 'create',
    ops: { ...CRUD, transitions: 'read', changelog: 'read', notify: 'send' },
  },
  'n8n-nodes-base.github': {
    app: 'GitHub',
    defaultResource: 'issue',
    defaultOperation: 'create',
    ops: { ...CRUD, edit: 'update', lock: 'update', createComment: 'create' },
  },
  'n8n-nodes-base.trello': {
    app: 'Trello',
    defaultResource: 'card',
    defaultOperation: 'create',
    ops: CRUD,
  },
  'n8n-nodes-base.zendesk': {
    app: 'Zendesk',
    defaultResource: 'ticket',
    defaultOperation: 'create',
    ops: { ...CRUD, recover: 'update' },
  },
  'n8n-nodes-base.redis': {
    app: 'Redis',
    defaultOperation: 'info',
    ops: {
      info: 'read',
      get: 'read',
      keys: 'read',
      set: 'update',
      delete: 'delete',
      incr: 'update',
      push: 'create',
      pop: 'delete',
      publish: 'send',
    },
    resourceParams: ['key'],
  },
  'n8n-nodes-base.awsS3': {
    app: 'Amazon S3',
    defaultResource: 'file',
    defaultOperation: 'download',
    ops: {
      upload: 'create',
      copy: 'create',
      download: 'read',
      getAll: 'read',
      delete: 'delete',
      create: 'create',
      search: 'read',
    },
    resourceParams: ['bucketName'],
  },
};

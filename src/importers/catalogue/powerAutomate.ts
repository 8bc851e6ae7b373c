import type { CatalogueEntry } from './types';

type Effect = CatalogueEntry['effect'];

/** One connector: its name, what it touches by default, and its operations by `operationId`. */
interface Connector {
  app: string;
  resource?: string;
  channel?: CatalogueEntry['channel'];
  operations: Readonly<Record<string, Effect>>;
}

/**
 * Power Automate / Logic Apps connectors by the last segment of `host.apiId` (or
 * `connectionName`), such as `shared_sql`, and their operations by `operationId`. Compared
 * case-insensitively (see `lookupPowerAutomate`).
 */
export const POWER_AUTOMATE_CONNECTORS: Readonly<Record<string, Connector>> = {
  shared_sql: {
    app: 'SQL Server',
    resource: 'rows',
    operations: {
      GetItems_V2: 'read',
      GetItem_V2: 'read',
      GetTables_V2: 'read',
      PostItem_V2: 'create',
      PatchItem_V2: 'update',
      DeleteItem_V2: 'delete',
    },
  },
  shared_sharepointonline: {
    app: 'SharePoint',
    resource: 'listItems',
    operations: {
      GetItems: 'read',
      GetItem: 'read',
      GetFileContent: 'read',
      GetFileContentByPath: 'read',
      GetFileMetadata: 'read',
      ListFolder: 'read',
      PostItem: 'create',
      CreateFile: 'create',
      CopyFileAsync: 'create',
      PatchItem: 'update',
      UpdateFile: 'update',
      PatchFileItem: 'update',
      MoveFileAsync: 'update',
      DeleteItem: 'delete',
      DeleteFile: 'delete',
    },
  },
  shared_commondataserviceforapps: {
    app: 'Dataverse',
    resource: 'rows',
    operations: {
      ListRecords: 'read',
      GetItem: 'read',
      CreateRecord: 'create',
      UpdateRecord: 'update',
      UpdateOnlyRecord: 'update',
      AssociateEntities: 'update',
      DisassociateEntities: 'update',
      DeleteRecord: 'delete',
    },
  },
  shared_excelonlinebusiness: {
    app: 'Excel Online',
    resource: 'rows',
    operations: {
      GetItems: 'read',
      GetItem: 'read',
      AddRowV2: 'create',
      AddRow: 'create',
      PatchItem: 'update',
      UpdateRow: 'update',
      DeleteItem: 'delete',
      DeleteRow: 'delete',
    },
  },
  shared_office365: {
    app: 'Outlook',
    channel: 'email',
    resource: 'emails',
    operations: {
      SendEmailV2: 'send',
      SendEmail: 'send',
      SendEmailWithOptions: 'send',
      SendApprovalEmail: 'send',
      ReplyToV3: 'send',
      ReplyToV2: 'send',
      ForwardEmail_V2: 'send',
      SharedMailboxSendEmailV2: 'send',
      GetEmailsV3: 'read',
      GetEmailV2: 'read',
      MoveV2: 'update',
      MarkAsRead_V3: 'update',
      Flag_V2: 'update',
      DeleteEmail_V2: 'delete',
      V4CalendarPostItem: 'create',
      V3CalendarPatchItem: 'update',
      CalendarDeleteItem_V2: 'delete',
    },
  },
  shared_teams: {
    app: 'Microsoft Teams',
    channel: 'teams',
    resource: 'messages',
    operations: {
      PostMessageToConversation: 'send',
      PostCardToConversation: 'send',
      PostMessageToChannelV3: 'send',
      PostMessageToChannel: 'send',
      PostReplyToMessageV2: 'send',
      CreateChannel: 'create',
      GetMessagesFromChannel: 'read',
    },
  },
  shared_office365users: {
    app: 'Office 365 Users',
    operations: { UserProfile_V2: 'read', SearchUserV2: 'read', Manager_V2: 'read', MyProfile_V2: 'read' },
  },
  shared_onedriveforbusiness: {
    app: 'OneDrive',
    resource: 'files',
    operations: {
      GetFileContent: 'read',
      ListFolder: 'read',
      CreateFile: 'create',
      UpdateFile: 'update',
      DeleteFile: 'delete',
    },
  },
  shared_sendmail: {
    app: 'Mail',
    channel: 'email',
    operations: { SendEmailNotification: 'send', SendEmailV3: 'send' },
  },
  shared_flowpush: {
    app: 'Notifications',
    channel: 'pager',
    operations: { SendEmailNotification: 'send', SendNotification: 'send' },
  },
  shared_gmail: {
    app: 'Gmail',
    channel: 'email',
    operations: { SendEmailV2: 'send', SendEmail: 'send', ReplyTo: 'send' },
  },
  shared_slack: {
    app: 'Slack',
    channel: 'slack',
    operations: { PostMessageV2: 'send', PostMessage: 'send' },
  },
  shared_twilio: { app: 'Twilio', channel: 'sms', operations: { SendMessage: 'send' } },
  shared_salesforce: {
    app: 'Salesforce',
    resource: 'records',
    operations: {
      GetItems: 'read',
      GetItem: 'read',
      PostItemV2: 'create',
      PatchItemV3: 'update',
      DeleteItem: 'delete',
    },
  },
  shared_dynamicscrmonline: {
    app: 'Dynamics 365',
    resource: 'records',
    operations: {
      GetItems: 'read',
      GetItem: 'read',
      CreateRecord: 'create',
      PatchItem: 'update',
      DeleteItem: 'delete',
    },
  },
  // Rows added with the Power Automate importer (importers-platforms).
  shared_planner: {
    app: 'Planner',
    resource: 'tasks',
    operations: {
      ListTasks_V3: 'read',
      GetTask_V2: 'read',
      CreateTask_V3: 'create',
      UpdateTask_V2: 'update',
      UpdateTaskDetails_V2: 'update',
      DeleteTask: 'delete',
    },
  },
  shared_azureblob: {
    app: 'Azure Blob Storage',
    resource: 'blobs',
    operations: {
      GetFileContent: 'read',
      GetFileContent_V2: 'read',
      ListFolderV2: 'read',
      CreateFile: 'create',
      CreateFile_V2: 'create',
      UpdateFile: 'update',
      UpdateFile_V2: 'update',
      DeleteFile: 'delete',
      DeleteFile_V2: 'delete',
    },
  },
  shared_outlook: {
    app: 'Outlook.com',
    channel: 'email',
    operations: { SendEmailV2: 'send', ReplyToV2: 'send', ForwardEmail_V2: 'send', GetEmailsV2: 'read' },
  },
  shared_smtp: { app: 'SMTP', channel: 'email', operations: { SendEmailV3: 'send', SendEmailV2: 'send' } },
  shared_googlesheet: {
    app: 'Google Sheets',
    resource: 'rows',
    operations: {
      GetItems: 'read',
      GetItem: 'read',
      InsertRow: 'create',
      PostItem: 'create',
      PatchItem: 'update',
      DeleteItem: 'delete',
    },
  },
  shared_todo: {
    app: 'Microsoft To Do',
    resource: 'tasks',
    operations: {
      CreateToDoV3: 'create',
      UpdateToDoV2: 'update',
      DeleteToDoV2: 'delete',
      ListToDosByFolderV2: 'read',
    },
  },
  shared_servicebus: {
    app: 'Service Bus',
    channel: 'webhook',
    operations: { SendMessage: 'send', GetMessages: 'read' },
  },
  shared_office365groups: {
    app: 'Office 365 Groups',
    operations: { ListGroupMembers: 'read', AddMemberToGroup: 'update', RemoveMemberFromGroup: 'update' },
  },
};

import { z } from 'zod';
import { create, useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { localStorageJson } from './localStorageJson';

/**
 * Who this browser is "acting as" when it saves versions, approves or requests changes. There is
 * no server and no login: the name is what the person types. An approval is trustworthy because it
 * is bound to the content hash of what was reviewed, not because of who typed the name.
 */
export interface Profile {
  name: string;
  /** A role id of the playbook (for `governance.approverRoles`), or free text. */
  role: string;
}

/** A field that is not text reads as empty: the UI then asks for it, as for a new browser. */
const profileSchema = z.object({ name: z.string().catch(''), role: z.string().catch('') });

// Kept for this visit only when localStorage refuses the write: nothing else depends on it.
export const profileStore = create<Profile>()(
  persist((): Profile => ({ name: '', role: '' }), {
    name: 'rollbook.profile.v1',
    storage: localStorageJson({ schema: profileSchema }),
  }),
);

export const profileActions = {
  profileChanged(profile: Profile): void {
    profileStore.setState({ name: profile.name.trim(), role: profile.role.trim() }, true);
  },
};

export const useProfile = (): Profile => useStore(profileStore);

/** The name written into saved versions and the audit log; "anonymous" until one is chosen. */
export function actorName(): string {
  return profileStore.getState().name || 'anonymous';
}

/**
 * The author of a saved version: who this browser acts as, else the playbook's own author
 * (`metadata.author`, set when it was created by someone who had given a name), else "anonymous".
 */
export function versionAuthor(playbookAuthor: string | undefined): string {
  return profileStore.getState().name || playbookAuthor?.trim() || 'anonymous';
}

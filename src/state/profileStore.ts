import { create, useStore } from 'zustand';

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

const PROFILE_KEY = 'rollbook.profile.v1';

function readProfile(): Profile {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(PROFILE_KEY) ?? 'null');
    if (value && typeof value === 'object') {
      const { name, role } = value as { name?: unknown; role?: unknown };
      return { name: typeof name === 'string' ? name : '', role: typeof role === 'string' ? role : '' };
    }
  } catch {
    // A profile that cannot be read is an empty one: the UI asks for a name.
  }
  return { name: '', role: '' };
}

export const profileStore = create<Profile>(() => readProfile());

export const profileActions = {
  profileChanged(profile: Profile): void {
    const next = { name: profile.name.trim(), role: profile.role.trim() };
    profileStore.setState(next, true);
    try {
      localStorage.setItem(PROFILE_KEY, JSON.stringify(next));
    } catch {
      // Kept for this visit only; nothing else depends on it being stored.
    }
  },
};

export const useProfile = (): Profile => useStore(profileStore);

/** The name written into saved versions and the audit log; "anonymous" until one is chosen. */
export function actorName(): string {
  return profileStore.getState().name || 'anonymous';
}

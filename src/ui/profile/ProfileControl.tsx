import { lazy, Suspense, useId, useState } from 'react';
import { profileActions, useProfile } from '../../state/profileStore';

// The key dialog (WebCrypto, the team-file entry) loads when opened, not with the first screen.
const SigningKeyDialog = lazy(() =>
  import('./SigningKeyDialog').then((module) => ({ default: module.SigningKeyDialog })),
);

/**
 * "Acting as": the name (and preferred role) this browser writes into saved versions, approvals
 * and the audit log. There is no login; the hash binding makes an approval trustworthy.
 */
export function ProfileControl() {
  const profile = useProfile();
  const [editing, setEditing] = useState(false);
  const [keyOpen, setKeyOpen] = useState(false);
  const [name, setName] = useState(profile.name);
  const [role, setRole] = useState(profile.role);
  const nameId = useId();
  const roleId = useId();
  if (!editing) {
    return (
      <section className="profile" aria-label="Acting as">
        <span>
          Acting as <strong>{profile.name || 'nobody yet'}</strong>
          {profile.role ? ` (${profile.role})` : ''}
        </span>
        <button
          type="button"
          onClick={() => {
            setName(profile.name);
            setRole(profile.role);
            setEditing(true);
          }}
        >
          {profile.name ? 'Change who I am acting as' : 'Choose who I am acting as'}
        </button>
        <button type="button" onClick={() => setKeyOpen(true)}>
          My signing key
        </button>
        {keyOpen && (
          <Suspense fallback={<span role="status">Opening…</span>}>
            <SigningKeyDialog onClose={() => setKeyOpen(false)} />
          </Suspense>
        )}
      </section>
    );
  }
  return (
    <form
      className="profile profile--editing"
      aria-label="Acting as"
      onSubmit={(event) => {
        event.preventDefault();
        profileActions.profileChanged({ name, role });
        setEditing(false);
      }}
    >
      <label htmlFor={nameId}>Your name</label>
      <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} required />
      <label htmlFor={roleId}>Role id</label>
      <input
        id={roleId}
        value={role}
        placeholder="e.g. ops-lead"
        onChange={(event) => setRole(event.target.value)}
      />
      <button type="submit">Save profile</button>
      <button type="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
      <small>No login: this name is written into what you save and approve in this browser.</small>
    </form>
  );
}

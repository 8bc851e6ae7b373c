import { useId, useState } from 'react';
import { parseTeamFile, type TeamFile, type TeamPerson } from '../../../review';

const rolesText = (roles: readonly string[]) => roles.join(', ');
const rolesOf = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((role) => role.trim())
    .filter(Boolean);

/**
 * A person's entry pasted as the profile exports it (`{ name, roles, keys }`), checked by the team
 * file's own schema, or the first problem in words.
 */
function readEntry(text: string): { ok: true; person: TeamPerson } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This is not JSON: paste the entry as the profile copies it.' };
  }
  const parsed = parseTeamFile({ rollbookTeam: 1, name: 'entry', people: [value] });
  if (parsed.ok && parsed.team.people[0]) return { ok: true, person: parsed.team.people[0] };
  const first = parsed.ok ? undefined : parsed.errors[0];
  return {
    ok: false,
    message: `${first?.path.replace('/people/0', '') || '/'}: ${first?.message ?? 'not an entry'}`,
  };
}

/** Adds a person, or their new key when they are listed already (names compared as reviewers are). */
function withPerson(team: TeamFile, person: TeamPerson): TeamFile {
  const key = person.name.trim().toLowerCase();
  const at = team.people.findIndex((p) => p.name.trim().toLowerCase() === key);
  if (at < 0) return { ...team, people: [...team.people, person] };
  const existing = team.people[at]!;
  const keys = [...existing.keys, ...person.keys.filter((k) => !existing.keys.some((e) => e.x === k.x))];
  const roles = [...new Set([...existing.roles, ...person.roles])];
  return { ...team, people: team.people.map((p, i) => (i === at ? { ...existing, keys, roles } : p)) };
}

/** The people of a team file: their roles edited in place, entries pasted from profiles, removal. */
export function TeamPeopleEditor({ team, onChange }: { team: TeamFile; onChange: (team: TeamFile) => void }) {
  const [entry, setEntry] = useState('');
  const [entryError, setEntryError] = useState<string | null>(null);
  const entryId = useId();
  const nameId = useId();
  const setPerson = (index: number, person: TeamPerson) =>
    onChange({ ...team, people: team.people.map((p, i) => (i === index ? person : p)) });
  return (
    <>
      <label htmlFor={nameId}>Team name</label>
      <input
        id={nameId}
        value={team.name}
        onChange={(event) => onChange({ ...team, name: event.target.value })}
      />
      <table className="team-table" aria-label="People who may sign">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Roles (comma separated)</th>
            <th scope="col">Keys</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {team.people.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                Nobody yet: paste a person's entry below.
              </td>
            </tr>
          )}
          {team.people.map((person, index) => (
            <tr key={person.name}>
              <th scope="row">{person.name}</th>
              <td>
                <input
                  aria-label={`Roles of ${person.name}`}
                  defaultValue={rolesText(person.roles)}
                  onBlur={(event) => setPerson(index, { ...person, roles: rolesOf(event.target.value) })}
                />
              </td>
              <td>
                {person.keys.length === 0
                  ? 'none'
                  : `${person.keys.length} ${person.keys.length === 1 ? 'key' : 'keys'}`}
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`Remove ${person.name}`}
                  onClick={() => onChange({ ...team, people: team.people.filter((_, i) => i !== index) })}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label htmlFor={entryId}>Add a person: paste the entry their profile copied</label>
      <textarea
        id={entryId}
        rows={3}
        value={entry}
        placeholder='{ "name": "sam", "roles": ["ops-lead"], "keys": [ … ] }'
        onChange={(event) => setEntry(event.target.value)}
      />
      <button
        type="button"
        disabled={entry.trim() === ''}
        onClick={() => {
          const read = readEntry(entry);
          if (!read.ok) return setEntryError(read.message);
          setEntryError(null);
          setEntry('');
          onChange(withPerson(team, read.person));
        }}
      >
        Add person
      </button>
      {entryError && (
        <p role="alert" className="dialog__error">
          {entryError}
        </p>
      )}
    </>
  );
}

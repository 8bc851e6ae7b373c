import { useId, useState } from 'react';
import type { TeamFile, TeamPerson } from '../../../review';
import { readEntry, rolesOf, rolesText, withPerson } from './teamEdits';

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

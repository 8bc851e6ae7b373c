import { parseTeamFile, type TeamFile, type TeamPerson } from '../../../review';

// The team file editor's edits, apart from React so they can be tested as plain functions.

/** Roles as the editor shows them: "ops-lead, dba". */
export const rolesText = (roles: readonly string[]) => roles.join(', ');
/** Roles from what was typed: split on commas and spaces, empties dropped. */
export const rolesOf = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((role) => role.trim())
    .filter(Boolean);

/**
 * A person's entry pasted as the profile exports it (`{ name, roles, keys }`), checked by the team
 * file's own schema, or the first problem in words.
 */
export function readEntry(text: string): { ok: true; person: TeamPerson } | { ok: false; message: string } {
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
export function withPerson(team: TeamFile, person: TeamPerson): TeamFile {
  const key = person.name.trim().toLowerCase();
  const at = team.people.findIndex((p) => p.name.trim().toLowerCase() === key);
  if (at < 0) return { ...team, people: [...team.people, person] };
  const existing = team.people[at]!;
  const keys = [...existing.keys, ...person.keys.filter((k) => !existing.keys.some((e) => e.x === k.x))];
  const roles = [...new Set([...existing.roles, ...person.roles])];
  return { ...team, people: team.people.map((p, i) => (i === at ? { ...existing, keys, roles } : p)) };
}

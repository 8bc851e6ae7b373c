import { useEffect, useId, useState } from 'react';
import { LIBRARY_TEAM_SCOPE } from '../../../persistence';
import { parseTeamFile, type TeamFile, teamEntry } from '../../../review';
import { useProfile } from '../../../state/profileStore';
import {
  readTeamText,
  removeTeamFile,
  saveTeamFile,
  useSigningKey,
  useTeamFor,
} from '../../../state/reviewIdentity';
import { Dialog } from '../../components/Dialog';
import { downloadText } from '../../components/download';
import { FilePickerButton } from '../../components/FilePickerButton';
import { TeamPeopleEditor } from './TeamPeopleEditor';
import { withPerson } from './teamEdits';

const emptyTeam = (): TeamFile => ({ rollbookTeam: 1, name: 'My team', people: [] });
const teamText = (team: TeamFile) => `${JSON.stringify(team, null, 2)}\n`;

/**
 * The team file (spec 8.1): open one, edit its people and roles, download it, and keep it in this
 * browser for the whole library or for one playbook. The file's real home is the team's
 * repository, where changes to it are reviewed; this is the copy the app checks signatures with.
 */
export function TeamFileDialog({
  playbookId,
  playbookName,
  onClose,
}: {
  playbookId: string | null;
  playbookName?: string;
  onClose: () => void;
}) {
  const current = useTeamFor(playbookId);
  const profile = useProfile();
  const key = useSigningKey();
  const [scope, setScope] = useState(LIBRARY_TEAM_SCOPE);
  const [team, setTeam] = useState<TeamFile | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'bad' } | null>(null);
  const scopeId = useId();
  useEffect(() => {
    if (team !== null || current.status === 'loading') return;
    if (current.status === 'ok') {
      setTeam(current.team);
      setScope(current.scope);
    }
  }, [current, team]);
  const shape = team ? parseTeamFile(team) : null;
  const problem = shape && !shape.ok ? shape.errors[0] : undefined;

  const open = async (file: File) => {
    const read = await readTeamText(await file.text());
    if (!read.ok) return setMessage({ text: `${file.name} cannot be used: ${read.message}`, tone: 'bad' });
    setTeam(read.team);
    setMessage({ text: `Opened ${file.name}. Keep it to use it in this browser.`, tone: 'ok' });
  };
  const keep = async () => {
    if (!team) return;
    const read = await readTeamText(teamText(team));
    if (!read.ok) return setMessage({ text: `Not kept: ${read.message}`, tone: 'bad' });
    const saved = await saveTeamFile({ scope, text: teamText(team), fileName: 'team.json' });
    setMessage(
      saved.ok
        ? { text: `Kept "${team.name}": decisions are now verified against it.`, tone: 'ok' }
        : { text: saved.message, tone: 'bad' },
    );
  };
  const addMe = () => {
    if (!team || !key.data || !profile.name) return;
    const entry = teamEntry(profile.name, profile.role ? [profile.role] : [], key.data.publicJwk);
    setTeam(withPerson(team, entry));
  };

  return (
    <Dialog
      title="Team file"
      onClose={onClose}
      actions={
        team && (
          <>
            <button
              type="button"
              className="primary"
              disabled={problem !== undefined}
              onClick={() => void keep()}
            >
              Keep in this browser
            </button>
            <button
              type="button"
              disabled={problem !== undefined}
              onClick={() => downloadText(teamText(team), 'team.json', 'application/json')}
            >
              Download team.json
            </button>
          </>
        )
      }
    >
      <div className="team-dialog">
        <p>
          A team file says who may sign review decisions, with which keys, and in which roles. Its place is{' '}
          <strong>beside the playbooks in your team's repository</strong> (as <code>team.json</code>), where
          every change to it is reviewed like code, and where CI checks approvals against it. Rollbook keeps a
          copy in this browser to verify signatures; nothing is uploaded.
        </p>
        <div className="team-dialog__source">
          <FilePickerButton inputLabel="Open a team file" onFile={(file) => void open(file)}>
            Open team file…
          </FilePickerButton>
          {!team && (
            <button type="button" onClick={() => setTeam(emptyTeam())}>
              Start a new team file
            </button>
          )}
          {team && key.data && profile.name && (
            <button type="button" onClick={addMe}>
              Add me ({profile.name}) with my key
            </button>
          )}
        </div>
        {current.status === 'invalid' && (
          <p role="alert" className="dialog__error">
            The team file kept in this browser cannot be used: {current.message}
          </p>
        )}
        {team && (
          <>
            {playbookId && (
              <>
                <label htmlFor={scopeId}>Use it for</label>
                <select id={scopeId} value={scope} onChange={(event) => setScope(event.target.value)}>
                  <option value={LIBRARY_TEAM_SCOPE}>every playbook in this library</option>
                  <option value={playbookId}>only “{playbookName ?? 'this playbook'}”</option>
                </select>
              </>
            )}
            <TeamPeopleEditor team={team} onChange={setTeam} />
            {problem && (
              <p role="alert" className="dialog__error">
                {problem.path}: {problem.message}
              </p>
            )}
            {current.status === 'ok' && (
              <button
                type="button"
                onClick={() =>
                  void removeTeamFile(current.scope).then((removed) => {
                    setTeam(null);
                    setMessage(
                      removed.ok
                        ? { text: 'Removed from this browser: decisions are unverified again.', tone: 'ok' }
                        : { text: removed.message, tone: 'bad' },
                    );
                  })
                }
              >
                Stop using this team file here
              </button>
            )}
          </>
        )}
        {message && (
          <p role={message.tone === 'bad' ? 'alert' : 'status'} className={`banner banner--${message.tone}`}>
            {message.text}
          </p>
        )}
      </div>
    </Dialog>
  );
}

export function PlaybookPanel() {
  return <p className="panel-hint">Playbook settings</p>;
}

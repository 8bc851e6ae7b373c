export function ScenariosPanel() {
  return <p className="panel-hint">Scenarios</p>;
}

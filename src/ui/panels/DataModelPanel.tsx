export function DataModelPanel() {
  return <p className="panel-hint">DataModel</p>;
}

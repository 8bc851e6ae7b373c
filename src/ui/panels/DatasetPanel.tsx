export function DatasetPanel() {
  return <p className="panel-hint">Dataset</p>;
}

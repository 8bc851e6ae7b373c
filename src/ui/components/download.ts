// The helper lives in src/state so stores can hand a file to the user without importing src/ui
// (biome.json forbids state -> ui); the UI keeps this path.
export { downloadText } from '../../state/download';

/**
 * What the designer draws only once its canvas is interactive (`AfterFirstDraw` in Designer.tsx):
 * the Problems and simulator docks and the dialogs, with what they alone import: the exporters and
 * their YAML library, the import catalogue, the simulator's views. One chunk of its own, fetched
 * when the first draw is done, so the designer's chunk, which the first canvas waits for, does not
 * carry them (issue 20, open fast: every KB of script cost about 0.12 ms before the first draw on
 * the benchmark machine).
 */
export { LinkDialog } from '../canvas/LinkDialog';
export { ExportDialog } from '../export/ExportDialog';
export { ProblemsPanel } from '../problems/ProblemsPanel';
export { SimulatorDock } from '../simulator/SimulatorDock';
export { FileDialogs } from './FileDialogs';
export { HelpOverlay } from './HelpOverlay';

import { Canvas } from '../canvas/Canvas';
import { Toolbar } from './Toolbar';

/**
 * The designer's layout: toolbar on top, palette left, canvas centre, a right panel with tabs
 * (inspector; later simulator, review) and a bottom dock (later the Problems panel).
 */
export function Designer() {
  return (
    <div className="designer">
      <Toolbar />
      <main className="designer__body">
        <Canvas />
      </main>
    </div>
  );
}

import { ReactFlowProvider } from '@xyflow/react';
import { Designer } from '../ui/designer/Designer';
import { ErrorBoundary } from './ErrorBoundary';

/** The app: composes the shell. Later routes (library, review) slot in here. */
export function App() {
  return (
    <ErrorBoundary>
      <ReactFlowProvider>
        <Designer />
      </ReactFlowProvider>
    </ErrorBoundary>
  );
}

import { ErrorBoundary } from './ErrorBoundary';
import { AppRoutes } from './routes';

/** The app: composes the shell and the routes (library, designer, review). */
export function App() {
  return (
    <ErrorBoundary>
      <AppRoutes />
    </ErrorBoundary>
  );
}

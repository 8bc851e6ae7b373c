// First: on a designer address, the designer's chunk starts loading before the rest is evaluated
// (a chunk of its own, vite.config.ts). Then every schema must be built jitless (see the module).
import './app/designerEarly';
import './app/zodJitless';
import '@xyflow/react/dist/style.css';
import './app/app.css';
import './ui/library/library.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { firstRouteReady } from './app/routes';
import { playbookKeys } from './queries';
import { migrateInterimSave } from './state/interimSave';
import { seedExamplesOnFirstRun } from './state/librarySeed';
import { queryClient, repository } from './state/persistenceContext';

// Whatever the designer's interim localStorage save left moves into the library; the localStorage
// copy is removed only once IndexedDB has it. Then, on a browser's first start, the examples are
// put into the empty library. Not awaited: a blocked IndexedDB must not block the page.
void migrateInterimSave(repository)
  .then(async (id) => (await seedExamplesOnFirstRun(repository)) > 0 || id !== null)
  .then((changed) => {
    if (changed) void queryClient.invalidateQueries({ queryKey: playbookKeys.lists() });
  });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// On a playbook's address, after the designer's module (index.html shows "Opening…" meanwhile).
void firstRouteReady().then(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);

// The entry of print.html: print routes only, without the app's frame, Mantine or the other
// screens, so each PDF loads a small bundle. The in-app preview renders the same components.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '../i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { PrintRoutes } from './print-page';

const root = document.getElementById('root');
if (!root) throw new Error('print.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <HashRouter>
      <PrintRoutes />
    </HashRouter>
  </StrictMode>,
);

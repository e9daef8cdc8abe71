import './lib/csp-nonce.ts';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { PreferencesProvider } from './lib/preferences.tsx';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <PreferencesProvider>
    <App />
  </PreferencesProvider>,
);

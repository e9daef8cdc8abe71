import './lib/csp-nonce.ts';
import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { PreferencesProvider } from './lib/preferences.tsx';
import { queryClient } from './lib/query.ts';
import './styles.css';
import { paletteProperties } from './theme.ts';

paletteProperties(document.documentElement);

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <PreferencesProvider>
      <App />
    </PreferencesProvider>
  </QueryClientProvider>,
);

// The gate as a host ships it: the library build (dist/, aliased in first-visit.mjs), the mock
// API in place of a server.
// `?returning` renders it for a viewer whose phone is already linked (`phoneRegistered`).
import 'screener-2fa-gate/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { ScreenerTwoFactorGate } from 'screener-2fa-gate';
import { createMockIndeeFetcher } from 'screener-2fa-gate/mock';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      <ScreenerTwoFactorGate
        screenerKey="bench"
        baseUrl="https://api.example.test/"
        auth={{ type: 'apiKey', apiKey: 'demo-api-key' }}
        fetcher={createMockIndeeFetcher()}
        phoneRegistered={location.search.includes('returning')}
        onCodeSubmit={() => undefined}
      >
        <p>playing</p>
      </ScreenerTwoFactorGate>
    </QueryClientProvider>,
  );
}

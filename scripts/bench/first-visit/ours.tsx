// The gate as a host ships it: the packed build (dist/), the mock API in place of a server.
// `?returning` renders it for a viewer whose phone is already linked (`phoneRegistered`).
import '../../../dist/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { ScreenerTwoFactorGate } from '../../../dist/index.js';
import { createMockIndeeFetcher } from '../../../dist/mock.js';

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

import { useEffect, useState } from 'react';

/**
 * Counts `online` events since mount, so a view can offer "try again" the moment the
 * browser says the connection is back. Zero on the server.
 */
export function useOnlineEvents(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const onOnline = () => setCount((c) => c + 1);
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, []);
  return count;
}

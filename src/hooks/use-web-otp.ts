import { useEffect } from 'react';

interface OtpCredential {
  code?: string;
}

/**
 * Where the browser supports WebOTP (`OTPCredential`), listens for the SMS and hands its
 * code to `onCode`. The listener is aborted when `enabled` turns false (manual submit,
 * step change) and on unmount.
 */
export function useWebOtp(enabled: boolean, onCode: (code: string) => void): void {
  useEffect(() => {
    if (!enabled || typeof window === 'undefined' || !('OTPCredential' in window)) return;
    const controller = new AbortController();
    const request = {
      otp: { transport: ['sms'] },
      signal: controller.signal,
    } as CredentialRequestOptions;
    navigator.credentials
      .get(request)
      .then((credential) => {
        const code = (credential as OtpCredential | null)?.code;
        if (code && !controller.signal.aborted) onCode(code);
      })
      // Aborts and refusals are normal (the viewer typed the code): nothing to report.
      .catch(() => {});
    return () => controller.abort();
  }, [enabled, onCode]);
}

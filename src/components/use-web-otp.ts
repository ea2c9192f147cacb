import { useEffect, useRef } from 'react';

interface OtpCredential {
  code?: string;
}

/**
 * Where the browser supports WebOTP (`OTPCredential`), waits for the SMS and hands its code
 * to `onCode`. One `credentials.get` per `round` (a code sent, a code rejected): a resend or
 * a re-render does not restart a pending one (an SMS arriving in the gap would be missed). It is aborted when `stopped`
 * turns true (the viewer submitted by hand) and on unmount (other number, identity change).
 */
export function useWebOtp(round: string, stopped: boolean, onCode: (code: string) => void) {
  const latest = useRef(onCode);
  latest.current = onCode;
  const pending = useRef<AbortController | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new round (code sent, code rejected) after the last get settled gets its own get.
  useEffect(() => {
    if (stopped || pending.current) return;
    if (typeof window === 'undefined' || !('OTPCredential' in window)) return;
    const controller = new AbortController();
    pending.current = controller;
    const request = { otp: { transport: ['sms'] }, signal: controller.signal };
    navigator.credentials
      .get(request as CredentialRequestOptions)
      .then((credential) => {
        const code = (credential as OtpCredential | null)?.code;
        if (code && !controller.signal.aborted) latest.current(code);
      })
      // Aborts and refusals are normal (the viewer typed the code): nothing to report.
      .catch(() => {})
      .finally(() => {
        if (pending.current === controller) pending.current = null;
      });
  }, [round, stopped]);

  useEffect(() => {
    if (!stopped) return;
    pending.current?.abort();
    pending.current = null;
  }, [stopped]);

  useEffect(
    () => () => {
      pending.current?.abort();
      pending.current = null;
    },
    [],
  );
}

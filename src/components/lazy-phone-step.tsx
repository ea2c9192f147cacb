import { lazy } from 'react';
import type { PhoneStepProps } from './phone-step';
import type { StepChrome } from './step-chrome';

type PhoneStepModule = { default: (props: PhoneStepProps) => React.JSX.Element };

let loaded: PhoneStepModule | undefined;

/**
 * Loads the phone step (react-hook-form and the country picker) ahead of need. Once loaded,
 * `PhoneStep` renders synchronously, without a Suspense fallback: servers and tests
 * that preload it get the full step in their first render.
 */
export function preloadPhoneStep(): Promise<void> {
  return loadPhoneStep().then(() => undefined);
}

function loadPhoneStep(): Promise<PhoneStepModule> {
  return import('./phone-step').then((module) => {
    loaded = { default: module.PhoneStep };
    return loaded;
  });
}

/**
 * The phone step as its own chunk: a returning viewer (`phoneRegistered`) starts at "send
 * code" and never downloads it. When already loaded, a synchronous thenable lets React.lazy
 * resolve without suspending.
 */
export const PhoneStep = lazy(() =>
  loaded ? (resolvedThenable(loaded) as Promise<PhoneStepModule>) : loadPhoneStep(),
);

/** A thenable that calls back at once, which React.lazy reads without suspending. */
function resolvedThenable<T>(value: T): PromiseLike<T> {
  return {
    // biome-ignore lint/suspicious/noThenProperty: a synchronous thenable is the point here.
    then(onFulfilled) {
      return resolvedThenable(onFulfilled ? onFulfilled(value) : value) as never;
    },
  };
}

/** Shown for the moment the phone step's chunk takes to arrive. */
export function PhoneStepPlaceholder({ headingId, messages }: StepChrome) {
  return (
    <div className="s2fa-step" aria-busy="true">
      <h2 id={headingId} className="s2fa-heading" tabIndex={-1}>
        {messages.phoneHeading}
      </h2>
      <p className="s2fa-text">{messages.phoneIntro}</p>
    </div>
  );
}

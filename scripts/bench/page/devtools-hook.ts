// A stand-in for the React DevTools hook: React hands every committed tree to it, which tells
// which components rendered in a commit (a <Profiler> only says that something did). Installed
// by main.ts before the page (and react-dom, which looks for the hook once, when it loads).

/** The few fiber fields read here (React internals, stable since React 16). */
interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  actualStartTime?: number;
  memoizedProps: Record<string, unknown> | null;
  child: Fiber | null;
  sibling: Fiber | null;
  return: Fiber | null;
}

interface FiberRoot {
  current: Fiber;
  containerInfo: Element;
}

/** One commit of one root. */
export interface CommitInfo {
  /** The id of the element the root was created on. */
  container: string;
  /** Components that ran in this commit. */
  rendered: string[];
  /** Of those, the ones outside the phone field (see `fieldOwner`). */
  outsideField: string[];
}

type Listener = (commit: CommitInfo) => void;

let listener: Listener | undefined;
let injected = false;

export function onCommit(next: Listener): void {
  listener = next;
}

/** False when react-dom loaded before the hook: then no per-component breakdown. */
export function hookInjected(): boolean {
  return injected;
}

// React's fiber tags for components, and its "this component ran" flag.
const FUNCTION = 0;
const CLASS = 1;
const FORWARD_REF = 11;
const MEMO = 14;
const SIMPLE_MEMO = 15;
const HOST_COMPONENT = 5;
const PERFORMED_WORK = 1;

type Named = { displayName?: string; name?: string; render?: Named; type?: Named };

function componentName(fiber: Fiber): string | undefined {
  const type = fiber.type as Named | undefined;
  if (!type) return undefined;
  switch (fiber.tag) {
    case FUNCTION:
    case CLASS:
    case SIMPLE_MEMO:
      return type.displayName || type.name || 'Anonymous';
    case FORWARD_REF:
      return type.displayName || type.render?.displayName || type.render?.name || 'ForwardRef';
    case MEMO:
      return type.displayName || type.type?.displayName || type.type?.name || 'Memo';
    default:
      return undefined;
  }
}

/**
 * The phone field is the innermost component that renders the `<input type="tel">`. A render of
 * any other component in the root (the gate, the step's other parts, a host form holding the
 * value) is "outside the field".
 */
function fieldOwner(tel: Fiber | undefined): Fiber | undefined {
  for (let fiber = tel?.return ?? null; fiber; fiber = fiber.return) {
    if (componentName(fiber) !== undefined) return fiber;
  }
  return undefined;
}

function summarizeCommit(root: FiberRoot): CommitInfo {
  // The root fiber is processed in every render, so its start time is this render's start;
  // a component kept from an earlier commit still carries that commit's older start time.
  const renderStart = root.current.actualStartTime ?? 0;
  const rendered: Fiber[] = [];
  let tel: Fiber | undefined;
  const stack: Fiber[] = root.current.child ? [root.current.child] : [];
  while (stack.length > 0) {
    const fiber = stack.pop() as Fiber;
    if (
      componentName(fiber) !== undefined &&
      (fiber.flags & PERFORMED_WORK) !== 0 &&
      (fiber.actualStartTime ?? -1) >= renderStart
    ) {
      rendered.push(fiber);
    }
    if (
      fiber.tag === HOST_COMPONENT &&
      fiber.type === 'input' &&
      fiber.memoizedProps?.type === 'tel'
    ) {
      tel = fiber;
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  const owner = fieldOwner(tel);
  return {
    container: root.containerInfo.id,
    rendered: rendered.map((fiber) => componentName(fiber) as string),
    outsideField: rendered
      .filter((fiber) => fiber !== owner)
      .map((fiber) => componentName(fiber) as string),
  };
}

const hook = {
  supportsFiber: true,
  renderers: new Map<number, unknown>(),
  inject(renderer: unknown): number {
    injected = true;
    hook.renderers.set(1, renderer);
    return 1;
  },
  checkDCE(): void {},
  onScheduleFiberRoot(): void {},
  onCommitFiberRoot(_id: number, root: FiberRoot): void {
    listener?.(summarizeCommit(root));
  },
  onCommitFiberUnmount(): void {},
  onPostCommitFiberRoot(): void {},
};

/** Must run before react-dom loads. A function, not a module side effect: this package's
 * `sideEffects` field would let the bundler drop a side-effect-only import. */
export function installDevtoolsHook(): void {
  (globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ =
    hook;
}

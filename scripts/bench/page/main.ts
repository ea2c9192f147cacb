// react-dom looks for the DevTools hook once, when it loads: install ours first, then load the
// page (React included) as a separate module, so no import order can put React before it.
import { installDevtoolsHook } from './devtools-hook';

installDevtoolsHook();
void import('./app').then(({ startBench }) => startBench());

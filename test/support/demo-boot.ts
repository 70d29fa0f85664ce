import { bootDemo } from '../../src/demo/boot.js';

/** Loaded into a page of its own (`tab.html` holding a `<soc-demo-app>`): starts the demo there as `main.ts` does. */
await bootDemo(document.querySelector('soc-demo-app')!);

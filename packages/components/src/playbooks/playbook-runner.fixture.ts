import { waitUntil } from '@open-wc/testing';

/** Runs the playbook `playbookId` from the runner `runner`: opens its picker, chooses, and presses Run. */
export async function runFrom(runner: HTMLElement, playbookId: string): Promise<void> {
  const shadow = runner.shadowRoot!;
  await waitUntil(() => shadow.querySelector('#run-playbook'), 'the runner shows');
  shadow.querySelector<HTMLButtonElement>('#run-playbook')!.click();
  await waitUntil(() => shadow.querySelector(`.choice[data-playbook-id="${playbookId}"] input`), 'the playbooks load');
  shadow.querySelector<HTMLInputElement>(`.choice[data-playbook-id="${playbookId}"] input`)!.click();
  await (runner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  [...shadow.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Run')!.click();
}
